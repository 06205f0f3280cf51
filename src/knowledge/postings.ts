/**
 * BM25 postings in typed arrays: one term dictionary, and for each term a contiguous range of
 * (passage, term frequency) pairs in ascending passage order (compressed sparse rows). Document
 * frequencies are the ranges' lengths, known from the build. The arrays are written to disk as
 * one binary file (versioned, its sizes checked on load) and spliced when documents change, so
 * a changed document is tokenized again and the others are not. Read lazily, a file's postings
 * are read term by term when a query first needs them (see `readPostings`).
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
import { DamagedIndexError } from "./damaged.js";
import type { DistinctPostings } from "./distinct.js";

/** Terms of one document's passages, tokenized once: the unit a build or an update adds. */
export interface DocumentTerms {
  /** The document's own term list; `refs` point into it. */
  terms: string[];
  /** Passage p's pairs are `refs[starts[p]] .. refs[starts[p + 1] - 1]` with their `tfs`. */
  starts: Uint32Array;
  refs: Uint32Array;
  tfs: Uint16Array;
  /** Tokens per passage (BM25's document length). */
  lengths: Uint32Array;
  /** Each term's id in the dictionary it was counted with (see `TermDictionary`). */
  ids?: Uint32Array;
}

/** The terms of a dictionary of another thread, as far as they were received: `names[id]`. */
export interface TermSource {
  names: string[];
}

/** A document's terms counted in another thread: its terms by their ids in that thread's dictionary, whose names `source` holds. */
export interface ReceivedTerms extends Omit<DocumentTerms, "terms" | "ids"> {
  source: TermSource;
  ids: Uint32Array;
}

/** The search index over every passage of the corpus, in corpus order. */
export interface Postings {
  terms: string[];
  termIds: Map<string, number>;
  /** `terms.length + 1` offsets into `passages` and `tfs`. */
  offsets: Uint32Array;
  passages: Uint32Array;
  tfs: Uint16Array;
  /** Tokens per passage. */
  lengths: Uint32Array;
  totalLength: number;
  /** The same postings over classes of passages with equal terms (distinct.ts), where the build wrote them: searches read those. */
  distinct?: DistinctPostings;
}

const MAX_TF = 0xffff;

/** Counts a document's passages' tokens into a `DocumentTerms` (terms in order of first use). */
export function documentTerms(passageTokens: Iterable<string[]>): DocumentTerms {
  const counter = new TermCounter();
  for (const tokens of passageTokens) {
    for (const tok of tokens) counter.add(tok);
    counter.endPassage(tokens.length);
  }
  return counter.finish();
}

/** A character of the range Chinese pairs are counted over (CJK Unified Ideographs). */
const HAN_LO = 0x4e00;
const HAN_HI = 0x9fff;
const HAN_SPAN = HAN_HI - HAN_LO + 1;
export const isHanCode = (c: number): boolean => c >= HAN_LO && c <= HAN_HI;

/** One passage's terms as counted: dictionary ids in order of first use, their frequencies, its length. */
export interface PassageTerms {
  ids: Uint32Array;
  tfs: Uint16Array;
  length: number;
}

/** Term ids a dictionary holds in remembered passages at most (about 6 bytes each): the memory a build may spend on them. */
const REMEMBER_IDS = 8_000_000;
/** Word ids and characters a dictionary holds in remembered blocks of cut text at most (see `recallBlock`). */
const BLOCK_IDS = 16_000_000;

/**
 * Term ids for the documents a build counts one after the other in one thread, and the terms of
 * the passage texts counted so far (`remember`, `recall`), up to a bound: a text seen again (the
 * same paragraph in many documents, a heading above every paragraph of a section) is counted
 * from what was remembered instead of being cut and counted again. One document is counted at a
 * time (each `TermCounter` takes the dictionary for its document until `finish`).
 */
export class TermDictionary {
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Ids of two-character Chinese terms, by `(a - HAN_LO) * HAN_SPAN + (b - HAN_LO)`. */
  private readonly pairIds = new Map<number, number>();
  /** Per id, its local id in the document being counted, valid where `stamp` is that document's. */
  localOf = new Uint32Array(1024);
  stamp = new Uint32Array(1024);
  /** The stamp of the document being counted. */
  document = 0;
  private readonly passages = new Map<string, PassageTerms>();
  private held = 0;
  /** The ids of the words kept of each Chinese block cut so far (see `searchTerms`), and how many they are. */
  private readonly blocks = new Map<string, Uint32Array>();
  private heldBlockIds = 0;

  /** Pair terms are `pairPrefix` and the two characters; `budget`: term ids held in remembered passages at most. */
  constructor(
    readonly pairPrefix = "",
    private readonly budget = REMEMBER_IDS,
  ) {}

  id(tok: string): number {
    const at = this.pairPrefix.length;
    if (tok.length === at + 2 && (at === 0 || tok.startsWith(this.pairPrefix))) {
      const a = tok.charCodeAt(at);
      const b = tok.charCodeAt(at + 1);
      if (isHanCode(a) && isHanCode(b)) return this.pairId(a, b);
    }
    let id = this.ids.get(tok);
    if (id === undefined) {
      id = this.newTerm(tok);
      this.ids.set(tok, id);
    }
    return id;
  }

  /** The id of the two-character term of character codes `a` and `b` (both Chinese, see `isHanCode`). */
  pairId(a: number, b: number): number {
    const key = (a - HAN_LO) * HAN_SPAN + (b - HAN_LO);
    let id = this.pairIds.get(key);
    if (id === undefined) {
      id = this.newTerm(this.pairPrefix + String.fromCharCode(a, b));
      this.pairIds.set(key, id);
    }
    return id;
  }

  private newTerm(tok: string): number {
    const id = this.terms.length;
    this.terms.push(tok);
    if (id >= this.stamp.length) {
      const localOf = new Uint32Array(this.stamp.length * 2);
      localOf.set(this.localOf);
      const stamp = new Uint32Array(this.stamp.length * 2);
      stamp.set(this.stamp);
      this.localOf = localOf;
      this.stamp = stamp;
    }
    return id;
  }

  /** The terms of a text counted before, if they were remembered. */
  recall(text: string): PassageTerms | undefined {
    return this.passages.get(text);
  }

  /** The ids of the words kept of a block of text cut before, if they were remembered. */
  recallBlock(block: string): Uint32Array | undefined {
    return this.blocks.get(block);
  }

  /** Remembers the ids of the words kept of a block, while the bound allows (a block costs its key too: counted as its length). */
  rememberBlock(block: string, ids: Uint32Array): void {
    const cost = ids.length + block.length;
    if (this.heldBlockIds + cost > BLOCK_IDS) return;
    this.heldBlockIds += cost;
    this.blocks.set(block, ids);
  }

  /** Remembers a text's terms, while the bound allows. */
  remember(text: string, terms: PassageTerms): void {
    if (this.held + terms.ids.length > this.budget || this.passages.has(text)) return;
    this.held += terms.ids.length;
    this.passages.set(text, terms);
  }
}

/**
 * Counts one document's tokens passage by passage into a `DocumentTerms`, the same as
 * `documentTerms` over the same tokens in the same order, without a list of tokens per passage:
 * a pair of Chinese characters (the most common token by far) is counted by its character codes
 * (`addPair`), and its string is made only the first time the dictionary sees it. A passage
 * counted before is added whole (`addCounted`) from what its dictionary remembered of it
 * (`lastPassage`).
 */
export class TermCounter {
  private readonly dict: TermDictionary;
  private readonly stamp: number;
  private terms: string[] = [];
  /** The dictionary id of each local id. */
  private globals = new Uint32Array(256);
  /** Count in the current passage per local id, and the ids the passage used in first-use order. */
  private counts = new Uint32Array(256);
  private used = new Uint32Array(256);
  private nUsed = 0;
  private refs = new Uint32Array(1024);
  private tfs = new Uint16Array(1024);
  private nRefs = 0;
  private starts: number[] = [0];
  private lengths: number[] = [];

  /** With a prefix (or none), a dictionary of the document's own; with a dictionary, that one. */
  constructor(dict: string | TermDictionary = "") {
    this.dict = typeof dict === "string" ? new TermDictionary(dict, 0) : dict;
    this.stamp = ++this.dict.document;
  }

  /** Counts a token; with `once`, only if the current passage has not counted it yet (its frequency stays 1). */
  add(tok: string, once = false): void {
    this.count(this.local(this.dict.id(tok)), once);
  }

  /** Counts the token of dictionary id `g` (an id of this counter's dictionary). */
  addId(g: number): void {
    this.count(this.local(g), false);
  }

  /** Counts the two-character token of character codes `a` and `b` (both Chinese, see `isHanCode`). */
  addPair(a: number, b: number, once = false): void {
    this.count(this.local(this.dict.pairId(a, b)), once);
  }

  /** The document's own id of a dictionary id. */
  private local(g: number): number {
    const d = this.dict;
    if (d.stamp[g] === this.stamp) return d.localOf[g];
    const id = this.terms.length;
    this.terms.push(d.terms[g]);
    if (id >= this.counts.length) {
      const grown = new Uint32Array(this.counts.length * 2);
      grown.set(this.counts);
      this.counts = grown;
      const globals = new Uint32Array(this.globals.length * 2);
      globals.set(this.globals);
      this.globals = globals;
    }
    this.globals[id] = g;
    d.stamp[g] = this.stamp;
    d.localOf[g] = id;
    return id;
  }

  private count(id: number, once: boolean): void {
    if (once && this.counts[id] > 0) return;
    if (this.counts[id]++ === 0) {
      if (this.nUsed === this.used.length) {
        const grown = new Uint32Array(this.used.length * 2);
        grown.set(this.used);
        this.used = grown;
      }
      this.used[this.nUsed++] = id;
    }
  }

  private reserve(more: number): void {
    const need = this.nRefs + more;
    if (need <= this.refs.length) return;
    const size = Math.max(need, this.refs.length * 2);
    const refs = new Uint32Array(size);
    refs.set(this.refs.subarray(0, this.nRefs));
    const tfs = new Uint16Array(size);
    tfs.set(this.tfs.subarray(0, this.nRefs));
    this.refs = refs;
    this.tfs = tfs;
  }

  /** Ends the current passage, whose length (tokens, for BM25) is `length`: by default its distinct terms. */
  endPassage(length = this.nUsed): void {
    this.reserve(this.nUsed);
    for (let i = 0; i < this.nUsed; i++) {
      const id = this.used[i];
      this.refs[this.nRefs] = id;
      this.tfs[this.nRefs++] = Math.min(this.counts[id], MAX_TF);
      this.counts[id] = 0;
    }
    this.nUsed = 0;
    this.starts.push(this.nRefs);
    this.lengths.push(length);
  }

  /** The terms of the passage just ended, by dictionary id: what adds it again (`addCounted`) in any document of the dictionary. */
  lastPassage(): PassageTerms {
    const from = this.starts[this.starts.length - 2];
    const ids = new Uint32Array(this.nRefs - from);
    for (let i = from; i < this.nRefs; i++) ids[i - from] = this.globals[this.refs[i]];
    return { ids, tfs: this.tfs.slice(from, this.nRefs), length: this.lengths[this.lengths.length - 1] };
  }

  /** Adds a whole passage counted before (between passages: nothing counted since the last `endPassage`). */
  addCounted(p: PassageTerms): void {
    this.reserve(p.ids.length);
    for (let k = 0; k < p.ids.length; k++) {
      this.refs[this.nRefs] = this.local(p.ids[k]);
      this.tfs[this.nRefs++] = p.tfs[k];
    }
    this.starts.push(this.nRefs);
    this.lengths.push(p.length);
  }

  /** The document's terms (the counter is not used after). */
  finish(): DocumentTerms {
    return {
      terms: this.terms,
      starts: Uint32Array.from(this.starts),
      refs: this.refs.slice(0, this.nRefs),
      tfs: this.tfs.slice(0, this.nRefs),
      lengths: Uint32Array.from(this.lengths),
      ids: this.globals.slice(0, this.terms.length),
    };
  }
}

const passageCount = (d: { lengths: Uint32Array }) => d.lengths.length;

/** An empty index. */
export function emptyPostings(): Postings {
  return { terms: [], termIds: new Map(), offsets: new Uint32Array(1), passages: new Uint32Array(0), tfs: new Uint16Array(0), lengths: new Uint32Array(0), totalLength: 0 };
}

/** Builds the index from every document's terms, documents in corpus order. */
export function buildPostings(docs: DocumentTerms[]): Postings {
  const builder = new PostingsBuilder();
  for (const d of docs) builder.add(d);
  return builder.finish();
}

/**
 * Builds the index from documents' terms given one at a time in corpus order (`buildPostings`
 * over all of them): each document's terms get their global ids and are counted as it comes, so
 * a build can do that while its documents are still being prepared; the postings are laid out at
 * `finish`.
 */
export class PostingsBuilder {
  private terms: string[] = [];
  private termIds = new Map<string, number>();
  private docs: (DocumentTerms | ReceivedTerms)[] = [];
  /** Per source of received terms, the builder's id of each of its ids (-1: not met yet). */
  private fromSource = new Map<TermSource, Int32Array>();
  /** Each document's local term ids mapped to global ones. */
  private toGlobal: Uint32Array[] = [];
  /** Every term's posting count. */
  private counts = new Uint32Array(1024);
  private total = 0;
  private n = 0;
  /** Whether every term frequency added is 1 (containment's): `finish` then fills them instead of placing each. */
  private unitTfs = true;

  private idOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.termIds.set(term, id);
    }
    return id;
  }

  /** The builder's ids of a received document's terms: each term of a source is looked up once. */
  private mapReceived(d: ReceivedTerms): Uint32Array {
    let known = this.fromSource.get(d.source);
    if (!known || known.length < d.source.names.length) {
      const grown = new Int32Array(Math.max(d.source.names.length, (known?.length ?? 512) * 2)).fill(-1);
      if (known) grown.set(known);
      this.fromSource.set(d.source, (known = grown));
    }
    const map = new Uint32Array(d.ids.length);
    for (let i = 0; i < d.ids.length; i++) {
      const g = d.ids[i];
      let id = known[g];
      if (id < 0) known[g] = id = this.idOf(d.source.names[g]);
      map[i] = id;
    }
    return map;
  }

  add(d: DocumentTerms | ReceivedTerms): void {
    const { terms } = this;
    let map: Uint32Array;
    if ("source" in d) map = this.mapReceived(d);
    else {
      map = new Uint32Array(d.terms.length);
      for (let i = 0; i < d.terms.length; i++) map[i] = this.idOf(d.terms[i]);
    }
    if (terms.length > this.counts.length) {
      const grown = new Uint32Array(Math.max(terms.length, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    const counts = this.counts;
    for (let i = 0; i < d.refs.length; i++) counts[map[d.refs[i]]]++;
    if (this.unitTfs) for (let i = 0; i < d.tfs.length; i++) if (d.tfs[i] !== 1) this.unitTfs = false;
    this.total += d.refs.length;
    this.n += passageCount(d);
    this.docs.push(d);
    this.toGlobal.push(map);
  }

  /** The postings of every document added (the builder is not used after). */
  finish(): Postings {
    return this.withTerms(layOut(this.handOver()));
  }

  /**
   * What `layOut` needs of the documents added: their pairs with each document's map to global
   * ids, and every term's posting count. The builder lets go of them (it is used after only for
   * `withTerms`), so another thread may take the arrays.
   */
  handOver(): PostingsLayout {
    const layout: PostingsLayout = {
      counts: this.counts.slice(0, this.terms.length),
      total: this.total,
      passages: this.n,
      unitTfs: this.unitTfs,
      docs: this.docs.map(({ starts, refs, tfs, lengths }) => ({ starts, refs, tfs, lengths })),
      maps: this.toGlobal,
    };
    // The documents' own arrays go now, not when the builder does: at 10,000 documents they are
    // as large as the postings, and the end of a build still lays out and writes other parts.
    this.docs = [];
    this.toGlobal = [];
    this.fromSource.clear();
    return layout;
  }

  /** The postings of the builder's terms, laid out (here or in another thread) from its `handOver`. */
  withTerms(laid: LaidOutPostings): Postings {
    return { terms: this.terms, termIds: this.termIds, ...laid };
  }
}

/** The documents' pairs a `PostingsBuilder` hands over to be laid out (see `layOut`). */
export interface PostingsLayout {
  /** Every term's posting count, by global id. */
  counts: Uint32Array;
  /** Postings in all. */
  total: number;
  /** Passages in all. */
  passages: number;
  /** Whether every term frequency is 1 (containment's): they are then filled, not placed one by one. */
  unitTfs: boolean;
  /** Each document's passages' pairs (its refs are local ids), in corpus order. */
  docs: Pick<DocumentTerms, "starts" | "refs" | "tfs" | "lengths">[];
  /** Each document's local term ids mapped to global ones. */
  maps: Uint32Array[];
}

/** The arrays of postings, without their terms. */
export type LaidOutPostings = Omit<Postings, "terms" | "termIds" | "distinct">;

/** The buffers of a layout's arrays, to transfer rather than copy to the thread that lays it out. */
export function layoutBuffers(l: PostingsLayout): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>([l.counts.buffer as ArrayBuffer]);
  for (const d of l.docs) for (const a of [d.starts, d.refs, d.tfs, d.lengths]) out.add(a.buffer as ArrayBuffer);
  for (const m of l.maps) out.add(m.buffer as ArrayBuffer);
  return [...out];
}

/**
 * Lays out the postings of a `PostingsLayout`: each term's range in corpus order, every
 * document's pairs scattered to their terms' ranges. With `shared`, the arrays are made in
 * shared memory, so that the thread that laid them out can send them and go on reading them.
 */
export function layOut(l: PostingsLayout, shared = false): LaidOutPostings {
  const { counts, docs, maps } = l;
  const array = <T extends Uint32Array | Uint16Array>(of: { new (b: ArrayBufferLike): T; new (n: number): T; BYTES_PER_ELEMENT: number }, n: number): T =>
    shared ? new of(new SharedArrayBuffer(n * of.BYTES_PER_ELEMENT)) : new of(n);
  const termCount = counts.length;
  const offsets = array(Uint32Array, termCount + 1);
  for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + counts[t];
  const cursor = offsets.slice(0, termCount);
  const passages = array(Uint32Array, l.total);
  const tfs = array(Uint16Array, l.total);
  const lengths = array(Uint32Array, l.passages);
  let base = 0;
  let totalLength = 0;
  const unit = l.unitTfs;
  if (unit) tfs.fill(1);
  for (let k = 0; k < docs.length; k++) {
    // The document's arrays read once: documents counted here and received ones differ in shape.
    const { starts, refs, tfs: own, lengths: ownLengths } = docs[k];
    const map = maps[k];
    const count = ownLengths.length;
    for (let p = 0; p < count; p++) {
      const passage = base + p;
      const end = starts[p + 1];
      if (unit) for (let i = starts[p]; i < end; i++) passages[cursor[map[refs[i]]]++] = passage;
      else {
        for (let i = starts[p]; i < end; i++) {
          const at = cursor[map[refs[i]]]++;
          passages[at] = passage;
          tfs[at] = own[i];
        }
      }
      lengths[passage] = ownLengths[p];
      totalLength += ownLengths[p];
    }
    base += count;
  }
  return { offsets, passages, tfs, lengths, totalLength };
}

/** A stretch of the updated corpus: passages kept from the old index, or a document tokenized anew. */
export type Run = { from: number; to: number } | { added: DocumentTerms };

/** First index in `a[lo..hi)` whose value is at least `v` (`hi` when none is). */
export function lowerBound(a: Uint32Array, lo: number, hi: number, v: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `lowerBound(a, lo, hi, v)` for a cursor moving forward through a posting list: the steps
 * double from `lo` before the halving, so a value a few postings ahead (as the next passage of
 * an intersection mostly is) costs a few steps, not a search of the whole rest of the list.
 */
export function gallop(a: Uint32Array, lo: number, hi: number, v: number): number {
  let step = 1;
  let from = lo;
  while (from + step < hi && a[from + step] < v) {
    from += step;
    step *= 2;
  }
  return lowerBound(a, from, Math.min(hi, from + step + 1), v);
}

/**
 * The index of an updated corpus, made of runs in corpus order: ranges of the old index's
 * passages (renumbered) and added documents' terms. Only the added documents were tokenized;
 * the result equals `buildPostings` over the whole updated corpus, term ids aside.
 */
export function splicePostings(old: Postings, runs: Run[]): Postings {
  loadAllTerms(old);
  const terms = [...old.terms];
  const termIds = new Map(old.termIds);
  // Added documents as term -> [passage, tf, ...] in their new numbering.
  const addedLists: Map<number, number[]>[] = [];
  const starts: number[] = [];
  let n = 0;
  for (const run of runs) {
    starts.push(n);
    if ("added" in run) {
      const d = run.added;
      const lists = new Map<number, number[]>();
      for (let p = 0; p < passageCount(d); p++) {
        for (let i = d.starts[p]; i < d.starts[p + 1]; i++) {
          const term = d.terms[d.refs[i]];
          let id = termIds.get(term);
          if (id === undefined) {
            id = terms.length;
            terms.push(term);
            termIds.set(term, id);
          }
          const list = lists.get(id) ?? lists.set(id, []).get(id)!;
          list.push(n + p, d.tfs[i]);
        }
      }
      addedLists.push(lists);
      n += passageCount(d);
    } else {
      addedLists.push(new Map());
      n += run.to - run.from;
    }
  }
  // Each term's kept range per old run, and the new offsets.
  const offsets = new Uint32Array(terms.length + 1);
  const oldTerms = old.terms.length;
  const kept = runs.map((run) => ("added" in run ? undefined : new Uint32Array(oldTerms * 2)));
  for (let t = 0; t < terms.length; t++) {
    let count = 0;
    runs.forEach((run, r) => {
      if ("added" in run) count += (addedLists[r].get(t)?.length ?? 0) / 2;
      else if (t < oldTerms) {
        const lo = lowerBound(old.passages, old.offsets[t], old.offsets[t + 1], run.from);
        const hi = lowerBound(old.passages, lo, old.offsets[t + 1], run.to);
        kept[r]![2 * t] = lo;
        kept[r]![2 * t + 1] = hi;
        count += hi - lo;
      }
    });
    offsets[t + 1] = offsets[t] + count;
  }
  const passages = new Uint32Array(offsets[terms.length]);
  const tfs = new Uint16Array(offsets[terms.length]);
  for (let t = 0; t < terms.length; t++) {
    let at = offsets[t];
    runs.forEach((run, r) => {
      if ("added" in run) {
        const list = addedLists[r].get(t);
        if (!list) return;
        for (let i = 0; i < list.length; i += 2) {
          passages[at] = list[i];
          tfs[at++] = list[i + 1];
        }
      } else if (t < oldTerms) {
        const lo = kept[r]![2 * t];
        const hi = kept[r]![2 * t + 1];
        const shift = starts[r] - run.from;
        tfs.set(old.tfs.subarray(lo, hi), at);
        for (let i = lo; i < hi; i++) passages[at++] = old.passages[i] + shift;
      }
    });
  }
  const lengths = new Uint32Array(n);
  let totalLength = 0;
  runs.forEach((run, r) => {
    const part = "added" in run ? run.added.lengths : old.lengths.subarray(run.from, run.to);
    lengths.set(part, starts[r]);
    for (let i = 0; i < part.length; i++) totalLength += part[i];
  });
  return { terms, termIds, offsets, passages, tfs, lengths, totalLength };
}

/** A term's posting range, and its document frequency (`end - start`); undefined for a term no passage has. */
export function termRange(p: Postings, term: string): { start: number; end: number } | undefined {
  const id = p.termIds.get(term);
  if (id === undefined || p.offsets[id + 1] === p.offsets[id]) return undefined;
  return { start: p.offsets[id], end: p.offsets[id + 1] };
}

/** Passages holding a term: its document frequency, precomputed at build. */
export function documentFrequency(p: Postings, term: string): number {
  const r = termRange(p, term);
  return r ? r.end - r.start : 0;
}

// The file: a header of 32-bit words, then lengths, offsets, passages, tfs (padded to 4 bytes)
// and the terms as UTF-8 lines.
const MAGIC = 0x4d32_3542; // "B52M"
const FORMAT = 1;
const HEADER_WORDS = 8;

/** Writes the index to one binary file (no text larger than the term list is ever built). */
export function writePostings(path: string, p: Postings, version: number): void {
  writeParts(path, postingsFile(p, version));
}

/** The parts of the file `writePostings` writes, in order (the arrays themselves, not copies). */
export function postingsFile(p: Postings, version: number): ArrayBufferView[] {
  loadAllTerms(p);
  const termBytes = Buffer.from(p.terms.join("\n"), "utf8");
  const header = Uint32Array.of(MAGIC, FORMAT, version, p.lengths.length, p.terms.length, p.passages.length, termBytes.length, p.totalLength);
  return [header, p.lengths, p.offsets, p.passages, p.tfs, new Uint16Array(p.tfs.length % 2), termBytes];
}

/** Writes a file of binary parts, one after the other. */
export function writeParts(path: string, parts: ArrayBufferView[]): void {
  const fd = openSync(path, "w");
  try {
    for (const a of parts) if (a.byteLength) writeSync(fd, new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  } finally {
    closeSync(fd);
  }
}

/** Terms whose posting ranges are still on disk, for postings read lazily. */
interface PendingRanges {
  fd: number;
  path: string;
  /** File offsets of the passages and the tfs arrays. */
  passagesAt: number;
  tfsAt: number;
  loaded: Uint8Array;
  left: number;
  onDamaged?: () => void;
  /** Whether term frequencies are read with the passages (containment needs the passages only). */
  tfs: boolean;
}
const pending = new WeakMap<Postings, PendingRanges>();
// A lazily read file stays open while its postings live (a newer build may unlink it meanwhile).
const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/** Fills `view` from the file at `position`. @throws Error when the file ends first. */
export function readFully(fd: number, view: ArrayBufferView, position: number): void {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  for (let at = 0; at < bytes.length; ) {
    const n = readSync(fd, bytes, at, bytes.length - at, position + at);
    if (n === 0) throw new Error("unexpected end of file");
    at += n;
  }
}

function loadRange(p: Postings, r: PendingRanges, t: number): void {
  const start = p.offsets[t];
  const end = p.offsets[t + 1];
  const n = p.lengths.length;
  try {
    readFully(r.fd, p.passages.subarray(start, end), r.passagesAt + start * 4);
    // Without term frequencies (containment), they are set to 1 only when the whole index is
    // read (to splice or write it): nothing reads them meanwhile, and setting them for each range
    // read took memory (two bytes a posting) for nothing.
    if (r.tfs) readFully(r.fd, p.tfs.subarray(start, end), r.tfsAt + start * 2);
  } catch (e) {
    r.onDamaged?.();
    throw new DamagedIndexError(`The index cache is damaged: ${r.path} cannot be read (${(e as Error).message}). The index is rebuilt at the next start.`);
  }
  // Each range names existing passages in ascending order, or the file is not what was written.
  const read = p.passages.subarray(start, end);
  for (let i = 0, last = -1; i < read.length; last = read[i++]) {
    const d = read[i];
    if (d >= n || d <= last) {
      p.passages.fill(0, start, end);
      r.onDamaged?.();
      throw new DamagedIndexError(`The index cache is damaged: ${r.path} names passage ${d} of ${n} for "${p.terms[t]}". The index is rebuilt at the next start.`);
    }
  }
  r.loaded[t] = 1;
  if (--r.left === 0) {
    pending.delete(p);
    closer.unregister(r);
    closeSync(r.fd);
  }
}

/**
 * Makes `p`'s posting ranges (its `passages` and `tfs`, as yet unfilled) read from the open file
 * `fd` when first needed (`loadTerms`): its passages from `passagesAt`, its term frequencies from
 * `tfsAt`. The file is closed once every range is read, or when `p` is collected.
 */
export function readRangesLazily(p: Postings, file: { fd: number; path: string; passagesAt: number; tfsAt: number }, opts: { onDamaged?: () => void; tfs?: boolean } = {}): void {
  const termCount = p.offsets.length - 1;
  if (termCount === 0) {
    closeSync(file.fd);
    return;
  }
  const r: PendingRanges = { ...file, loaded: new Uint8Array(termCount), left: termCount, onDamaged: opts.onDamaged, tfs: opts.tfs ?? true };
  pending.set(p, r);
  closer.register(p, file.fd, r);
}

/** Reads from disk the posting ranges of those of `terms` not read yet (postings read lazily). */
export function loadTerms(p: Postings, terms: Iterable<string>): void {
  const r = pending.get(p);
  if (!r) return;
  for (const term of terms) {
    const t = p.termIds.get(term);
    if (t !== undefined && !r.loaded[t]) loadRange(p, r, t);
  }
}

/** Reads every posting range not read yet: the whole index in memory (to splice or write it). */
export function loadAllTerms(p: Postings): void {
  const r = pending.get(p);
  if (!r) return;
  for (let t = 0; t < p.terms.length && pending.has(p); t++) if (!r.loaded[t]) loadRange(p, r, t);
  if (!r.tfs) p.tfs.fill(1);
}

/**
 * Reads ahead the posting ranges of the commonest terms not read yet, the commonest first, until
 * those read reach `share` of all postings: the terms nearly every question has (common Chinese
 * character pairs) and whose ranges are the largest to read, so that the first questions after a
 * start do not wait for them. Read lazily, an index takes memory only for the ranges read.
 */
export function loadCommonTerms(p: Postings, share: number): void {
  const r = pending.get(p);
  if (!r) return;
  const ids = Array.from(p.terms.keys()).sort((a, b) => p.offsets[b + 1] - p.offsets[b] - (p.offsets[a + 1] - p.offsets[a]) || a - b);
  const budget = share * p.passages.length;
  let read = 0;
  for (const t of ids) {
    const size = p.offsets[t + 1] - p.offsets[t];
    if (read + size > budget || !pending.has(p)) break;
    read += size;
    if (!r.loaded[t]) loadRange(p, r, t);
  }
}

/**
 * Reads an index written by `writePostings`. @throws Error when the file is not one, is of
 * another version, or its sizes do not add up (a truncated or damaged file).
 *
 * With `lazy`, only the header, the passage lengths, the offsets and the terms are read: each
 * term's (passage, tf) range is read by `loadTerms` when a query first needs it, into arrays
 * the size of the file's that take memory only where they are filled, and checked then (a range
 * that names a passage out of range or out of order throws `DamagedIndexError` after `onDamaged`).
 */
export function readPostings(path: string, version: number, opts: { lazy?: boolean; onDamaged?: () => void; tfs?: boolean } = {}): Postings {
  const fd = openSync(path, "r");
  let keepOpen = false;
  try {
    const fileSize = fstatSync(fd).size;
    if (fileSize < HEADER_WORDS * 4) throw new Error(`${path}: too short for an index file`);
    const h = new Uint32Array(HEADER_WORDS);
    readFully(fd, h, 0);
    if (h[0] !== MAGIC || h[1] !== FORMAT) throw new Error(`${path}: not an index file of format ${FORMAT}`);
    if (h[2] !== version) throw new Error(`${path}: index version ${h[2]}, expected ${version}`);
    const [n, termCount, postingCount, termBytes, totalLength] = [h[3], h[4], h[5], h[6], h[7]];
    const tfBytes = postingCount * 2 + ((postingCount % 2) * 2);
    const size = HEADER_WORDS * 4 + n * 4 + (termCount + 1) * 4 + postingCount * 4 + tfBytes + termBytes;
    if (fileSize !== size) throw new Error(`${path}: ${fileSize} bytes where its header says ${size}`);
    let at = HEADER_WORDS * 4;
    const lengths = new Uint32Array(n);
    readFully(fd, lengths, at);
    at += n * 4;
    const offsets = new Uint32Array(termCount + 1);
    readFully(fd, offsets, at);
    at += (termCount + 1) * 4;
    const passagesAt = at;
    const tfsAt = at + postingCount * 4;
    const termBuf = Buffer.alloc(termBytes);
    readFully(fd, termBuf, tfsAt + tfBytes);
    const terms = termCount ? termBuf.toString("utf8").split("\n") : [];
    if (terms.length !== termCount || offsets[0] !== 0 || offsets[termCount] !== postingCount) throw new Error(`${path}: the term list does not match its postings`);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += lengths[i];
    if (sum !== totalLength) throw new Error(`${path}: passage lengths do not add up`);
    for (let t = 0; t < termCount; t++) if (offsets[t + 1] < offsets[t]) throw new Error(`${path}: offsets out of order`);
    const passages = new Uint32Array(postingCount);
    const tfs = new Uint16Array(postingCount);
    const p: Postings = { terms, termIds: new Map(terms.map((t, i) => [t, i])), offsets, passages, tfs, lengths, totalLength };
    const r: PendingRanges = { fd, path, passagesAt, tfsAt, loaded: new Uint8Array(termCount), left: termCount, onDamaged: opts.onDamaged, tfs: opts.tfs ?? true };
    if (termCount === 0) return p;
    pending.set(p, r);
    keepOpen = true;
    if (opts.lazy) closer.register(p, fd, r);
    else {
      try {
        loadAllTerms(p);
      } catch (e) {
        pending.delete(p);
        keepOpen = false;
        throw new Error((e as Error).message);
      }
    }
    return p;
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}
