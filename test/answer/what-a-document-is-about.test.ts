/**
 * The State a document is about, as its opening paragraphs name it ("Recalling its previous
 * resolutions and statements on South Sudan"), counts for each of its paragraphs: a later one
 * ("Decides to extend until 30 June 2018 the mandate of the Panel of Experts") is of that State
 * without naming it. And 问题 in a body's Chinese name ("南苏丹问题专家小组", "卢旺达问题国际刑事法庭"),
 * 为止 of "到什么时候为止" name nothing a passage must hold. The asker's own description of a document
 * named by symbol ("（以色列定居点问题）") is not what a paragraph must say more than its document:
 * a paragraph that only repeats it does not answer; one that holds a word no dictionary knows that
 * the question asks ("ISSN") does. Paraphrases not used to write the rules.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, useTestAssistant, withPdfDocuments, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { questionConcepts } from "../../src/knowledge/index.js";

describe("the State a document is about", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    ["南苏丹制裁问题专家小组的任务期限延长到哪一天？", /30 June 2018|2018年6月30日/],
    ["Until when does the South Sudan draft extend the Panel of Experts' mandate?", /30 June 2018/],
  ])("counts for its later paragraphs: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
  it("is no State a paragraph of another document is about", async () => {
    const reply = await ask("南苏丹制裁问题专家小组的任务期限延长到哪一天？");
    expect(reply.text).not.toMatch(/S\/2020\/110/);
  });
});

describe("Chinese words that name nothing", () => {
  const g = loadGlossary(join(repoRoot, "data/terms"));
  const labels = (q: string) => questionConcepts(q, "zh", g).map((c) => c.label);
  it.each(["卢旺达问题国际刑事法庭的在逃被告有几名？", "报告要提交到什么时候为止？"])("are no concepts: %s", (q) => {
    expect(labels(q)).not.toContain("问题");
    expect(labels(q)).not.toContain("为止");
  });
});

describe("the asker's description of a document named by symbol", () => {
  const ask = useTestAssistant(withRealDocuments);
  it("leaves a paragraph that holds the word asked to answer", async () => {
    const reply = await ask("联合国原子辐射科委会第62届会议报告（A/70/46）的中文版 ISSN 是多少？");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toContain("0255-1411");
  });
});
