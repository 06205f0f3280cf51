/**
 * The document a question names as its source, and the section a paragraph stands in:
 * - "(per the WG's 2020 progress background paper)" is a source for the whole question, not a part
 *   of its own; its words are read as the source's ("sourceWordsHeld"), and a date in them ("per the
 *   March 2021 report") dates that document, not what is asked;
 * - a resolution is named by the paragraphs before the one cited ("缔约国会议还决定…" goes on with
 *   what resolution 3/2 decided), and a count asked is answered by what holds the thing counted;
 * - a paragraph of a section on one meeting is of the dates its opening paragraph gives the meeting
 *   ("2022年9月5日至8日 … 闭会期间会议", then what was said there), when the question places a meeting by date;
 * - "what … came up at the Sept 2022 meeting" asks what was said there, not the meeting's dates;
 *   "came up" is no word a passage must write.
 * Read off the bundled documents (the 2020 progress paper of the prevention working group, the 2021
 * report on resolution 7/4, the 2023 report on the political declaration's follow-up).
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("facts from the source a question names", () => {
  it.each([
    ["under res 3/2, how many intersessional mtgs at minimum was the prevention WG meant to hold? (per the WG's 2020 progress background paper)", /两次/],
    ["When did the secretariat attend GRECO plenaries, per the March 2021 report on res 7/4 synergies?", /2021\s*年\s*3\s*月|March 2021/],
    ["When did the Arab convention's states parties decide to set up a review mechanism, per the March 2021 synergies report?", /2020\s*年\s*1\s*月|January 2020/],
    ["what tech use in investigations came up as an emerging challenge at the Sept 2022 COSP intersessional mtg on the political declaration?", /区块链/],
    ["What was flagged as a new and emerging challenge at the September 2022 intersessional meeting of the Conference, concerning crypto?", /加密货币/],
    ["2022年9月缔约国会议闭会期间会议上，发言者特别介绍了哪些新的和正在出现的挑战？", /区块链|加密货币/],
  ])("%s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});

describe("a source read off the question's words", () => {
  it("names the document, and its date is not the question's", () => {
    const q = read("When did the secretariat attend GRECO plenaries, per the March 2021 report on res 7/4 synergies?");
    expect(q.source).toMatch(/March 2021 report/);
    expect(q.dates).toBeUndefined();
  });
  it.each(["(per the 2020 background paper) what did it recommend?", "根据2020年进展背景文件，工作组建议了什么？", "what did it recommend, according to the 2020 background paper?"])("%s", (text) => {
    expect(read(text).source).toBeTruthy();
  });
  it("a date outside a source still dates the question", () => {
    expect(read("what did the working group recommend in 2019?").dates).toBeDefined();
  });
});

describe("an agenda item's annotation, of a meeting named by its number", () => {
  it.each([
    ["2024年预防腐败工作组第十五次会议议程项目2(b)下，秘书处将以什么方式介绍第10/3号决议的最新执行情况？", /口头报告/],
    ["Under item 2(b) of the prevention working group's 15th meeting, how will the secretariat update delegates on resolution 10/3?", /口头报告|oral report/],
  ])("%s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});

describe("a count asked as of a date", () => {
  it.each(["How many states parties had shared information in the UNGASS repository as of September 2022?", "截至2022年9月，有多少个缔约国在大会特别会议资料库中分享了信息？"])("is not one counted as of another date: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
  it.each([
    ["How many states parties had shared information in the UNGASS repository as of September 2023?", /35/],
    ["截至2023年9月21日，多少个缔约国在资料库里分享了信息？", /35/],
  ])("is the one counted as of that date: %s", async (q, count) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(count);
  });
});
