import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { INDEX_VERSION, loadIndex, type LoadIndexConfig } from "../../src/knowledge/load.js";
import { passingThroughDocuments, ShardCache } from "../../src/knowledge/shards.js";
import { DamagedIndexError } from "../../src/knowledge/damaged.js";
import type { Passage } from "../../src/knowledge/model.js";
import { DOC, documentsDir, glossaryDir } from "./corpus.js";

const scratch = mkdtempSync(join(tmpdir(), "knowledge-cache-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let run = 0;
/** A fresh copy of the corpus and glossary, and an empty cache folder. */
function workspace(): LoadIndexConfig & { documentsDir: string; cacheDir: string } {
  const dir = join(scratch, `run-${++run}`);
  const docs = join(dir, "documents");
  mkdirSync(docs, { recursive: true });
  for (const f of readdirSync(documentsDir)) copyFileSync(join(documentsDir, f), join(docs, f));
  cpSync(glossaryDir, join(dir, "terms"), { recursive: true });
  return { documentsDir: docs, glossaryDir: join(dir, "terms"), cacheDir: join(dir, "cache") };
}

let ws: ReturnType<typeof workspace>;
beforeEach(() => {
  ws = workspace();
});

/**
 * One build of the unchanged corpus, made at first use; its workspace is only ever copied. Tests
 * about what happens to a cache after a first start begin from a copy of it (a few files copied
 * instead of a build each), and compare with this build, held in memory.
 */
let first: Promise<{ dir: string; built: Awaited<ReturnType<typeof loadIndex>> }> | undefined;
const firstBuild = () =>
  (first ??= (async () => {
    const w = workspace();
    return { dir: dirname(w.documentsDir), built: await loadIndex(w) };
  })());

/** A fresh copy of the corpus and glossary whose cache folder holds their index, as after a first start. */
async function startedWorkspace(): Promise<ReturnType<typeof workspace>> {
  const from = (await firstBuild()).dir;
  const dir = join(scratch, `run-${++run}`);
  cpSync(from, dir, { recursive: true });
  return { documentsDir: join(dir, "documents"), glossaryDir: join(dir, "terms"), cacheDir: join(dir, "cache") };
}

/** The index the first build made, and where its copy lies in the current workspace's cache. */
async function firstBuilt() {
  const { built } = await firstBuild();
  return { built, cacheFile: join(ws.cacheDir, basename(built.cacheFile!)) };
}

describe("the index cache", () => {
  it("saves the built index in a versioned folder keyed by the content hash: a manifest, the graph, the search postings (also over distinct passages) and the containment postings", async () => {
    const built = await loadIndex(ws);
    expect(built.fromCache).toBe(false);
    expect(built.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(built.cacheFile).toBe(join(ws.cacheDir, `index-v${INDEX_VERSION}-${built.hash}`));
    expect(readdirSync(built.cacheFile!).sort()).toEqual(["containment.bin", "distinct.bin", "graph.jsonl", "manifest.json", "postings.bin"]);
    const manifest = JSON.parse(readFileSync(join(built.cacheFile!, "manifest.json"), "utf8"));
    expect(manifest).toMatchObject({ version: INDEX_VERSION, hash: built.hash, passages: built.index.counts().passages });
    // The documents are the parse cache's shards, one per document, listed in corpus order.
    expect(manifest.documents).toHaveLength(5);
    for (const key of manifest.documents) expect(existsSync(join(ws.cacheDir, "parsed", `${key}.json`))).toBe(true);
  });

  it("reuses the saved index at the next start, without parsing the documents again", async () => {
    const built = await loadIndex(ws);
    let parsed = 0;
    const again = await loadIndex({ ...ws, onProgress: () => parsed++ });
    expect(again.fromCache).toBe(true);
    expect(parsed).toBe(0);
    expect(again.hash).toBe(built.hash);
    expect(again.index.counts()).toEqual(built.index.counts());
    expect(again.index.graph.meetings).toEqual(built.index.graph.meetings);
    expect(again.index.search("闭会期间会议 报名", { limit: 3 }).map((h) => h.passage.id)).toEqual(built.index.search("闭会期间会议 报名", { limit: 3 }).map((h) => h.passage.id));
    expect(again.index.meeting("wg-prevention/15")!.opening!.time).toBe("15:00");
    // Read ahead (as a warm-up does) or not, the same postings are searched.
    again.index.readAhead!();
    built.index.readAhead!();
    expect(again.index.search("预防腐败 工作组 会议", { limit: 10 })).toEqual(built.index.search("预防腐败 工作组 会议", { limit: 10 }));
  });

  it("reads every part of the graph back as it was built, item by item, strings holding commas, brackets, quotes and backslashes included", async () => {
    const file = join(ws.documentsDir, `${DOC.backgroundPaper2020}.txt`);
    // A recommendation whose text has the characters that split and nest JSON.
    writeFileSync(file, readFileSync(file, "utf8").replace("工作组建议进一步探讨利益冲突问题", '工作组建议进一步探讨利益冲突问题, "[1]" {a\\b}, ],[ 和\\"'));
    const built = await loadIndex(ws);
    const again = await loadIndex(ws);
    expect(again.fromCache).toBe(true);
    const graph = readFileSync(join(again.cacheFile!, "graph.jsonl"), "utf8");
    expect(graph).toContain('\\"[1]\\" {a\\\\b}, ],[');
    for (const part of ["meetings", "agenda", "slots", "resolutions", "recommendations", "symbols", "workplan"] as const) {
      expect(again.index.graph[part]).toEqual(built.index.graph[part]);
    }
  });

  it("rebuilds when a document changes, under a new hash", async () => {
    ws = await startedWorkspace();
    const built = await loadIndex(ws);
    expect(built.fromCache).toBe(true);
    const file = join(ws.documentsDir, `${DOC.draftReport2019}.txt`);
    writeFileSync(file, readFileSync(file, "utf8").replace("一位发言者报告了她的国家", "两位发言者报告了她们的国家"));
    let parsed = 0;
    const rebuilt = await loadIndex({ ...ws, onProgress: () => parsed++ });
    expect(rebuilt.fromCache).toBe(false);
    expect(parsed).toBe(5);
    expect(rebuilt.hash).not.toBe(built.hash);
    expect(rebuilt.cacheFile).not.toBe(built.cacheFile);
    expect(existsSync(rebuilt.cacheFile!)).toBe(true);
    expect(rebuilt.index.document(DOC.draftReport2019)!.passages.find((p) => p.number === "15")!.text).toContain("两位发言者报告了她们的国家");
    expect((await loadIndex(ws)).fromCache).toBe(true);
  });

  it.each([
    ["the process that built the index", false],
    ["a process that loaded the index from its cache", true],
  ])("after a document is changed, added and removed under %s, parses only those and answers as a full rebuild does", async (_who, restarted) => {
    await loadIndex(ws);
    if (restarted) expect((await loadIndex(ws)).fromCache).toBe(true);
    const changed = join(ws.documentsDir, `${DOC.draftReport2019}.txt`);
    writeFileSync(changed, readFileSync(changed, "utf8").replace("一位发言者报告了她的国家", "两位发言者报告了她们的国家"));
    copyFileSync(join(documentsDir, `${DOC.irgReport2021}.txt`), join(ws.documentsDir, "000_added.txt"));
    rmSync(join(ws.documentsDir, `${DOC.backgroundPaper2020}.txt`));
    const updated = await loadIndex(ws);
    expect(updated.fromCache).toBe(false);
    expect(updated.parsed).toBe(2);
    const fresh = await loadIndex({ ...ws, cacheDir: join(ws.cacheDir, "..", "fresh-cache") });
    expect(fresh.parsed).toBe(5);
    expect(updated.index.counts()).toEqual(fresh.index.counts());
    expect(updated.index.graph).toEqual(fresh.index.graph);
    // Documents kept from a loaded build read their passages from their shards: the same passages.
    expect(updated.index.documents).toEqual(fresh.index.documents);
    for (const q of ["闭会期间会议 报名", "两位发言者报告", "private sector recommendations", "第10/3号决议", "维也纳"]) {
      expect(updated.index.search(q, { limit: 10 })).toEqual(fresh.index.search(q, { limit: 10 }));
    }
    // The containment postings are spliced as the search's are: the same counts as a full rebuild.
    for (const q of [{ zh: ["两位发言者"], en: [] }, { zh: ["发言者", "第10"], en: ["recommend"] }, { zh: ["维也纳"], en: ["vienna"] }]) {
      expect(updated.index.passageFrequency(q)).toBe(fresh.index.passageFrequency(q));
    }
    expect(updated.index.passageFrequency({ zh: ["两位发言者"], en: [] })).toBeGreaterThan(0);
    expect(updated.index.document("000_added")).toBeDefined();
    expect(updated.index.document(DOC.backgroundPaper2020)).toBeUndefined();
    // What the running process built is what the next start loads.
    const next = await loadIndex(ws);
    expect(next.fromCache).toBe(true);
    expect(next.index.search("两位发言者报告", { limit: 10 })).toEqual(fresh.index.search("两位发言者报告", { limit: 10 }));
  });

  it("does not read a document whose size, modification time and inode are those recorded at the last start", async () => {
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const f of readdirSync(ws.documentsDir)) utimesSync(join(ws.documentsDir, f), anHourAgo, anHourAgo);
    const built = await loadIndex(ws);
    expect(built.readFiles).toBe(5);
    const again = await loadIndex(ws);
    expect(again.fromCache).toBe(true);
    expect(again.readFiles).toBe(0);
    expect(again.hash).toBe(built.hash);
  });

  it("reads only the files added since the last start, whether they come before, among or after the recorded ones, and those removed are forgotten", async () => {
    const anHourAgo = new Date(Date.now() - 3_600_000);
    const age = () => {
      for (const f of readdirSync(ws.documentsDir)) utimesSync(join(ws.documentsDir, f), anHourAgo, anHourAgo);
    };
    age();
    await loadIndex(ws);
    expect((await loadIndex(ws)).readFiles).toBe(0);
    const text = readFileSync(join(ws.documentsDir, `${DOC.draftReport2019}.txt`), "utf8");
    const names = readdirSync(ws.documentsDir).filter((f) => f.endsWith(".txt")).sort();
    // One before every recorded file, one among them, one after: each read once, the others known.
    for (const [i, name] of ["000_first.txt", `${names[1].slice(0, -4)}_among.txt`, "zzz_last.txt"].entries()) {
      writeFileSync(join(ws.documentsDir, name), text.replace("一位发言者报告了她的国家", `${i + 2}位发言者报告了她的国家`));
      age();
      const loaded = await loadIndex(ws);
      expect(loaded.readFiles).toBe(1);
      expect(loaded.index.document(name.slice(0, -4))).toBeDefined();
      expect((await loadIndex(ws)).readFiles).toBe(0);
    }
    rmSync(join(ws.documentsDir, names[0]));
    const afterRemoval = await loadIndex(ws);
    expect(afterRemoval.readFiles).toBe(0);
    expect(afterRemoval.index.document(names[0].slice(0, -4))).toBeUndefined();
    expect((await loadIndex(ws)).readFiles).toBe(0);
  });

  it("lists a documents folder again when an entry is added to it, and takes an unchanged folder's entries from the record", async () => {
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const f of readdirSync(ws.documentsDir)) utimesSync(join(ws.documentsDir, f), anHourAgo, anHourAgo);
    utimesSync(ws.documentsDir, anHourAgo, anHourAgo);
    const built = await loadIndex(ws);
    const record = JSON.parse(readFileSync(join(ws.cacheDir, "files.json"), "utf8"));
    expect(record.dirs[ws.documentsDir][1].split("\n")).toEqual(readdirSync(ws.documentsDir).sort(new Intl.Collator().compare));
    // An entry added, the folder's modification time then put back: the recorded listing is used.
    const added = join(ws.documentsDir, "000_added.txt");
    writeFileSync(added, readFileSync(join(ws.documentsDir, `${DOC.draftReport2019}.txt`), "utf8").replace("一位发言者报告了她的国家", "两位发言者报告了她的国家"));
    utimesSync(ws.documentsDir, anHourAgo, anHourAgo);
    const listedFromRecord = await loadIndex(ws);
    expect(listedFromRecord.hash).toBe(built.hash);
    expect(listedFromRecord.index.document("000_added")).toBeUndefined();
    // As adding a file leaves it: the folder is listed again and the new document indexed.
    utimesSync(ws.documentsDir, new Date(), new Date());
    const relisted = await loadIndex(ws);
    expect(relisted.hash).not.toBe(built.hash);
    expect(relisted.index.document("000_added")).toBeDefined();
  });

  it("notices a document rewritten to the same size, and reads again a file modified just before the last start", async () => {
    const built = await loadIndex(ws);
    // Written within two seconds of the record: not trusted by its signature.
    expect((await loadIndex(ws)).readFiles).toBe(5);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const f of readdirSync(ws.documentsDir)) utimesSync(join(ws.documentsDir, f), anHourAgo, anHourAgo);
    expect((await loadIndex(ws)).readFiles).toBe(5);
    expect((await loadIndex(ws)).readFiles).toBe(0);
    const file = join(ws.documentsDir, `${DOC.draftReport2019}.txt`);
    const before = readFileSync(file);
    writeFileSync(file, readFileSync(file, "utf8").replace("一位发言者报告了她的国家", "三位发言者报告了她的国家"));
    expect(readFileSync(file).length).toBe(before.length);
    const rebuilt = await loadIndex(ws);
    expect(rebuilt.readFiles).toBe(1);
    expect(rebuilt.fromCache).toBe(false);
    expect(rebuilt.hash).not.toBe(built.hash);
    expect(rebuilt.index.search("三位发言者报告", { limit: 1 })[0].passage.text).toContain("三位发言者报告了她的国家");
  });

  it("keeps only the current build in the cache folder", async () => {
    ws = await startedWorkspace();
    const built = await loadIndex(ws);
    const file = join(ws.documentsDir, `${DOC.irgReport2021}.txt`);
    writeFileSync(file, `${readFileSync(file, "utf8")}\n`);
    const rebuilt = await loadIndex(ws);
    expect(existsSync(built.cacheFile!)).toBe(false);
    // Beside the one build, the per-document parses and graph extracts, of the current documents
    // only, the files' parse keys by signature, and the validated glossary of its current files.
    const entries = readdirSync(ws.cacheDir).filter((f) => !f.startsWith("lexicon-")).sort();
    expect(entries.filter((f) => /^glossary-[0-9a-f]{16}\.json$/.test(f))).toHaveLength(1);
    expect(entries.filter((f) => !f.startsWith("glossary-"))).toEqual(["extracts", "files.json", `index-v${INDEX_VERSION}-${rebuilt.hash}`, "parsed"]);
    expect(readdirSync(join(ws.cacheDir, "parsed"))).toHaveLength(readdirSync(ws.documentsDir).filter((f) => f.endsWith(".txt")).length);
    expect(readdirSync(join(ws.cacheDir, "extracts")).sort()).toEqual(readdirSync(join(ws.cacheDir, "parsed")).sort());
  });

  it("validates the glossary once per version of its files, keeping the validated terms in the cache folder", async () => {
    ws = await startedWorkspace();
    const built = await loadIndex(ws);
    const validated = () => readdirSync(ws.cacheDir).filter((f) => f.startsWith("glossary-"));
    expect(validated()).toHaveLength(1);
    const again = await loadIndex(ws);
    expect(again.glossary.data).toEqual(built.glossary.data);
    expect(again.glossary.resolveBodyName("预防腐败问题工作组")).toBe(built.glossary.resolveBodyName("预防腐败问题工作组"));
    // A damaged copy is validated again from the files.
    writeFileSync(join(ws.cacheDir, validated()[0]), "{ cut");
    expect((await loadIndex(ws)).glossary.data).toEqual(built.glossary.data);
    // Another version of the files: validated again, the older copy removed; an invalid one refused.
    const first = validated()[0];
    const terms = join(ws.glossaryDir!, "terminology.json");
    writeFileSync(terms, readFileSync(terms, "utf8").replace('"version": 2', '"version": 2 '));
    await loadIndex(ws);
    expect(validated()).toHaveLength(1);
    expect(validated()[0]).not.toBe(first);
    writeFileSync(terms, readFileSync(terms, "utf8").replace(/"terms"\s*:\s*\[/, '"terms": [42, '));
    await expect(loadIndex(ws)).rejects.toThrow(/Invalid glossary .*terminology\.json/);
  });

  it.each([
    ["a sidecar", `${DOC.irgReport2021}.meta.json`, (s: string) => s.replace('"venue": "维也纳"', '"venue": "维也纳国际中心"')],
    ["the glossary", "../terms/terminology.json", (s: string) => s.replace('"version": 2', '"version": 2 ')],
  ])("rebuilds when %s changes", async (_what, name, edit) => {
    ws = await startedWorkspace();
    const built = await loadIndex(ws);
    const file = join(ws.documentsDir, name);
    writeFileSync(file, edit(readFileSync(file, "utf8")));
    const rebuilt = await loadIndex(ws);
    expect(rebuilt.fromCache).toBe(false);
    expect(rebuilt.hash).not.toBe(built.hash);
  });

  it("rebuilds when asked to, even with a current cache", async () => {
    ws = await startedWorkspace();
    expect((await loadIndex(ws)).fromCache).toBe(true);
    expect((await loadIndex({ ...ws, rebuild: true })).fromCache).toBe(false);
  });

  it.each([
    ["a truncated postings file", "postings.bin", (b: Buffer) => b.subarray(0, b.length - 7)],
    ["a postings file of another format", "postings.bin", (b: Buffer) => Buffer.concat([Buffer.from("JUNK"), b.subarray(4)])],
    ["a manifest that is not JSON", "manifest.json", () => Buffer.from("{ truncated")],
    ["a graph cut short", "graph.jsonl", (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
    ["a graph with a line lost", "graph.jsonl", (b: Buffer) => Buffer.from(b.toString("utf8").split("\n").filter((_l, i) => i !== 1).join("\n"))],
    ["a truncated containment file", "containment.bin", (b: Buffer) => b.subarray(0, b.length - 7)],
    ["a truncated file of postings over distinct passages", "distinct.bin", (b: Buffer) => b.subarray(0, b.length - 7)],
  ])("rebuilds over %s, and the rebuilt index is the same", async (_what, name, damage) => {
    ws = await startedWorkspace();
    const { built, cacheFile } = await firstBuilt();
    const file = join(cacheFile, name);
    writeFileSync(file, damage(readFileSync(file)));
    const rebuilt = await loadIndex(ws);
    expect(rebuilt.fromCache).toBe(false);
    expect(rebuilt.index.counts()).toEqual(built.index.counts());
    expect(rebuilt.index.search("闭会期间会议 报名", { limit: 3 }).map((h) => h.passage.id)).toEqual(built.index.search("闭会期间会议 报名", { limit: 3 }).map((h) => h.passage.id));
    expect((await loadIndex(ws)).fromCache).toBe(true);
  });

  it("refuses postings that name passages the index does not hold when a query first reads them, naming the file, and the next start rebuilds", async () => {
    ws = await startedWorkspace();
    const { built, cacheFile } = await firstBuilt();
    const p = readFileSync(join(cacheFile, "postings.bin"));
    const firstTerm = p.subarray(p.length - p.readUInt32LE(24)).toString("utf8").split("\n")[0];
    // Searches read the postings over distinct passages: the first posting (of the first term),
    // after the 8-word header, the classes' offsets and members and the term offsets.
    const file = join(cacheFile, "distinct.bin");
    const b = Buffer.from(readFileSync(file));
    b.writeUInt32LE(0xffffffff, 32 + 4 * (b.readUInt32LE(16) + 1) + 4 * b.readUInt32LE(12) + 4 * (b.readUInt32LE(20) + 1));
    writeFileSync(file, b);
    const loaded = await loadIndex(ws);
    expect(loaded.fromCache).toBe(true);
    // A query that does not need the damaged range is answered; one that does is refused.
    expect(loaded.index.search("闭会期间会议 报名", { limit: 3 })).toEqual(built.index.search("闭会期间会议 报名", { limit: 3 }));
    expect(() => loaded.index.search(firstTerm)).toThrow(DamagedIndexError);
    expect(() => loaded.index.search(firstTerm)).toThrow(/index cache is damaged: .*distinct\.bin names passage 4294967295/);
    const rebuilt = await loadIndex(ws);
    expect(rebuilt.fromCache).toBe(false);
    expect(rebuilt.index.search(firstTerm)).toEqual(built.index.search(firstTerm));
    expect(rebuilt.index.search(firstTerm).length).toBeGreaterThan(0);
    expect((await loadIndex(ws)).fromCache).toBe(true);
  });

  it("rebuilds when a document's shard is missing from the parse cache", async () => {
    ws = await startedWorkspace();
    const { built, cacheFile } = await firstBuilt();
    const [key] = JSON.parse(readFileSync(join(cacheFile, "manifest.json"), "utf8")).documents;
    rmSync(join(ws.cacheDir, "parsed", `${key}.json`));
    const again = await loadIndex(ws);
    expect(again.fromCache).toBe(false);
    expect(again.index.counts()).toEqual(built.index.counts());
  });

  it("ignores a cache written by another index version", async () => {
    ws = await startedWorkspace();
    const path = join((await firstBuilt()).cacheFile, "manifest.json");
    const saved = JSON.parse(readFileSync(path, "utf8"));
    writeFileSync(path, JSON.stringify({ ...saved, version: INDEX_VERSION - 1, documents: [] }));
    const again = await loadIndex(ws);
    expect(again.fromCache).toBe(false);
    expect(again.index.counts().documents).toBe(5);
  });

  it("replaces a single-file cache of an earlier version", async () => {
    mkdirSync(ws.cacheDir, { recursive: true });
    writeFileSync(join(ws.cacheDir, "index-v5-0123456789abcdef.json"), JSON.stringify({ version: 5, hash: "0123456789abcdef", data: {} }));
    const built = await loadIndex(ws);
    expect(built.fromCache).toBe(false);
    expect(built.index.counts().documents).toBe(5);
    expect(existsSync(join(ws.cacheDir, "index-v5-0123456789abcdef.json"))).toBe(false);
  });

  it("does not write a cache when no cache folder is given", async () => {
    const loaded = await loadIndex({ documentsDir: ws.documentsDir, glossaryDir: ws.glossaryDir });
    expect(loaded.fromCache).toBe(false);
    expect(loaded.cacheFile).toBeUndefined();
    expect(existsSync(ws.cacheDir)).toBe(false);
  });
});

describe("passages read on demand", () => {
  /**
   * The unchanged corpus's first build, and its index loaded at a start from a copy of the folder
   * it left (the current workspace): a start after a build, without a build of its own per test.
   */
  const startedAndLoaded = async () => {
    ws = await startedWorkspace();
    return { built: (await firstBuild()).built, loaded: await loadIndex(ws) };
  };
  /** The key and file of the shard of one document, from the build's manifest. */
  const shardOf = (cacheFile: string, docId: string) => {
    const manifest = JSON.parse(readFileSync(join(cacheFile, "manifest.json"), "utf8"));
    const i = manifest.shards.findIndex((s: { meta: { id: string } }) => s.meta.id === docId);
    return join(ws.cacheDir, "parsed", `${manifest.documents[i]}.json`);
  };

  it("are not read at start: a loaded index holds the documents' header fields and passage counts only", async () => {
    const { built, loaded } = await startedAndLoaded();
    expect(loaded.fromCache).toBe(true);
    expect(loaded.shards!.reads).toBe(0);
    expect(loaded.index.counts()).toEqual(built.index.counts());
    expect(loaded.index.documents.map((d) => d.meta)).toEqual(built.index.documents.map((d) => d.meta));
    expect(loaded.shards!.reads).toBe(0);
    // Asking for one passage reads its document's shard alone.
    const id = `${DOC.draftReport2019}#12`;
    expect(loaded.index.passage(id)).toEqual(built.index.passage(id));
    expect(loaded.shards!.reads).toBe(1);
  });

  it("tell whether a document may contain some words from its shard's bytes, without reading its passages, as its passages would", async () => {
    const { built, loaded } = await startedAndLoaded();
    const docId = DOC.draftReport2019;
    const text = built.index.document(docId)!.passages[12].text;
    const held = text.slice(3, 9);
    const absent = "nowhere-in-any-document";
    for (const index of [built.index, loaded.index]) {
      expect(index.mayContain!(docId, [absent])).toBe(false);
      expect(index.mayContain!(docId, [absent, held])).toBe(true);
      expect(index.mayContain!("no-such-document", [held])).toBe(false);
    }
    expect(loaded.shards!.reads).toBe(0);
    // Words JSON writes escaped, and passages held in memory, are told alike.
    const quoted = built.index.document(docId)!.passages.map((p) => p.text).find((t) => /["\\\n]/.test(t));
    if (quoted) expect(loaded.index.mayContain!(docId, [quoted.slice(Math.max(0, quoted.search(/["\\\n]/) - 2), quoted.search(/["\\\n]/) + 3)])).toBe(true);
    loaded.index.passage(`${docId}#12`);
    expect(loaded.index.mayContain!(docId, [absent])).toBe(false);
    expect(loaded.index.mayContain!(docId, [held])).toBe(true);
    // A shard no longer the size recorded may contain anything: reading it tells what is wrong.
    const other = DOC.draftReport2019 === built.index.documents[0].meta.id ? built.index.documents[1].meta.id : built.index.documents[0].meta.id;
    writeFileSync(shardOf(loaded.cacheFile!, other), "{}");
    expect(loaded.index.mayContain!(other, [absent])).toBe(true);
  });

  it("equal the passages the build made, document by document, and so do search hits and citations", async () => {
    const { built, loaded } = await startedAndLoaded();
    expect(loaded.fromCache).toBe(true);
    expect(loaded.index.documents).toEqual(built.index.documents);
    for (const d of built.index.documents) {
      for (const p of d.passages) expect(loaded.index.passage(p.id)).toEqual(p);
    }
    for (const q of ["闭会期间会议 报名", "private sector recommendations", "第10/3号决议"]) {
      expect(loaded.index.search(q, { limit: 10 })).toEqual(built.index.search(q, { limit: 10 }));
      expect(loaded.index.search(q, { limit: 5, docId: DOC.cospReport2023 })).toEqual(built.index.search(q, { limit: 5, docId: DOC.cospReport2023 }));
    }
    const quoted = built.index.search("闭会期间会议 报名", { limit: 1 })[0].passage.id;
    expect(loaded.index.cite(quoted, "en")).toEqual(built.index.cite(quoted, "en"));
  });

  it.each([
    ["a word changed in a passage", (b: Buffer) => Buffer.from(b.toString("utf8").replace("发言者", "代表们"))],
    ["a shard cut short", (b: Buffer) => b.subarray(0, b.length - 20)],
    ["a shard deleted", undefined],
  ])("from a shard damaged after the start (%s) are refused with an error naming it, and the next start rebuilds", async (_what, damage) => {
    const { built, loaded } = await startedAndLoaded();
    expect(loaded.fromCache).toBe(true);
    const file = shardOf(loaded.cacheFile!, DOC.draftReport2019);
    if (damage) writeFileSync(file, damage(readFileSync(file)));
    else rmSync(file);
    const id = built.index.search("发言者", { limit: 1, docId: DOC.draftReport2019 })[0].passage.id;
    expect(() => loaded.index.passage(id)).toThrow(DamagedIndexError);
    expect(() => loaded.index.cite(id)).toThrow(new RegExp(`index cache is damaged: .*${file.split("/").pop()!.replace(".", "\\.")}`));
    expect(() => loaded.index.search("发言者", { limit: 3, docId: DOC.draftReport2019 })).toThrow(DamagedIndexError);
    // Other documents still answer from their own shards.
    expect(loaded.index.document(DOC.cospReport2023)!.passages).toEqual(built.index.document(DOC.cospReport2023)!.passages);
    const again = await loadIndex(ws);
    expect(again.fromCache).toBe(false);
    expect(again.index.passage(id)).toEqual(built.index.passage(id));
    expect((await loadIndex(ws)).fromCache).toBe(true);
  });

  it("of the graph are read part by part when first asked for; a part damaged after the start is refused, and the next start rebuilds", async () => {
    const { built, loaded } = await startedAndLoaded();
    expect(loaded.fromCache).toBe(true);
    // Changed in place after the start: same size, so only the part's hash tells.
    const file = join(loaded.cacheFile!, "graph.jsonl");
    const text = readFileSync(file, "utf8");
    expect(text).toContain("维也纳");
    writeFileSync(file, text.replaceAll("维也纳", "维也拉"));
    // The counts come from the manifest: no part is read for them.
    expect(loaded.index.counts()).toEqual(built.index.counts());
    expect(() => loaded.index.meeting("wg-prevention/15")).toThrow(DamagedIndexError);
    expect(() => loaded.index.meetings()).toThrow(/index cache is damaged: .*graph\.jsonl: the meetings are not what the index was built with/);
    const again = await loadIndex(ws);
    expect(again.fromCache).toBe(false);
    expect(again.index.graph).toEqual(built.index.graph);
  });

  it("are held up to a number of passages, the least recently used let go first and read again when asked", () => {
    const cache = new ShardCache(5);
    const read = (key: string, n: number) => () => Array.from({ length: n }, (_, i) => ({ id: `${key}#${i}` }) as Passage);
    const a = cache.get("a", read("a", 2));
    cache.get("b", read("b", 2));
    expect(cache.get("a", read("a", 2))).toBe(a);
    cache.get("c", read("c", 2));
    // a (used after b) stays, b goes: 4 passages held of at most 5.
    expect(cache.documents).toBe(2);
    expect(cache.reads).toBe(3);
    expect(cache.get("a", read("a", 2))).toBe(a);
    expect(cache.reads).toBe(3);
    const b = cache.get("b", read("b", 2));
    expect(cache.reads).toBe(4);
    expect(b.map((p) => p.id)).toEqual(["b#0", "b#1"]);
    // A document larger than the bound is still served, alone.
    expect(cache.get("big", read("big", 9))).toHaveLength(9);
    expect(cache.documents).toBe(1);
  });

  it("are not let go for documents read while passing through many, which are read without being kept", () => {
    const cache = new ShardCache(4);
    const read = (key: string) => () => [{ id: `${key}#0` }, { id: `${key}#1` }] as Passage[];
    const a = cache.get("a", read("a"));
    const b = cache.get("b", read("b"));
    const seen = passingThroughDocuments(() => {
      // Held documents are served from the cache; the others are read, the last few kept while looking.
      expect(cache.get("a", read("a"))).toBe(a);
      const c = cache.get("c", read("c"));
      expect(cache.get("c", read("c"))).toBe(c);
      for (const k of ["d", "e", "f", "g", "h"]) cache.get(k, read(k));
      return cache.reads;
    });
    expect(seen).toBe(2 + 6);
    expect(cache.documents).toBe(2);
    expect(cache.get("a", read("a"))).toBe(a);
    expect(cache.get("b", read("b"))).toBe(b);
    expect(cache.reads).toBe(8);
    // Outside the look, a document read is kept again.
    cache.get("c", read("c"));
    expect(cache.documents).toBe(2);
    expect(cache.peek("c")).toBeDefined();
  });
});

describe("documents that cannot be parsed", () => {
  it("reports each broken file with its name and the reason, and indexes the others", async () => {
    writeFileSync(join(ws.documentsDir, "005_empty.txt"), "");
    writeFileSync(join(ws.documentsDir, "006_binary.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x00, 0x41]));
    copyFileSync(join(documentsDir, `${DOC.draftReport2019}.txt`), join(ws.documentsDir, "007_bad_sidecar.txt"));
    writeFileSync(join(ws.documentsDir, "007_bad_sidecar.meta.json"), JSON.stringify({ date: "6 September 2019" }));

    const loaded = await loadIndex(ws);
    expect(loaded.index.skipped).toEqual([
      { file: "005_empty.txt", reason: "the file is empty" },
      { file: "006_binary.txt", reason: "the file holds binary data (NUL or control bytes), not text" },
      { file: "007_bad_sidecar.txt", reason: "007_bad_sidecar.meta.json: date must be an ISO date yyyy-mm-dd" },
    ]);
    expect(loaded.index.documents.map((d) => d.meta.id)).toEqual(Object.values(DOC).sort());
    expect(loaded.index.meeting("wg-prevention/15")).toBeDefined();

    const again = await loadIndex(ws);
    expect(again.fromCache).toBe(true);
    expect(again.index.skipped).toEqual(loaded.index.skipped);
  });

  it("reports a sidecar that is not JSON", async () => {
    writeFileSync(join(ws.documentsDir, `${DOC.irgReport2021}.meta.json`), "{ symbol: CAC }");
    const loaded = await loadIndex(ws);
    expect(loaded.index.skipped).toHaveLength(1);
    expect(loaded.index.skipped[0].file).toBe(`${DOC.irgReport2021}.txt`);
    expect(loaded.index.skipped[0].reason).toMatch(new RegExp(`^${DOC.irgReport2021}\\.meta\\.json: not valid JSON`));
    expect(loaded.index.counts().documents).toBe(4);
  });

  it("stops with a message naming a documents folder that does not exist", async () => {
    await expect(loadIndex({ ...ws, documentsDir: join(scratch, "nowhere") })).rejects.toThrow(`Documents folder not found: ${join(scratch, "nowhere")}`);
  });
});
