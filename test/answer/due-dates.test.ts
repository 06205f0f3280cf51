/**
 * "By when", "when is it due", "due when", "几号截止" ask a date something is due by: of a document
 * named by its symbol, a paragraph that sets one, not the document's own date. The year inside
 * the symbol ("S/2020/110") names the document and picks none of the dates a paragraph lists; of
 * two things dated in one sentence ("the interim report … due by 12 August 2020 as well as the
 * final report … due by 13 January 2021"), the one asked is dated. A time of day asked with a
 * deadline is answered from the sentences that give times. "几月几日", "几月几号" ask a day. "Until
 * when" and "最迟" ask the end something is set to, not the date of the document that sets it.
 * Read off the real Security Council drafts (PDF) and the Organized Crime Convention's note for
 * participants. Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a date something is due by", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    ["S/2022/158: the Yemen panel's mid-term update is due by when?", /28 July 2022/],
    ["in the Yemen sanctions draft S/2022/158, when does the final report have to be in?", /28 January 2023/],
    ["S/2018/257 – the Secretary-General's first written report, due when?", /1 May 2018/],
  ])("is a paragraph's date, not the document's: %s", async (q, date) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(date);
    expect(beforeSources(reply.text)).not.toMatch(/is the document/);
  });
  // "Until when", "till when", "最迟", "最晚": the end of something the document sets, not its own date.
  it.each([
    ["colombia verification mission mandate extended til when per S/2021/443?", /31 October 2021/],
    ["S/2017/444: panel of experts mandate runs until when?", /30 June 2018/],
    ["Until what date does draft resolution S/2017/444 extend the mandate of the South Sudan Panel of Experts?", /30 June 2018/],
    ["S/2018/693 - till when is UNAMID extended?", /30 June 2019/],
    ["S/2020/110 最终报告最迟什么时候提交？", /2021年1月13日/],
    // (An acronym the question writes is the name it stands for in a paragraph that writes it alone.)
    ["S/2018/257里UNSOM的任期最晚到哪天？", /2019年3月31日/],
  ])("is the end a paragraph sets, not the document's date: %s", async (q, date) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(date);
    expect(beforeSources(reply.text)).not.toMatch(/is the document|是文件/);
  });
  it.each([
    ["S/2020/110: the Panel of Experts' final report, due when?", /13 January 2021/],
    ["S/2022/158 — by when is the Panel's final report due?", /28 January 2023/],
  ])("is not picked by the year the symbol holds: %s", async (q, date) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    const text = beforeSources(reply.text);
    expect(text).toMatch(date);
    // No line of its own states another date the paragraph gives as the one asked.
    expect(text).not.toMatch(/^Dates?: (?!.*(?:13 January 2021|28 January 2023)).*$/m);
    expect(text).not.toMatch(/is the document/);
  });
  it("of two things dated in one sentence, is the one asked, whatever year the symbol holds", async () => {
    const reply = await ask("S/2020/110 Darfur sanctions: when's the interim report of the experts due, and by when the final one?");
    expect(reply.answered, reply.text).toBe(true);
    const text = beforeSources(reply.text);
    expect(text).toMatch(/12 August 2020/);
    expect(text).toMatch(/13 January 2021/);
    expect(text).not.toMatch(/^Date: 12 August 2020\.$/m);
  });
  it.each([
    ["UNTOC COP 4: at what time does the opening start and by when must delegations be seated?", [/10/, /9[.:]45/]],
  ])("with a time of day asked, gives the times: %s", async (q, times) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    for (const t of times) expect(beforeSources(reply.text)).toMatch(t);
  });
});

describe("几月几日, 几月几号", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    ["大会第80/12号决议请会员国在每年几月几日前提交军费报告？", /4月30日/],
    ["按80/12号决议，会员国每年要在几月几号之前把军费资料交给秘书长？", /4月30日/],
    ["S/2020/110里，专家小组的最后报告几月几日之前要交？", /2021年1月13日/],
  ])("ask a day, which the paragraph that gives it answers: %s", async (q, day) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(day);
  });
});
