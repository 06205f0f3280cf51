import { describe, expect, it } from "vitest";
import { createPassageSearch, RecentMap, RECENT_SEARCHES, type PassageSearchSource } from "../../src/knowledge/passage-search.js";
import { buildBm25, questionTokens, searchBm25 } from "../../src/knowledge/search.js";
import { buildIndexFromTexts } from "../../src/knowledge/load.js";
import { createLiveIndex } from "../../src/knowledge/live.js";
import type { Passage } from "../../src/knowledge/model.js";
import { englishIndex, englishText, englishFile, realGlossary } from "./corpus.js";

/** Three documents of passages, the second written twice (equal scores to order). */
const DOCS: [string, string[]][] = [
  ["a", ["工作组讨论了预防腐败的良好做法。", "The working group discussed good practices in preventing corruption.", "会议通过了报告。"]],
  ["b", ["缔约国会议第十届会议通过了关于预防腐败的决议。", "缔约国会议第十届会议通过了关于预防腐败的决议。", "The Conference adopted a resolution on corruption prevention."]],
  ["c", ["秘书处编写了背景文件。", "预防腐败问题工作组第十五次会议在维也纳举行。", "Technical assistance needs were discussed."]],
];
const passages: Passage[] = DOCS.flatMap(([docId, texts]) => texts.map((text, i) => ({ id: `${docId}#${i}`, docId, kind: "paragraph", locator: String(i), text, headingPath: [] }) as unknown as Passage));
const bm25 = buildBm25(passages.map((p) => p.text));

/** Each document's passages as one range of the numbering. */
const RANGES: Record<string, [number, number][]> = { a: [[0, 3]], b: [[3, 6]], c: [[6, 9]] };
/** The same passages in two ranges per document, as when two files share a document id. */
const SPLIT_RANGES: Record<string, [number, number][]> = { a: [[0, 1], [1, 3]], b: [[3, 5], [5, 6]], c: [[6, 7], [7, 9]] };

function source(overrides: Partial<PassageSearchSource> = {}): PassageSearchSource {
  return {
    bm25,
    glossary: realGlossary(),
    passage: (i: number) => passages[i],
    ranges: (docId: string) => RANGES[docId] ?? [],
    ...overrides,
  };
}

/** The search computed from scratch, as the index did before it kept recent rankings. */
function uncached(query: string, opts: { limit?: number; docId?: string } = {}) {
  const { tokens, weights } = questionTokens(query, realGlossary());
  const filter = opts.docId ? (i: number) => passages[i].docId === opts.docId : undefined;
  return searchBm25(bm25, tokens, { limit: opts.limit ?? 10, filter, weights }).map(([i, score]) => ({ passage: passages[i], score }));
}

const QUESTIONS = ["预防腐败", "working group corruption prevention", "第十届会议决议", "technical assistance", "维也纳", "nothing at all matches zorblax"];

describe("a build's passage search and the rankings it keeps", () => {
  it("gives for every limit, asked in any order, the ranking computed from scratch", () => {
    const search = createPassageSearch(source());
    for (const q of QUESTIONS) {
      for (const limit of [5, 1, 9, 3, 100, 2, 0, 250, 7, undefined]) {
        expect(search(q, { limit })).toEqual(uncached(q, { limit }));
      }
    }
  });

  it("searches within one document exactly as filtering passage by passage does, for documents of one range, of several and unknown", () => {
    const search = createPassageSearch(source());
    const split = createPassageSearch(source({ ranges: (docId) => SPLIT_RANGES[docId] ?? [] }));
    for (const q of QUESTIONS) {
      for (const docId of ["a", "b", "c", "missing"]) {
        expect(search(q, { docId, limit: 4 })).toEqual(uncached(q, { docId, limit: 4 }));
        expect(split(q, { docId, limit: 4 })).toEqual(uncached(q, { docId, limit: 4 }));
      }
    }
  });

  it("ranks a question's best hundred at once and serves every limit up to that from the kept ranking; scores again beyond it, for another document or a question long past", () => {
    /** The term dictionary, counting lookups: scoring looks up every token of the question. */
    class CountingMap extends Map<string, number> {
      gets = 0;
      override get(key: string) {
        this.gets++;
        return super.get(key);
      }
    }
    const termIds = new CountingMap(bm25.termIds);
    const search = createPassageSearch(source({ bm25: { ...bm25, termIds } }));
    const scored = (f: () => unknown) => {
      const before = termIds.gets;
      f();
      return termIds.gets > before;
    };
    expect(uncached("预防腐败", { limit: 100 }).length).toBeGreaterThan(2);
    expect(scored(() => expect(search("预防腐败", { limit: 2 })).toEqual(uncached("预防腐败", { limit: 2 })))).toBe(true);
    expect(scored(() => expect(search("预防腐败", { limit: 1 })).toEqual(uncached("预防腐败", { limit: 1 })))).toBe(false);
    expect(scored(() => expect(search("预防腐败", { limit: 6 })).toEqual(uncached("预防腐败", { limit: 6 })))).toBe(false);
    expect(scored(() => expect(search("预防腐败", { limit: 100 })).toEqual(uncached("预防腐败", { limit: 100 })))).toBe(false);
    expect(scored(() => expect(search("预防腐败", { limit: 250 })).toEqual(uncached("预防腐败", { limit: 250 })))).toBe(true);
    expect(scored(() => search("预防腐败", { limit: 4 }))).toBe(false);
    // The same words within one document are another search.
    expect(scored(() => search("预防腐败", { limit: 4, docId: "b" }))).toBe(true);
    for (let i = 0; i < RECENT_SEARCHES; i++) search(`question ${i}`, { limit: 3 });
    expect(scored(() => expect(search("预防腐败", { limit: 4 })).toEqual(uncached("预防腐败", { limit: 4 })))).toBe(true);
  });

  it("hands out new hits each time: changing a returned hit changes no later answer", () => {
    const search = createPassageSearch(source());
    const hits = search("预防腐败", { limit: 5 });
    hits[0].score = -1;
    hits.reverse();
    expect(search("预防腐败", { limit: 5 })).toEqual(uncached("预防腐败", { limit: 5 }));
  });

  it("keeps only the most recently used questions", () => {
    const m = new RecentMap<string, number>(3);
    for (const k of ["a", "b", "c"]) m.set(k, k.charCodeAt(0));
    expect(m.get("a")).toBe(97); // a is now the most recent
    m.set("d", 100);
    expect(m.get("b")).toBeUndefined();
    expect([m.get("a"), m.get("c"), m.get("d")]).toEqual([97, 99, 100]);
    expect(m.length).toBe(3);
    expect(RECENT_SEARCHES).toBeGreaterThan(0);
  });

  it("drops its kept searches with the build: a replaced index answers the same question from the new build", () => {
    const live = createLiveIndex(englishIndex());
    const before = live.search("corruption", { limit: 3 });
    expect(before.length).toBeGreaterThan(0);
    const next = buildIndexFromTexts([{ file: englishFile.replace(".txt", "-b.txt"), text: englishText().replace(/corruption/gi, "graft") }], realGlossary());
    live.replace(next);
    const after = live.search("corruption", { limit: 3 });
    for (const h of after) expect(next.passage(h.passage.id)).toBe(h.passage);
    expect(after.map((h) => h.passage.id)).not.toEqual(before.map((h) => h.passage.id));
    expect(live.search("graft", { limit: 3 })).toEqual(next.search("graft", { limit: 3 }));
  });
});
