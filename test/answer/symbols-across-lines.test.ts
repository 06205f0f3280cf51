/**
 * A symbol a conversion broke across lines ("A/AC.\n260/2", "E/2001/30/Rev.\n1") is the document's
 * whole symbol, and 经社理事会 is the 经济及社会理事会 a passage writes in full. Paraphrase not used
 * to write the rules; facts read off the transmittal note of A/AC.260/2 by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { ownWords as own } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("a symbol broken across lines, asked", () => {
  it("gives the whole symbol in the answer's own words", async () => {
    const reply = await ask("秘书处通过经社理事会向大会转交的专家组会议报告文号是什么？");
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toContain("A/AC.260/2");
    expect(own(reply.text)).not.toMatch(/E\/2001\/30\/R[,*]/);
  });
});
