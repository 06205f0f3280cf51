/**
 * Facts of a General Assembly resolution asked of it by number or by its subject: its number,
 * adoption date, plenary meeting, agenda item, the future session whose provisional agenda it
 * puts an item on, and what it asks of an addressee. Each question here is a paraphrase that was
 * not used to write the rules; the facts (read off the documents by hand) must stand in the
 * answer's own text, not only in a quoted source.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);
const flat = (s: string) => s.replace(/\s+/g, "");

async function expectFacts(question: string, facts: string[], sourceFile: string) {
  const reply = await ask(question);
  expect(reply.answered, reply.text).toBe(true);
  for (const f of facts) expect(flat(reply.text), reply.text).toContain(flat(f));
  expect(reply.citations.some((c) => c.file?.endsWith(sourceFile))).toBe(true);
}

describe("a resolution described by its subject is found, and its number stated", () => {
  it.each([
    ["Which resolution did the General Assembly adopt on the Convention on Cluster Munitions?", "80/52", "A_RES_80_52.md"],
    ["what's the number of the GA resolution about the scale of assessments", "80/2", "A_RES_80_2.md"],
    ["Which resolution concerns objective information on military matters?", "80/12", "A_RES_80_12.md"],
    ["关于武器贸易条约的大会决议编号是多少？", "80/46", "A_RES_80_46.md"],
    ["关于集束弹药的决议是哪一项决议？", "80/52", "A_RES_80_52.md"],
    ["联大关于军事预算透明度的决议是第几号？", "80/12", "A_RES_80_12.md"],
  ])("%s", (q, number, file) => expectFacts(q, [number], file));
});

describe("adoption date and plenary meeting of a described resolution", () => {
  it.each([
    ["At which plenary meeting did the Assembly adopt the Arms Trade Treaty resolution?", ["52nd plenary meeting"], "A_RES_80_46.md"],
    ["When was the cluster munitions resolution passed?", ["1 December 2025"], "A_RES_80_52.md"],
    ["Date of adoption of the scale of assessments resolution?", ["14 October 2025"], "A_RES_80_2.md"],
    ["武器贸易条约决议是在第几次全体会议上通过的？", ["第52次全体会议"], "A_RES_80_46.md"],
    ["集束弹药决议什么时候通过的？", ["2025年12月1日"], "A_RES_80_52.md"],
    ["会费分摊比额表决议的通过日期？", ["2025年10月14日"], "A_RES_80_2.md"],
  ])("%s", (q, facts, file) => expectFacts(q, facts, file));
});

describe("the agenda item a resolution was adopted under", () => {
  it.each([
    ["Under which agenda item was resolution 80/46 adopted?", ["99(y)"], "A_RES_80_46.md"],
    ["which item of the agenda covers the cluster munitions resolution?", ["99(ff)"], "A_RES_80_52.md"],
    ["80/2 falls under what agenda item", ["140"], "A_RES_80_2.md"],
    ["第80/52号决议属于哪个议程项目？", ["99(ff)"], "A_RES_80_52.md"],
    ["武器贸易条约决议的议程项目是什么？", ["99(y)"], "A_RES_80_46.md"],
    ["80/2号决议在哪个议程项目下通过", ["140"], "A_RES_80_2.md"],
  ])("%s", (q, facts, file) => expectFacts(q, facts, file));
});

describe("the session whose provisional agenda a resolution puts an item on", () => {
  it.each([
    ["When will the Arms Trade Treaty be on the Assembly's provisional agenda again?", ["eighty-first"], "A_RES_80_46.md"],
    ["In which session's provisional agenda does resolution 80/52 include its sub-item?", ["eighty-first"], "A_RES_80_52.md"],
    ["does the chemical weapons convention resolution come back at a later session?", ["eighty-first"], "A_RES_80_34.md"],
    ["第80/34号决议把该分项列入哪一届会议的临时议程？", ["第八十一届"], "A_RES_80_34.md"],
    ["武器贸易条约的决议下次列入哪届会议议程？", ["第八十一届"], "A_RES_80_46.md"],
    ["集束弹药决议决定列入哪一届联大临时议程", ["第八十一届"], "A_RES_80_52.md"],
    // "The Assembly" is the General Assembly: the paragraph of the resolution that puts the item on
    // a session's agenda, not one asking another body to report to the Assembly at an earlier one.
    ["At which session will the Assembly next consider the dumping of radioactive wastes?", ["eighty-second"], "A_RES_80_26.md"],
  ])("%s", (q, facts, file) => expectFacts(q, facts, file));
});

describe("what a resolution asks of the addressee named", () => {
  it.each([
    ["What is the Secretary-General asked to do in the cluster munitions resolution?", ["third Review Conference"], "A_RES_80_52.md"],
    ["resolution 80/52: what does it request of the SG?", ["third Review Conference"], "A_RES_80_52.md"],
    ["What does the Cuba embargo resolution want from the Secretary-General?", ["prepare a report"], "A_RES_80_4.md"],
    ["集束弹药决议请秘书长做什么？", ["third Review Conference"], "A_RES_80_52.md"],
    ["第80/16号决议要求秘书长做什么？", ["Global Mechanism"], "A_RES_80_16.md"],
    ["古巴禁运决议请秘书长做什么", ["prepare a report"], "A_RES_80_4.md"],
  ])("%s", (q, facts, file) => expectFacts(q, facts, file));

  it("does not answer a vote count the resolution does not record", async () => {
    const reply = await ask("How many States voted in favour of the cluster munitions resolution?");
    expect(reply.answered).toBe(false);
  });
});

describe("a fact inside a resolution the question names is searched in that resolution's text", () => {
  it.each([
    ["According to resolution 80/52, how many States are parties to the cluster munitions convention?", ["112"], "A_RES_80_52.md"],
    ["80/54: how many States had signed the TPNW by October 2025?", ["95"], "A_RES_80_54.md"],
    ["In 80/38, when is the ninth Biennial Meeting of States to be convened?", ["1 to 5 June 2026"], "A_RES_80_38.md"],
    ["第80/52号决议中，《集束弹药公约》有多少个缔约国？", ["112"], "A_RES_80_52.md"],
    ["按照80/54号决议，截至2025年10月有多少个国家签署了该条约？", ["95"], "A_RES_80_54.md"],
    ["80/14号决议说佩林达巴条约第一次缔约国会议是哪天召开的？", ["4 November 2010"], "A_RES_80_14.md"],
  ])("%s", (q, facts, file) => expectFacts(q, facts, file));

  it("names a thing inside a resolution numbered in the question, not the resolution's own title", async () => {
    const reply = await ask("What is the name of the action plan 80/54 recalls adopting at the first Meeting of States Parties?");
    expect(reply.answered).toBe(true);
    expect(reply.text).toContain("Vienna Action Plan");
  });
});

describe("the Conference session that adopted a resolution mentioned in the documents", () => {
  it.each([
    ["In which session did the Conference adopt resolution 9/2?", ["ninth session"]],
    ["which session adopted resolution 8/8?", ["eighth session"]],
    ["第10/4号决议是哪届会议通过的？", ["第十届会议"]],
  ])("%s", async (question, facts) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    for (const f of facts) expect(reply.text).toContain(f);
  });
});

describe("when an item comes back on the Assembly's agenda, without the word resolution", () => {
  it.each([
    ["when is the cluster munitions item next on the Assembly's agenda?", ["eighty-first"], "A_RES_80_52.md"],
    ["When will the Arms Trade Treaty be on the agenda again?", ["eighty-first"], "A_RES_80_46.md"],
  ])("%s", (q, facts, file) => expectFacts(q, facts, file));
});

describe("a fact inside a resolution named by number is weighed against what the resolution asks", () => {
  const cases: [string, RegExp][] = [
    ["According to resolution 80/24, whose ratification of the Treaty on the Prohibition of Nuclear Weapons was the latest?", /Ghana|加纳/],
    ["In resolution 80/24, whose ratification of the Comprehensive Nuclear-Test-Ban Treaty is welcomed as the latest?", /Papua New Guinea|巴布亚新几内亚/],
  ];
  it.each(cases)("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });

  // "哪个国家" / "which country" names the answer's kind: statements that name no State do not
  // answer it, and "决议" before the number only says what the number is.
  it("80/24号决议欢迎哪个国家最近批准了《全面禁止核试验条约》？", async () => {
    const reply = await ask("80/24号决议欢迎哪个国家最近批准了《全面禁止核试验条约》？");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/巴布亚新几内亚/);
  });
  it("Which country's ratification of the Comprehensive Nuclear-Test-Ban Treaty does resolution 80/24 welcome as the most recent?", async () => {
    const reply = await ask("Which country's ratification of the Comprehensive Nuclear-Test-Ban Treaty does resolution 80/24 welcome as the most recent?");
    expect(reply.text).toMatch(/Papua New Guinea|巴布亚新几内亚/);
  });
});

describe("the agenda item of a resolution described by what its text names, or by its title alone", () => {
  it.each([
    ["under which agenda item was the resolution about the Treaty of Pelindaba adopted?", ["Agenda item 92"], "A_RES_80_14.md"],
    ["the res on the Pelindaba treaty: agenda item?", ["Agenda item 92"], "A_RES_80_14.md"],
    ["关于非洲无核武器区条约的决议在哪个议程项目下？", ["议程项目92"], "A_RES_80_14.md"],
    ["agenda item for no first placement of weapons in outer space?", ["97(b)"], "A_RES_80_20.md"],
    ["under what item of the agenda is the prohibition of the dumping of radioactive wastes?", ["99(e)"], "A_RES_80_26.md"],
    ["放射性废物倾倒问题属于大会哪个议程项目？", ["99(e)"], "A_RES_80_26.md"],
  ])("%s", (q, facts, file) => expectFacts(q, facts, file));
});

describe("another resolution's adoption, told by the resolution the question names", () => {
  it.each([
    "According to resolution 80/50, when was the General Assembly's first resolution adopted?",
    "80/50 mentions the first resolution the GA ever adopted: on what date was that?",
    "第80/50号决议提到的大会第一项决议是哪天通过的？",
  ])("%s", async (question) => {
    await expectFacts(question, [], "A_RES_80_50.md");
    const reply = await ask(question);
    expect(reply.text).toMatch(/24 January 1946|1946年1月24日/);
    expect(reply.text).not.toMatch(/1 December 2025|2025年12月1日/);
  });

  it("still gives the named resolution's own adoption date", async () => {
    await expectFacts("on what date was resolution 80/50 adopted?", ["1 December 2025"], "A_RES_80_50.md");
  });
});

describe("a decision that goes on past a semicolon is stated whole", () => {
  it.each([
    ["第7/5号决议为工作组第九次、第十次会议确定了什么议题？", ["利益冲突", "反腐败战略"]],
    ["7/5号决议对工作组2018年和2019年会议的讨论议题作了什么决定？", ["利益冲突", "资产申报制度", "反腐败战略"]],
  ])("%s", async (question, facts) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    const own = reply.text.replace(/“[^”]*”|「[^」]*」/g, " ");
    for (const f of facts) expect(own, reply.text).toContain(f);
  });
});

describe("who is to do something under a resolution named by number: the paragraph on that subject, its addressee in the answer", () => {
  it.each([
    ["under 80/30, who's expected to keep consulting on the special session?", ["Member States", "continue consultations"], "A_RES_80_30.md"],
    ["in 80/22 who must report back to the 81st session?", ["Secretary-General", "eighty-first session"], "A_RES_80_22.md"],
    ["80/40: who should refrain from unilateral actions?", ["States Parties to the relevant instruments on weapons of mass destruction"], "A_RES_80_40.md"],
    ["80/16号决议中谁负责为全球机制提供支持？", ["Secretary-General"], "A_RES_80_16.md"],
  ])("%s", (q, facts, file) => expectFacts(q, facts, file));
});
