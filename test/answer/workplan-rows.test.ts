/**
 * A workplan row as the asker reads it: its period in the asker's language ("4–8 September 2023"
 * for 2023年9月4日至8日 in an English answer) and its political declaration paragraphs as the table
 * writes them, three or more in a row as a range ("16-19"). Read off the annex of the bundled
 * report on the follow-up to the special session (the September 2023 row: paragraphs 16-19,
 * preventive anti-money-laundering measures). Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";
import { paragraphRuns } from "../../src/answer/answer-workplan.js";

const ask = useTestAssistant();

describe("a workplan row in the answer's own words", () => {
  it.each([
    ["workplan: what do the bodies take up in September 2023, and under which declaration paragraphs?", ["4–8 September 2023", "16-19"]],
    ["按工作计划，2023年9月审议哪几段政治宣言？", ["2023年9月4日至8日", "16-19"]],
  ])("%s", async (q, facts) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    const own = beforeSources(reply.text);
    for (const f of facts) expect(own).toContain(f);
  });
});

describe("a body's keywords in a year are its workplan row's topics", () => {
  it.each([
    ["Keywords for the international cooperation expert meeting in 2025?", ["Expert Meeting on International Cooperation", "拒绝给予庇护"]],
    ["What are the key words of the prevention working group for 2025?", ["Working Group on Prevention", "与经济犯罪、有组织犯罪等其他犯罪的联系"]],
    ["2024年资产追回问题工作组的关键词有哪些？", ["资产追回问题工作组", "非法资金流动"]],
    ["预防腐败问题工作组2026年的关键词是什么？", ["预防腐败问题工作组", "公众参与"]],
  ])("%s", async (q, facts) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    const own = beforeSources(reply.text);
    for (const f of facts) expect(own).toContain(f);
  });
});

describe("paragraph numbers", () => {
  it("write three or more in a row as a range, and the rest one by one", () => {
    expect(paragraphRuns(["16", "17", "18", "19"])).toEqual(["16-19"]);
    expect(paragraphRuns(["32", "35", "42", "82"])).toEqual(["32", "35", "42", "82"]);
    expect(paragraphRuns(["5", "6", "9", "10", "11", "20"])).toEqual(["5", "6", "9-11", "20"]);
    expect(paragraphRuns(["7", "8"])).toEqual(["7", "8"]);
    expect(paragraphRuns([])).toEqual([]);
  });
});

describe("a year the workplan does not cover", () => {
  // "For 2027 it lists: ." said nothing: the years it covers are said, with the body's rows cited.
  it.each([
    ["what's on the prevention WG's workplan for 2028?", /covers 2023–2026 and gives no topics for 2028\. It gives the Working Group on Prevention topics for 2023, 2024, 2025 and 2026\[/],
    ["按照工作计划，预防腐败工作组2027年讨论什么？", /工作计划涵盖2023–2026年，没有2027年的议题安排。预防腐败问题工作组的议题安排在：2023、2024、2025、2026年\[/],
  ])("%s", async (q, said) => {
    const reply = await ask(q);
    expect(reply.text).toMatch(said);
    expect(reply.text).not.toMatch(/lists: \.|列有：。/);
  });
});

describe("a workplan row that names a session of its body", () => {
  it.each([
    ["Which session of the Conference does the workplan put in 2026?", /Conference of the States Parties, eleventh session/],
    ["workplan: what's on for the Conference in December 2023?", /Conference of the States Parties, tenth session/],
    ["工作计划里2026年缔约国会议开第几届会议？", /缔约国会议第十一届会议/],
  ])("%s is answered with the session, not the body alone", async (q, session) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(session);
  });
});

// A row that lists no paragraphs says what it says in their place: the Conference's sessions
// (the tenth's agenda adopted at the ninth; an item the eleventh may include). Read off the annex
// by hand; paraphrases not used to write the rule.
describe("a workplan row with a sentence in place of paragraphs", () => {
  it.each([
    ["按照工作计划，2026年缔约国会议第十一届会议会怎么处理大会特别会议后续行动？", /可能将.*列入该届会议临时议程/],
    ["工作计划里，第十届缔约国会议那一行写了什么？", /第九届会议上通过了第十届会议临时议程/],
    ["What does the workplan say the eleventh session of the Conference may do about the special session follow-up?", /provisional agenda/i],
  ])("%s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
    expect(reply.text).not.toMatch(/第（无）段|\(none listed\)/);
  });
});
