/**
 * What a build does for each document file on its own, in a worker thread: read and parse the
 * file (or take its parse from the cache), extract its own part of the graph, count its search and
 * containment terms. A build in worker threads (see parallel-build.ts) prepares the files in
 * chunks this way and puts them together in corpus order, which gives the index a single-thread
 * build gives.
 *
 * What travels back to the building thread is cheap to receive: the document as JSON text
 * (parsing JSON costs the receiver a fraction of what decoding the same object from a structured
 * clone does), which the building thread also writes to the cache as it is (threads creating files
 * in one folder at once wait on each other in the file system); the terms as one string and typed
 * arrays whose buffers are transferred, not copied. The extract, small, travels as it is: its
 * fields left undefined keep their place, so the merged graph is written as a single-thread
 * build writes it.
 */
import { join } from "node:path";
import type { Glossary } from "./glossary.js";
import type { ParsedDocument, SkippedDocument } from "./model.js";
import { documentTermsOf, extractDocument, type DocumentExtract } from "./build.js";
import { documentContainment } from "./containment.js";
import type { DocumentTerms } from "./postings.js";
import { termDictionaries } from "./index-terms.js";
import { recordShard, shardStore, type ShardEntry } from "./shards.js";
import { folderCache, parseKey, parseOne, placesOf, readSource, textOf, type SourceFile } from "./load.js";

/** A document's terms on their way between threads: the term list as one string. */
export interface SentTerms extends Omit<DocumentTerms, "terms"> {
  /** The terms joined by `TERM_SEPARATOR`, or the list itself when a term holds the separator. */
  terms: string | string[];
}

const TERM_SEPARATOR = "\n";

/** One file, prepared, as sent back. */
export interface PreparedFile {
  /** Its parse key, when the build has a cache. */
  key?: string;
  /** The document as JSON text. */
  doc?: string;
  /** Set instead of `doc` when the file could not be read or parsed. */
  skipped?: SkippedDocument;
  /** Parsed here (not taken from the parse cache). */
  parsed: boolean;
  /** Its parse shard's facts, for the manifest (when read from the cache). */
  shard?: ShardEntry;
  extract?: DocumentExtract;
  /** What the receiver writes to the cache: the document's shard, its extract (both new). */
  write: { doc: boolean; extract: boolean };
  terms?: SentTerms;
  containment?: SentTerms;
}

/** One file, prepared, as received. */
export interface PreparedDocument {
  key?: string;
  doc?: ParsedDocument;
  skipped?: SkippedDocument;
  parsed: boolean;
  extract?: DocumentExtract;
  terms?: DocumentTerms;
  containment?: DocumentTerms;
}

export interface PrepareOptions {
  glossary: Glossary;
  /** The cache folder; none: nothing is read from or written to disk but the files. */
  cacheDir?: string;
  glossaryHash: string;
  /** Parse every file again and extract again (the cache is written, not read). */
  rebuild: boolean;
}

const send = (d: DocumentTerms): SentTerms => ({ ...d, terms: d.terms.some((t) => t.includes(TERM_SEPARATOR)) ? d.terms : d.terms.join(TERM_SEPARATOR) });
const received = (d: SentTerms): DocumentTerms => ({ ...d, terms: typeof d.terms === "string" ? (d.terms ? d.terms.split(TERM_SEPARATOR) : []) : d.terms });

/** The parse shards and extracts of a cache folder. */
export function preparedStores(cacheDir: string): { shards: ReturnType<typeof shardStore>; extracts: ReturnType<typeof folderCache<DocumentExtract>> } {
  return { shards: shardStore(join(cacheDir, "parsed")), extracts: folderCache<DocumentExtract>(join(cacheDir, "extracts")) };
}
type PreparedStores = ReturnType<typeof preparedStores>;

/** Prepares files one after the other. */
export function createPreparer(opts: PrepareOptions): (f: SourceFile) => Promise<PreparedFile> {
  const places = placesOf(opts.glossary);
  const { shards, extracts } = opts.cacheDir ? preparedStores(opts.cacheDir) : { shards: undefined, extracts: undefined };
  // Held while the thread prepares: texts repeated across its documents are counted once.
  const dicts = termDictionaries();
  return async (f) => {
    const key = shards ? f.key ?? parseKey(readSource(f), opts.glossaryHash) : undefined;
    let doc = key && !opts.rebuild ? shards!.get(key) : undefined;
    let docJson = doc && JSON.stringify(doc);
    const parsed = !doc;
    if (!doc) {
      const read = await textOf(readSource(f));
      const result = "skip" in read ? { file: f.file, reason: read.skip } : parseOne(f, read, opts.glossary, places);
      if (!("meta" in result)) return { key, skipped: result, parsed, write: { doc: false, extract: false } };
      doc = result;
      docJson = JSON.stringify(doc);
    }
    const stored = key && !opts.rebuild ? extracts!.get(key) : undefined;
    const extract = stored ?? extractDocument(doc, opts.glossary);
    return {
      key,
      doc: docJson,
      parsed,
      shard: key && !parsed ? shards!.entry(key, doc) : undefined,
      extract,
      write: { doc: !!key && parsed, extract: !!key && !stored },
      terms: send(documentTermsOf(doc, dicts.search)),
      containment: send(documentContainment(doc, dicts.containment)),
    };
  };
}

/**
 * A prepared file as the building thread uses it, its new shard and extract written to the cache
 * (`cacheDir`, the build's) and the shard's facts recorded for the manifest.
 */
export function receivePrepared(p: PreparedFile, cache?: PreparedStores): PreparedDocument {
  const doc = p.doc !== undefined ? (JSON.parse(p.doc) as ParsedDocument) : undefined;
  if (doc && p.key !== undefined && cache) {
    if (p.write.doc) cache.shards.write(p.key, doc, p.doc!);
    else if (p.shard) recordShard(doc, p.shard);
    if (p.write.extract) cache.extracts.set(p.key, p.extract!);
  }
  return {
    key: p.key,
    skipped: p.skipped,
    parsed: p.parsed,
    doc,
    extract: p.extract,
    terms: p.terms && received(p.terms),
    containment: p.containment && received(p.containment),
  };
}

/** The buffers of a prepared file's term arrays, to transfer rather than copy between threads. */
export function transferables(p: PreparedFile): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const d of [p.terms, p.containment]) if (d) for (const a of [d.starts, d.refs, d.tfs, d.lengths]) out.push(a.buffer as ArrayBuffer);
  return out;
}
