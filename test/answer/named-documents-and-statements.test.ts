/**
 * What a question asks of a document it names by symbol, and of a resolution's statements:
 * - an agenda item of a document named by its symbol is the item of the meeting that document was
 *   prepared for ("item 5 of CAC/COSP/2015/1"), not the document's own description;
 * - "what was the vote count", "the tally" ask how many: a document's description does not answer them;
 * - a General Assembly resolution's symbol names the resolution ("A/RES/80/46" is resolution 80/46);
 * - "which States are encouraged to …" is answered by a class of States ("States Parties and
 *   signatory States") as by names;
 * - a resolution's paragraph that holds what is asked wins over one that holds only the verb
 *   asked ("what formula are States invited to use": the paragraph that "emphasizes" the formula);
 * - "who reports to the Assembly", "由谁提交报告" ask whom a resolution tasks, not who sponsored it;
 * - an acronym is not read as a name that ends inside a hyphenated word ("ITI" is no
 *   "Implementation of the Inter-American …").
 * Read off the real documents CAC/COSP/2015/1, A/RES/80/24, A/RES/80/28 and A/RES/80/46.
 * Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { createAcronymExpander } from "../../src/knowledge/lang/acronyms.js";
import { resolutionSlots } from "../../src/answer/resolution-slots.js";
import { questionParts } from "../../src/answer/compound.js";
import { readQuestion as read } from "../core/read-question.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a vote count or a tally asks how many", () => {
  it.each(["what was the vote count on resolution 80/4?", "A/RES/80/22: what's the final tally in favour?", "which was the recorded count of abstentions on 80/12?"])("%s", (q) =>
    expect(read(q).asks.has("howMany")).toBe(true),
  );
  it("not a verb", () => expect(read("does the side event count as a meeting of the group?").asks.has("howMany")).toBe(false));
});

describe("a General Assembly resolution's symbol names the resolution", () => {
  it.each([
    ["what does A/RES/80/28 invite States to do?", "80/28"],
    ["A/RES/80/46 里鼓励谁提供资金？", "80/46"],
  ])("%s", (q, number) => expect(read(q).resolutions.map((r) => r.number)).toEqual([number]));
  it("not another organ's symbol", () => expect(read("what does S/2024/557 decide?").resolutions).toEqual([]));
});

describe("who reports or submits is what a resolution tasks someone with", () => {
  it.each([
    ["who reports back to the Assembly on resolution 80/24?", "en"],
    ["A/RES/80/24 - who submits the report on its implementation?", "en"],
    ["第80/24号决议由谁向大会提交报告？", "zh"],
    ["谁来提交第80/24号决议的执行情况报告？", "zh"],
  ] as const)("%s", (q, lang) => {
    const slots = resolutionSlots(q, lang, false);
    expect(slots).toContain("statements");
    expect(slots).not.toContain("sponsors");
  });
  it.each([
    ["哪个国家提交了第80/24号决议的草案？", "zh"],
    ["who submitted the draft of resolution 80/24?", "en"],
  ] as const)("who put the draft forward is still its sponsors: %s", (q, lang) => expect(resolutionSlots(q, lang, false)).toContain("sponsors"));
});

describe("a Chinese part asked from its first words carries what they name into the next", () => {
  it.each([
    ["谁负责向大会提交第80/24号决议的执行情况报告？在哪届会议？", "第80/24号决议"],
    ["谁来编写第5/3号决议要求的报告？什么时候交？", "第5/3号决议"],
  ])("%s", (q, named) => expect(questionParts(q, "zh")[1]).toContain(named));
  it("not words that ask nothing of a name", () => expect(questionParts("第11届会议的地点定下来没有？在哪儿？", "zh")[1]).toBe("在哪儿？"));
});

describe("an acronym's name does not end inside a hyphenated word", () => {
  it("no name from a title that only starts one", () => expect(createAcronymExpander(["Implementation of the Inter-American Convention against Corruption"]).expand("ITI")).toBeUndefined());
  it("a hyphenated name spelled whole", () => expect(createAcronymExpander(["the Central Asian Nuclear-Weapon-Free Zone"]).expand("NWFZ")).toBe("Nuclear Weapon Free Zone"));
});

describe("answers", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["In CAC/COSP/2015/1, what is agenda item 5?", /Asset recovery/],
    ["CAC/COSP/2015/1 议程项目3是什么？", /技术援助|Technical assistance/],
    ["item 2 of the CAC/COSP/2015/1 agenda?", /Review of the implementation/],
  ])("an item of the agenda a document sets out: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
  it.each([
    "A/RES/80/22 — what was the vote count in favour?",
    "A/RES/80/46: what's the tally of votes against?",
  ])("a count the document does not give is refused: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
  it.each([
    ["A/RES/80/46: what States does it encourage to fund the Treaty sponsorship programme?", /signatory States/],
    ["第80/46号决议鼓励哪些国家为条约赞助方案提供资金？", /signatory States|签署国/],
  ])("a class of States answers which States: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
  it.each([
    ["80/28 — States are called upon to use which formula when they report small arms exports?", /Seven-Plus-One/],
    ["第80/28号决议邀请各国用哪种公式报告小武器进出口？", /Seven-Plus-One/],
    ["what formula does A/RES/80/28 urge for reporting small arms imports and exports?", /Seven-Plus-One/],
  ])("the paragraph that holds what is asked, not only its verb: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
  it.each([
    ["A/RES/80/24 — who submits the implementation report to the Assembly, and at which session?", /Secretary-General[\s\S]*eighty-first session/],
    ["第80/24号决议由谁向大会提交执行情况报告？", /秘书长/],
  ])("whom a resolution tasks with reporting: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
    expect(beforeSources(reply.text)).not.toMatch(/提案国|sponsor/);
  });
});

describe("a part asked after a preposition and a question word is a part of its own", () => {
  it.each([
    "80/46: where does CSP12 meet, and by which Conference must the strategy be decided?",
    "resolution 10/4 - what does it request, and from whom does it invite contributions?",
    "S/2024/557: when was it circulated, and to whom does the focal point report?",
  ])("%s", (q) => expect(questionParts(q, "en")).toHaveLength(2));
  it.each(["where and by when does the group report?", "COP4 opening - what time, and by when should delegates be seated?"])("a time asked again stays in the part: %s", (q) => expect(questionParts(q, "en")).toHaveLength(1));
});
