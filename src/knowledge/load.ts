/**
 * Loads the corpus: every text file in the documents folder (with its optional sidecar) is
 * parsed; a document that cannot be parsed is reported with its file name and reason and the
 * others are still indexed. The built index is cached, versioned and keyed by a hash of the
 * documents, the glossary and the parser, and rebuilt when any of them changes.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { availableParallelism, cpus } from "node:os";
import { threadId } from "node:worker_threads";
import type { KnowledgeIndex, ParsedDocument, SkippedDocument } from "./model.js";
import { createGlossary, glossaryText, loadGlossary, type Glossary } from "./glossary.js";
import { lexiconCached, setLexiconCache } from "./lang/lexicon.js";
import { parseDocument } from "./parse/parse-document.js";
import { parseSidecar } from "./parse/sidecar.js";
import { frontMatterFields, type FrontMatter } from "./parse/front-matter.js";
import { formatOf, readDocument, READ_DEFAULTS } from "./read/index.js";
import { buildIndexData, buildIndexDataBeside, createKnowledgeIndex, documentTermsOf, extractMentions, noMentions, type BuildReuse, type DocumentExtract, type ExtractMemo, type IndexData, type Mentions } from "./build.js";
import { PostingsBuilder, splicePostings, type DocumentTerms, type Postings, type Run } from "./postings.js";
import { documentContainment } from "./containment.js";
import type { Bm25Data } from "./search.js";
import { indexFolder, readIndexFolder, writeIndexFolder } from "./index-cache.js";
import { passageCount, replaceInBackground, ShardCache, shardStore } from "./shards.js";
import { layOutInThread, lexiconInThread, prepareInWorkers } from "./parallel-build.js";
import { createPreparer, type PreparedDocument } from "./prepare.js";

/** Bump when parsing or extraction changes the index's content or shape. */
export const INDEX_VERSION = 61;

export interface LoadIndexConfig {
  /** One folder or several, each read recursively. */
  documentsDir: string | string[];
  glossaryDir: string;
  /** Where the built index is cached; no caching when omitted. */
  cacheDir?: string;
  /** Ignore a cached index and rebuild. */
  rebuild?: boolean;
  /**
   * Threads of a build from nothing, this one included: this thread merges what the others
   * prepare (default: one per processor when they are idle; 1: no other started).
   */
  buildThreads?: number;
  /** The fewest document files a build prepares in worker threads (default 200). */
  parallelFrom?: number;
  /** Progress for long builds (file name, done, total). */
  onProgress?: (file: string, done: number, total: number) => void;
}

export interface LoadedIndex {
  index: KnowledgeIndex;
  glossary: Glossary;
  /** Whether the index came from the cache. */
  fromCache: boolean;
  cacheFile?: string;
  hash: string;
  /** How many documents were parsed (the others came from the parse cache). */
  parsed: number;
  /** From the cache: the documents' passages read on demand and held, up to a bound. */
  shards?: ShardCache;
  /** Document files read to work out their parse keys (the others were known by their signature). */
  readFiles: number;
}

export interface SourceFile {
  file: string;
  /** Decoded text (in-memory corpora, tests). */
  text?: string;
  /** The file's bytes, for the reader (PDF, DOCX, HTML and text read from disk). */
  bytes?: Buffer;
  sidecar?: string;
  /** Set for a file over the size limit: reported, never read. */
  tooLarge?: number;
  /** Where the file (and its sidecar) lie on disk, for a corpus listed without reading it. */
  path?: string;
  sidecarPath?: string;
  /** Size, modification time and inode of the file and its sidecar: it changes when either is written. */
  signature?: string;
  /** The later modification time of the file and its sidecar (ms since the epoch), with `signature`. */
  modifiedMs?: number;
  /** Its parse key, once worked out. */
  key?: string;
}

/** Document files the index reads; `.meta.json` sidecars go with the file of the same stem. */
const isDocumentFile = (name: string) => formatOf(name) !== undefined;

/** A folder's own notes (README, SOURCES, LICENSE, CHANGELOG) are not meeting documents. */
const NOT_DOCUMENTS = /^(?:README|SOURCES|LICENSE|LICENCE|CHANGELOG|NOTICE)(?:\.[a-z]+)?$/i;

// The order `localeCompare` gives, from one collator: `localeCompare` sets one up per call,
// which took most of listing 20,000 files. Set up when a folder is first listed: a process's first
// collator loads the collation data (10-40 ms), and a start whose listings all come from the
// record lists none.
let collator: Intl.Collator["compare"] | undefined;
const byName = (a: string, b: string) => (collator ??= new Intl.Collator().compare)(a, b);

/**
 * Folders' entries as last listed, by path: a folder's sorted entry names (a subfolder's with a
 * "/" after it), kept while its modification time and inode are those recorded (adding, removing
 * or renaming an entry changes the folder's modification time).
 */
export interface FolderListings {
  get(dir: string, signature: string, mtimeNs: bigint): string[] | undefined;
  set(dir: string, signature: string, entries: string[]): void;
}

/** A folder's entries, sorted: subfolders with a "/" after their name; what is neither file nor folder left out. */
function listFolder(dir: string, listings?: FolderListings): string[] {
  const st = listings ? statSync(dir, { bigint: true }) : undefined;
  const signature = st ? `${st.mtimeNs}:${st.ino}` : "";
  const known = st ? listings!.get(dir, signature, st.mtimeNs) : undefined;
  if (known) return known;
  const entries = readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => byName(a.name, b.name))
    .flatMap((e) => (e.isDirectory() ? [`${e.name}/`] : e.isFile() ? [e.name] : []));
  listings?.set(dir, signature, entries);
  return entries;
}

/**
 * The files below a folder, recursively, in a stable order (a subfolder's where its name stands
 * in the listing), as runs of names in one folder: a file's path is its folder's path, a slash and
 * its name, the folder's path joined once for all its files. `names` is the folder's whole listing.
 */
function walk(dir: string, listings: FolderListings | undefined, out: { prefix: string; run: string[]; names: string[] }[] = []): { prefix: string; run: string[]; names: string[] }[] {
  const names = listFolder(dir, listings);
  // As `join(dir, name)` writes the path of an entry: `dir` normalized, then the name.
  const prefix = join(dir, "_").slice(0, -1);
  let run: string[] = [];
  for (const name of names) {
    if (!name.endsWith("/")) {
      run.push(name);
      continue;
    }
    if (run.length) out.push({ prefix, run, names });
    run = [];
    walk(join(dir, name.slice(0, -1)), listings, out);
  }
  if (run.length) out.push({ prefix, run, names });
  return out;
}

/** Size, modification time and inode of a file (and of its sidecar): it changes when either is written. */
const signatureOf = (st: Stats) => `${st.size}:${st.mtimeMs}:${st.ino}`;

/**
 * Reads the documents folders (each recursively): text and markdown files with their
 * `*.meta.json` sidecars. File names are the documents' ids; a name used twice gets its folder.
 * With `read: false` the files are listed and stat'ed, not read (see `readSource`).
 */
export function readCorpus(documentsDirs: string | string[], maxBytes = READ_DEFAULTS.maxBytes, opts: { read?: boolean; listings?: FolderListings } = {}): SourceFile[] {
  const dirs = Array.isArray(documentsDirs) ? documentsDirs : [documentsDirs];
  const out: SourceFile[] = [];
  const seen = new Set<string>();
  for (const top of dirs) {
    if (!existsSync(top)) throw new Error(`Documents folder not found: ${top} (set DOCUMENTS_DIR to the folders that hold the documents, separated by ":")`);
    let folder: string[] | undefined;
    let inFolder: Set<string> | undefined;
    for (const { prefix, run, names } of walk(top, opts.listings)) {
      for (const name of run) {
        if (!isDocumentFile(name) || NOT_DOCUMENTS.test(name)) continue;
        const path = prefix + name;
        const sidecarName = name.replace(/\.[^.]+$/, ".meta.json");
        let file = name;
        if (seen.has(file)) file = relative(top, path).split(sep).join("_");
        seen.add(file);
        if (folder !== names) inFolder = new Set((folder = names));
        const hasSidecar = inFolder!.has(sidecarName);
        const sidecarPath = hasSidecar ? prefix + sidecarName : undefined;
        // Plain (not bigint) stats: a modification time in milliseconds, fractions to a quarter of a
        // microsecond, tells the same writes apart as nanoseconds do, at a fraction of the cost.
        const st = statSync(path);
        const sst = sidecarPath ? statSync(sidecarPath) : undefined;
        const signature = `${signatureOf(st)} ${sst ? signatureOf(sst) : "-"}`;
        const f: SourceFile = { file, path, signature, modifiedMs: sst && sst.mtimeMs > st.mtimeMs ? sst.mtimeMs : st.mtimeMs, ...(sidecarPath ? { sidecarPath } : {}) };
        // A file over the limit is never read into memory; it is reported with its size.
        if (st.size > maxBytes) f.tooLarge = st.size;
        out.push(opts.read === false ? f : readSource(f));
      }
    }
  }
  return out;
}

/** Reads a listed file's bytes (unless it is over the limit) and its sidecar, once. */
export function readSource(f: SourceFile): SourceFile {
  if (f.path && f.bytes === undefined && f.text === undefined && f.tooLarge === undefined) f.bytes = readFileSync(f.path);
  if (f.sidecarPath && f.sidecar === undefined) f.sidecar = readFileSync(f.sidecarPath, "utf8");
  return f;
}

/**
 * The files of the last record, in corpus order: each file's id (path, NUL, document file name),
 * signature and parse key, one line each in three strings. JSON.parse makes three strings of
 * them, not an object of 10,000 keys, and a start whose files come in the recorded order checks
 * each against the record where the last one ended, comparing in place, making nothing.
 */
class RecordedFiles {
  private idAt = 0;
  private sigAt = 0;
  private keyAt = 0;
  /** By id, once a file is not where the record has it. */
  private byId?: Map<string, [string, string]>;
  readonly count: number;

  constructor(
    private readonly ids: string,
    private readonly sigs: string,
    private readonly keys: string,
  ) {
    this.count = ids === "" ? 0 : countLines(ids);
  }

  /** The key recorded for a file of this id and signature; undefined when none is. Calls go in corpus order. */
  key(id: string, signature: string): string | undefined {
    if (!this.byId) {
      if (this.lineAt(this.ids, this.idAt, id)) {
        const sigOk = this.lineAt(this.sigs, this.sigAt, signature);
        const keyEnd = lineEnd(this.keys, this.keyAt);
        const key = this.keys.slice(this.keyAt, keyEnd);
        this.idAt += id.length + 1;
        this.sigAt = lineEnd(this.sigs, this.sigAt) + 1;
        this.keyAt = keyEnd + 1;
        return sigOk ? key : undefined;
      }
      // Files added, removed or in another order: looked up by id from here on.
      const ids = this.ids === "" ? [] : this.ids.split("\n");
      const sigs = this.sigs.split("\n");
      const keys = this.keys.split("\n");
      this.byId = new Map(ids.map((x, i) => [x, [sigs[i], keys[i]]]));
    }
    const hit = this.byId.get(id);
    return hit && hit[0] === signature ? hit[1] : undefined;
  }

  /** Whether `text` holds `line` as a whole line from `at`. */
  private lineAt(text: string, at: number, line: string): boolean {
    const end = at + line.length;
    return text.startsWith(line, at) && (end === text.length || text.charCodeAt(end) === 10);
  }
}

const lineEnd = (text: string, at: number) => {
  const end = text.indexOf("\n", at);
  return end < 0 ? text.length : end;
};

function countLines(text: string): number {
  let n = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) n++;
  return n;
}

/**
 * The parse keys of the files as last worked out, by path and signature (`files.json` in the
 * cache folder): a file whose size, modification time and inode (and its sidecar's) are those
 * recorded is not read to know its key. A file modified less than two seconds before the record
 * was written is read again, as a change within the file system's clock resolution would not
 * show in its signature.
 */
function fileKeyRecord(cacheDir: string | undefined, glossaryHash: string): { key(f: SourceFile): string; save(): void; read: number; listings: FolderListings } {
  const path = cacheDir && join(cacheDir, "files.json");
  const tag = `v${INDEX_VERSION}\0${glossaryHash}`;
  let old: { tag: string; at: string; ids?: string; signatures?: string; keys?: string; dirs?: Record<string, [string, string]> } | undefined;
  try {
    if (path) old = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    old = undefined; // missing or damaged: every file is read
  }
  const current = old?.tag === tag && typeof old.ids === "string" && typeof old.signatures === "string" && typeof old.keys === "string";
  const known = current ? new RecordedFiles(old!.ids!, old!.signatures!, old!.keys!) : new RecordedFiles("", "", "");
  const knownDirs = (old?.tag === tag ? old.dirs : undefined) ?? {};
  // Modification times at or after this are too close to the record to be trusted.
  const trustBefore = old ? BigInt(old.at) - 2_000_000_000n : 0n;
  const trustBeforeMs = Number(trustBefore / 1_000_000n);
  // What the record will hold: each file's id, signature and key, in corpus order.
  const ids: string[] = [];
  const signatures: string[] = [];
  const keys: string[] = [];
  // Files found with the key recorded for their signature.
  let kept = 0;
  // A folder's entries as one line each in one string: parsed as one string, not thousands.
  const dirs: Record<string, [string, string]> = Object.create(null);
  let changed = !current;
  return {
    read: 0,
    // The documents folders' listings, recorded the same way: a folder modified less than two
    // seconds before the record is listed again.
    listings: {
      get(dir, signature, mtimeNs) {
        const hit = Object.hasOwn(knownDirs, dir) ? knownDirs[dir] : undefined;
        if (!hit || hit[0] !== signature || mtimeNs >= trustBefore) return undefined;
        dirs[dir] = hit;
        return hit[1] === "" ? [] : hit[1].split("\n");
      },
      set(dir, signature, entries) {
        // A name with a line break in it (which no document has) leaves its folder listed each time.
        if (entries.some((e) => e.includes("\n"))) return;
        dirs[dir] = [signature, entries.join("\n")];
        changed = true;
      },
    },
    key(f) {
      // A path with a line break in it (which no document has) is not recorded: read each time.
      const id = f.path && f.signature && !f.path.includes("\n") && !f.file.includes("\n") ? `${f.path}\0${f.file}` : undefined;
      const hit = id ? known.key(id, f.signature!) : undefined;
      let key: string;
      if (hit !== undefined && f.modifiedMs !== undefined && f.modifiedMs < trustBeforeMs) {
        key = hit;
        kept++;
      } else {
        key = parseKey(readSource(f), glossaryHash);
        changed = true;
        this.read++;
      }
      if (id) {
        ids.push(id);
        signatures.push(f.signature!);
        keys.push(key);
      }
      return (f.key = key);
    },
    save() {
      // Unchanged: every recorded file was found as recorded, and no other.
      if (!path || (!changed && kept === ids.length && ids.length === known.count)) return;
      try {
        mkdirSync(cacheDir!, { recursive: true });
        const tmp = `${path}.${process.pid}-${threadId}.tmp`;
        const record = { tag, at: String(BigInt(Date.now()) * 1_000_000n), ids: ids.join("\n"), signatures: signatures.join("\n"), keys: keys.join("\n"), dirs };
        writeFileSync(tmp, JSON.stringify(record));
        renameSync(tmp, path);
      } catch {
        // A read-only folder only costs the next start the reading.
      }
    },
  };
}

/**
 * Each document's parse, cached by the hash of its text, sidecar, the glossary and the parser
 * version: when one file of thousands changes, only that file is parsed again.
 */
export interface ParseCache {
  get(key: string): ParsedDocument | undefined;
  set(key: string, doc: ParsedDocument): void;
}

/** A cache in a folder, one JSON file per key (document version): parses, per-document extracts. */
export function folderCache<T>(dir: string): {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** `set`, the file written in the background; resolves when it is in place. */
  setInBackground(key: string, value: T): Promise<void>;
  prune(keep: Set<string>): void;
} {
  mkdirSync(dir, { recursive: true });
  const path = (key: string) => join(dir, `${key}.json`);
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(path(key), "utf8")) as T;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const tmp = `${path(key)}.${process.pid}-${threadId}.tmp`;
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, path(key));
    },
    setInBackground: (key, value) => replaceInBackground(path(key), JSON.stringify(value)),
    prune(keep) {
      for (const f of readdirSync(dir)) if (f.endsWith(".json") && !keep.has(f.slice(0, -5))) rmSync(join(dir, f), { force: true });
    },
  };
}

/** The parse-cache key of one source file under a given glossary. */
export function parseKey(f: SourceFile, glossaryHash: string): string {
  const h = createHash("sha256").update(`v${INDEX_VERSION}\0${glossaryHash}\0${f.file}\0`);
  h.update(f.bytes ?? f.text ?? `too large: ${f.tooLarge}`);
  return h.update(`\0${f.sidecar ?? ""}`).digest("hex").slice(0, 24);
}

/** What parsing the corpus gives: documents, the files skipped with their reason, how many were parsed anew. */
export interface ParsedCorpus {
  documents: ParsedDocument[];
  /** Each document's parse key, when parsed with a cache. */
  keys?: string[];
  skipped: SkippedDocument[];
  parsed: number;
}

/** The text of a source file: as given, or read by the format's reader (PDF pages marked for locators). */
export async function textOf(f: SourceFile): Promise<{ text: string; frontMatter?: FrontMatter; title?: string; warnings: string[] } | { skip: string }> {
  if (f.text !== undefined) return { text: f.text, warnings: [] };
  if (f.tooLarge !== undefined) return { skip: `the file is ${(f.tooLarge / 1048576).toFixed(1)} MB, over the ${READ_DEFAULTS.maxBytes / 1048576} MB limit` };
  const r = await readDocument(f.bytes ?? Buffer.alloc(0), f.file);
  if (!r.ok) return { skip: r.reason };
  return { text: r.pages ? withPageMarkers(r.text, r.pages) : r.text, frontMatter: r.frontMatter ? frontMatterFields(r.frontMatter) : undefined, title: r.title, warnings: r.warnings };
}

/** Parses one text; records the failure reason instead of throwing. */
export function parseOne(f: SourceFile, read: { text: string; frontMatter?: FrontMatter; title?: string; warnings: string[] }, glossary: Glossary, places: string[]): ParsedDocument | SkippedDocument {
  try {
    const sidecar = f.sidecar !== undefined ? parseSidecar(f.sidecar, f.file.replace(/\.[^.]+$/, ".meta.json")) : undefined;
    const doc = parseDocument(read.text, { file: f.file, sidecar, places, frontMatter: read.frontMatter, fileTitle: read.title, resolveBody: (n) => glossary.resolveBodyName(n) });
    doc.meta.body ??= bodyOfUncoveredDocument(doc, glossary);
    if (read.warnings.length) doc.meta.warnings = read.warnings;
    return doc;
  } catch (e) {
    return { file: f.file, reason: (e as Error).message.replace(`${f.file}: `, "") };
  }
}

export const placesOf = (glossary: Glossary): string[] => glossary.data.venues.flatMap((v) => [v.zh, v.en]).filter(Boolean);

/** Parses source files of any format, from the parse cache where it holds them; failures are reported, never thrown. */
export async function parseCorpus(
  files: SourceFile[],
  glossary: Glossary,
  onProgress?: LoadIndexConfig["onProgress"],
  cache?: { store: ParseCache; glossaryHash: string },
): Promise<ParsedCorpus> {
  const documents: ParsedDocument[] = [];
  const keys: string[] = [];
  const skipped: SkippedDocument[] = [];
  const places = placesOf(glossary);
  let parsed = 0;
  for (const [i, f] of files.entries()) {
    const key = cache ? f.key ?? parseKey(f, cache.glossaryHash) : undefined;
    const hit = key ? cache!.store.get(key) : undefined;
    if (hit) {
      documents.push(hit);
      keys.push(key!);
    } else {
      parsed++;
      const read = await textOf(readSource(f));
      const result = "skip" in read ? { file: f.file, reason: read.skip } : parseOne(f, read, glossary, places);
      if ("meta" in result) {
        documents.push(result);
        if (key) {
          keys.push(key);
          cache!.store.set(key, result);
        }
      } else skipped.push(result);
    }
    onProgress?.(f.file, i + 1, files.length);
  }
  return { documents, skipped, parsed, keys: cache ? keys : undefined };
}

/** Parses in-memory texts (tests, benchmarks): the same parse, without readers or cache. */
export function parseTexts(files: (SourceFile & { text: string })[], glossary: Glossary): ParsedCorpus {
  const places = placesOf(glossary);
  const documents: ParsedDocument[] = [];
  const skipped: SkippedDocument[] = [];
  for (const f of files) {
    const result = parseOne(f, { text: f.text, warnings: [] }, glossary, places);
    if ("meta" in result) documents.push(result);
    else skipped.push(result);
  }
  return { documents, skipped, parsed: files.length };
}

/** Marks where each PDF page starts ("\f3" on a line of its own) so passages know their page. */
export function withPageMarkers(text: string, pages: { number: number; start: number; end: number }[]): string {
  let out = "";
  let at = 0;
  for (const p of pages) {
    out += text.slice(at, p.start) + `\f${p.number}\n`;
    at = p.start;
  }
  return out + text.slice(at);
}

/**
 * A document whose cover names no body: the body whose symbol prefix its symbol carries, else
 * the body its opening lines name first.
 */
function bodyOfUncoveredDocument(doc: ParsedDocument, glossary: Glossary): string | undefined {
  const symbol = doc.meta.symbol;
  if (symbol) {
    const byPrefix = glossary
      .bodies()
      .filter((b) => b.symbolPrefix && (symbol.startsWith(`${b.symbolPrefix}/`) || symbol === b.symbolPrefix))
      .sort((a, b) => (b.symbolPrefix ?? "").length - (a.symbolPrefix ?? "").length)[0];
    if (byPrefix) return byPrefix.id;
  }
  const opening = doc.passages.slice(0, 4).map((p) => p.text).join("\n").slice(0, 500);
  return glossary.findBodies(opening)[0]?.id;
}

/**
 * What the last build in this process leaves for the next: its documents by parse key, the
 * search index and the per-document graph extracts. Held as long as its index is served.
 */
interface BuildState {
  glossaryHash: string;
  docs: Map<string, ParsedDocument>;
  /** First passage of each document in the search index, by parse key. */
  starts: Map<string, number>;
  bm25: Bm25Data;
  containment: () => Postings;
  extracts: ExtractMemo;
}

/** The last build of each cache folder, while its index lives. */
const lastBuild = new Map<string, WeakRef<BuildState>>();
const stateOfIndex = new WeakMap<KnowledgeIndex, BuildState>();

function remember(cacheDir: string | undefined, index: KnowledgeIndex, glossaryHash: string, keys: string[], data: IndexData, extracts: ExtractMemo): void {
  if (!cacheDir) return;
  const docs = new Map<string, ParsedDocument>();
  const starts = new Map<string, number>();
  let at = 0;
  data.documents.forEach((d, i) => {
    docs.set(keys[i], d);
    starts.set(keys[i], at);
    at += passageCount(d);
  });
  const state: BuildState = { glossaryHash, docs, starts, bm25: data.bm25, containment: data.containment, extracts };
  stateOfIndex.set(index, state);
  lastBuild.set(cacheDir, new WeakRef(state));
}

/**
 * The search and containment postings of the new corpus from the previous build's: documents it
 * holds keep their postings, added or changed ones are tokenized. Undefined when too much changed
 * to be worth it.
 */
function updatedPostings(prev: BuildState, keys: string[], documents: ParsedDocument[]): { bm25: Bm25Data; containment: Postings } | undefined {
  // Each added document is a run to splice around; past a few, one build is cheaper.
  const added = documents.filter((doc, i) => prev.starts.get(keys[i]) === undefined || prev.docs.get(keys[i]) !== doc).length;
  if (added > Math.max(16, documents.length / 20)) return undefined;
  const spliced = (old: Postings, termsOf: (doc: ParsedDocument) => DocumentTerms) => {
    const runs: Run[] = [];
    documents.forEach((doc, i) => {
      const from = prev.starts.get(keys[i]);
      const last = runs[runs.length - 1];
      if (from === undefined || prev.docs.get(keys[i]) !== doc) runs.push({ added: termsOf(doc) });
      else if (last && "to" in last && last.to === from) last.to = from + passageCount(doc);
      else runs.push({ from, to: from + passageCount(doc) });
    });
    return splicePostings(old, runs);
  };
  return { bm25: spliced(prev.bm25, documentTermsOf), containment: spliced(prev.containment(), documentContainment) };
}

/**
 * Each document's own part of the graph on disk, by parse key, for updates after a restart
 * (read only when `read`: a rebuild extracts again); extracts of other keys are removed.
 */
function extractStore(dir: string, documents: ParsedDocument[], keys: string[], keep: Set<string>, read: boolean): BuildReuse["stored"] {
  const cache = folderCache<DocumentExtract>(dir);
  cache.prune(keep);
  const keyOf = new Map(keys.map((k, i) => [documents[i], k]));
  return { get: (d) => (read ? cache.get(keyOf.get(d)!) : undefined), set: (d, e) => cache.set(keyOf.get(d)!, e) };
}

/** The fewest files a build prepares in worker threads: below, starting the threads costs more than it saves. */
const PARALLEL_FROM = 200;

/**
 * Threads for a build when none are asked for: one per processor when at least one processor and
 * a half are idle, else one. The building thread counts as one: it receives and merges what the
 * others prepare and prepares files itself in between, so on two processors one other thread
 * prepares beside it (two preparing threads beside it took more CPU time for the same wall time:
 * each loads the glossary and the segmenter, and counts the texts the other has counted). The
 * threads cost CPU time (documents travel between threads), which only idle processors repay.
 *
 * Idle is measured, over `IDLE_SAMPLE_MS`, from the processors' own idle time: the load average
 * counts tasks waiting on the disk too, and on a machine where it stood at 3 with both processors
 * mostly idle a build of 10,000 documents took 58.4 s in one thread and 47.3 s in two.
 */
async function defaultBuildThreads(): Promise<number> {
  const cores = availableParallelism();
  if (cores < 2) return 1;
  return (await idleProcessors(IDLE_SAMPLE_MS)) >= 1.5 ? cores : 1;
}
const IDLE_SAMPLE_MS = 250;

/** How many processors were idle, on average, over the next `ms` milliseconds. */
async function idleProcessors(ms: number): Promise<number> {
  const times = () => cpus().reduce((t, c) => ({ idle: t.idle + c.times.idle, all: t.all + c.times.idle + c.times.user + c.times.nice + c.times.sys + c.times.irq }), { idle: 0, all: 0 });
  const before = times();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = times();
  const all = after.all - before.all;
  return all > 0 ? (cpus().length * (after.idle - before.idle)) / all : 0;
}

/**
 * The corpus parsed, extracted and its terms counted in worker threads, with the postings built
 * from the counts; undefined when the threads could not do it (the build then runs in this thread).
 */
async function preparedInThreads(
  files: SourceFile[],
  config: LoadIndexConfig,
  glossaryHash: string,
  threads: number,
  extracts: ExtractMemo,
  glossary: Glossary,
): Promise<(ParsedCorpus & { postings: { bm25: Promise<Bm25Data | undefined>; containment: () => Postings }; mentions: Mentions; lexicon?: Promise<void> }) | undefined> {
  // Each document's terms are given their global ids as it comes in, and its resolutions and
  // symbols are extracted, while the threads work on.
  const bm25 = new PostingsBuilder();
  const containment = new PostingsBuilder();
  const mentions = noMentions();
  const onInOrder = (p: PreparedDocument) => {
    if (p.terms) bm25.add(p.terms);
    if (p.containment) containment.add(p.containment);
    if (p.doc) extractMentions(p.doc, glossary, mentions);
  };
  let prepared;
  try {
    const here = { glossary, cacheDir: config.cacheDir, glossaryHash, rebuild: !!config.rebuild, here: true };
    prepared = await prepareInWorkers(files, {
      threads: threads - 1,
      glossaryDir: config.glossaryDir,
      cacheDir: config.cacheDir,
      glossaryHash,
      rebuild: !!config.rebuild,
      onProgress: config.onProgress,
      onInOrder,
      local: createPreparer(here),
    });
  } catch {
    return undefined;
  }
  // The processor the preparing threads leave caches the dictionary while this one ends the build.
  const lexicon = config.cacheDir && !lexiconCached() ? lexiconInThread(config.cacheDir) : undefined;
  const documents: ParsedDocument[] = [];
  const keys: string[] = [];
  const skipped: SkippedDocument[] = [];
  for (const p of prepared) {
    if (p.skipped) {
      skipped.push(p.skipped);
      continue;
    }
    const doc = p.doc!;
    documents.push(doc);
    if (p.key !== undefined) keys.push(p.key);
    extracts.set(doc, p.extract!);
  }
  // The search postings are laid out in a thread of their own while this one lays out the
  // containment postings and extracts the graph (see `buildIndexDataBeside`); if the thread
  // fails, they are counted again here from the documents.
  const search = layOutInThread(bm25).catch(() => undefined);
  const contained = containment.finish();
  return {
    documents,
    skipped,
    parsed: prepared.filter((p) => p.parsed).length,
    keys: config.cacheDir ? keys : undefined,
    postings: { bm25: search, containment: () => contained },
    mentions,
    lexicon,
  };
}

/** Loads the index, from the cache when it is current. */
export async function loadIndex(config: LoadIndexConfig): Promise<LoadedIndex> {
  const glossaryDirs = glossaryText(config.glossaryDir);
  // The dictionary is read once per process when a question first needs it, its tables cached
  // beside the index after the first run.
  setLexiconCache(config.cacheDir);
  // Validated and prepared once per change of the glossary files, kept beside the index.
  const glossary = loadGlossary(config.glossaryDir, config.cacheDir);
  const glossaryHash = createHash("sha256").update(glossaryDirs).digest("hex").slice(0, 16);
  // Each file's parse key covers its name, bytes, sidecar, the glossary and the version; files
  // not modified since their key was recorded are not read again, nor folders listed again.
  const record = fileKeyRecord(config.cacheDir, glossaryHash);
  const files = readCorpus(config.documentsDir, undefined, { read: false, listings: record.listings });
  const fileKeys = files.map((f) => record.key(f));
  record.save();
  const hash = createHash("sha256").update(`v${INDEX_VERSION}\0${glossaryHash}\0${fileKeys.join("\0")}`).digest("hex").slice(0, 16);

  const cacheFile = config.cacheDir ? indexFolder(config.cacheDir, INDEX_VERSION, hash) : undefined;
  if (cacheFile && !config.rebuild && existsSync(cacheFile)) {
    try {
      const shards = new ShardCache();
      // After a damaged part, the next load neither trusts this build nor takes documents from it
      // (when it is still the last one: a newer build that replaced it keeps its own).
      const onDamaged = () => {
        if (lastBuild.get(config.cacheDir!)?.deref() === stateOfIndex.get(index)) lastBuild.delete(config.cacheDir!);
      };
      const { data, keys } = readIndexFolder(cacheFile, join(config.cacheDir!, "parsed"), { version: INDEX_VERSION, hash }, { cache: shards, onDamaged });
      const index = createKnowledgeIndex(data, glossary);
      remember(config.cacheDir, index, glossaryHash, keys, data, new WeakMap());
      return { index, glossary, fromCache: true, cacheFile, hash, parsed: 0, shards, readFiles: record.read };
    } catch {
      // A damaged cache, or one of another format, is rebuilt below.
    }
  }
  const prevState = config.cacheDir && !config.rebuild ? lastBuild.get(config.cacheDir)?.deref() : undefined;
  const prev = prevState?.glossaryHash === glossaryHash ? prevState : undefined;
  const parseCache = config.cacheDir ? shardStore(join(config.cacheDir, "parsed")) : undefined;
  const extracts: ExtractMemo = prev?.extracts ?? new WeakMap();
  // A build from nothing (no earlier build in this process to take documents from) of enough
  // files prepares them in worker threads; the rest of the build is the same either way.
  const parallel = !prev && files.length >= (config.parallelFrom ?? PARALLEL_FROM);
  const threads = parallel ? Math.max(1, Math.floor(config.buildThreads ?? (await defaultBuildThreads()))) : 1;
  const inThreads = parallel && threads > 1 ? await preparedInThreads(files, config, glossaryHash, threads, extracts, glossary) : undefined;
  // A rebuild parses every file again (and refreshes the parse cache); an update takes the
  // unchanged documents from the build it replaces.
  const store: ParseCache | undefined =
    parseCache && (config.rebuild ? { get: () => undefined, set: parseCache.set } : prev ? { get: (k) => prev.docs.get(k) ?? parseCache.get(k), set: parseCache.set } : parseCache);
  const { documents, skipped, parsed, keys } = inThreads ?? (await parseCorpus(files, glossary, config.onProgress, store && { store, glossaryHash }));
  // Parses of files no longer in the corpus (or of their older texts) go.
  parseCache?.prune(new Set(fileKeys));
  const stored = config.cacheDir && keys ? extractStore(join(config.cacheDir, "extracts"), documents, keys, new Set(fileKeys), !config.rebuild) : undefined;
  const reuse = { extracts, stored, mentions: inThreads?.mentions };
  const data = inThreads
    ? await buildIndexDataBeside(documents, skipped, glossary, { ...reuse, ...inThreads.postings })
    : buildIndexData(documents, skipped, glossary, { ...reuse, ...(prev && keys ? updatedPostings(prev, keys, documents) : undefined) });
  if (cacheFile && keys) await writeIndexFolder(cacheFile, data, { version: INDEX_VERSION, hash, keys, shards: keys.map((k, i) => parseCache!.entry(k, documents[i])) });
  const index = createKnowledgeIndex(data, glossary);
  if (keys) remember(config.cacheDir, index, glossaryHash, keys, data, extracts);
  await inThreads?.lexicon;
  return { index, glossary, fromCache: false, cacheFile, hash, parsed, readFiles: record.read };
}

/** Convenience for callers that only need the query API. */
export async function loadKnowledgeIndex(config: LoadIndexConfig): Promise<KnowledgeIndex> {
  return (await loadIndex(config)).index;
}

/** Builds an index from in-memory texts (tests, benchmarks). */
export function buildIndexFromTexts(files: (SourceFile & { text: string })[], glossary: Glossary | Parameters<typeof createGlossary>[0]): KnowledgeIndex {
  const g = "resolveBodyName" in glossary ? (glossary as Glossary) : createGlossary(glossary as Parameters<typeof createGlossary>[0]);
  const { documents, skipped } = parseTexts(files, g);
  return createKnowledgeIndex(buildIndexData(documents, skipped, g), g);
}
