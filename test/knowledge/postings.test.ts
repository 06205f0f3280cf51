import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildPostings, documentFrequency, documentTerms, loadAllTerms, loadCommonTerms, loadTerms, readPostings, splicePostings, writePostings, type DocumentTerms, type Postings, type Run } from "../../src/knowledge/postings.js";
import { searchBm25 } from "../../src/knowledge/search.js";

const scratch = mkdtempSync(join(tmpdir(), "postings-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A small deterministic corpus: documents of passages of tokens drawn from a skewed vocabulary. */
function corpus(docs: number, seed: number): string[][][] {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const vocab = Array.from({ length: 60 }, (_, i) => (i % 3 ? `w${i}` : `词${i}`));
  return Array.from({ length: docs }, () =>
    Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => Array.from({ length: Math.floor(rnd() * 12) }, () => vocab[Math.floor(rnd() ** 2 * vocab.length)])),
  );
}

/** Each term's postings as [passage, tf] pairs, whatever the term ids. */
function byTerm(p: Postings): Map<string, number[]> {
  const out = new Map<string, number[]>();
  p.terms.forEach((t, id) => {
    const list: number[] = [];
    for (let i = p.offsets[id]; i < p.offsets[id + 1]; i++) list.push(p.passages[i], p.tfs[i]);
    if (list.length) out.set(t, list);
  });
  return out;
}

const same = (a: Postings, b: Postings) => {
  expect(byTerm(a)).toEqual(byTerm(b));
  expect([...a.lengths]).toEqual([...b.lengths]);
  expect(a.totalLength).toBe(b.totalLength);
};

describe("postings in typed arrays", () => {
  it("hold each term's passages in ascending order with their term frequencies, and its document frequency", () => {
    const p = buildPostings([documentTerms([["a", "b", "a"], ["b"]]), documentTerms([["c", "a"]])]);
    expect(byTerm(p)).toEqual(new Map([["a", [0, 2, 2, 1]], ["b", [0, 1, 1, 1]], ["c", [2, 1]]]));
    expect([...p.lengths]).toEqual([3, 1, 2]);
    expect(documentFrequency(p, "a")).toBe(2);
    expect(documentFrequency(p, "zzz")).toBe(0);
  });

  it("are the same whether a corpus is built at once or spliced from an older build with documents changed, added and removed", () => {
    const before = corpus(40, 7).map(documentTerms);
    const changed = corpus(5, 99).map(documentTerms);
    // The new corpus: document 3 changed, one added after 10, 20-22 removed, one added at the end.
    const after: DocumentTerms[] = [...before.slice(0, 3), changed[0], ...before.slice(4, 11), changed[1], ...before.slice(11, 20), ...before.slice(23), changed[2]];
    const old = buildPostings(before);
    const start = (k: number) => before.slice(0, k).reduce((n, d) => n + d.lengths.length, 0);
    const runs: Run[] = [
      { from: 0, to: start(3) },
      { added: changed[0] },
      { from: start(4), to: start(11) },
      { added: changed[1] },
      { from: start(11), to: start(20) },
      { from: start(23), to: start(40) },
      { added: changed[2] },
    ];
    same(splicePostings(old, runs), buildPostings(after));
  });

  it("rank passages the same after a splice as after a full build", () => {
    const before = corpus(30, 3).map(documentTerms);
    const added = corpus(1, 5).map(documentTerms)[0];
    const spliced = splicePostings(buildPostings(before), [{ from: 0, to: before.slice(0, 12).reduce((n, d) => n + d.lengths.length, 0) }, { added }, { from: before.slice(0, 12).reduce((n, d) => n + d.lengths.length, 0), to: buildPostings(before).lengths.length }]);
    const full = buildPostings([...before.slice(0, 12), added, ...before.slice(12)]);
    for (const q of [["w1", "词3"], ["w2"], ["词0", "w4", "w5"], ["nothing"]]) expect(searchBm25(spliced, q, { limit: 20 })).toEqual(searchBm25(full, q, { limit: 20 }));
  });

  it("of an empty corpus write and read back as empty", () => {
    const file = join(scratch, "empty.bin");
    writePostings(file, buildPostings([]), 42);
    expect(readPostings(file, 42).terms).toEqual([]);
  });

  it("round-trip through their binary file", () => {
    const p = buildPostings(corpus(25, 11).map(documentTerms));
    const file = join(scratch, "p.bin");
    writePostings(file, p, 42);
    same(readPostings(file, 42), p);
    expect(readPostings(file, 42).termIds.get(p.terms[3])).toBe(3);
  });

  it("read lazily, hold a term's passages only once a query asks for it, and then the file's", () => {
    const p = buildPostings(corpus(25, 11).map(documentTerms));
    const file = join(scratch, "lazy.bin");
    writePostings(file, p, 42);
    const lazy = readPostings(file, 42, { lazy: true });
    const term = p.terms[5];
    const id = lazy.termIds.get(term)!;
    expect([...lazy.lengths]).toEqual([...p.lengths]);
    expect(documentFrequency(lazy, term)).toBe(documentFrequency(p, term));
    expect([...lazy.passages.subarray(lazy.offsets[id], lazy.offsets[id + 1])].every((x) => x === 0)).toBe(true);
    const q = [term, p.terms[9], "nothing"];
    loadTerms(lazy, q);
    expect(searchBm25(lazy, q, { limit: 20 })).toEqual(searchBm25(p, q, { limit: 20 }));
    loadAllTerms(lazy);
    same(lazy, p);
    // Spliced or written again, lazily read postings are whole.
    const again = join(scratch, "lazy-again.bin");
    writePostings(again, readPostings(file, 42, { lazy: true }), 42);
    expect(readFileSync(again)).toEqual(readFileSync(file));
    same(splicePostings(readPostings(file, 42, { lazy: true }), [{ from: 0, to: p.lengths.length }]), p);
  });

  it("read lazily, read ahead the commonest terms first, up to the share of all postings asked, and search as the whole index does", () => {
    const p = buildPostings(corpus(40, 5).map(documentTerms));
    const file = join(scratch, "ahead.bin");
    writePostings(file, p, 42);
    const lazy = readPostings(file, 42, { lazy: true });
    loadCommonTerms(lazy, 0.4);
    const df = (t: string) => documentFrequency(p, t);
    const isRead = (t: string) => {
      const id = lazy.termIds.get(t)!;
      return [...lazy.passages.subarray(lazy.offsets[id], lazy.offsets[id + 1])].join() === [...p.passages.subarray(p.offsets[id], p.offsets[id + 1])].join();
    };
    // Terms whose passages are not all passage 0 tell a read range from one not read.
    const telling = [...p.terms].filter((t) => [...p.passages.subarray(p.offsets[p.termIds.get(t)!], p.offsets[p.termIds.get(t)! + 1])].some((d) => d > 0));
    const byDf = [...telling].sort((a, b) => df(b) - df(a));
    const read = byDf.filter(isRead);
    expect(read.length).toBeGreaterThan(1);
    expect(read.length).toBeLessThan(byDf.length);
    // The commonest first: every term read is at least as common as every term not read.
    expect(Math.min(...read.map(df))).toBeGreaterThanOrEqual(Math.max(...byDf.filter((t) => !isRead(t)).map(df)));
    expect(read.reduce((n, t) => n + df(t), 0)).toBeLessThanOrEqual(0.4 * p.passages.length);
    const q = [byDf[0], byDf[byDf.length - 1], "nothing"];
    loadTerms(lazy, q);
    expect(searchBm25(lazy, q, { limit: 20 })).toEqual(searchBm25(p, q, { limit: 20 }));
  });

  it("read lazily without term frequencies (containment), are written back as they were after some terms were read", () => {
    // Containment postings hold a frequency of 1 for every posting.
    const p = buildPostings(corpus(25, 3).map((d) => documentTerms(d.map((tokens) => [...new Set(tokens)]))));
    expect([...p.tfs].every((tf) => tf === 1)).toBe(true);
    const file = join(scratch, "no-tfs.bin");
    writePostings(file, p, 42);
    const lazy = readPostings(file, 42, { lazy: true, tfs: false });
    loadTerms(lazy, p.terms.slice(0, 4));
    const again = join(scratch, "no-tfs-again.bin");
    writePostings(again, lazy, 42);
    expect(readFileSync(again)).toEqual(readFileSync(file));
    same(splicePostings(readPostings(file, 42, { lazy: true, tfs: false }), [{ from: 0, to: p.lengths.length }]), p);
  });

  it("read lazily, refuse a term's range that names a passage out of order, after telling the owner", () => {
    const p = buildPostings(corpus(25, 11).map(documentTerms));
    const file = join(scratch, "lazy-bad.bin");
    writePostings(file, p, 42);
    const b = readFileSync(file);
    // The first term's second posting made equal to its first: not ascending.
    const at = 32 + 4 * p.lengths.length + 4 * (p.terms.length + 1);
    expect(p.offsets[1]).toBeGreaterThan(1);
    b.writeUInt32LE(b.readUInt32LE(at), at + 4);
    writeFileSync(file, b);
    let told = 0;
    const lazy = readPostings(file, 42, { lazy: true, onDamaged: () => told++ });
    expect(() => loadTerms(lazy, [p.terms[0]])).toThrow(/lazy-bad\.bin names passage \d+ of \d+ for "/);
    expect(told).toBe(1);
    loadTerms(lazy, [p.terms[1]]);
    expect(searchBm25(lazy, [p.terms[1]])).toEqual(searchBm25(p, [p.terms[1]]));
    expect(() => readPostings(file, 42)).toThrow(/lazy-bad\.bin names passage/);
  });

  it("refuse a file of another version, or one cut short, naming the file", () => {
    const file = join(scratch, "q.bin");
    writePostings(file, buildPostings(corpus(5, 2).map(documentTerms)), 42);
    expect(() => readPostings(file, 43)).toThrow(/q\.bin: index version 42, expected 43/);
    truncateSync(file, statSync(file).size - 6);
    expect(() => readPostings(file, 42)).toThrow(/q\.bin: \d+ bytes where its header says \d+/);
  });
});
