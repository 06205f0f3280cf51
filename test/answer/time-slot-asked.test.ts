/**
 * "Which slot", "what time slot", "哪个时段", "哪个时间段": when an agenda item named by its title is
 * taken up, a slot of the meeting's organization of work (not the meeting's opening time, nor a
 * passage on the subject). Paraphrases written before the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();

describe("the time slot of an item named by its title", () => {
  it.each([
    ["第十五次会议上，妇女和青年这个专题排在哪个时段？", /2024年9月5日（星期四）上午10时至下午1时/],
    ["prevention WG 15th meeting: what time slot is the methodologies and indicators panel in?", /Thursday 5 September 2024, 3–6 p\.m\./],
    ["which slot of the September 2024 prevention WG meeting covers emergencies and crisis response?", /Wednesday 4 September 2024, 10 a\.m\.–1 p\.m\./],
    ["工作组第十五次会议哪个时间段讨论公共采购中的腐败？", /2024年9月3日（星期二）下午3时至6时/],
  ])("%s", async (q, slot) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(slot);
  });
});
