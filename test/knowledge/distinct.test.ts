import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildPostings, documentTerms, readPostings, writePostings, type Postings } from "../../src/knowledge/postings.js";
import { distinctPostings, passageClasses, readDistinct, writeDistinct } from "../../src/knowledge/distinct.js";
import { searchBm25 } from "../../src/knowledge/search.js";
import { distinctInThread } from "../../src/knowledge/parallel-build.js";
import { skewedPassages } from "./skewed-passages.js";

/** Passages of which a third repeat an earlier one word for word, some in another order. */
const passages = (count: number, seed: number) => skewedPassages(count, seed, { repeated: 0.3, reversed: 0.06 });

/** A passage's bag of words: equal for passages that must score alike for every query. */
const bag = (tokens: string[]) => [...tokens].sort().join(" ");

const withDistinct = (p: Postings): Postings => ({ ...p, distinct: distinctPostings(p, passageClasses(p)) });

const small = passages(600, 7);
const index = buildPostings([documentTerms(small)]);
const queries: string[][] = [["w1"], ["词0", "w2"], ["w1", "w2", "w4", "w5", "词3"], ["w1", "w1", "w7"], ["nothing"], [], ["词9", "w10", "w11", "w13", "w14", "w16", "w17"]];

const scratch = mkdtempSync(join(tmpdir(), "distinct-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("classes of equal passages", () => {
  it("put two passages in one class exactly when they hold the same words as often", () => {
    const { starts, members, classOf } = passageClasses(index);
    const bags = small.map(bag);
    // Each class is one bag of words, and each bag one class.
    const bagOfClass = new Map<number, string>();
    const classOfBag = new Map<string, number>();
    small.forEach((_, d) => {
      expect(bagOfClass.get(classOf[d]) ?? bags[d]).toBe(bags[d]);
      expect(classOfBag.get(bags[d]) ?? classOf[d]).toBe(classOf[d]);
      bagOfClass.set(classOf[d], bags[d]);
      classOfBag.set(bags[d], classOf[d]);
    });
    // Every passage once, classes in the order of their first passage, members ascending.
    expect([...members].sort((a, b) => a - b)).toEqual(small.map((_, d) => d));
    for (let c = 0; c + 1 < starts.length - 1; c++) expect(members[starts[c]]).toBeLessThan(members[starts[c + 1]]);
    expect(starts.length - 1).toBeLessThan(small.length * 0.8);
  });

  it("keep passages of the same words apart when their lengths differ", () => {
    const p = buildPostings([documentTerms([["a", "b"], ["a", "b"], ["a", "b"]])]);
    p.lengths[2] = 7;
    const { classOf } = passageClasses(p);
    expect(classOf[0]).toBe(classOf[1]);
    expect(classOf[2]).not.toBe(classOf[0]);
  });
});

describe("search over classes of equal passages", () => {
  const distinct = withDistinct(index);

  it("ranks every passage exactly as scoring each passage does, ties included, for every limit and weight", () => {
    const weights = new Map([["w1", 0.25], ["w2", 1], ["词3", 0.6]]);
    for (const q of queries) {
      for (const limit of [1, 3, 10, 25, 60, 100]) {
        expect(searchBm25(distinct, q, { limit })).toEqual(searchBm25(index, q, { limit }));
        expect(searchBm25(distinct, q, { limit, weights })).toEqual(searchBm25(index, q, { limit, weights }));
      }
    }
    // Equal scores abound (copies), so the order among them is exercised.
    const all = searchBm25(distinct, ["w1", "w2"], { limit: 100 });
    expect(new Set(all.map(([, s]) => s)).size).toBeLessThan(all.length);
  });

  it("ranks the passages of a range of documents exactly as scoring that range does", () => {
    for (const q of queries) {
      for (const [from, to] of [[0, 600], [0, 1], [100, 250], [599, 600], [300, 300], [590, 1000], [37, 41]]) {
        for (const limit of [1, 5, 12, 100]) expect(searchBm25(distinct, q, { within: { from, to }, limit })).toEqual(searchBm25(index, q, { within: { from, to }, limit }));
      }
    }
  });

  it("gives filters, non-positive weights and long lists the search over every passage", () => {
    const filter = (d: number) => d % 3 !== 1;
    const negative = new Map([["w1", -0.5]]);
    for (const q of queries) {
      expect(searchBm25(distinct, q, { filter, limit: 15 })).toEqual(searchBm25(index, q, { filter, limit: 15 }));
      expect(searchBm25(distinct, q, { weights: negative, limit: 15 })).toEqual(searchBm25(index, q, { weights: negative, limit: 15 }));
      expect(searchBm25(distinct, q, { limit: 500 })).toEqual(searchBm25(index, q, { limit: 500 }));
    }
  });

  it("ranks as scoring each passage does over a corpus of several blocks, ties across blocks included", () => {
    const large = buildPostings([documentTerms(passages(52_000, 3))]);
    const largeDistinct = withDistinct(large);
    for (const q of queries) {
      for (const limit of [1, 12, 60, 100]) expect(searchBm25(largeDistinct, q, { limit })).toEqual(searchBm25(large, q, { limit }));
      for (const [from, to] of [[100, 40_000], [16_383, 16_385], [30_000, 30_060]]) {
        expect(searchBm25(largeDistinct, q, { within: { from, to }, limit: 12 })).toEqual(searchBm25(large, q, { within: { from, to }, limit: 12 }));
      }
    }
  });
});

describe("the file of postings over classes", () => {
  it("is read back lazily, reading a query's terms only, and searches as the postings it was made from", () => {
    const file = join(scratch, "postings.bin");
    const distinctFile = join(scratch, "distinct.bin");
    writePostings(file, index, 42);
    writeDistinct(distinctFile, withDistinct(index).distinct!, 42);
    const lazy = readPostings(file, 42, { lazy: true });
    lazy.distinct = readDistinct(distinctFile, 42, lazy);
    const q = ["w1", "w2", "词3"];
    const d = lazy.distinct.postings;
    const id = d.termIds.get("w4")!;
    expect(searchBm25(lazy, q, { limit: 20 })).toEqual(searchBm25(index, q, { limit: 20 }));
    expect(searchBm25(lazy, q, { limit: 5, within: { from: 200, to: 260 } })).toEqual(searchBm25(index, q, { limit: 5, within: { from: 200, to: 260 } }));
    // Neither the search postings nor another term's postings over classes were read.
    expect([...lazy.passages].every((x) => x === 0)).toBe(true);
    expect(d.offsets[id + 1]).toBeGreaterThan(d.offsets[id] + 1);
    expect([...d.passages.subarray(d.offsets[id], d.offsets[id + 1])].every((x) => x === 0)).toBe(true);
  });

  it("is refused when it is of another version, cut short, or made from other postings, naming the file", () => {
    const distinctFile = join(scratch, "d2.bin");
    writeDistinct(distinctFile, withDistinct(index).distinct!, 42);
    expect(() => readDistinct(distinctFile, 43, index)).toThrow(/d2\.bin: index version 42, expected 43/);
    const other = buildPostings([documentTerms(passages(50, 9))]);
    expect(() => readDistinct(distinctFile, 42, other)).toThrow(/d2\.bin: not the classes of these postings/);
    writeFileSync(distinctFile, readFileSync(distinctFile).subarray(0, 100));
    expect(() => readDistinct(distinctFile, 42, index)).toThrow(/d2\.bin: \d+ bytes where its header says \d+/);
  });
});

describe("classes made in a thread of their own (a large build)", () => {
  it("are the classes and postings the building thread makes", { timeout: 60_000 }, async () => {
    const many = buildPostings([documentTerms(passages(3000, 11))]);
    const here = distinctPostings(many, passageClasses(many));
    const there = await distinctInThread(many);
    expect(there.classes).toEqual(here.classes);
    expect(there.postings).toEqual(here.postings);
    expect(here.classes.starts.length - 1).toBeLessThan(3000);
  });
});
