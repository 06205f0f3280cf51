/**
 * A resolution asked about inside another that recalls it: "第80/46号决议回顾的第67/234 B号决议是哪天
 * 通过的" asks the date of 67/234 B, which 80/46's preamble gives ("resolution 67/234 B of 2 April
 * 2013"), not 80/46's own adoption; "which resolution of 5 December 2007 does 80/30 recall" asks the
 * number 80/30's preamble gives that date. The recalling resolution is where to look (`within`), and
 * a passage that writes the recalled resolution's number says something its document's context
 * does not. Read off General Assembly resolutions 80/8, 80/20, 80/30 and 80/46.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("a resolution recalled inside another", () => {
  it.each([
    ["第80/46号决议回顾的第67/234 B号决议是哪天通过的？", /2 April 2013|2013年4月2日/],
    ["In resolution 80/30, which resolution of 5 December 2007 is recalled?", /62\/29/],
    ["80/30号决议里回顾的2007年12月5日的决议是第几号？", /62\/29/],
    ["奥林匹克休战决议（80/8）提到的第79/8号决议是哪天通过的？", /12 November 2024|2024年11月12日/],
    ["In 80/20, what is the date of resolution 77/250 that it recalls?", /30 December 2022/],
    // The recalling resolution's preamble named between its number and the verb.
    ["古巴禁运决议80/4序言回顾的第75/289号决议，通过日期是哪天？", /23 June 2021|2021年6月23日/],
    ["第80/50号决议的序言部分回顾了第77/53号决议，它是哪天通过的？", /7 December 2022|2022年12月7日/],
  ])("%s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});

describe("which resolution is asked about, and which is where to look", () => {
  it.each([
    ["第80/46号决议回顾的第67/234 B号决议是哪天通过的？", "80/46", ["67/234"]],
    ["奥林匹克休战决议（80/8）提到的第79/8号决议是哪天通过的？", "80/8", ["79/8"]],
    ["Which resolution of 3 December 1980 does GA resolution 80/18 recall?", "80/18", []],
    ["When was resolution 48/11 adopted, as recalled in the Olympic Truce resolution 80/8?", "80/8", ["48/11"]],
    ["核武器人道主义后果决议80/50序言中回顾的第76/30号决议是哪天通过的？", "80/50", ["76/30"]],
  ] as const)("%s", (text, within, asked) => {
    const q = read(text);
    expect(q.within).toBe(within);
    expect(q.resolutions.map((r) => r.number)).toEqual(asked);
  });
  it.each(["What does resolution 80/46 recall about the Arms Trade Treaty?", "第80/46号决议回顾了什么？"])("one resolution named, nothing else asked: %s", (text) => {
    expect(read(text).within).toBeUndefined();
  });
});

describe("a resolution's number asked is no document's symbol", () => {
  it.each(["第80/30号决议回顾的2007年12月5日那项大会决议编号是多少？", "那项决定编号是什么？"])("%s", (text) => {
    expect(read(text).asks.has("symbol")).toBe(false);
  });
  it("a document's number still is", () => {
    expect(read("这份报告的编号是什么？").asks.has("symbol")).toBe(true);
  });
});

describe("when a resolution's document was issued", () => {
  it.each([
    ["第80/34号决议是哪天印发的？", /2025年12月3日/],
    ["A/RES/80/12是什么时候分发的？", /2025年12月5日/],
    ["When was resolution 80/44 issued?", /3 December 2025/],
    ["第80/20号决议的印发日期是哪天？", /2025年12月3日/],
  ])("is the date on its cover, not its adoption: %s", async (q, date) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(date);
  });
});

describe("which instrument recalls the one a question names", () => {
  it.each([
    ["Which decision of the Conference recalls resolution 6/1?", /7\/1/],
    ["Which resolution of the General Assembly recalls resolution 75/240?", /80\/16/],
    ["缔约国会议在哪项决定中回顾了第6/1号决议？", /7\s*\/\s*1/],
    // The body that made it named before the word: "which CoSP decision".
    ["In which CoSP decision did the Conference recall its resolution 6/1?", /7\s*\/\s*1/],
  ])("%s is answered by the one that recalls it, not by what the one named says", async (q, other) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(other);
  });
});
