/**
 * A resolution's paragraphs quoted in the language of its text carry, in the asker's language,
 * the facts the question asks of them: "审议大会什么时候在哪里举行" answered with an English paragraph
 * "… held at United Nations Headquarters in New York from 30 November to 4 December 2026" states
 * "日期：2026年11月30日至12月4日；地点：…纽约" in its own words; an English question answered with a
 * Chinese paragraph states the year it gives. Read off the real resolutions A/RES/80/54 and
 * A/RES/80/46 and the bundled Conference resolution 10/4. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

/** An answer's own words: its text before the sources, without what it quotes. */
const ownWords = (text: string) => beforeSources(text).replace(/「[^」]*」|“[^”]*”/g, " ");

describe("the facts asked, stated beside a quoted paragraph in the other language", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["第80/54号决议确认的首次审议大会哪天开、在哪儿？", [/2026年11月30日/, /纽约/]],
    ["80/54号决议确认审议大会什么时候在哪里举行？", [/2026年11月30日/, /纽约/]],
    ["第80/46号决议注意到第十二次缔约国会议将在哪里、何时举行？", [/2026年8月24日/, /日内瓦/]],
    ["resolution 10/4: in which year will the working group discuss measuring corruption?", [/2024/]],
    ["resolution 10/4 welcomes a discussion topic for the working group - in what year?", [/2024/]],
  ] as const)("%s", async (q, facts) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    for (const fact of facts) expect(ownWords(reply.text)).toMatch(fact);
  });
});
