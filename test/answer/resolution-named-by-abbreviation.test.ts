/**
 * A resolution a Chinese question names by a treaty's abbreviation before 决议 ("ATT决议", read as
 * "武器贸易条约 (ATT)决议") is found by that name, as one named in full is: what it asks is read
 * from its own statements. Paraphrases not used to write the rule, over the real documents.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources as own } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("a resolution named by a treaty's abbreviation", () => {
  it.each([
    ["ATT决议鼓励哪些国家充分利用自愿信托基金？", /eligible States/, "A/RES/80/46"],
    ["ATT决议对未缴的摊款表示了什么？", /serious concern/, "A/RES/80/46"],
    ["TPNW决议请秘书长为第一次审议大会做什么？", /necessary assistance/, "A/RES/80/54"],
    ["TPNW决议确认第一次审议大会在哪里举行？", /New York|纽约/, "A/RES/80/54"],
  ])("%s", async (question, fact, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(fact);
    expect(reply.citations.some((c) => c.document === symbol)).toBe(true);
  });
});
