/**
 * When a meeting takes up the topic a resolution gave it: the agenda item that resolution mandates,
 * and its slot; the resolution's own text, which gives no day, is refused for want of one only when
 * no other reading of the question gives it. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();

describe("the day a meeting takes up what a resolution gave it", () => {
  it.each([
    ["on which day of the 15th prevention WG meeting is the topic of resolution 10/4 scheduled?", /Scheduled: Thursday 5 September 2024, 3–6 p\.m\./],
    ["resolution 10/4 put a topic on the 15th meeting's agenda - which day is it on?", /Scheduled: Thursday 5 September 2024, 3–6 p\.m\./],
    ["第10/4号决议欢迎列入第十五次会议的议题，安排在哪一天？", /安排：2024年9月5日（星期四）下午3时至6时/],
    ["第十五次会议哪天讨论第10/4号决议的议题？", /安排：2024年9月5日（星期四）下午3时至6时/],
    ["What does resolution 10/4 welcome, and which day of the fifteenth meeting takes that up?", /Welcomes[\s\S]*Scheduled: Thursday 5 September 2024/],
  ])("%s", async (q, said) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(said);
    expect(reply.text).toMatch(/2\(a\)\(v\)|2\(a\)\(五\)/);
  });
});
