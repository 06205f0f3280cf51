/**
 * "When was the report issued": the date on a document's cover, the document described in words
 * (its body, its session, its kind). Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the date a described document was issued", () => {
  it.each([
    ["What's the issue date of the Implementation Review Group's report on its sixth session?", /11 June 2015/, "CAC/COSP/IRG/2015/5"],
    ["The IRG report on the seventh session: when was it distributed?", /12 July 2016/, "CAC/COSP/IRG/2016/9"],
    ["what date is the review group's 5th session report dated?", /26 June 2014/, "CAC/COSP/IRG/2014/11"],
    ["实施情况审议组第六届会议的报告是什么时候印发的？", /2015年6月11日/, "CAC/COSP/IRG/2015/5"],
    ["审议组第七届会议报告的发布日期是哪天？", /2016年7月12日/, "CAC/COSP/IRG/2016/9"],
    ["预防犯罪和刑事司法委员会第十二届会议报告是哪天印发的？", /2003年6月5日/, "E/2003/30 E/CN.15/2003/14"],
  ])("%s", async (question, date, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(date);
    expect(reply.citations[0]?.document).toBe(symbol);
  });
});

describe("the date a document named by its symbol was issued", () => {
  it.each([
    ["when was CAC/COSP/IRG/2016/9 issued?", /12 July 2016/],
    ["CAC/COSP/IRG/2015/5 是哪天印发的", /2015年6月11日/],
    // A resolution described by its subject, 信息 in it no letter ("信函") it mentions.
    ["信息和通信技术安全那项决议A/RES/80/16是哪天印发的？", /2025年12月5日/],
    ["what year was CAC/COSP/IRG/2014/11 issued in?", /2014/],
  ])("is its own date: %s", async (question, date) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(date);
  });
});

describe("the date a draft named by its symbol was issued", () => {
  const askPdf = useTestAssistant(withPdfDocuments);
  it.each([
    ["when was S/2019/179 issued?", /27 February 2019/],
    ["S/2019/179 是什么时候印发的？", /2019年2月27日/],
  ])("is its own date, not a paragraph that says 'when appropriate': %s", async (question, date) => {
    const reply = await askPdf(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(date);
  });
});

describe("the word for issuing, when what was issued is asked of", () => {
  // The date or place of a document's issue is stated without the word: "the note … of 6 October
  // 2020", "United Nations • New York, 2015" on a report's cover.
  it.each([
    ["第80/34号决议注意到的禁化武组织技术秘书处说明是哪天印发的？", /2020年10月6日/],
    ["A/70/46是在哪里出版的？", /纽约|New York/],
    ["原子辐射科学委员会第六十二届会议的报告在哪里出版？", /纽约|New York/],
  ])("is no word a passage must hold: %s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(fact);
  });
});

// The date on the cover of a document with no symbol printed, described by its title and meeting
// or year; a resolution's "distribution date" is its cover's, not its adoption's.
describe("the date a document was issued: no symbol printed, or asked as its distribution date", () => {
  it.each([
    ["When was the annotated provisional agenda for the 15th meeting of the Working Group on Prevention issued?", /13 June 2024/],
    ["When was the 2020 progress background paper of the prevention working group issued?", /20 April 2020/],
    ["预防腐败工作组2020年活动进展的背景文件是哪天印发的？", /2020年4月20日/],
    ["What is the distribution date of A/RES/80/50?", /3 December 2025/],
    ["What's the date of distribution of A/RES/80/14?", /5 December 2025/],
  ])("%s", async (question, date) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(date);
  });
});
