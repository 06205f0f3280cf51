/**
 * The built index on disk: one folder per build (`index-v<version>-<hash>`) holding a manifest,
 * the knowledge graph as JSON lines, the search postings as one binary file and the containment
 * postings (what each passage's text holds, for counting the passages with a term) as another.
 * The documents and their passages are the per-document parse cache's shards (`parsed/<key>.json`), which the
 * manifest lists in corpus order with each document's header fields, passage count and the
 * shard's size and hash. No file is one text of the whole corpus, so the size of the corpus is
 * bounded by the disk, not by the longest string V8 can make.
 *
 * A load reads the manifest and the postings' lengths, offsets and terms. The rest is read when
 * first asked for: a term's postings (postings.ts), a part of the graph, a document's passages
 * (shards.ts). Every part is checked on load (format, version, hash, sizes, counts, every shard
 * present); whatever does not match throws, and the caller rebuilds. A part damaged later is
 * found when it is read (its hash or its contents do not match): it is never used, the read
 * throws `DamagedIndexError`, and the next load rebuilds.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { createHash } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { threadId } from "node:worker_threads";
import type { IndexData } from "./build.js";
import type { KnowledgeGraph, SkippedDocument } from "./model.js";
import { postingsFile, readPostings, type Postings } from "./postings.js";
import { distinctFile, distinctPostings, passageClasses, readDistinct } from "./distinct.js";
import { distinctInThread, groupedInThread } from "./parallel-build.js";
import { lazyDocument, lazyGraph, type ShardCache, type ShardEntry } from "./shards.js";
import { DamagedIndexError } from "./damaged.js";

const FORMAT = "sharded-2";
const GRAPH_PARTS = ["meetings", "agenda", "slots", "resolutions", "recommendations", "symbols", "workplan"] as const satisfies readonly (keyof KnowledgeGraph)[];
/** Graph items per line of graph.jsonl: lines stay small whatever the corpus. */
const ITEMS_PER_LINE = 500;

interface Manifest {
  format: string;
  version: number;
  hash: string;
  /** Parse keys of the documents, in corpus order. */
  documents: string[];
  /** Each document's shard and header fields, in the same order (the key left out). */
  shards: Omit<ShardEntry, "key">[];
  skipped: SkippedDocument[];
  passages: number;
  /** Bytes of graph.jsonl. */
  graphBytes: number;
  /** Bytes of containment.bin. */
  containmentBytes: number;
  /** Bytes of distinct.bin (the search postings over classes of equal passages). */
  distinctBytes: number;
  /** Where each part of the graph lies in graph.jsonl (its header line included), its SHA-1 and item count. */
  graphParts: Record<keyof KnowledgeGraph, { at: number; bytes: number; sha: string; count: number }>;
}

/** The folder of a build. */
export function indexFolder(cacheDir: string, version: number, hash: string): string {
  return join(cacheDir, `index-v${version}-${hash}`);
}

/** Sizes of a build's parts on disk, for the benchmark. */
export function indexFolderParts(folder: string): { postings: number; containment: number; graph: number; documents: number; terms: number } {
  const manifest = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8")) as Manifest;
  const header = Buffer.alloc(20);
  const fd = openSync(join(folder, "postings.bin"), "r");
  try {
    readSync(fd, header, 0, 20, 0);
  } finally {
    closeSync(fd);
  }
  return {
    postings: statSync(join(folder, "postings.bin")).size,
    containment: statSync(join(folder, "containment.bin")).size,
    graph: statSync(join(folder, "graph.jsonl")).size,
    documents: manifest.shards.reduce((sum, s) => sum + s.bytes, 0),
    terms: header.readUInt32LE(16),
  };
}

/**
 * A file written in the background by libuv's threads, its parts in the order given, while this
 * thread goes on: at the end of a build the other processor is idle, and writing hundreds of
 * megabytes of postings took this thread seconds. The parts must not change until `done`.
 */
function fileInBackground(path: string): { put(part: ArrayBufferView): void; readonly bytes: number; done(): Promise<void> } {
  let bytes = 0;
  let file: FileHandle | undefined;
  let chain: Promise<unknown> = open(path, "w").then((fh) => (file = fh));
  // A failure is reported by `done`, not as a rejection no one waits for.
  const watch = () => chain.catch(() => undefined);
  watch();
  return {
    put(part) {
      if (!part.byteLength) return;
      bytes += part.byteLength;
      const view = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
      chain = chain.then(async () => {
        for (let at = 0; at < view.length; ) at += (await file!.write(view, at, view.length - at)).bytesWritten;
      });
      watch();
    },
    get bytes() {
      return bytes;
    },
    async done() {
      try {
        await chain;
      } finally {
        await file?.close();
      }
    },
  };
}

let folderWrites = 0;

/** Bytes of graph lines gathered before they are handed to the writer. */
const GRAPH_WRITE = 1 << 20;

/**
 * The fewest search postings whose passages are grouped in a thread of its own: below, starting
 * the thread costs more than it saves (4 million postings is about 1,000 synthesized documents).
 */
const DISTINCT_IN_THREAD_FROM = 4_000_000;

/**
 * Writes a build's folder next to the others, whole or not at all, and removes older builds. The
 * binary files and the graph are written in the background while the next part is prepared.
 */
export async function writeIndexFolder(folder: string, data: IndexData, meta: { version: number; hash: string; keys: string[]; shards: ShardEntry[] }): Promise<void> {
  const cacheDir = dirname(folder);
  mkdirSync(cacheDir, { recursive: true });
  // Its own folder for each write: two builds of one thread may now be written at the same time.
  const tmp = `${folder}.${process.pid}-${threadId}-${++folderWrites}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  const files: ReturnType<typeof fileInBackground>[] = [];
  const write = (name: string, parts: ArrayBufferView[]) => {
    const f = fileInBackground(join(tmp, name));
    for (const part of parts) f.put(part);
    files.push(f);
    return f;
  };
  try {
    write("postings.bin", postingsFile(data.bm25, meta.version));
    // The postings over distinct passages, made from the written ones (by the thread that laid
    // them out, or in a thread of their own for a large index, while this one lays out the
    // containment postings and the graph); the index in memory searches them from now on too.
    const grouped =
      data.bm25.distinct ??
      groupedInThread(data.bm25) ??
      (data.bm25.passages.length >= DISTINCT_IN_THREAD_FROM ? distinctInThread(data.bm25) : distinctPostings(data.bm25, passageClasses(data.bm25)));
    const containment = write("containment.bin", postingsFile(data.containment(), meta.version));
    const graph = fileInBackground(join(tmp, "graph.jsonl"));
    files.push(graph);
    const graphParts = {} as Manifest["graphParts"];
    let lines: Buffer[] = [];
    let gathered = 0;
    const flush = () => {
      graph.put(Buffer.concat(lines, gathered));
      lines = [];
      gathered = 0;
    };
    for (const part of GRAPH_PARTS) {
      const items = data.graph[part] as unknown[];
      const at = graph.bytes + gathered;
      const sha = createHash("sha1");
      const put = (line: string) => {
        const bytes = Buffer.from(line, "utf8");
        sha.update(bytes);
        lines.push(bytes);
        gathered += bytes.length;
        if (gathered >= GRAPH_WRITE) flush();
      };
      put(`${JSON.stringify([part, items.length])}\n`);
      for (let i = 0; i < items.length; i += ITEMS_PER_LINE) put(`${JSON.stringify(items.slice(i, i + ITEMS_PER_LINE))}\n`);
      graphParts[part] = { at, bytes: graph.bytes + gathered - at, sha: sha.digest("hex"), count: items.length };
    }
    flush();
    data.bm25.distinct = await grouped;
    const distinct = write("distinct.bin", distinctFile(data.bm25.distinct, meta.version));
    await Promise.all(files.map((f) => f.done()));
    writeManifest(tmp, data, meta, { graphBytes: graph.bytes, graphParts, containmentBytes: containment.bytes, distinctBytes: distinct.bytes });
  } catch (e) {
    await Promise.allSettled(files.map((f) => f.done()));
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  rmSync(folder, { recursive: true, force: true });
  try {
    renameSync(tmp, folder);
  } catch (e) {
    // Another process wrote the same build (same hash, same content) in between: keep theirs.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(folder, "manifest.json"))) throw e;
  }
  // Older builds (of this or another version, and single-file caches of earlier versions) go.
  for (const f of readdirSync(cacheDir)) {
    if (/^index-v\d+-[0-9a-f]+(?:\.json)?$/.test(f) && f !== basename(folder)) rmSync(join(cacheDir, f), { recursive: true, force: true });
  }
}

function writeManifest(
  tmp: string,
  data: IndexData,
  meta: { version: number; hash: string; keys: string[]; shards: ShardEntry[] },
  sizes: Pick<Manifest, "graphBytes" | "graphParts" | "containmentBytes" | "distinctBytes">,
): void {
  const manifest: Manifest = {
    format: FORMAT,
    version: meta.version,
    hash: meta.hash,
    documents: meta.keys,
    shards: meta.shards.map(({ key: _key, ...s }) => s),
    skipped: data.skipped,
    passages: data.bm25.lengths.length,
    graphBytes: sizes.graphBytes,
    graphParts: sizes.graphParts,
    containmentBytes: sizes.containmentBytes,
    distinctBytes: sizes.distinctBytes,
  };
  writeFileSync(join(tmp, "manifest.json"), JSON.stringify(manifest));
}

/**
 * Parses one part of graph.jsonl: its header line `[part, count]`, then its items in lines of arrays.
 * Equal strings in the part are kept once: JSON.parse makes a string of every occurrence, and
 * the graph repeats most of its strings (passage ids in many items' sources, a resolution's
 * statements restated in document after document, the same agenda titles at every session),
 * which took half of the graph's memory at 10,000 documents.
 */
function parseGraphPart(path: string, buf: Buffer, part: keyof KnowledgeGraph, count: number): unknown[] {
  const items: unknown[] = [];
  const once = stringPool();
  let header = true;
  for (let at = 0; at < buf.length; ) {
    let end = buf.indexOf(10, at);
    if (end < 0) end = buf.length;
    if (header) {
      const line = JSON.parse(buf.toString("utf8", at, end)) as unknown[];
      if (line[0] !== part || line[1] !== count) throw new Error(`${path}: ${JSON.stringify(line)} where ${part} was expected`);
      header = false;
    } else for (const item of arrayItems(buf, at, end)) items.push(once([item])[0]);
    at = end + 1;
  }
  if (items.length !== count) throw new Error(`${path}: ${part} holds ${items.length} items, not ${count}`);
  return items;
}

/**
 * The items of the JSON array written in `buf[from..to)`, each parsed on its own: a line of large
 * items (a resolution restates its statements) runs to tens of megabytes, and parsing it whole
 * held its text, as a string twice the size of its Chinese bytes, besides the items made from it.
 * Items are split where a comma stands outside any string, object or array (the bytes of a
 * multi-byte character are never those of a bracket, quote or comma).
 */
function* arrayItems(buf: Buffer, from: number, to: number): Generator<unknown> {
  if (buf[from] !== 0x5b || buf[to - 1] !== 0x5d) throw new Error("a line of graph items is not an array");
  let depth = 0;
  let start = from + 1;
  for (let i = from + 1; i < to - 1; i++) {
    const c = buf[i];
    if (c === 0x22) {
      // A string: to its closing quote, past escaped characters.
      for (i++; i < to && buf[i] !== 0x22; i++) if (buf[i] === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x2c && depth === 0) {
      yield JSON.parse(buf.toString("utf8", start, i));
      start = i + 1;
    }
  }
  if (start < to - 1) yield JSON.parse(buf.toString("utf8", start, to - 1));
}

/** Replaces, in parsed JSON (in place), every string by the first equal string it has seen. */
function stringPool(): <T>(value: T) => T {
  const pool = new Map<string, string>();
  const one = (s: string) => {
    const kept = pool.get(s);
    if (kept !== undefined) return kept;
    pool.set(s, s);
    return s;
  };
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) {
        const v = x[i];
        if (typeof v === "string") x[i] = one(v);
        else if (v && typeof v === "object") walk(v);
      }
    } else if (x && typeof x === "object") {
      const o = x as Record<string, unknown>;
      for (const k in o) {
        const v = o[k];
        if (typeof v === "string") o[k] = one(v);
        else if (v && typeof v === "object") walk(v);
      }
    }
  };
  return (value) => {
    walk(value);
    return value;
  };
}

/**
 * The graph of graph.jsonl, each part read, checked (hash, header, count) and parsed when it is
 * first asked for. The file stays open until every part is read, so a newer build replacing it
 * does not take it from an index still in use.
 */
function lazyGraphFile(path: string, parts: Manifest["graphParts"], onDamaged: () => void): KnowledgeGraph {
  const fd = openSync(path, "r");
  let left = GRAPH_PARTS.length;
  const token = {};
  const graph = lazyGraph(Object.fromEntries(GRAPH_PARTS.map((p) => [p, parts[p].count])) as Record<keyof KnowledgeGraph, number>, (part) => {
    const { at, bytes, sha, count } = parts[part];
    try {
      const buf = Buffer.alloc(bytes);
      if (readSync(fd, buf, 0, bytes, at) !== bytes) throw new Error(`${path}: cut short`);
      if (createHash("sha1").update(buf).digest("hex") !== sha) throw new Error(`${path}: the ${part} are not what the index was built with`);
      return parseGraphPart(path, buf, part, count);
    } catch (e) {
      onDamaged();
      throw new DamagedIndexError(`The index cache is damaged: ${(e as Error).message}. The index is rebuilt at the next start.`);
    } finally {
      if (--left === 0) {
        graphFiles.unregister(token);
        closeSync(fd);
      }
    }
  });
  graphFiles.register(graph, fd, token);
  return graph;
}
const graphFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/**
 * Reads a build's folder. @throws Error when anything is missing, of another format, version
 * or hash, or does not add up.
 */
export function readIndexFolder(
  folder: string,
  parsedDir: string,
  expect: { version: number; hash: string },
  shards: { cache: ShardCache; onDamaged?: () => void },
): { data: IndexData; keys: string[] } {
  if (!existsSync(join(folder, "manifest.json"))) throw new Error(`${folder}: no manifest`);
  const manifest = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8")) as Manifest;
  if (manifest.format !== FORMAT || manifest.version !== expect.version || manifest.hash !== expect.hash || !Array.isArray(manifest.documents)) {
    throw new Error(`${folder}: a cache of format ${manifest.format}, version ${manifest.version}, hash ${manifest.hash}`);
  }
  if (!Array.isArray(manifest.shards) || manifest.shards.length !== manifest.documents.length) throw new Error(`${folder}: the documents and their shards do not match`);
  // A part found damaged when read takes the whole build with it: the next load rebuilds.
  const discard = () => {
    rmSync(join(folder, "manifest.json"), { force: true });
    shards.onDamaged?.();
  };
  const bm25 = readPostings(join(folder, "postings.bin"), expect.version, { lazy: true, onDamaged: discard });
  const distinctFile = join(folder, "distinct.bin");
  if (!existsSync(distinctFile) || statSync(distinctFile).size !== manifest.distinctBytes) throw new Error(`${distinctFile}: not the size the manifest records`);
  bm25.distinct = readDistinct(distinctFile, expect.version, bm25, { onDamaged: discard });
  const present = new Set(readdirSync(parsedDir));
  const missing = manifest.documents.find((k) => !present.has(`${k}.json`));
  if (missing) throw new Error(`${folder}: the shard ${missing} is missing`);
  const passages = manifest.shards.reduce((n, s) => n + s.passages, 0);
  if (passages !== manifest.passages || passages !== bm25.lengths.length) throw new Error(`${folder}: ${passages} passages, ${bm25.lengths.length} in the postings`);
  const graphFile = join(folder, "graph.jsonl");
  if (statSync(graphFile).size !== manifest.graphBytes) throw new Error(`${graphFile}: not the size the manifest records`);
  let sum = 0;
  for (const part of GRAPH_PARTS) {
    const p = manifest.graphParts?.[part];
    if (!p || p.at !== sum) throw new Error(`${graphFile}: the manifest does not say where the ${part} are`);
    sum += p.bytes;
  }
  if (sum !== manifest.graphBytes) throw new Error(`${graphFile}: its parts do not add up`);
  const graph = lazyGraphFile(graphFile, manifest.graphParts, discard);
  const containmentFile = join(folder, "containment.bin");
  if (!existsSync(containmentFile) || statSync(containmentFile).size !== manifest.containmentBytes) throw new Error(`${containmentFile}: not the size the manifest records`);
  // Read when a question's concepts are first weighed, not at start.
  let containment: Postings | undefined;
  const readContainment = () => {
    try {
      return (containment ??= readPostings(containmentFile, expect.version, { lazy: true, onDamaged: discard, tfs: false }));
    } catch (e) {
      if (e instanceof DamagedIndexError) throw e;
      discard();
      throw new DamagedIndexError(`The index cache is damaged: ${containmentFile} cannot be read (${(e as Error).message}). The index is rebuilt at the next start.`);
    }
  };
  // The manifest's shard records, parsed for this load alone, take their keys in place.
  const documents = manifest.documents.map((key, i) => {
    const entry = manifest.shards[i] as ShardEntry;
    entry.key = key;
    return lazyDocument(parsedDir, entry, shards.cache, discard);
  });
  return { data: { documents, skipped: manifest.skipped ?? [], graph, bm25, containment: readContainment }, keys: manifest.documents };
}
