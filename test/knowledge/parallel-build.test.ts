import { copyFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadIndex, parseTexts, type LoadedIndex, type LoadIndexConfig } from "../../src/knowledge/load.js";
import { groupedInThread, layOutInThread, lexiconInThread } from "../../src/knowledge/parallel-build.js";
import { documentTerms, PostingsBuilder, type Postings } from "../../src/knowledge/postings.js";
import { distinctPostings, passageClasses } from "../../src/knowledge/distinct.js";
import { createLexicon, readSortedTables } from "../../src/knowledge/lang/lexicon.js";
import { buildIndexData, buildIndexDataBeside } from "../../src/knowledge/build.js";
import { ALL_DOCS, documentsDir, englishDir, englishFile, englishText, glossaryDir, realGlossary, sourceText } from "./corpus.js";

const scratch = mkdtempSync(join(tmpdir(), "parallel-build-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let run = 0;
/** A copy of the bundled corpus, the English fixture and a file that cannot be read, with an empty cache folder. */
function workspace(): LoadIndexConfig & { documentsDir: string; cacheDir: string } {
  const dir = join(scratch, `run-${++run}`);
  const docs = join(dir, "documents");
  cpSync(documentsDir, docs, { recursive: true });
  copyFileSync(join(englishDir, "cac-cosp-wg4-2025-2.txt"), join(docs, "cac-cosp-wg4-2025-2.txt"));
  writeFileSync(join(docs, "binary.txt"), Buffer.from([0, 1, 2, 0, 0, 0xff, 0xfe, 0, 3, 0, 0, 0, 7, 0, 0, 0]));
  cpSync(glossaryDir, join(dir, "terms"), { recursive: true });
  return { documentsDir: docs, glossaryDir: join(dir, "terms"), cacheDir: join(dir, "cache") };
}

/** Every file of a build's cache folder and of its parse and extract stores, by path, as text. */
function cacheFiles(loaded: LoadedIndex, cacheDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(loaded.cacheFile!)) out[`index/${f}`] = readFileSync(join(loaded.cacheFile!, f), "latin1");
  for (const sub of ["parsed", "extracts"]) for (const f of readdirSync(join(cacheDir, sub))) out[`${sub}/${f}`] = readFileSync(join(cacheDir, sub, f), "latin1");
  return out;
}

const QUERIES = ["闭会期间会议 报名", "private sector", "第15次会议", "asset recovery"];

function sameIndex(a: LoadedIndex, b: LoadedIndex): void {
  expect(b.hash).toBe(a.hash);
  expect(b.index.counts()).toEqual(a.index.counts());
  expect(b.index.skipped).toEqual(a.index.skipped);
  expect(b.index.graph).toEqual(a.index.graph);
  expect(b.index.documents).toEqual(a.index.documents);
  for (const q of QUERIES) expect(b.index.search(q, { limit: 10 }).map((h) => [h.passage.id, h.score])).toEqual(a.index.search(q, { limit: 10 }).map((h) => [h.passage.id, h.score]));
}

describe("a build in worker threads", () => {
  it("writes the same cache, byte for byte, serves the same index and reports the same progress as a build in one thread", { timeout: 60_000 }, async () => {
    const one = workspace();
    const two = workspace();
    const single = await loadIndex({ ...one, rebuild: true, buildThreads: 1 });
    const progress: string[] = [];
    const threaded = await loadIndex({ ...two, rebuild: true, buildThreads: 2, parallelFrom: 1, onProgress: (_file, done, total) => progress.push(`${done}/${total}`) });
    // Progress for every file, as a build in one thread reports it.
    expect(progress).toEqual(Array.from({ length: 7 }, (_, i) => `${i + 1}/7`));
    expect(single.index.skipped.map((s) => s.file)).toEqual(["binary.txt"]);
    expect(threaded.parsed).toBe(single.parsed);
    sameIndex(single, threaded);
    expect(cacheFiles(threaded, two.cacheDir)).toEqual(cacheFiles(single, one.cacheDir));
    // What the threaded build wrote loads as the single-thread build's does.
    const loaded = await loadIndex({ ...two, buildThreads: 2, parallelFrom: 1 });
    expect(loaded.fromCache).toBe(true);
    sameIndex(single, loaded);
  });

  it("takes documents and extracts from the parse cache when it holds them, parsing none again", async () => {
    const ws = workspace();
    const first = await loadIndex({ ...ws, buildThreads: 1 });
    // Only the build's folder goes: the next load builds again from the parse and extract stores.
    rmSync(first.cacheFile!, { recursive: true });
    const again = await loadIndex({ ...ws, buildThreads: 2, parallelFrom: 1 });
    expect(again.fromCache).toBe(false);
    // Only the file that cannot be read is tried again (it has no parse to keep).
    expect(again.parsed).toBe(1);
    sameIndex(first, again);
  });
});

/** A builder of documents whose passages repeat (some word for word), made the same each time. */
function builderOf(documents: number): PostingsBuilder {
  const builder = new PostingsBuilder();
  let seed = 7;
  const next = (n: number) => (seed = (seed * 48271) % 0x7fffffff) % n;
  for (let d = 0; d < documents; d++) {
    const passages = Array.from({ length: 1 + next(6) }, () => Array.from({ length: 1 + next(12) }, () => `t${next(40)}`));
    // The same boilerplate passage in every third document: a class of equal passages.
    if (d % 3 === 0) passages.push(["same", "boilerplate", "same"]);
    builder.add(documentTerms(passages));
  }
  return builder;
}

const arrays = (p: Postings) => ({ terms: p.terms, offsets: [...p.offsets], passages: [...p.passages], tfs: [...p.tfs], lengths: [...p.lengths], totalLength: p.totalLength });

describe("the search postings at the end of a build", () => {
  it("are laid out in a thread of their own as in this thread, and their passages grouped there as here", { timeout: 60_000 }, async () => {
    const here = builderOf(300).finish();
    const there = await layOutInThread(builderOf(300));
    expect(arrays(there)).toEqual(arrays(here));
    const grouped = await groupedInThread(there)!;
    const expected = distinctPostings(here, passageClasses(here));
    expect(grouped.classes.starts.length).toBeLessThan(here.lengths.length + 1);
    expect([...grouped.classes.starts]).toEqual([...expected.classes.starts]);
    expect([...grouped.classes.members]).toEqual([...expected.classes.members]);
    expect([...grouped.classes.classOf]).toEqual([...expected.classes.classOf]);
    expect(arrays(grouped.postings)).toEqual(arrays(expected.postings));
  });

  it("are counted in the building thread when their thread fails, as a build in one thread counts them", async () => {
    const files = [...ALL_DOCS.map((id) => ({ file: `${id}.txt`, text: sourceText(id) })), { file: englishFile, text: englishText() }];
    const one = parseTexts(files, realGlossary());
    const beside = parseTexts(files, realGlossary());
    const expected = buildIndexData(one.documents, one.skipped, realGlossary());
    // What the building thread has when the thread fails: no search postings.
    const data = await buildIndexDataBeside(beside.documents, beside.skipped, realGlossary(), { bm25: Promise.resolve(undefined) });
    expect(arrays(data.bm25)).toEqual(arrays(expected.bm25));
    expect(arrays(data.containment())).toEqual(arrays(expected.containment()));
    expect(data.graph).toEqual(expected.graph);
  });
});

describe("the dictionary's tables at the end of a build", () => {
  it("are parsed in a thread of their own and cached in the cache folder, where a start reads them", { timeout: 60_000 }, async () => {
    const cacheDir = join(scratch, "lexicon-cache");
    await lexiconInThread(cacheDir);
    const cached = readdirSync(cacheDir).filter((f) => /^lexicon-v\d+-hanzi-.*\.txt$/.test(f));
    expect(cached).toHaveLength(1);
    const tables = readSortedTables(readFileSync(join(cacheDir, cached[0]), "utf8"));
    expect(tables).toBeDefined();
    // The whole dictionary, looked up both ways.
    const lex = createLexicon(tables!);
    expect(lex.size).toBeGreaterThan(50_000);
    expect(lex.chinese("discuss").map((s) => s.term)).toContain("讨论");
    expect(lex.english("讨论").map((s) => s.term)).toContain("discuss");
  });
});
