import { describe, expect, it } from "vitest";
import { containmentParts, createContainment, hasStemKey, partsOfStemKey, partsOfTerm, squashedText, stemLine } from "../../src/knowledge/containment.js";
import { containmentTerms } from "../../src/knowledge/index-terms.js";
import { buildPostings } from "../../src/knowledge/postings.js";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import { corpus, englishIndex } from "./corpus.js";

/**
 * A text squashed and as a line of stems, as a scan reads it: worked out once per text, since
 * the tests scan the same passages for many terms.
 */
const readings = new Map<string, { squashed: string; line: string }>();
function readingOf(text: string): { squashed: string; line: string } {
  let r = readings.get(text);
  if (!r) readings.set(text, (r = { squashed: squashedText(text), line: stemLine(text) }));
  return r;
}

/** The count by reading every passage: what the containment postings stand in for. */
function scanned(index: KnowledgeIndex, zh: string[], en: string[]): number {
  let n = 0;
  for (const d of index.documents) {
    for (const p of d.passages) {
      const { squashed: s, line } = readingOf(p.text);
      if (zh.some((t) => s.includes(t)) || en.some((k) => hasStemKey(line, k))) n++;
    }
  }
  return n;
}

// Terms of one part each (a pair of Chinese characters, a number with or without the character
// it is written against, one stem): the postings give their count exactly.
const EXACT: [string[], string[]][] = [
  [["会议"], []],
  [["也纳"], []],
  [["第15"], []],
  [["6月"], []],
  [["3"], []],
  [["2024"], []],
  [["10"], ["10"]],
  [[], ["meet"]],
  [[], ["recommend"]],
  [["预防"], ["prevent"]],
  [["第1"], ["first", "1"]],
  [["4月"], []],
  [["年9"], []],
  [["不存在的词"], ["nonexistentword"]],
];
// Terms of several parts: the count is at least the true one (parts in the same passage, maybe not in a row).
const BOUNDED: [string[], string[]][] = [
  [["工作组"], []],
  [["预防腐败问题工作组"], ["work group prevent"]],
  [["cac/cosp/wg.4/2024/3"], ["cac cosp wg 4 2024 3"]],
  [["第10/3号决议"], []],
  [["2024年9月"], []],
  [["20245"], []],
];

describe("counting the passages that contain a term", () => {
  it.each(EXACT)("gives the count a scan of every passage gives, for a term of one part (%j, %j)", async (zh, en) => {
    const { index } = await corpus();
    expect(index.passageFrequency({ zh, en })).toBe(scanned(index, zh, en));
  });

  it("finds the common terms in many passages and an absent one in none", async () => {
    const { index } = await corpus();
    expect(index.passageFrequency({ zh: ["会议"], en: [] })).toBeGreaterThan(50);
    expect(index.passageFrequency({ zh: ["第15"], en: [] })).toBeGreaterThan(0);
    expect(index.passageFrequency({ zh: ["不存在的词"], en: ["nonexistentword"] })).toBe(0);
  });

  it.each(BOUNDED)("never counts fewer passages than a scan, nor more than hold all its parts, for a term of several parts (%j, %j)", async (zh, en) => {
    const { index } = await corpus();
    const n = index.passageFrequency({ zh, en });
    expect(n).toBeGreaterThanOrEqual(scanned(index, zh, en));
    expect(n).toBeLessThanOrEqual(index.passageFrequency({ zh: zh.map((t) => t.slice(0, 2)), en: en.map((k) => k.split(" ")[0]) }));
  });

  it("counts one Chinese character exactly, by the pairs that hold it and the character alone", async () => {
    const { index } = await corpus();
    expect(partsOfTerm("会")).toBeUndefined();
    for (const c of ["会", "请", "国", "龘"]) expect(index.passageFrequency({ zh: [c], en: [] })).toBe(scanned(index, [c], []));
    expect(index.passageFrequency({ zh: ["会", "维也纳"], en: ["vienna"] })).toBe(scanned(index, ["会", "维也纳"], ["vienna"]));
    expect(containmentParts("见第3段（请）。")).toContain("u请");
  });

  it("counts a term with no part to look up (punctuation) by reading the passages", async () => {
    const { index } = await corpus();
    expect(partsOfTerm("、")).toBeUndefined();
    expect(index.passageFrequency({ zh: ["、"], en: [] })).toBe(scanned(index, ["、"], []));
    expect(index.passageFrequency({ zh: ["、"], en: [] })).toBeGreaterThan(0);
  });

  it("gives a count in the same band as the count when asked for bands, reading no posting when the lengths settle it", async () => {
    const { index } = await corpus();
    const n = index.counts().passages;
    const bands = [1, Math.ceil(0.05 * n), Math.ceil(0.2 * n)];
    const band = (x: number) => bands.filter((b) => x >= b).length;
    for (const q of [{ zh: ["会议"], en: ["meet"] }, { zh: ["第15"], en: ["15th", "15"] }, { zh: ["预防腐败问题工作组"], en: ["work group prevent"] }, { zh: ["不存在的词"], en: [] }, { zh: ["请", "要求"], en: ["request"] }]) {
      expect(band(index.passageFrequency(q, bands))).toBe(band(scanned(index, q.zh, q.en)));
    }
  });

  it("counts English passages by their stems and runs of letters", () => {
    const index = englishIndex();
    for (const [zh, en] of [[[], ["prevent"]], [["/cosp/"], []], [[], ["wg"]], [["2025"], ["2025"]]] as [string[], string[]][]) {
      expect(index.passageFrequency({ zh, en })).toBe(scanned(index, zh, en));
    }
    // A key of several stems counts the passages holding them all, in a row or not.
    expect(index.passageFrequency({ zh: [], en: ["state parti"] })).toBeGreaterThanOrEqual(scanned(index, [], ["state parti"]));
    expect(index.passageFrequency({ zh: [], en: ["state parti"] })).toBeGreaterThan(0);
  });
});

describe("finding the passages that hold every one of several concepts", () => {
  /** The passages holding some term of every query, by reading every passage. */
  const scannedHolders = (index: KnowledgeIndex, queries: { zh: string[]; en: string[] }[]) =>
    index.documents.flatMap((d) => d.passages).filter((p) => {
      const { squashed: s, line } = readingOf(p.text);
      return queries.every((q) => q.zh.some((t) => s.includes(t)) || q.en.some((k) => hasStemKey(line, k)));
    });

  it.each([
    [[{ zh: ["会议"], en: [] }, { zh: ["2024"], en: [] }]],
    [[{ zh: ["预防"], en: ["prevent"] }, { zh: ["第15"], en: [] }]],
    [[{ zh: ["维也纳"], en: ["vienna"] }, { zh: ["会", "请"], en: [] }]],
  ])("returns every passage a scan finds, for terms of one part or one character (%j)", async (queries) => {
    const { index } = await corpus();
    const ids = (ps: { id: string }[]) => ps.map((p) => p.id).sort();
    const expected = scannedHolders(index, queries);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(index.passagesHolding(queries, 10_000))).toEqual(ids(expected));
  });

  it("returns at least every holder for terms of several parts, and none when one query is held nowhere", async () => {
    const { index } = await corpus();
    const queries = [{ zh: ["工作组"], en: [] }, { zh: ["2024年9月"], en: [] }];
    const found = new Set(index.passagesHolding(queries, 10_000).map((p) => p.id));
    for (const p of scannedHolders(index, queries)) expect(found.has(p.id)).toBe(true);
    expect(index.passagesHolding([{ zh: ["工作组"], en: [] }, { zh: ["不存在的词"], en: ["nonexistentword"] }], 10_000)).toEqual([]);
    expect(index.passagesHolding(queries, 2)).toHaveLength(2);
  });
});

describe("finding the holders of several concepts over a corpus of several blocks", () => {
  // 40,000 passages (blocks of 16,384 are looked through in turn): common words in most, a rare
  // pair in a few, so that after the rare query a few passages are left against many postings.
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const common = ["会议", "工作组", "meeting", "prevention", "议程", "agenda", "第15次", "2024"];
  const texts = Array.from({ length: 40_000 }, (_, i) => {
    const words = common.filter(() => rnd() < 0.6);
    if (i % 997 === 3) words.push("维也纳");
    if (i % 1499 === 7) words.push("举行");
    return words.join(" ");
  });
  const containment = createContainment({ postings: () => buildPostings([containmentTerms(texts)]), texts: () => texts });
  const scan = (queries: { zh: string[]; en: string[] }[]) =>
    texts.flatMap((t, d) => {
      const { squashed: s, line } = readingOf(t);
      return queries.every((q) => q.zh.some((z) => s.includes(z)) || q.en.some((k) => hasStemKey(line, k))) ? [d] : [];
    });

  it.each([
    [[{ zh: ["维也纳"], en: [] }, { zh: ["会议"], en: ["meet"] }, { zh: ["议程"], en: ["agenda"] }, { zh: ["第15次"], en: [] }]],
    [[{ zh: ["会议"], en: [] }, { zh: ["维也纳", "举行"], en: [] }, { zh: ["工", "程"], en: [] }, { zh: [], en: ["prevent"] }]],
    [[{ zh: ["议程"], en: [] }, { zh: ["2024"], en: ["agenda"] }]],
  ])("finds the passages a scan finds, in corpus order, up to the limit (%j)", (queries) => {
    const expected = scan(queries);
    expect(expected.length).toBeGreaterThan(2);
    expect(containment.holding(queries, 100_000)).toEqual(expected);
    expect(containment.holding(queries, 3)).toEqual(expected.slice(0, 3));
  });
});

describe("the parts of a passage and of a term", () => {
  it("takes pairs of Chinese characters, digit strings, numbers beside a Chinese character, runs of letters and stems", () => {
    const parts = containmentParts("第 十五 次会议于2024年9月 在 Vienna 举行 (CAC/COSP)");
    expect(parts).toEqual(expect.arrayContaining(["b会议", "d2024", "d202", "d24", "d4", "p第1", "p第15", "s15次", "s2024年", "s4年", "p年9", "s9月", "lvienna", "lcac", "lcosp", "wvienna", "wcac"]));
    // Squashed text joins what spaces separated: "第 十五 次" is "第15次" as the answer layer compares it.
    expect(parts).toContain("s15次");
    expect(parts).not.toContain("d15次");
  });

  it("asks of a term only what every passage containing it must hold", () => {
    expect(partsOfTerm("第15")).toEqual(["p第15"]);
    expect(partsOfTerm("6月")).toEqual(["s6月"]);
    expect(partsOfTerm("第12345号")).toEqual(["p第1234", "s2345号", "d1234", "d2345"]);
    // A run of letters at either end may continue in the passage; one bounded inside the term may not.
    expect(partsOfTerm("cac/cosp/wg.4")).toEqual(expect.arrayContaining(["lcosp", "lwg", "d4"]));
    expect(partsOfTerm("cac/cosp/wg.4")).not.toContain("lcac");
    expect(partsOfTerm("123456")).toEqual(["d1234", "d2345", "d3456"]);
    expect(partsOfStemKey("state parti")).toEqual(["wstate", "wparti"]);
  });
});
