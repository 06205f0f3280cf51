/**
 * An answer from the graph's structure (an agenda) gives way to a passage that covers more than
 * one distinctive concept it leaves out ("the extended bureau", "the subsidiary bodies"), and
 * 主席团 (the Bureau) is not a question about who chaired. Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { ownWords } from "./own-words.js";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();

describe("a passage that covers what the agenda answer leaves out is chosen", () => {
  it.each([
    ["On what date did the extended Bureau of the Conference's tenth session approve the 2024–2025 schedule of topics for the subsidiary bodies?", "23 February 2024"],
    ["When was the plan of topics for the subsidiary bodies for 2024-2025 endorsed by the COSP10 extended bureau?", "23 February 2024"],
    ["缔约国会议第十届会议扩大主席团哪天核准了附属机构2024-2025年的专题安排？", "2024 年 2 月 23 日"],
  ])("%s", async (question, date) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toContain(date);
    expect(reply.text).not.toMatch(/主持|chaired/);
  });
});
