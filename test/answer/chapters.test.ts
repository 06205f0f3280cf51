/**
 * Chapters of a report, read from its table of contents: the title of a chapter named by number,
 * the chapter whose title holds the subject asked, a chapter the contents do not list, and the
 * annexes listed after the chapters.
 * Paraphrases not used to write the rule, over the real reports.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a report's chapters", () => {
  it.each([
    ["What does chapter V of the IRG seventh session report cover?", /Chapter V of CAC\/COSP\/IRG\/2016\/9: “Technical assistance” \(page 18\)/],
    ["Which chapter of the report of the Implementation Review Group's seventh session deals with technical assistance?", /Chapter V\b/],
    ["Which part of the IRG seventh session report covers the preparations for the second review cycle?", /III\.C/],
    ["In the report of the IRG's fourth session, what is chapter 7 about?", /Provisional agenda for the fifth session/],
    ["审议组第七届会议报告第五章讲什么？", /第5章（V）：“Technical assistance”/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
    expect(reply.citations.some((c) => /Contents/.test(c.paragraph ?? "") || /\.{5,}/.test(c.quote))).toBe(true);
  });

  it("says which chapters the contents list when the one asked is not among them", async () => {
    const reply = await ask("What is chapter XII of the report of the seventh session of the Implementation Review Group?");
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/no chapter XII; they end at chapter IX/);
  });
});

describe("a report's annexes, numbered on their own after the chapters", () => {
  it.each([
    ["what's in annex I of the IRG's fourth session report?", /Annex I of CAC\/COSP\/IRG\/2013\/12: “Provisional agenda for the fifth session of the Implementation Review Group” \(page 18\)/],
    ["annex II of CAC/COSP/IRG/2013/12 — what is it?", /States parties selected for review and as reviewers for the first review cycle/],
    ["审议组第四届会议报告的附件二是什么内容？", /附件二（II）：“States parties selected for review/],
    ["第四届审议组会议报告附件一讲的是什么？", /Provisional agenda for the fifth session/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
    // Not chapter I or II of the report, which the same numerals name.
    expect(reply.text).not.toMatch(/Introduction|Organization of the session/);
  });
});

describe("a chapter's sections, when they are asked for", () => {
  it.each([
    ["What sections does chapter III of the IRG seventh session report have?", /Preparations for the second cycle/],
    ["审议组第七届会议报告第三章分为哪几个部分？", /Outcome of the reviews/],
    ["Which parts make up chapter 3 of the report of the Implementation Review Group on its seventh session?", /Drawing of lots/],
  ])("%s", async (question, section) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(section);
  });
});

describe("a chapter named by its title, its sections asked", () => {
  it.each([
    ["IRG seventh session report: what are the sections of the chapter on reviewing implementation?", /Chapter III[\s\S]*Drawing of lots[\s\S]*Preparations for the second cycle/],
    ["In the fourth session report of the review group, the organization of the session chapter has which parts?", /Chapter II[\s\S]*Opening of the session[\s\S]*Attendance/],
    ["审议组第七届会议报告中审议实施情况那一章下面有哪些部分？", /第3章（III）[\s\S]*Drawing of lots/],
    ["审议组第五届会议报告中，审议公约实施情况这一章有哪几节？", /第3章（III）[\s\S]*Progress report/],
  ])("%s", async (question, sections) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(sections);
  });
});

describe("an annex named with a capital, as in the contents", () => {
  it.each([
    ["Annex I of CAC/COSP/IRG/2013/12 holds a provisional agenda: for which session?", /Annex I of CAC\/COSP\/IRG\/2013\/12: “Provisional agenda for the fifth session/],
    ["What does Annex II of the report on the IRG's fourth session list?", /States parties selected for review and as reviewers/],
    ["Chapter V of the IRG seventh session report — its title?", /Chapter V of CAC\/COSP\/IRG\/2016\/9: “Technical assistance”/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});

describe("a contents list cut short: its last line, without dot leaders or page", () => {
  it.each([
    ["annex 2 of the IRG fifth session report: what is it?", /Annex II of CAC\/COSP\/IRG\/2014\/11: “Mechanism for the Review of Implementation[^”]*country pair”/],
    ["第五届审议组会议报告附件二讲什么？", /附件二（II）：“Mechanism for the Review of Implementation/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});

describe("which annex holds a subject: of the annexes, by their titles", () => {
  it.each([
    ["which annex of the report on the IRG's fifth session lists the country pairs?", /Annex II of CAC\/COSP\/IRG\/2014\/11/],
    ["审议组第五届会议的报告，国别配对在哪一个附件里？", /附件二（II）/],
    ["IRG session 5 report, which annex is the provisional agenda for the next session?", /Annex I of CAC\/COSP\/IRG\/2014\/11: “Provisional agenda for the sixth session/],
    ["实施情况审议组第五届会议报告的哪一个附件是下届会议临时议程？", /附件一（I）：“Provisional agenda for the sixth session/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});
