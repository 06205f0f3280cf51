/**
 * A meeting numbered without 第, as chat writes it ("15次会议", "8届会议"), is the meeting of that
 * number. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a meeting numbered without 第", () => {
  it.each([
    ["缔约国会议8届会议在哪开的？", /阿布扎比/],
    ["预防工作组15次会议几号开幕？", /2024年9月3日/],
    ["缔约国会议6届会议是什么时候开的？", /2015年11月2日/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("出处")[0]).toMatch(fact);
  });
});
