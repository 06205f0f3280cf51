/**
 * The per-document parse shards (`parsed/<key>.json`, one document and its passages) and the
 * documents of a loaded index that read them on demand. A loaded index holds each document's
 * header fields and passage count; its passages (and their texts) are read from the shard the
 * first time they are asked for and kept in a cache bounded by a number of passages, so a
 * start-up reads no passage and a server holds only the documents it has used lately.
 *
 * Every shard is written with its size and hash, which the build's manifest records; a shard
 * read later that does not match (damaged, replaced, cut short) is never quoted: it is removed
 * (so its document is parsed again), the read throws a clear error and the build is marked for a
 * rebuild at the next load.
 */
import { createHash } from "node:crypto";
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import type { DocumentMeta, KnowledgeGraph, ParsedDocument, Passage } from "./model.js";
import { DamagedIndexError } from "./damaged.js";

/** What the manifest records of one document's shard. */
export interface ShardEntry {
  key: string;
  /** Bytes of the shard file. */
  bytes: number;
  /** SHA-1 of the shard file, hex. */
  sha: string;
  /** Passages of the document. */
  passages: number;
  meta: DocumentMeta;
}

/** Shard facts of documents written to or read from a shard in this process. */
const shardOf = new WeakMap<ParsedDocument, ShardEntry>();

const digest = (bytes: Buffer) => createHash("sha1").update(bytes).digest("hex");

function entryOf(key: string, doc: ParsedDocument, bytes: Buffer): ShardEntry {
  const entry: ShardEntry = { key, bytes: bytes.length, sha: digest(bytes), passages: doc.passages.length, meta: doc.meta };
  shardOf.set(doc, entry);
  return entry;
}

/** Records the shard facts of a document written or read in another thread (so they are not worked out again). */
export function recordShard(doc: ParsedDocument, entry: ShardEntry): void {
  shardOf.set(doc, entry);
}

/** A document's passage count, without reading its passages when they are read on demand. */
export function passageCount(doc: ParsedDocument): number {
  return storedOf.get(doc)?.entry.passages ?? doc.passages.length;
}

/** The parse shards in a folder: read and written whole, each recorded with its size and hash. */
export function shardStore(dir: string): {
  get(key: string): ParsedDocument | undefined;
  /** Writes the document's shard; returns its JSON text. */
  set(key: string, doc: ParsedDocument): string;
  /** Writes the shard of a document given as its JSON text (`doc` is what it parses to). */
  write(key: string, doc: ParsedDocument, text: string): ShardEntry;
  /** `write`, the file written in the background: its facts now, `written` when it is in place. */
  writeInBackground(key: string, doc: ParsedDocument, text: string): { entry: ShardEntry; written: Promise<void> };
  prune(keep: Set<string>): void;
  /** The shard facts of a document read or written under `key` (the file is hashed if this process has not). */
  entry(key: string, doc: ParsedDocument): ShardEntry;
} {
  mkdirSync(dir, { recursive: true });
  const path = (key: string) => join(dir, `${key}.json`);
  const write = (key: string, doc: ParsedDocument, text: string): ShardEntry => {
    const bytes = Buffer.from(text, "utf8");
    const tmp = `${path(key)}.${process.pid}-${threadId}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, path(key));
    return entryOf(key, doc, bytes);
  };
  const writeInBackground = (key: string, doc: ParsedDocument, text: string) => {
    const bytes = Buffer.from(text, "utf8");
    return { entry: entryOf(key, doc, bytes), written: replaceInBackground(path(key), bytes) };
  };
  return {
    get(key) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path(key));
      } catch {
        return undefined;
      }
      try {
        const doc = JSON.parse(bytes.toString("utf8")) as ParsedDocument;
        entryOf(key, doc, bytes);
        return doc;
      } catch {
        return undefined; // a damaged shard is parsed again
      }
    },
    set(key, doc) {
      const text = JSON.stringify(doc);
      write(key, doc, text);
      return text;
    },
    write,
    writeInBackground,
    prune(keep) {
      for (const f of readdirSync(dir)) if (f.endsWith(".json") && !keep.has(f.slice(0, -5))) rmSync(join(dir, f), { force: true });
    },
    entry(key, doc) {
      const known = shardOf.get(doc) ?? storedOf.get(doc)?.entry;
      if (known?.key === key) return known;
      return entryOf(key, doc, readFileSync(path(key)));
    },
  };
}

/**
 * Replaces a file whole (a temporary file renamed over it), by libuv's threads while this thread
 * goes on: a build creates two files per document, and on a busy disk each creation held the
 * preparing thread a millisecond.
 */
export async function replaceInBackground(path: string, bytes: Buffer | string): Promise<void> {
  const tmp = `${path}.${process.pid}-${threadId}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, path);
}

/** Passages kept in memory by a loaded index, at most: about a tenth of a 10,000-document corpus. */
export const SHARD_CACHE_PASSAGES = 60_000;

/** The documents' passages lately read, least recently used first, up to a number of passages. */
export class ShardCache {
  private readonly held = new Map<string, Passage[]>();
  /** The key used last, already at the end of `held`. */
  private latest: string | undefined;
  private size = 0;
  /** Shard reads so far (for tests and figures). */
  reads = 0;

  constructor(private readonly limit = SHARD_CACHE_PASSAGES) {}

  get(key: string, read: () => Passage[]): Passage[] {
    const hit = this.held.get(key);
    if (hit) {
      // Moved to the end, the most recently used, unless it is already (a document's passages are
      // mostly read several times in a row: for each passage of it cited, each hit in it).
      if (key !== this.latest) {
        this.held.delete(key);
        this.held.set(key, hit);
        this.latest = key;
      }
      return hit;
    }
    if (passingThrough) return passingThrough.get(this, key, () => (this.reads++, read()));
    const passages = read();
    this.reads++;
    this.held.set(key, passages);
    this.latest = key;
    this.size += passages.length;
    for (const [k, v] of this.held) {
      if (this.size <= this.limit || k === key) break;
      this.held.delete(k);
      this.size -= v.length;
    }
    return passages;
  }

  /** A document's passages when they are held now (without making them the latest used). */
  peek(key: string): Passage[] | undefined {
    return this.held.get(key);
  }

  /** Documents held now. */
  get documents(): number {
    return this.held.size;
  }
}

/**
 * Documents read while looking through many once (see `passingThroughDocuments`): the few read last,
 * not the cache's, so that a look through hundreds of documents lets go of none it holds.
 */
class PassedThrough {
  private readonly last: { cache: ShardCache; key: string; passages: Passage[] }[] = [];
  constructor(private readonly keep: number) {}

  get(cache: ShardCache, key: string, read: () => Passage[]): Passage[] {
    const found = this.last.find((x) => x.cache === cache && x.key === key);
    if (found) return found.passages;
    const passages = read();
    this.last.push({ cache, key, passages });
    if (this.last.length > this.keep) this.last.shift();
    return passages;
  }
}
let passingThrough: PassedThrough | undefined;

/**
 * Runs `look`, in which documents whose passages are not held are read without being kept: for
 * looking through many documents once (a meeting cited in hundreds), which would otherwise let
 * go of every document the cache holds for the questions that come back to them. The last few
 * documents read are kept until `look` returns, for passages of one document asked in turn.
 */
export function passingThroughDocuments<T>(look: () => T): T {
  if (passingThrough) return look();
  passingThrough = new PassedThrough(4);
  try {
    return look();
  } finally {
    passingThrough = undefined;
  }
}

/** What a document read on demand is read from: its shard's facts, folder, cache and what to do when damaged. */
interface Stored {
  entry: ShardEntry;
  dir: string;
  cache: ShardCache;
  onDamaged: () => void;
}

/** Documents whose passages are read on demand, with where from. */
const storedOf = new WeakMap<ParsedDocument, Stored>();

const shardFile = (s: Stored) => join(s.dir, `${s.entry.key}.json`);

/** Reads a document's passages from its shard, checked against the manifest's facts. */
function readStored(s: Stored): Passage[] {
  const { entry } = s;
  const file = shardFile(s);
  let problem: string | undefined;
  let doc: ParsedDocument | undefined;
  try {
    const bytes = readFileSync(file);
    if (bytes.length !== entry.bytes || digest(bytes) !== entry.sha) problem = "its content is not what the index was built from";
    else {
      doc = JSON.parse(bytes.toString("utf8")) as ParsedDocument;
      if (doc.passages?.length !== entry.passages || doc.meta?.id !== entry.meta.id) problem = "it does not hold the document the index lists";
    }
  } catch (e) {
    problem = (e as NodeJS.ErrnoException).code === "ENOENT" ? "the file is missing" : `it cannot be read (${(e as Error).message})`;
  }
  if (problem || !doc) {
    rmSync(file, { force: true });
    s.onDamaged();
    throw new DamagedIndexError(`The index cache is damaged: ${file} (document ${entry.meta.file}): ${problem}. The index is rebuilt at the next start.`);
  }
  return doc.passages;
}

/**
 * A document of a loaded index: its header fields at once, its passages read from its shard on
 * first use (and again after the cache let them go). A shard that does not match the manifest is
 * removed and `onDamaged` runs before the error is thrown. A start makes one per document, so
 * this makes one object, one getter and one record, and no path.
 */
export function lazyDocument(dir: string, entry: ShardEntry, cache: ShardCache, onDamaged: () => void): ParsedDocument {
  const stored: Stored = { entry, dir, cache, onDamaged };
  // An own, enumerable property: spreading, comparing or serializing the document reads its passages.
  const doc = {
    meta: entry.meta,
    get passages(): Passage[] {
      return cache.get(entry.key, () => readStored(stored));
    },
  } as ParsedDocument;
  storedOf.set(doc, stored);
  return doc;
}

/**
 * Whether a document's passages may contain any of `strings` in their text: false only where
 * none does. Passages in memory are looked through; a document read on demand whose passages
 * are not held is told from its shard's bytes, which hold each text as JSON writes it (a
 * string in a text is in the shard as JSON writes that string), without parsing or keeping them.
 * A shard that cannot be read, or is not the size recorded, may contain anything (reading its
 * passages then tells what is wrong).
 */
export function mayContain(doc: ParsedDocument, strings: readonly string[]): boolean {
  const stored = storedOf.get(doc);
  const held = stored ? stored.cache.peek(stored.entry.key) : doc.passages;
  if (held) return held.some((p) => strings.some((s) => p.text.includes(s)));
  // A lone surrogate is written escaped alone, but a pair's half is not: no byte test for those.
  if (strings.some((s) => /[\ud800-\udfff]/.test(s))) return true;
  // Read into one buffer kept for the purpose: a question may look through hundreds of shards,
  // and a new buffer for each stayed in memory until the next collection.
  const size = stored!.entry.bytes;
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, 2 * scratch.length));
  const bytes = scratch.subarray(0, size);
  let fd: number | undefined;
  try {
    fd = openSync(shardFile(stored!), "r");
    if (fstatSync(fd).size !== size) return true;
    for (let at = 0; at < size; ) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) return true;
      at += n;
    }
  } catch {
    return true;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return strings.some((s) => bytes.includes(JSON.stringify(s).slice(1, -1), 0, "utf8"));
}
let scratch = Buffer.alloc(0);

/** Item counts of a graph whose parts are read on demand. */
const partCounts = new WeakMap<object, Record<string, number>>();

/** How many items a part of the graph holds, without reading it when it is read on demand. */
export function graphPartCount(graph: KnowledgeGraph, part: keyof KnowledgeGraph): number | undefined {
  return partCounts.get(graph)?.[part];
}

/**
 * A graph whose parts are made by `read(part)` the first time each is asked for, then kept.
 * Own enumerable properties, so comparing or serializing it reads every part.
 */
export function lazyGraph(counts: Record<keyof KnowledgeGraph, number>, read: (part: keyof KnowledgeGraph) => unknown[]): KnowledgeGraph {
  const graph = {} as KnowledgeGraph;
  for (const part of Object.keys(counts) as (keyof KnowledgeGraph)[]) {
    let items: unknown[] | undefined;
    Object.defineProperty(graph, part, { enumerable: true, get: () => (items ??= read(part)) });
  }
  partCounts.set(graph, counts);
  return graph;
}
