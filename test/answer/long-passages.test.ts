/**
 * A long paragraph that holds every distinctive word of the question is weighed even when
 * length-normalised search ranks shorter passages, which hold only some of them, above it: the
 * containment postings find it. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();

describe("a long paragraph holding all the question's words is found", () => {
  it.each([
    "How many analyses did the secretariat present to the fourteenth session of the Implementation Review Group?",
    "审议组第十四届会议收到秘书处多少份分析报告？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/25/);
  });
});
