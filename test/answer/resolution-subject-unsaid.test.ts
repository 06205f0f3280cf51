/**
 * "What does resolution X say about Y": where the resolution's own text holds none of the words
 * for Y, and other documents do hold them, the bot says the resolution does not speak of Y (with
 * its title), instead of listing what it asks as though that answered. Where its text speaks of Y,
 * the paragraphs on Y answer. Across languages only the glossary's terms and names are looked for
 * (a dictionary's senses of a Chinese word miss the English wording too often to say it is absent).
 * Read off the real General Assembly resolutions 80/12, 80/26 and 80/38;
 * paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("what a resolution says about a subject its text never names", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["what does resolution 80/12 say about the Olympic Truce?", /80\/12.*does not speak of .*Olympic/s],
    ["What does resolution 80/38 say about the Treaty of Pelindaba?", /80\/38.*does not speak of .*Pelindaba/s],
    ["what does resolution 80/26 state regarding the Olympic Truce", /80\/26.*does not speak of .*Truce/s],
    ["第80/12号决议中关于集束弹药公约的内容是什么？", /80\/12.*没有谈到.*集束弹药公约/s],
    ["80/38号决议里关于佩林达巴条约讲了什么？", /80\/38.*没有谈到.*佩林达巴条约/s],
    ["80/44号决议提到佩林达巴条约了吗？说了什么？", /80\/44.*没有谈到.*佩林达巴条约/s],
  ])("is refused, naming the resolution and what it does not speak of: %s", async (q, said) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(said);
  });

  it.each([
    ["What does resolution 80/38 say about women?", /participation of women/],
    ["第80/38号决议关于妇女参与说了什么？", /participation of women/],
    ["what does 80/26 say about the Bamako Convention?", /Bamako Convention/],
  ])("is answered by its paragraphs on the subject where its text names it: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});
