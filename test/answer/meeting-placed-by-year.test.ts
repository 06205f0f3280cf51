/**
 * A meeting named by its number with its year ("the ninth meeting in 2018") is placed by the year,
 * not asked for its dates: what was said there is a fact for passage search, never the meeting's
 * dates. "大家" (people, everyone) says who asks, not what a passage must hold. Paraphrases not
 * used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);
const DATES = /5–7 September 2018|2018年9月5日至7日/;

describe("a meeting placed by its number and year", () => {
  it.each([
    ["At the prevention WG's ninth meeting in 2018, what did speakers say stronger asset disclosure had to be balanced with?", /保护隐私/],
    ["9th WG meeting (2018): stronger asset and interest disclosure systems were to be balanced against what?", /保护隐私/],
    ["预防工作组2018年第九次会议上，发言者认为加强资产和利益披露系统需要与什么相平衡？", /保护隐私/],
    ["2018年工作组第九次会议，大家觉得资产披露要和什么取得平衡？", /保护隐私/],
  ])("%s is answered from the paragraph that says it", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
    expect(reply.text).not.toMatch(DATES);
  });

  it.each([
    "In the 2018 ninth meeting of the working group, stronger asset declaration systems needed balancing with what, per the speakers?",
    "工作组第九次会议（2018年）提到加强资产和利益披露系统时要兼顾什么？",
  ])("%s is not answered with the meeting's dates", async (question) => {
    const reply = await ask(question);
    expect(reply.answered && DATES.test(reply.text), reply.text).toBe(false);
  });
});
