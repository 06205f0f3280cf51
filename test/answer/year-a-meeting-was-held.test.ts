/**
 * "In what year was it held", "哪一年开": the year a meeting was or will be held is asked of the
 * meeting, which the documents date (its dates, or the workplan's "year to be determined"), not of
 * whatever passage names a meeting of that number; a meeting of a kind the documents do not follow
 * ("the tenth Biennial Meeting", a cluster munitions convention's meeting) is not another body's
 * meeting of that number. Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("the year a meeting was held", () => {
  const ask = useTestAssistant(withRealDocuments);

  it.each([
    ["Which year did the Conference of the States Parties hold its sixth session?", /2015/],
    ["缔约国会议第十届会议是哪一年召开的？", /2023年/],
    ["What year was the third session of the prevention working group convened?", /2012/],
    ["预防腐败问题工作组第三届会议哪年开的？", /2012年/],
    ["In which year did the Crime Commission hold its twelfth session?", /2003/],
  ])("is the meeting's own date: %s", async (q, year) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(year);
  });

  it.each(["缔约国会议第十一届会议定在哪一年？", "Which year is the eleventh session of the Conference of the States Parties planned for?"])(
    "is the year of the workplan's row that names a numbered session: %s",
    async (q) => {
      const reply = await ask(q);
      expect(reply.answered, reply.text).toBe(true);
      expect(beforeSources(reply.text)).toMatch(/2026/);
    },
  );

  it("says only the year is given when the days of a session the workplan places in a year are asked", async () => {
    const reply = await ask("缔约国会议第十一届会议具体是哪几天？");
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(/只载明年份/);
    expect(reply.text).toMatch(/2026年/);
  });

  it("is the meeting's own date, not another body's meeting of the same number, when asked when it was held", async () => {
    const reply = await ask("When was the prevention working group's third session held?");
    expect(beforeSources(reply.text)).toMatch(/27–29 August 2012/);
    expect(beforeSources(reply.text)).not.toMatch(/2009/);
  });

  it.each(["资产追回问题特别会议定在哪一年召开？", "Which year will the Conference's special session on asset recovery be held?"])(
    "says the workplan leaves the year of a special session to be determined: %s",
    async (q) => {
      const reply = await ask(q);
      expect(reply.answered, reply.text).toBe(false);
      expect(reply.text).toMatch(/年份\/日期待定|year and date to be determined/);
    },
  );

  it("is the year the documents set off after a meeting's name (\"devoted to disarmament, in 1978\")", async () => {
    const reply = await ask("In what year did the General Assembly hold its first special session devoted to disarmament?");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/1978/);
    expect(beforeSources(reply.text)).not.toMatch(/2021/);
  });

  it("reads an ordinal written with a hyphen as one number (fifty-fifth), not a fifty and a fifth", async () => {
    const reply = await ask("What year did the General Assembly hold its fifty-fifth session?");
    expect(reply.text).toMatch(/55th session of the General Assembly/);
    expect(reply.text).not.toMatch(/2011|Nuclear Safety/);
  });

  it("is the numbered session of an organ named by its acronym, not the General Assembly's session of that number", async () => {
    const reply = await ask("Which year did UNSCEAR hold its sixty-second session?");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/2015/);
  });

  it("is not the year a body was set up, which a passage naming none of its sessions gives", async () => {
    const reply = await ask("What year did the Ad Hoc Committee hold its first session?");
    expect(beforeSources(reply.text)).not.toMatch(/1998/);
  });

  it("says which kind of meeting the documents record none of", async () => {
    const reply = await ask("When did the eleventh Biennial Meeting take place?");
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(/no 11th Biennial meeting/);
  });

  it.each([
    "In which year was the fourth Meeting of States Parties to the Convention on Cluster Munitions held?",
    "What year did the twelfth Biennial Meeting of States take place?",
  ])("is not another body's meeting of that number: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).not.toMatch(/2008|2019|Organized Crime|Working Group on Prevention\*\*/);
  });

  // The kind written after a Chinese ordinal (审议大会, a Review Conference) that no followed body's
  // name holds: not the Implementation Review Group's fifth session (2014), not the prevention
  // group's tenth meeting (2019).
  it.each([
    ["第5次审议大会举行的年份是哪年？", /2014|实施情况审议组/],
    ["那个第五届审议大会，哪一年举行？", /2014|实施情况审议组/],
    ["第十次两年期会议在哪一年举行？", /2019|预防腐败问题工作组/],
  ])("is not another body's meeting of that number: %s", async (q, other) => {
    const reply = await ask(q);
    expect(reply.text).not.toMatch(other);
  });
  // What a session is devoted to, after its word, that no followed body's name holds: not every
  // body's fourth session to choose from, nor a date of the three held before.
  it.each([
    ["When will the fourth special session devoted to disarmament be held?", /no 4th session devoted to disarmament/],
    ["In what year is the fourth session devoted to disarmament to take place?", /no 4th session devoted to disarmament/],
    ["第四届专门讨论裁军问题的特别会议什么时候举行？", /没有第4届专门讨论裁军问题的特别会议/],
  ])("names the kind no followed body's meeting is: %s", async (q, refusal) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(refusal);
  });
  it.each([
    ["第十届缔约国会议在哪里举行？", /亚特兰大/],
    ["第十五次工作组会议在哪里举行？", /维也纳/],
  ])("still finds a followed body's meeting named after its ordinal: %s", async (q, place) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(place);
  });
});
