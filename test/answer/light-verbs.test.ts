/**
 * A light verb before its object ("make the arrangements", "do the organizational arrangements")
 * says no more than the object: the dictionary's senses of "make" (制造, 制作) are not words the
 * answering paragraph must hold. "Arrangements" alone is 安排. Paraphrases written before the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();

describe("who is asked to make the arrangements", () => {
  it.each([
    "who has to make the arrangements for the follow-up intersessional meeting, according to the report to COSP10?",
    "which body was requested to do the organizational arrangements for the intersessional meeting on the political declaration?",
    "who is supposed to make arrangements for the intersessional follow-up meeting on the political declaration?",
  ])("is answered from the paragraph that asks it: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/缔约国会议第九届会议主席团/);
  });
});
