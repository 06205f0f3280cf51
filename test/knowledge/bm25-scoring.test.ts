import { describe, expect, it } from "vitest";
import { buildPostings, documentTerms, type Postings } from "../../src/knowledge/postings.js";
import { searchBm25 } from "../../src/knowledge/search.js";
import { skewedPassages } from "./skewed-passages.js";

/** Passages with many repeated passages (equal scores). */
const passages = (count: number, seed: number) => skewedPassages(count, seed, { repeated: 0.33 });

/**
 * BM25 written the plain way: a Map of scores in first-scored order and a stable sort of every
 * candidate. The index's scoring must give exactly these scores in exactly this order.
 */
function plainRanking(data: Postings, tokens: string[], weights: Map<string, number> | undefined, k1: number, b: number): [number, number][] {
  const n = data.lengths.length;
  const avgLength = data.totalLength / Math.max(1, n);
  const scores = new Map<number, number>();
  for (const tok of new Set(tokens)) {
    const id = data.termIds.get(tok);
    if (id === undefined) continue;
    const df = data.offsets[id + 1] - data.offsets[id];
    if (df === 0) continue;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const w = weights?.get(tok) ?? 1;
    for (let i = data.offsets[id]; i < data.offsets[id + 1]; i++) {
      const d = data.passages[i];
      const tf = data.tfs[i];
      const norm = tf + k1 * (1 - b + (b * data.lengths[d]) / avgLength);
      scores.set(d, (scores.get(d) ?? 0) + w * idf * ((tf * (k1 + 1)) / norm));
    }
  }
  return [...scores].sort((x, y) => y[1] - x[1]);
}

/**
 * The plain ranking of a query, worked out once per index, query, weights, k1 and b: the tests
 * ask for it under many limits and filters (over 52,000 passages below, each ranking takes a
 * while).
 */
const rankings = new WeakMap<Postings, Map<string, [number, number][]>>();
function rankingOf(data: Postings, tokens: string[], weights: Map<string, number> | undefined, k1: number, b: number): [number, number][] {
  const key = JSON.stringify([tokens, weights ? [...weights] : null, k1, b]);
  let byQuery = rankings.get(data);
  if (!byQuery) rankings.set(data, (byQuery = new Map()));
  let ranking = byQuery.get(key);
  if (!ranking) byQuery.set(key, (ranking = plainRanking(data, tokens, weights, k1, b)));
  return ranking;
}

/**
 * The plain computation's hits: its ranking, the passages a filter refuses dropped, cut at the
 * limit. Dropping passages from the ranking is ranking without them: the sort is stable, and
 * each passage's score and first-scored place do not depend on the others.
 */
function reference(
  data: Postings,
  tokens: string[],
  opts: { limit?: number; filter?: (d: number) => boolean; weights?: Map<string, number>; k1?: number; b?: number } = {},
): [number, number][] {
  const ranking = rankingOf(data, tokens, opts.weights, opts.k1 ?? 1.2, opts.b ?? 0.75);
  const filter = opts.filter;
  return (filter ? ranking.filter(([d]) => filter(d)) : ranking).slice(0, opts.limit ?? 10);
}

const texts = passages(600, 7);
const index = buildPostings([documentTerms(texts)]);
const queries: string[][] = [["w1"], ["词0", "w2"], ["w1", "w2", "w4", "w5", "词3"], ["w1", "w1", "w7"], ["nothing"], [], ["词9", "w10", "w11", "w13", "w14", "w16", "w17"]];

describe("BM25 scoring with scratch arrays kept per index", () => {
  it("gives exactly the scores and order of the plain computation, ties in first-scored order, for every limit", () => {
    for (const q of queries) {
      for (const limit of [1, 3, 10, 25, 100, 0, 1000]) {
        expect(searchBm25(index, q, { limit })).toEqual(reference(index, q, { limit }));
      }
    }
    // The corpus has equal scores to order (repeated passages), so the tie order is exercised.
    const all = searchBm25(index, ["w1", "w2"], { limit: 1000 });
    expect(new Set(all.map(([, s]) => s)).size).toBeLessThan(all.length);
  });

  it("gives the same answer to the same query asked again and after other queries (the scratch is left clean)", () => {
    const first = queries.map((q) => searchBm25(index, q, { limit: 20 }));
    const again = [...queries].reverse().map((q) => searchBm25(index, q, { limit: 20 })).reverse();
    expect(again).toEqual(first);
  });

  it("applies weights, filters and other k1 and b exactly as the plain computation does, and back again", () => {
    const weights = new Map([["w1", 0.25], ["w2", 1], ["词3", 0.6]]);
    const filter = (d: number) => d % 3 !== 1;
    const q = ["w1", "w2", "w4", "词3"];
    expect(searchBm25(index, q, { weights, filter, limit: 15 })).toEqual(reference(index, q, { weights, filter, limit: 15 }));
    expect(searchBm25(index, q, { k1: 2, b: 0.3, limit: 15 })).toEqual(reference(index, q, { k1: 2, b: 0.3, limit: 15 }));
    // The length part kept for the defaults is made again when other k1 and b were used in between.
    expect(searchBm25(index, q, { limit: 15 })).toEqual(reference(index, q, { limit: 15 }));
  });

  it("scores a range of documents exactly as a filter to that range does", () => {
    for (const q of queries) {
      for (const [from, to] of [[0, 600], [0, 1], [100, 250], [599, 600], [300, 300], [590, 1000]]) {
        const filter = (d: number) => d >= from && d < to;
        expect(searchBm25(index, q, { within: { from, to }, limit: 12 })).toEqual(reference(index, q, { filter, limit: 12 }));
      }
    }
  });

  it("scores correctly when a filter searches the same index while a query is running", () => {
    const inner: [number, number][][] = [];
    // Midway through the second term's postings, with scores of the first already kept.
    let seen = 0;
    const filter = (d: number) => {
      if (++seen % 250 === 0) inner.push(searchBm25(index, ["w2", "w4"], { limit: 5 }));
      return true;
    };
    expect(searchBm25(index, ["w1", "w2"], { filter, limit: 10 })).toEqual(reference(index, ["w1", "w2"], { limit: 10 }));
    expect(inner.length).toBeGreaterThan(0);
    for (const hits of inner) expect(hits).toEqual(reference(index, ["w2", "w4"], { limit: 5 }));
  });

  it("leaves the scratch clean when a filter throws", () => {
    const before = searchBm25(index, ["w1", "w4"], { limit: 10 });
    expect(() =>
      searchBm25(index, ["w1", "w4"], {
        filter: (d) => {
          if (d > 50) throw new Error("stop");
          return true;
        },
      }),
    ).toThrow("stop");
    expect(searchBm25(index, ["w1", "w4"], { limit: 10 })).toEqual(before);
  });

  it("keeps each index's scores apart: an index of other passages scores as if searched alone", () => {
    const other = buildPostings([documentTerms(passages(250, 11))]);
    for (const q of queries) {
      expect(searchBm25(other, q, { limit: 10 })).toEqual(reference(other, q, { limit: 10 }));
      expect(searchBm25(index, q, { limit: 10 })).toEqual(reference(index, q, { limit: 10 }));
    }
  });

  // Large corpora are scored a block of passages at a time (16,384): the order of equal scores
  // must still be the one term-by-term scoring gives, across blocks.
  const large = passages(52_000, 3);
  const largeIndex = buildPostings([documentTerms(large)]);

  it("scores a corpus of several blocks of passages exactly as the plain computation does, ties across blocks included", () => {
    for (const q of queries) {
      for (const limit of [1, 12, 60, 100]) expect(searchBm25(largeIndex, q, { limit })).toEqual(reference(largeIndex, q, { limit }));
      const weights = new Map([["w1", 0.5], ["w2", 0.8]]);
      expect(searchBm25(largeIndex, q, { weights, limit: 25 })).toEqual(reference(largeIndex, q, { weights, limit: 25 }));
      for (const [from, to] of [[100, 40_000], [16_383, 16_385], [30_000, 52_000]]) {
        const filter = (d: number) => d >= from && d < to;
        expect(searchBm25(largeIndex, q, { within: { from, to }, limit: 12 })).toEqual(reference(largeIndex, q, { filter, limit: 12 }));
      }
    }
  });

  it("ranks equal scores by the query term that first scored them, then by passage, even when the later passage came first", () => {
    // "x" and "y" are as rare as each other, each passage one word long: every hit scores the same.
    const texts = Array.from({ length: 40_010 }, (_, i) => [i === 10 || i === 11 ? "y" : i === 40_000 || i === 40_001 ? "x" : "filler"]);
    const tied = buildPostings([documentTerms(texts)]);
    const hits = searchBm25(tied, ["x", "y"], { limit: 3 });
    expect(new Set(hits.map(([, s]) => s)).size).toBe(1);
    expect(hits.map(([d]) => d)).toEqual([40_000, 40_001, 10]);
    expect(hits).toEqual(reference(tied, ["x", "y"], { limit: 3 }));
  });
});
