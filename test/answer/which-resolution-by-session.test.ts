/**
 * "Which resolution on the follow-up to the Marrakech declaration did the eighth session adopt":
 * several resolutions bear that title, one per session; the session the question names picks
 * one, and its number is told from the passage that gives its title. Paraphrases not used to
 * write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();

describe("a resolution described by its title and the session that adopted it", () => {
  it.each([
    ["缔约国会议第八届会议通过的关于马拉喀什宣言后续行动的决议是第几号？", /8\/8/, /7\/6|10\/3/],
    ["第七届缔约国会议关于《马拉喀什预防腐败宣言》后续行动的是几号决议？", /7\/6/, /8\/8|10\/3/],
  ])("%s", async (question, right, wrong) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    const own = reply.text.split("出处")[0];
    expect(own).toMatch(right);
    expect(own.split("\n")[0]).not.toMatch(wrong);
  });
});
