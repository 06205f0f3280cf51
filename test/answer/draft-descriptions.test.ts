/**
 * Security Council drafts (PDF) asked about the way people refer to them: by what they say rather
 * than by symbol, by their sponsors after "from", as "the … one" after drafts were named, by short
 * forms they define ("the Final Agreement"), and by the date on their cover. Paraphrases not used
 * to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources as own } from "../core/answer-text.js";

const ask = useTestAssistant(withPdfDocuments);

describe("the full name a short form of a draft stands for, from where the draft defines it", () => {
  it.each([
    ["in the Colombia draft, what is the Verification Mission's full name?", /United Nations Verification Mission in Colombia/, /S\/2021\/443/],
    ["what does SJP stand for in the UK's Colombia text?", /Special Jurisdiction for Peace/, /S\/2021\/443/],
    ["Gabon draft: 'the Mechanism' is short for what?", /International Residual Mechanism for Criminal Tribunals/, /S\/2022\/501/],
    ["哥伦比亚草案里的 the Final Agreement 全称是什么？", /Final Agreement for Ending the Conflict and Building a Stable and Lasting Peace/, /S\/2021\/443/],
  ])("%s", async (question, full, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(full);
    expect(own(reply.text)).toMatch(symbol);
  });
});

describe("the date on a draft described by what it says is the date on its cover", () => {
  it.each([
    ["what is the date of the Silencing the Guns draft resolution?", /27 February 2019/],
    ["date on the Darfur hybrid operation draft?", /13 July 2018/],
    ["南苏丹那份草案的日期是什么？", /2017年5月24日/],
    ["关于胡塞袭击红海商船的草案是哪天的？", /2024年1月10日/],
  ])("%s", async (question, date) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(date);
  });
});

describe("a draft described by its sponsors after 'from' or 'by', or as 'the … one' after drafts were named", () => {
  it.each([
    ["Looking at the settlement drafts. In the 2016 one from Senegal and Malaysia, what must all States distinguish between?", /distinguish/, /S\/2016\/1100/],
    ["the draft by Japan and the US: what does it demand of the Houthis?", /cease/, /S\/2024\/37/],
    ["what symbol does the Japan/US draft on the Red Sea attacks have?", /S\/2024\/37/, /S\/2024\/37/],
  ])("%s", async (question, fact, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(fact);
    expect(own(reply.text)).toMatch(symbol);
  });
});

describe("what a draft is about: after an operative paragraph that only recalls, the first that acts", () => {
  it.each(["what's S/2020/110 about?", "S/2020/110 是关于什么的？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/Panel of Experts/);
  });
});

describe("deadlines asked in the plural ask dates, not a word a paragraph must hold", () => {
  it.each([
    "Yemen sanctions draft: what are the deadlines for the midterm update and the final report of the Panel?",
    "the 2022 Yemen draft - deadlines for the Panel's midterm update?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/28 July 2022/);
  });
});

describe("chat's 'what r … states' asks what the States are called upon to do, not which States", () => {
  it.each([
    "in the Silencing the Guns draft, what are AU Member States called upon to do on the governance front?",
    "silencing the guns draft - what r AU member states called upon to do on the governance side",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/good governance/);
  });
});

describe("a draft's symbol found by what it says cites its cover and the title that names its sponsors", () => {
  it("cites the title passage", async () => {
    const reply = await ask("which symbol has the draft on Houthi attacks on merchant vessels in the Red Sea?");
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/S\/2024\/37/);
    expect(reply.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining("Japan and United States of America: draft resolution"));
  });
});

describe("an attribute asked of something a passage does not name is another's: 'the ceiling for civilian staff' is not the troops'", () => {
  it.each(["UNAMID draft of 2018: what's the personnel ceiling for civilian staff?", "UNAMID那份草案中文职人员的上限是多少？", "UNAMID草案把文职人员的上限定在多少人？"])("refuses “%s”: the draft sets no ceiling for civilian staff", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });
  it.each([
    ["2018 Darfur draft - what's the ceiling for police?", /2,500/],
    ["what is the authorised ceiling for troops in the UNAMID draft?", /4,050/],
    ["2018年达尔富尔草案，警察的人数上限为多少？", /2,500/],
    ["UNAMID草案把部队人数上限定在多少？", /4,050/],
    ["UNAMID草案里警察人数上限是多少？", /2,500/],
    ["混合行动草案中部队人数上限是多少？", /4,050/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(fact);
  });
});

describe("what a draft named by its symbol is about, asked as such, is its own subject, not a paragraph on the kind of thing asked", () => {
  it.each(["which peacekeeping operation is S/2018/693 about?", "S/2018/693 讲的是哪个维和行动？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/UNAMID/);
  });
});
