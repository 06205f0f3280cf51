/**
 * A resolution described by its subject, where titles score alike on words ("透明度" stands in
 * many): the one title that holds every concept of the description is the one meant. Paraphrases
 * not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the title that holds every concept described", () => {
  it.each([
    ["军费透明度那项决议编号是多少？", /第80\/12号决议/],
    ["军费透明度决议是哪天通过的？", /第80\/12号决议[^\n]*\n大会于2025年12月1日通过/],
    ["关于化学武器公约执行情况的那项联大决议是哪天通过的？", /第80\/34号决议[^\n]*\n大会于2025年12月1日通过/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("出处")[0]).toMatch(fact);
  });
});

describe("a paragraph of a resolution described by its subject", () => {
  it.each([
    ["small arms resolution: what does its paragraph 14 encourage States to take into account?", /polymer and modular weapons/],
    ["小武器那项决议第14段提到了哪些新的武器设计？", /polymer and modular weapons/],
  ])("%s is answered from that paragraph, not the workplan's declaration paragraphs", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(fact);
    expect(reply.citations[0].document).toBe("A/RES/80/38");
  });
});
