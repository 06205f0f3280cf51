/**
 * Votes cast, sums of money and who put a draft forward are facts of their own: a resolution's
 * statements or a paragraph on the subject that gives no figure do not answer them.
 * - "votes for and against", "the recorded vote", "how did the vote go", "赞成票" ask a count;
 *   "for and against" is one phrase, not two facts listed.
 * - "budget amount", "the amount of the funds", "what's the yearly budget", "what budget",
 *   "how large a sum", "what amount" ask a sum of money.
 * - "谁提交了…草案" asks who put the draft forward, not whom the resolution asks to submit
 *   something; "谁提交报告" still asks that.
 * Read off the real General Assembly resolutions, which record no votes, sponsors or budgets.
 * Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("votes, sums of money and sponsors no document gives", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    "resolution 80/46 (ATT) – votes in favour vs against?",
    "what was the vote on A/RES/80/12, how did the voting go?",
    "how did the vote on res 80/18 go?",
    "第80/28号决议的赞成票和反对票各是多少？",
    "A/RES/80/20 recorded vote result?",
  ])("a vote asked is refused: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
  it.each([
    "80/38 small arms fellowship – total budget figure?",
    "what's the annual budget for the fellowship training programme in 80/38?",
    "what is the amount of funding set aside for the 80/38 fellowships?",
    "What budget did the General Assembly approve for the Report on Military Expenditures in resolution 80/12?",
    "how large a sum did resolution 80/44 set aside for the group of governmental experts?",
    "what amount did the Conference allocate to the Implementation Review Mechanism in resolution 10/1?",
  ])("a sum of money asked is refused: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
  it.each([
    ["谁起草了第80/12号决议的草案？", "80/12"],
    ["是谁提出第80/18号决议草案的？", "80/18"],
    ["第80/38号决议草案由谁提交？", "80/38"],
  ])("who put a draft forward is refused, naming the resolution: %s", async (q, number) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    expect(beforeSources(reply.text)).toContain(number);
  });
  it.each([
    ["谁要向大会提交第80/24号决议的执行情况报告？", /秘书长|Secretary-General/],
  ])("whom a resolution asks to submit a report is still answered: %s", async (q, who) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(who);
  });
});
