import { beforeAll, describe, expect, it } from "vitest";
import { normalizeForSearch, questionTokens, tokenize } from "../../src/knowledge/search.js";
import { questionConcepts } from "../../src/knowledge/lang/expand.js";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import type { Glossary } from "../../src/knowledge/glossary.js";
import { DOC, at, corpus, englishIndex } from "./corpus.js";

let index: KnowledgeIndex;
let glossary: Glossary;
beforeAll(async () => {
  ({ index, glossary } = await corpus());
});

const top = (query: string, n: number, opts: { docId?: string } = {}) => index.search(query, { limit: n, ...opts }).map((h) => h.passage.id);

describe("search over passages", () => {
  it.each([
    ["how many people signed up for the intersessional meeting", DOC.cospReport2023, "5", 3],
    ["who registered for the intersessional meeting", DOC.cospReport2023, "5", 1],
    ["when does the fifteenth meeting of the prevention working group open", DOC.annotatedAgenda2024, "1(a)", 1],
    ["corruption and sport", DOC.cospReport2023, "annex, row 2024年", 2],
    ["corruption and sport", DOC.draftReport2019, "19", 2],
    ["which topics did resolution 7/5 set", DOC.backgroundPaper2020, "8", 1],
    ["工作组第十五次会议什么时候开幕", DOC.annotatedAgenda2024, "1(a)", 1],
    ["拉巴特", DOC.irgReport2021, "7", 1],
  ])("finds the passage for %j (%s at %s) among the top %i", (query, docId, locator, n) => {
    expect(top(query, n)).toContain(at(index, docId, locator).id);
  });

  // An English name whose Chinese term is long ("UNODC": 毒品和犯罪问题办公室) weighs as one concept
  // of the question, not as a dozen: the paragraph that says what was asked is not outranked by
  // those that only name the Office.
  it.each([
    ["new UNODC guides published in 2020", DOC.backgroundPaper2020, "31", 1],
    ["What publications did the Office complete for release in 2020?", DOC.backgroundPaper2020, "31", 2],
  ])("finds the Chinese passage for %j (%s at %s) among the top %i, though other passages name the Office", (query, docId, locator, n) => {
    expect(top(query, n)).toContain(at(index, docId, locator).id);
  });

  it("expands an English question into Chinese through the terminology, then the dictionary", () => {
    const concepts = questionConcepts("how many people signed up for the intersessional meeting on the budget", "en", glossary);
    const zh = (label: string) => concepts.find((c) => c.label === label)?.zh.map((s) => s.term) ?? [];
    expect(concepts.find((c) => c.label === "intersessional meeting")?.source).toBe("terminology");
    expect(zh("intersessional meeting")).toContain("闭会期间会议");
    expect(concepts.find((c) => zh(c.label).includes("报名"))).toBeDefined();
    expect(concepts.find((c) => c.label === "budget")?.zh.length).toBeGreaterThan(0);
  });

  it("expands a Chinese question into English stems, and keeps words neither source knows as unknown", () => {
    const concepts = questionConcepts("资产追回工作组讨论了什么", "zh", glossary);
    expect(concepts.some((c) => c.en.some((e) => e.term === "discuss"))).toBe(true);
    const english = questionConcepts("what about the zorblaxian quibbits", "en", glossary);
    expect(english.map((c) => c.source)).toEqual(["unknown", "unknown"]);
  });

  it("searches Chinese passages with an English question and English ones with a Chinese question", () => {
    const { weights } = questionTokens("budget", glossary);
    expect(weights.get("预算")).toBeGreaterThan(0);
    expect(questionTokens("预算", glossary).weights.get("budget")).toBeGreaterThan(0);
  });

  it("ranks the best match first", () => {
    const hits = index.search("how many people signed up for the intersessional meeting", { limit: 5 });
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
    expect(hits[0].passage.id).toBe(at(index, DOC.cospReport2023, "5").id);
  });

  it("treats 第十次 and 第 10 次 as the same ordinal", () => {
    expect(normalizeForSearch("第十次会议")).toBe(normalizeForSearch("第 10 次会议"));
    expect(normalizeForSearch("第十五届会议")).toBe("第15届会议");
    const a = index.search("第十次会议", { limit: 20 });
    const b = index.search("第 10 次会议", { limit: 20 });
    expect(b.map((h) => h.passage.id)).toEqual(a.map((h) => h.passage.id));
    const ids = a.map((h) => h.passage.id);
    expect(ids).toContain(at(index, DOC.backgroundPaper2020, "18").id); // written "第 10 次会议"
    expect(ids).toContain(at(index, DOC.backgroundPaper2020, "heading 工作组第十次会议所提建议的最新执行情况").id); // written "第十次会议"
  });

  it("keeps resolution numbers whole", () => {
    expect(tokenize("第 7/5 号决议")).toContain("7/5");
    for (const id of top("7/5", 5)) expect(index.passage(id)!.text).toMatch(/7\s*\/\s*5/);
  });

  it("searches one document when asked", () => {
    const ids = top("工作组", 10, { docId: DOC.draftReport2019 });
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id.startsWith(`${DOC.draftReport2019}#`)).toBe(true);
  });

  it("returns at most the number of hits asked for, and nothing for words no passage has", () => {
    expect(index.search("会议", { limit: 3 })).toHaveLength(3);
    expect(index.search("xylophone quasar")).toEqual([]);
  });

  it("searches English documents in English", () => {
    const en = englishIndex();
    const hits = en.search("risk scores for checking declarations", { limit: 2 });
    expect(hits[0].passage.number).toBe("6");
  });
});
