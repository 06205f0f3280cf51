/**
 * How chat frames a question around what it asks:
 * - a preface that only says why or how the asker asks ("quick q:", "sanity check —", "for my
 *   notes:", "顺便问一下：") asks nothing, and its words are no concept a passage must hold;
 * - a claim put to the documents with a confirming tag ("… in 2011, right?", "…对吧？"), then
 *   asked again another way ("or when?", "还是哪一年？"), is one question: the year claimed does not
 *   rule out the passage that gives the true date;
 * - a statement added after the question ("UNODC 也去了的") asks nothing of its own;
 * - "no. of", "# of" ask how many; a city in brackets ("IRG6 (Vienna, June 2015)") describes
 *   the meeting, and asks nothing of its place;
 * - an aside in brackets ("(Feb 2019 draft, lots of co-sponsors)") describes the draft: its
 *   words ask nothing of it;
 * - an aside in which the asker says what they think ("(I believe the report mentions it)",
 *   "（印象中是12月）") is dropped: where they would look is not what they ask;
 * - a year as chat shortens it ("18年那份", "24–25年", "Feb '19") is the year in full, and a number
 *   of years ("18年来") is no year;
 * Read off the real resolution A/RES/80/14 (Pelindaba, in force 15 July 2009).
 * Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { askersOwn } from "../../src/answer/answer-search.js";
import { questionParts } from "../../src/answer/compound.js";
import { resolutionSlots } from "../../src/answer/resolution-slots.js";
import { readQuestion as read } from "../core/read-question.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a preface that says why the asker asks is the asker's own", () => {
  it.each([
    ["quick q: when did the IRG hold its 12th session?", "quick q"],
    ["sanity check - where is the next Conference of the States Parties?", "sanity check"],
    ["for my notes: what does resolution 10/3 request?", "for my notes"],
    ["顺便问一下：审议组第十二届会议在哪里开？", "顺便问一下"],
  ])("%s", (q, own) => expect(askersOwn(q).own).toBe(own));
  it("not a clause that names what is asked", () => expect(askersOwn("for the 10th session: where was it held?").own).toBe(""));
});

describe("a claim asked again another way is one question", () => {
  it.each([
    ["Pelindaba Treaty in force since 2012 right? or when?", "en"],
    ["佩林达巴条约是2011年生效的吗？还是哪一年？", "zh"],
  ] as const)("%s", (q, lang) => expect(questionParts(q, lang)).toHaveLength(1));
});

describe("a statement the asker adds after the question is no part to answer", () => {
  it.each(["审议组第十二届会议在哪里开的？当时是线上线下混合开的", "缔约国会议第十届会议主席是谁？我们团也去了的"])("%s", (q) => expect(questionParts(q, "zh")).toHaveLength(1));
  it("a part that asks stays one", () => expect(questionParts("审议组第十二届会议在哪里开的？当时有多少国家参加了", "zh")).toHaveLength(2));
});

describe("chat's \"no. of\", \"# of\" ask how many", () => {
  it.each(["no. of side events at the CoSP's 10th session?", "# of States that attended IRG 12", "nr. of delegations at the 15th prevention WG meeting"])("%s", (q) =>
    expect(read(q).asks.has("howMany")).toBe(true),
  );
});

describe("a city in brackets describes the meeting, it is not put to the documents", () => {
  it("CoSP 10 (Atlanta, December 2023) — the side events?", () => expect(read("CoSP 10 (Atlanta, December 2023) — the side events?").asks.has("where")).toBe(false));
  it("a city put to the documents still asks where", () => expect(read("the 10th CoSP in Atlanta?").asks.has("where")).toBe(true));
});

describe("an aside in brackets describes the draft, it asks nothing of it", () => {
  it.each([
    ["S/2024/37 (the January draft, many co-sponsors) — what does it decide?", "en"],
    ["S/2023/970（加沙那份，好多共同提案国）主要讲什么？", "zh"],
  ] as const)("%s", (q, lang) => expect(resolutionSlots(q, lang, false)).not.toContain("sponsors"));
  it.each([
    ["who co-sponsored S/2024/37 (the January one)?", "en"],
    ["S/2023/970的提案国有哪些（加沙那份）？", "zh"],
  ] as const)("sponsors asked outside it: %s", (q, lang) => expect(resolutionSlots(q, lang, false)).toContain("sponsors"));
});

describe("an aside in which the asker says what they think is no part of the question", () => {
  it.each([
    ["where did the IRG hold its 4th session? (I believe the 2015 report mentions it)", "where did the IRG hold its 4th session?"],
    ["缔约国会议第八届会议哪天开幕？（印象中是12月）", "缔约国会议第八届会议哪天开幕?"],
    ["what's on the agenda of the 15th meeting (iirc there's a joint item)?", "what's on the agenda of the 15th meeting?"],
  ])("%s", (q, read_) => expect(read(q).text).toBe(read_));
  it("an aside that describes stays", () => expect(read("S/2024/37 (the January draft) — what does it decide?").text).toContain("(the January draft)"));
});

describe("a short year is the year in full", () => {
  it.each([
    ["17年那份安理会草案要求什么？", "2017-01-01"],
    ["the Jan '21 draft on Colombia: what does it request?", "2021-01-01"],
  ])("%s", (q, from) => expect(read(q).dates?.from).toBe(from));
  it("a range of short years", () => expect(read("23–24年的工作计划里有哪些专题？").text).toContain("2023–2024年"));
  it.each(["过去15年来有多少国家批准了公约？", "长达20年之久的谈判在哪结束？"])("no year: %s", (q) => expect(read(q).dates).toBeUndefined());
});

describe("answers", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["sanity check: the Pelindaba Treaty entered into force in 2011, right? or when?", /15 July 2009/],
    ["佩林达巴条约2012年生效的，对吧？还是哪天？", /2009年7月15日/],
    ["for my notes - Treaty of Pelindaba, in force since 2008 correct? or when did it enter into force", /15 July 2009/],
  ])("the true date of a claim: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});
