/**
 * A meeting the workplan plans with its date yet to be set ("资产追回问题缔约国会议特别会议
 * （年份/日期待定）") and the documents hold no meeting of: the answer says they give no date and
 * what the plan says, instead of a date of something else. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a planned meeting whose date is yet to be set", () => {
  it.each([
    ["When will the Conference's special session on asset recovery be held?", /no date/, /to be determined/],
    ["资产追回问题特别会议在哪天举行？", /没有给出/, /待定/],
  ])("%s", async (question, none, planned) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(none);
    expect(reply.text).toMatch(planned);
    expect(reply.citations.length).toBeGreaterThan(0);
  });
});

describe("a workplan row whose meeting's date is yet to be set says so", () => {
  it.each([
    ["which year does the workplan put the asset recovery special session in?", /to be determined/],
    ["工作计划里资产追回问题缔约国会议特别会议排在哪一年？", /待定/],
  ])("%s", async (question, unset) => {
    const reply = await ask(question);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(unset);
  });
});

describe("the year of a meeting the workplan lists with its date yet to be set is not the row's period", () => {
  it.each(["In the workplan annex, which year is the special session on asset recovery scheduled for?", "工作计划附件中资产追回问题特别会议定在哪一年召开？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(/to be determined|待定/);
  });
});
