/**
 * What a build does for each document file on its own, in a worker thread: read and parse the
 * file (or take its parse from the cache), extract its own part of the graph, count its search and
 * containment terms. A build in worker threads (see parallel-build.ts) prepares the files in
 * chunks this way and puts them together in corpus order, which gives the index a single-thread
 * build gives.
 *
 * What travels back to the building thread is cheap to receive: the document as JSON text
 * (parsing JSON costs the receiver a fraction of what decoding the same object from a structured
 * clone does); its new parse shard and extract written to the cache here, so that the building
 * thread, which merges everything the threads send, does not also create thousands of files; the
 * terms as typed arrays whose buffers are transferred, not copied, naming the terms by their ids
 * in this thread's dictionary, with the terms the dictionary took since the last file (so each
 * term's string crosses once per thread). The extract, small, travels as it is: its fields left
 * undefined keep their place, so the merged graph is written as a single-thread build writes it.
 */
import { join } from "node:path";
import type { Glossary } from "./glossary.js";
import type { ParsedDocument, SkippedDocument } from "./model.js";
import { documentTermsOf, extractDocument, type DocumentExtract } from "./build.js";
import { documentContainment } from "./containment.js";
import type { DocumentTerms, ReceivedTerms, TermDictionary, TermSource } from "./postings.js";
import { termDictionaries } from "./index-terms.js";
import { recordShard, shardStore, type ShardEntry } from "./shards.js";
import { folderCache, parseKey, parseOne, placesOf, readSource, textOf, type SourceFile } from "./load.js";

/** A document's terms on their way between threads. */
export interface SentTerms extends Omit<DocumentTerms, "terms" | "ids"> {
  /** Each of the document's terms by its id in the sending thread's dictionary. */
  ids: Uint32Array;
  /** The terms the dictionary took since the last file sent (joined by `TERM_SEPARATOR`, or the list itself when a term holds it). */
  added: string | string[];
}

const TERM_SEPARATOR = "\n";

/** One file, prepared, as sent back. */
export interface PreparedFile {
  /** Its parse key, when the build has a cache. */
  key?: string;
  /** The document as JSON text (from another thread), or itself (prepared in the receiving thread). */
  doc?: string | ParsedDocument;
  /** Set instead of `doc` when the file could not be read or parsed. */
  skipped?: SkippedDocument;
  /** Parsed here (not taken from the parse cache). */
  parsed: boolean;
  /** Its parse shard's facts, for the manifest (the shard read from the cache or written here). */
  shard?: ShardEntry;
  extract?: DocumentExtract;
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
  terms?: ReceivedTerms;
  containment?: ReceivedTerms;
}

/** The term lists of one sending thread's dictionaries, as received so far. */
export interface ThreadTerms {
  search: TermSource;
  containment: TermSource;
}
export const threadTerms = (): ThreadTerms => ({ search: { names: [] }, containment: { names: [] } });

export interface PrepareOptions {
  glossary: Glossary;
  /** The cache folder; none: nothing is read from or written to disk but the files. */
  cacheDir?: string;
  glossaryHash: string;
  /** Parse every file again and extract again (the cache is written, not read). */
  rebuild: boolean;
  /** The documents are received in this thread: sent as they are, not as JSON text. */
  here?: boolean;
}

/** A document's terms to send, with the terms its dictionary took since `sent.at`. */
function send(d: DocumentTerms, dict: TermDictionary, sent: { at: number }): SentTerms {
  const added = dict.terms.slice(sent.at);
  sent.at = dict.terms.length;
  return { ids: d.ids!, starts: d.starts, refs: d.refs, tfs: d.tfs, lengths: d.lengths, added: added.some((t) => t.includes(TERM_SEPARATOR)) ? added : added.join(TERM_SEPARATOR) };
}

/** Received terms, the sender's new terms appended to its list first (files are received in the order each thread sent them). */
function received(d: SentTerms, source: TermSource): ReceivedTerms {
  const added = typeof d.added === "string" ? (d.added ? d.added.split(TERM_SEPARATOR) : []) : d.added;
  for (const t of added) source.names.push(t);
  return { source, ids: d.ids, starts: d.starts, refs: d.refs, tfs: d.tfs, lengths: d.lengths };
}

/** The parse shards and extracts of a cache folder. */
export function preparedStores(cacheDir: string): { shards: ReturnType<typeof shardStore>; extracts: ReturnType<typeof folderCache<DocumentExtract>> } {
  return { shards: shardStore(join(cacheDir, "parsed")), extracts: folderCache<DocumentExtract>(join(cacheDir, "extracts")) };
}

/** Prepares files one after the other (`prepare`), writing new parse shards and extracts to the cache in the background. */
export interface Preparer {
  prepare(f: SourceFile): Promise<PreparedFile>;
  /** Resolves when the files of the documents prepared so far are written; rejects with the first write that failed. */
  written(): Promise<void>;
}

/** Prepares files one after the other, writing new parse shards and extracts to the cache. */
export function createPreparer(opts: PrepareOptions): Preparer {
  const places = placesOf(opts.glossary);
  const { shards, extracts } = opts.cacheDir ? preparedStores(opts.cacheDir) : { shards: undefined, extracts: undefined };
  // Held while the thread prepares: texts repeated across its documents are counted once.
  const dicts = termDictionaries();
  const sent = { search: { at: 0 }, containment: { at: 0 } };
  // Files being written while the next documents are prepared, and the first that failed.
  let writing: Promise<void>[] = [];
  let failed: { error: unknown } | undefined;
  const inBackground = (w: Promise<void>) =>
    writing.push(
      w.catch((error) => {
        failed ??= { error };
      }),
    );
  const written = async () => {
    const now = writing;
    writing = [];
    await Promise.all(now);
    if (failed) throw failed.error;
  };
  const prepare = async (f: SourceFile): Promise<PreparedFile> => {
    const key = shards ? f.key ?? parseKey(readSource(f), opts.glossaryHash) : undefined;
    let doc = key && !opts.rebuild ? shards!.get(key) : undefined;
    let docJson = doc && !opts.here ? JSON.stringify(doc) : undefined;
    const parsed = !doc;
    let shard = key && doc ? shards!.entry(key, doc) : undefined;
    if (!doc) {
      const read = await textOf(readSource(f));
      const result = "skip" in read ? { file: f.file, reason: read.skip } : parseOne(f, read, opts.glossary, places);
      if (!("meta" in result)) return { key, skipped: result, parsed };
      doc = result;
      docJson = JSON.stringify(doc);
      if (key) {
        const w = shards!.writeInBackground(key, doc, docJson);
        shard = w.entry;
        inBackground(w.written);
      }
    }
    const stored = key && !opts.rebuild ? extracts!.get(key) : undefined;
    const extract = stored ?? extractDocument(doc, opts.glossary);
    if (key && !stored) inBackground(extracts!.setInBackground(key, extract));
    const terms = documentTermsOf(doc, dicts.search);
    const containment = documentContainment(doc, dicts.containment);
    return {
      key,
      doc: opts.here ? doc : docJson,
      parsed,
      shard,
      extract,
      terms: send(terms, dicts.search, sent.search),
      containment: send(containment, dicts.containment, sent.containment),
    };
  };
  return { prepare, written };
}

/**
 * A prepared file as the building thread uses it, with its shard's facts recorded for the manifest
 * and its terms named in `from`, the term lists of the thread that sent it.
 */
export function receivePrepared(p: PreparedFile, from: ThreadTerms): PreparedDocument {
  const doc = typeof p.doc === "string" ? (JSON.parse(p.doc) as ParsedDocument) : p.doc;
  if (doc && p.shard) recordShard(doc, p.shard);
  return {
    key: p.key,
    skipped: p.skipped,
    parsed: p.parsed,
    doc,
    extract: p.extract,
    terms: p.terms && received(p.terms, from.search),
    containment: p.containment && received(p.containment, from.containment),
  };
}

/** The buffers of a prepared file's term arrays, to transfer rather than copy between threads. */
export function transferables(p: PreparedFile): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const d of [p.terms, p.containment]) if (d) for (const a of [d.ids, d.starts, d.refs, d.tfs, d.lengths]) out.push(a.buffer as ArrayBuffer);
  return out;
}
