/**
 * An answer from the graph gives way to a passage that holds two or more distinctive concepts of
 * the question it leaves out and loses none it holds: a resolution's own statements on another
 * subject are no answer to which paragraphs of a report its text cites for the Secretariat.
 * Paraphrases not used to write the rule; the fact read off A/RES/80/28 by hand (paragraph 7:
 * paragraph 129 (a) to (s) of the consensus report).
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a passage that holds more of what is distinctive replaces the graph's answer", () => {
  it.each(["联合国常规武器登记册决议里，政府专家组报告专门给秘书处的建议是哪几段？", "arms register res: which paragraphs of the GGE consensus report are the recommendations addressed to the Secretariat?"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.citations.some((c) => c.file.endsWith("A_RES_80_28.md"))).toBe(true);
    expect(reply.text).toMatch(/129/);
  });
});

// The verb asked aside, a passage that holds twice a distinctive concept's weight more of the
// question answers "which review conference decided …", not the resolution's own "Decides …".
// (Fact read off A/RES/80/22, preamble 6: the decision of the Ninth Review Conference.)
describe("a passage that holds much more of the question, the verb asked aside", () => {
  it.each(["Under resolution 80/22, which review conference decided to develop a mechanism to review S&T developments?", "Resolution 80/22: what review conference decided to develop a mechanism for reviewing S&T developments?"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/Ninth Review Conference/);
    expect(reply.text).not.toMatch(/^• Decides/m);
  });
});
