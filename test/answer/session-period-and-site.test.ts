/**
 * "会期" (a session's period) asks its dates and "会址" (its site) where it meets: the reply states
 * them in its own words ("日期：…；地点：…"), not only inside the quoted paragraph. ("会期内", during
 * the session, asks nothing of its dates.) Read off the real General Assembly resolutions;
 * paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const quotesRemoved = (text: string) => beforeSources(text).replace(/「[^」]*」/g, "");

describe("a session's period and site asked in Chinese", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["禁止核武器条约第一次审议大会的会期是什么？", [/2026年11月30日至12月4日/]],
    ["禁止核武器条约第一次审议大会的会址是什么？", [/纽约/]],
    ["集束弹药公约第三次审议会议的会期和会址？", [/2026年9月14日至18日/, /万象/]],
  ])("states them outside the quotation: %s", async (q, facts) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    for (const fact of facts) expect(quotesRemoved(reply.text)).toMatch(fact);
  });
});
