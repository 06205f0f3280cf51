/**
 * A question that asks a document named by symbol about something other documents speak of but its
 * own text never names ("the troop ceiling" of a draft on Israeli settlements) is refused: the reply
 * says the document does not speak of it, and what the document is. Only the glossary's terms
 * count, so that the asker's own words ("the full title", "put out") and what a cover abbreviates
 * ("Distr.") never make a document seem silent. Read off the Security Council drafts in PDF;
 * paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a document asked about what its text never names", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    ["S/2024/37 — what troop ceiling does it set?", /^S\/2024\/37 does not speak of troop ceiling/],
    ["what does S/2022/501 say about the arms embargo?", /^S\/2022\/501 does not speak of arms embargo/],
    ["what does S/2016/1100 say about peacekeeping troops' ceiling?", /^S\/2016\/1100 does not speak of .*troop ceiling/],
    ["S/2020/110对武器禁运有什么规定？", /^S\/2020\/110没有谈到武器禁运/],
  ])("is refused, saying so and what the document is: %s", async (q, said) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(said);
    expect(reply.text).toMatch(/draft resolution/);
  });

  it.each([
    ["What is S/2016/1100?", /Malaysia, New Zealand, Senegal/],
    ["S/2018/693里部队人数上限是多少？", /4,050/],
    ["the date printed on S/2019/179, and is it for general distribution?", /2019/],
  ])("is answered where the document holds what is asked: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});
