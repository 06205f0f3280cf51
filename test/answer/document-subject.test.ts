/**
 * The symbol of a corpus document described in words is read from the document the description
 * names (its title, meeting ordinal and body), not from a passage that mentions some other
 * symbol. Paraphrases not used to write the rule; symbols read off the documents by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the symbol of a document described by its title", () => {
  it.each([
    ["What is the symbol of the Implementation Review Group's report on its fifth session?", "CAC/COSP/IRG/2014/11"],
    ["document number of the IRG 4th session report", "CAC/COSP/IRG/2013/12"],
    ["Which symbol does the report of the review group's sixth session carry?", "CAC/COSP/IRG/2015/5"],
    ["实施情况审议组第五届会议报告的文号是什么？", "CAC/COSP/IRG/2014/11"],
  ])("%s", async (question, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain(symbol);
  });

  it("does not take a document whose title shares only one word with the description", async () => {
    const reply = await ask("What is the symbol of the note on the links between corruption and other forms of crime?");
    expect(reply.text).not.toContain("CAC/COSP/2015/1");
  });
});

describe("the documents of a meeting named by its month are listed from its own pages", () => {
  it.each([
    "List the document symbols for the prevention working group's meeting of August 2013",
    "what docs did the WG on prevention have for its Aug 2013 meeting?",
    "预防工作组2013年8月会议的文件有哪些文号？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    for (const n of [1, 2, 3, 4]) expect(reply.text).toContain(`CAC/COSP/WG.4/2013/${n}`);
  });
});

describe("a symbol the documents do not mention", () => {
  it.each(["What is CAC/COSP/WG.4/2024/9?", "CAC/COSP/WG.4/2024/9是什么文件？"])("is refused with the few closest symbols, not the whole list: %s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toContain("CAC/COSP/WG.4/2024/2");
    const named = reply.text.match(/[A-Z]+(?:\/[A-Za-z0-9.]+){2,}/g) ?? [];
    expect(named.length).toBeLessThanOrEqual(9);
  });
});

describe("a document named by a title as common as 'annotated provisional agenda' is the one of the meeting the question names", () => {
  it.each([
    "预防工作组第三届会议：临时议程说明是哪份文件？",
    "Which document is the annotated provisional agenda for the third session of the prevention working group?",
    "预防腐败问题工作组第三届会议的临时议程说明是哪一份？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.text).toContain("CAC/COSP/WG.4/2012/1");
    expect(reply.text).not.toMatch(/15th meeting|第十五次会议/);
  });
});

describe("a report named by the month of its session", () => {
  it.each([
    ["symbol of the IRG's June 2015 session report?", /CAC\/COSP\/IRG\/2015\/5/],
    ["2014年6月那届审议组会议的报告文号是什么？", /CAC\/COSP\/IRG\/2014\/11/],
    ["what's the document number of the review group's report from its session in May 2013?", /CAC\/COSP\/IRG\/2013\/12/],
  ])("%s", async (question, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(symbol);
  });
});
