/**
 * BM25 over passages, each in its own language: English text through Porter-stemmed words,
 * Chinese text through jieba words and character bigrams (robust to segmentation differences
 * between question and document); ordinals are normalised ("第十五次" = "第15次") so either
 * spelling matches. A question is searched in its own words and expanded into the other
 * language (see lang/expand.ts), so English questions find Chinese passages and back.
 */
import type { Glossary } from "./glossary.js";
import { parseChineseNumber, toHalfWidth } from "./text.js";
import { englishWords, isStopWordEn, unglued } from "./lang/english.js";
import { chineseBigrams, segmentChinese } from "./lang/chinese.js";
import { questionConcepts } from "./lang/expand.js";
import { STOP_ZH } from "./lang/words.js";
import { buildPostings, documentTerms, gallop, loadTerms, lowerBound, type Postings } from "./postings.js";
import type { DistinctPostings, PassageClasses } from "./distinct.js";

export interface Bm25Options {
  k1: number;
  b: number;
}

const defaults: Bm25Options = { k1: 1.2, b: 0.75 };

/** The BM25 index: postings in typed arrays (see postings.ts); a "document" here is a passage. */
export type Bm25Data = Postings;

/** Normalises text before tokenizing: half-width, ordinals in digits, no spaces around digits in Chinese. */
export function normalizeForSearch(text: string): string {
  return searchForms(text)
    .replace(/(?<=[\u4e00-\u9fff])\s+(?=[\d])|(?<=\d)\s+(?=[\u4e00-\u9fff])/g, "")
    .toLowerCase();
}

/**
 * A text as `normalizeForSearch` has it before the spaces beside digits in Chinese are closed up
 * and it is lower-cased: half-width, without markup, ordinals in digits. Squashing (which takes
 * every space out) starts from here, without the pass that only takes some spaces out.
 */
export function searchForms(text: string): string {
  return ordinalsInDigits(
    unglued(toHalfWidth(text))
      .replace(/<[^>]+>/g, " ")
      .replace(/\]\([^)]*\)/g, "]"),
  );
}

/** A Chinese ordinal in words ("第十五次"), at a 第. */
const ORDINAL_AT = /第\s*([一二三四五六七八九十百]+)\s*(届|次|段|条|期)/y;

/**
 * "第十五次" as "第15次", each ordinal in words of a text. The same as replacing every match of
 * `ORDINAL_AT` (each starts with 第), looked for only where a 第 stands: a regular expression
 * tried at every character of a long text took as long as the rest of the normalising.
 */
function ordinalsInDigits(text: string): string {
  let out = "";
  let from = 0;
  for (let at = text.indexOf("第"); at >= 0; at = text.indexOf("第", at)) {
    ORDINAL_AT.lastIndex = at;
    const m = ORDINAL_AT.exec(text);
    if (!m) {
      at++;
      continue;
    }
    const v = parseChineseNumber(m[1]);
    out += text.slice(from, at) + (v ? `第${v}${m[2]}` : m[0]);
    from = at += m[0].length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Tokens of a text: English stems, Chinese words and bigrams, resolution numbers. */
export function tokenize(text: string): string[] {
  const t = normalizeForSearch(text);
  const out: string[] = [];
  if (/[a-z0-9]/.test(t)) for (const w of englishWords(t)) if (!isStopWordEn(w.word)) out.push(w.stem);
  if (/[\u4e00-\u9fff]/.test(t)) {
    for (const w of segmentChinese(t)) if (/[\u4e00-\u9fff]/.test(w) && !STOP_ZH.has(w)) out.push(w);
    out.push(...chineseBigrams(t));
  }
  // Resolution numbers and symbols as whole tokens.
  for (const m of t.matchAll(/\d+\/\d+/g)) out.push(m[0]);
  // A meeting's ordinal ("第15次", "第8届") as one token: its number alone is in every date.
  for (const m of t.matchAll(/第(\d{1,3})(届|次)/g)) out.push(m[0]);
  return out;
}

/** Weight of a translation: the dictionary's later senses count for less than its first. */
const senseWeight = (rank: number, dictionary: boolean) => (dictionary ? 0.8 : 1) / (1 + rank);

/**
 * The tokens a question is searched with, and their weights: its own words (weight 1) and its
 * concepts' terms in the other language (terminology 1, dictionary senses less, by rank). A
 * question in both scripts ("private sector 建议") has each part expanded.
 *
 * An English concept's Chinese term is searched by its words and character pairs; past
 * `SHARED_PAST` different ones they share that many tokens' weight: "UNODC" (毒品和犯罪问题办公室,
 * a dozen tokens) would otherwise weigh as much as a dozen words of the question, and any paragraph
 * naming the Office outrank the one that says what was asked ("2020 年推出两种新出版物" for "UNODC
 * publications out in 2020"). A short term ("移动电话") keeps its weight: shared out by the square
 * root of their count, a distinctive short term weighed too little against a common word.
 */
export function questionTokens(
  question: string,
  glossary: Glossary,
  opts: {
    /** The languages to expand from; by default each script the question is written in. */
    langs?: ("en" | "zh")[];
    /**
     * Each translation counts as one concept: its words share the sense's weight, and a Chinese
     * term counts by its words, not its character pairs (for short texts such as names).
     */
    conceptAsOne?: boolean;
  } = {},
): { tokens: string[]; weights: Map<string, number> } {
  const weights = new Map<string, number>();
  const add = (toks: string[], w: number) => {
    for (const tok of toks) if (w > (weights.get(tok) ?? 0)) weights.set(tok, w);
  };
  add(tokenize(question), 1);
  const langs = opts.langs ?? [/[a-z]/i.test(question) ? "en" : undefined, /[\u4e00-\u9fff]/.test(question) ? "zh" : undefined].filter((l): l is "en" | "zh" => !!l);
  for (const lang of langs) {
    for (const c of questionConcepts(question, lang, glossary)) {
      const dictionary = c.source === "dictionary";
      // Search takes a word's best senses; coverage checks them all.
      for (const s of (lang === "en" ? c.zh : c.en).slice(0, dictionary ? 3 : undefined)) {
        const toks = opts.conceptAsOne && lang === "en" ? memo(s.term, wordsOf, "words") : memo(s.term, tokenize, "tokens");
        add(toks, senseWeight(s.rank, dictionary) / (opts.conceptAsOne ? Math.max(1, toks.length) : lang === "en" ? Math.max(1, distinctCount(toks) / SHARED_PAST) : 1));
      }
      // A name is written in full where the question shortens it ("milex": "military expenditures"):
      // a term's other English forms count for names, each as one concept.
      if (opts.conceptAsOne && lang === "en" && c.source === "terminology") {
        for (const e of c.en) {
          const toks = e.term.split(" ").filter(Boolean);
          add(toks, 1 / Math.max(1, toks.length));
        }
      }
    }
  }
  return { tokens: [...weights.keys()], weights };
}

/** How many of an English concept's Chinese tokens weigh in full (see `questionTokens`). */
const SHARED_PAST = 4;

/** How many different tokens there are (a two-character word is also its one character pair), at least 1. */
const distinctCount = (toks: string[]) => Math.max(1, new Set(toks).size);

const wordsOf = (term: string) => segmentChinese(term).filter((w) => w.trim());

/**
 * The tokens of a translation, kept: translations come from the glossary and the dictionary, so
 * questions keep expanding into the same few thousand terms, each of which costs a call into the
 * segmenter. Bounded: past `MEMO_TERMS` it starts again empty.
 */
const MEMO_TERMS = 20_000;
const memos = { tokens: new Map<string, string[]>(), words: new Map<string, string[]>() };
function memo(term: string, f: (term: string) => string[], kind: keyof typeof memos): string[] {
  const m = memos[kind];
  let toks = m.get(term);
  if (!toks) {
    if (m.size >= MEMO_TERMS) m.clear();
    m.set(term, (toks = f(term)));
  }
  return toks;
}

/** Builds a BM25 index over the given texts (in order). */
export function buildBm25(texts: string[]): Bm25Data {
  return buildPostings([documentTerms(texts.map(tokenize))]);
}

/**
 * Per-index scratch for scoring, made once per postings and reused by every query (searching is
 * synchronous, so one query at a time uses it): each passage's score next to the length part of
 * BM25's denominator, `k1 * (1 - b + b * length / avgLength)` (for the k1 and b it was made
 * with), so that scoring a posting touches one place in memory, not three scattered arrays (a
 * large corpus's arrays do not fit in the processor's caches); the scored passages in
 * first-scored order; and, for a query with a weight that is not positive (where a score of 0
 * does not mean "not scored yet"), which passages were scored.
 */
interface Scratch {
  /** Passage d's score at 2d, its length norm at 2d + 1. */
  acc: Float64Array;
  scored: Uint8Array;
  touched: Uint32Array;
  k1: number;
  b: number;
  /** In use by a query (a filter that searches the same index gets a scratch of its own). */
  busy: boolean;
  /** Each term's highest `tf·(k1 + 1) / (tf + norm)` over its postings, NaN until a query needs it. */
  most: Float64Array;
}
const scratches = new WeakMap<Bm25Data, Scratch>();

function scratchFor(data: Bm25Data, k1: number, b: number, avgLength = data.totalLength / Math.max(1, data.lengths.length)): Scratch {
  const n = data.lengths.length;
  const fresh = (): Scratch => ({ acc: new Float64Array(2 * n), scored: new Uint8Array(n), touched: new Uint32Array(n), k1: NaN, b: NaN, busy: false, most: new Float64Array(data.terms.length).fill(NaN) });
  let s = scratches.get(data);
  if (!s) scratches.set(data, (s = fresh()));
  else if (s.busy) s = fresh();
  if (s.k1 !== k1 || s.b !== b) {
    for (let d = 0; d < n; d++) s.acc[2 * d + 1] = k1 * (1 - b + (b * data.lengths[d]) / avgLength);
    s.k1 = k1;
    s.b = b;
    s.most.fill(NaN);
  }
  return s;
}

/** A query term: its id, its weight times its rarity, and its posting range. */
interface QueryTerm {
  id: number;
  wIdf: number;
  from: number;
  to: number;
}

/**
 * Scores documents for a query; returns [docIndex, score] best first (ties in first-scored order:
 * by the first query term that scores them, then in document order).
 *
 * Where the postings have postings over distinct passages (`data.distinct`), a search for the
 * best (at most 100) with positive weights and no filter scores each class of equal passages
 * once and ranks its passages with its score: the same results, from a fraction of the postings
 * on a corpus that repeats passages. Postings read lazily are read here, those of the query's terms.
 */
export function searchBm25(
  data: Bm25Data,
  queryTokens: string[],
  opts: {
    limit?: number;
    filter?: (docIndex: number) => boolean;
    /** Only documents `from` ≤ d < `to`: each term's postings are entered there, not filtered one by one. */
    within?: { from: number; to: number };
    weights?: Map<string, number>;
  } & Partial<Bm25Options> = {},
): [number, number][] {
  const { k1, b } = { ...defaults, ...opts };
  const n = data.lengths.length;
  const filter = opts.filter;
  // The terms to score, each with its weight (the document frequency, precomputed at build, is
  // the length of the term's posting range).
  const terms: QueryTerm[] = [];
  for (const tok of new Set(queryTokens)) {
    const id = data.termIds.get(tok);
    if (id === undefined) continue;
    const df = data.offsets[id + 1] - data.offsets[id];
    if (df === 0) continue;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    terms.push({ id, wIdf: (opts.weights?.get(tok) ?? 1) * idf, from: 0, to: 0 });
  }
  // Every contribution is above 0 when every weight is (tf ≥ 1): a score of 0 is "not scored yet".
  const positive = k1 > 0 && terms.every((t) => t.wIdf > 0);
  const limit = opts.limit ?? 10;
  const topOnly = limit > 0 && limit <= 100;
  const distinct = positive && !filter && topOnly ? data.distinct : undefined;
  const source = distinct?.postings ?? data;
  loadTerms(source, terms.map((t) => data.terms[t.id]));
  const avgLength = data.totalLength / Math.max(1, n);
  if (distinct && opts.within) return withinClasses(distinct, terms, k1, b, avgLength, limit, opts.within);
  // Postings are in ascending document order: a range of documents is a range of postings.
  for (const t of terms) {
    const start = source.offsets[t.id];
    const end = source.offsets[t.id + 1];
    t.from = opts.within ? lowerBound(source.passages, start, end, opts.within.from) : start;
    t.to = opts.within ? lowerBound(source.passages, t.from, end, opts.within.to) : end;
  }
  // Dense scores and the passages in the order they were first scored, in typed arrays kept
  // with the index: common Chinese bigrams touch most passages, and a Map plus a full sort of
  // every candidate (or a growing JS array of them) made a query on a large corpus many times
  // slower than this (same scores, same order).
  const scratch = scratchFor(source, k1, b, avgLength);
  const { acc, scored, touched } = scratch;
  scratch.busy = true;
  if (positive && !filter && topOnly) {
    try {
      return topByBlocks(source, terms, acc, k1, limit, distinct?.classes, bounds(source, terms, scratch));
    } finally {
      scratch.busy = false;
    }
  }
  const { passages, tfs } = data;
  let count = 0;
  try {
    for (const { wIdf, from, to } of terms) {
      if (positive && !filter) {
        for (let i = from; i < to; i++) {
          const at = 2 * passages[i];
          const tf = tfs[i];
          const s = acc[at];
          if (s === 0) touched[count++] = at >>> 1;
          acc[at] = s + wIdf * ((tf * (k1 + 1)) / (tf + acc[at + 1]));
        }
        continue;
      }
      for (let i = from; i < to; i++) {
        const d = passages[i];
        if (filter && !filter(d)) continue;
        const tf = tfs[i];
        if (!scored[d]) {
          scored[d] = 1;
          touched[count++] = d;
        }
        acc[2 * d] = acc[2 * d] + wIdf * ((tf * (k1 + 1)) / (tf + acc[2 * d + 1]));
      }
    }
    if (!topOnly) {
      return Array.from(touched.subarray(0, count), (d): [number, number] => [d, acc[2 * d]]).sort((x, y) => y[1] - x[1]).slice(0, limit);
    }
    return topK(touched, count, acc, limit).map((d) => [d, acc[2 * d]]);
  } finally {
    // Leave the scratch clean for the next query (or a query after a throwing filter).
    for (let i = 0; i < count; i++) {
      acc[2 * touched[i]] = 0;
      scored[touched[i]] = 0;
    }
    scratch.busy = false;
  }
}

/**
 * Each term's bound: the most it adds to any passage's score, its weight times its highest
 * `tf·(k1 + 1) / (tf + norm)`, found from its postings the first time a query needs it and kept
 * with the scratch (a common term's contribution is well under the `k1 + 1` that bounds them all).
 */
function bounds(data: Bm25Data, terms: QueryTerm[], scratch: Scratch): Float64Array {
  const { acc, k1, most } = scratch;
  return Float64Array.from(terms, ({ id, wIdf }) => {
    if (Number.isNaN(most[id])) {
      let m = 0;
      for (let i = data.offsets[id], end = data.offsets[id + 1]; i < end; i++) {
        const tf = data.tfs[i];
        const c = (tf * (k1 + 1)) / (tf + acc[2 * data.passages[i] + 1]);
        if (c > m) m = c;
      }
      most[id] = m;
    }
    return wIdf * most[id];
  });
}

/** Passages scored at a time: their scores and length norms (16 bytes each) stay in the processor's cache. */
const BLOCK = 1 << 14;

/**
 * The share of the worst score kept that the terms skipped may bound together. Skipping up to the
 * whole of it skips the most postings, but then nearly every passage the other terms score could
 * still reach the worst and has the skipped terms looked up; at half, a passage must score half the
 * worst from the other terms before they are (a third fewer milliseconds per search at 10,000
 * documents than the whole, the same from a third to two thirds).
 */
const SKIPPED_SHARE = 0.5;

/** Room left for rounding when a bound is compared with a score (the bound is far above rounding errors). */
const ROUNDING = 1e-9;

/**
 * The `limit` best passages (all contributions positive, no filter), scored a block of `BLOCK`
 * passages at a time: each term's postings within the block, the terms in query order, then the
 * block's scored passages (those with a score above 0) offered to the best so far and their scores
 * cleared. A common Chinese character pair has postings in most passages of a large corpus:
 * scoring one term over the whole corpus after another, then picking the best among hundreds of
 * thousands of scored passages, swept score arrays many times the size of the processor's caches
 * once per term and again to pick; block by block they stay in the cache. Each passage receives
 * its terms' contributions in the same order as term by term, so its score is the same to the last
 * bit, and equal scores rank in the order scoring term by term first scored them: by the term that
 * first scored them (looked up only when two scores tie), then by passage.
 *
 * Once the best are `limit`, a term adds at most its bound to any passage (see `bounds`), so the
 * least-weighted terms whose bounds together stay under a share (`SKIPPED_SHARE`) of the worst
 * score kept cannot lift a passage among the best on their own (MaxScore): a block's postings of
 * those terms are skipped, not scored, and only a passage the other terms scored high enough to go
 * among the best with them is scored in full, term by term in query order, the same sum as scoring
 * every term. The common character pairs, most of the postings and the least weight, are skipped.
 */
function topByBlocks(data: Bm25Data, terms: QueryTerm[], acc: Float64Array, k1: number, limit: number, classes: PassageClasses | undefined, bound: Float64Array): [number, number][] {
  const { passages, tfs } = data;
  const n = data.lengths.length;
  // Each term's postings in the current block: from[t] .. at[t].
  const from = Uint32Array.from(terms, (t) => t.from);
  const at = Uint32Array.from(terms, (t) => t.from);
  let lo = Infinity;
  let hi = 0;
  for (const t of terms) {
    if (t.from < t.to) {
      lo = Math.min(lo, passages[t.from]);
      hi = Math.max(hi, passages[t.to - 1] + 1);
    }
  }
  // The terms by bound, the least first; a block's scored terms.
  const byBound = Array.from(terms.keys()).sort((x, y) => bound[x] - bound[y] || x - y);
  const scoredTerm = new Uint8Array(terms.length);
  // The best so far, best first: passage, score, the term that first scored it.
  const top: Ranked[] = [];
  const worstScore = () => (top.length === limit ? top[limit - 1].s : 0);
  // The first term (in query order) with a posting of d (a passage, or a class): what ranks
  // passages of equal scores, so it is looked up only when two compare equal.
  const firstTerm = (d: number): number => {
    for (let t = 0; t < terms.length; t++) {
      const i = lowerBound(passages, terms[t].from, terms[t].to, d);
      if (i < terms[t].to && passages[i] === d) return t;
    }
    return terms.length;
  };
  // d's score from every term's postings in the current block, in query order.
  const fullScore = (d: number): number => {
    let s = 0;
    for (let t = 0; t < terms.length; t++) s += contribution(t, d);
    return s;
  };
  // Offers d's passages (d itself, or the passages of class d, in passage order: each goes after
  // the one before, so the first that does not go among the best ends the offer).
  const offer = (d: number, s: number) => {
    if (top.length === limit && s < top[limit - 1].s) return;
    if (!classes) return void rankIn(top, limit, { d, s, t: -1, c: d }, firstTerm);
    for (let k = classes.starts[d]; k < classes.starts[d + 1]; k++) if (!rankIn(top, limit, { d: classes.members[k], s, t: -1, c: d }, firstTerm)) return;
  };
  // Each term's cursor in the block: the passages offered mostly come in passage order.
  const cursor = new Uint32Array(terms.length);
  // The contribution of term t to d's score in the current block (0 when it has no posting of d).
  const contribution = (t: number, d: number): number => {
    const after = cursor[t] > from[t] && passages[cursor[t] - 1] >= d;
    const i = (cursor[t] = gallop(passages, after ? from[t] : cursor[t], at[t], d));
    return i < at[t] && passages[i] === d ? terms[t].wIdf * ((tfs[i] * (k1 + 1)) / (tfs[i] + acc[2 * d + 1])) : 0;
  };
  // Offers d, scored `s` by the block's scored terms, the terms skipped (`skipped`, the greatest
  // bound first) bounding the rest of its score by `rest`: each skipped term's bound is replaced
  // by what it gives d, until d can no longer reach the worst kept or it is scored in full.
  const offerScored = (d: number, s: number, rest: number, skipped: number[]) => {
    if (rest === 0) return offer(d, s);
    const worst = worstScore();
    let most = s + rest;
    for (const t of skipped) {
      if (most * (1 + ROUNDING) < worst) return;
      most += contribution(t, d) - bound[t];
    }
    if (most * (1 + ROUNDING) >= worst) offer(d, fullScore(d));
  };
  for (let start = lo, end = 0; start < hi; start = end) {
    // Short blocks until the best are `limit`: the sooner there is a worst score, the sooner terms are skipped.
    end = Math.min(start + (top.length < limit ? BLOCK / 16 : BLOCK), n);
    // The terms skipped in this block, and their bounds together.
    const budget = worstScore() * SKIPPED_SHARE * (1 - ROUNDING);
    let rest = 0;
    const skipped: number[] = [];
    scoredTerm.fill(1);
    for (const t of byBound) {
      if (rest + bound[t] >= budget) break;
      rest += bound[t];
      scoredTerm[t] = 0;
      skipped.unshift(t);
    }
    let postings = 0;
    for (let t = 0; t < terms.length; t++) {
      const to = terms[t].to;
      let i = (cursor[t] = from[t] = at[t]);
      if (!scoredTerm[t]) {
        at[t] = i < to && passages[i] < end ? lowerBound(passages, i, to, end) : i;
        continue;
      }
      const w = terms[t].wIdf;
      for (; i < to; i++) {
        const d = passages[i];
        if (d >= end) break;
        const a = 2 * d;
        const tf = tfs[i];
        acc[a] += w * ((tf * (k1 + 1)) / (tf + acc[a + 1]));
      }
      postings += i - from[t];
      at[t] = i;
    }
    // The scored passages: by reading the block's scores when its postings are many, else by
    // going through its postings again (a passage's score is cleared when it is offered).
    // Nearly all of them (tens of thousands a search) cannot reach the worst kept: that test, the
    // first `offerScored` makes, is made here without the call, with the worst kept read again
    // after each passage offered. It comes before the test for a score of 0, which it also passes
    // over once the best are `limit` (every score is then above 0): most passages then take one
    // branch the processor predicts, where testing for 0 first (a block's passages scored and not
    // in no order) made it mispredict about every other passage (a third of a search's time).
    const skipping = rest !== 0 && skipped.length > 0;
    let worst = worstScore();
    if (postings >= BLOCK / 16) {
      for (let d = start; d < end; d++) {
        const s = acc[2 * d];
        acc[2 * d] = 0;
        if (skipping ? (s + rest) * (1 + ROUNDING) < worst : s < worst) continue;
        if (s === 0) continue;
        offerScored(d, s, rest, skipped);
        worst = worstScore();
      }
    } else {
      for (let t = 0; t < terms.length; t++) {
        if (!scoredTerm[t]) continue;
        for (let i = from[t]; i < at[t]; i++) {
          const d = passages[i];
          const s = acc[2 * d];
          acc[2 * d] = 0;
          if (skipping ? (s + rest) * (1 + ROUNDING) < worst : s < worst) continue;
          if (s === 0) continue;
          offerScored(d, s, rest, skipped);
          worst = worstScore();
        }
      }
    }
  }
  return top.map((x) => [x.d, x.s]);
}

/**
 * A passage among the best: its score and the first query term that scored it (-1 until a tie
 * asks for it: then looked up by the passage or class `c` whose postings scored it).
 */
interface Ranked {
  d: number;
  s: number;
  t: number;
  c: number;
}

/** Whether `x` ranks before `e`: higher score, earlier first term, earlier passage. */
function before(x: Ranked, e: Ranked, firstTerm: (c: number) => number): boolean {
  if (x.s !== e.s) return x.s > e.s;
  if (x.t < 0) x.t = firstTerm(x.c);
  if (e.t < 0) e.t = firstTerm(e.c);
  return x.t < e.t || (x.t === e.t && x.d < e.d);
}

/**
 * Puts `x` among the `limit` best of `top` (best first) where it ranks there, found by halving
 * (a hundred kept, most passages offered go in); whether it did.
 */
function rankIn(top: Ranked[], limit: number, x: Ranked, firstTerm: (c: number) => number): boolean {
  if (top.length === limit && !before(x, top[limit - 1], firstTerm)) return false;
  let lo = 0;
  let hi = Math.min(top.length, limit - 1);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(x, top[mid], firstTerm)) hi = mid;
    else lo = mid + 1;
  }
  if (top.length === limit) top.pop();
  top.splice(lo, 0, x);
  return true;
}

/**
 * The `limit` best passages `from` ≤ d < `to` by the postings over classes: the classes of those
 * passages scored (each term's postings looked up class by class, or read through where they are
 * few), then the passages ranked by their class's score, as `topByBlocks` ranks them within the
 * same range of the search postings.
 */
function withinClasses(distinct: DistinctPostings, terms: QueryTerm[], k1: number, b: number, avgLength: number, limit: number, range: { from: number; to: number }): [number, number][] {
  const { classOf } = distinct.classes;
  const { offsets, passages, tfs, lengths } = distinct.postings;
  const from = Math.max(0, range.from);
  const to = Math.min(classOf.length, range.to);
  if (from >= to) return [];
  const cls = Uint32Array.from(new Set(classOf.subarray(from, to))).sort();
  const score = new Float64Array(cls.length);
  const first = new Int32Array(cls.length).fill(-1);
  const add = (j: number, t: number, tf: number) => {
    const norm = k1 * (1 - b + (b * lengths[cls[j]]) / avgLength);
    score[j] += terms[t].wIdf * ((tf * (k1 + 1)) / (tf + norm));
    if (first[j] < 0) first[j] = t;
  };
  for (let t = 0; t < terms.length; t++) {
    // Only the term's postings from the range's first class to its last are gone through.
    const start = lowerBound(passages, offsets[terms[t].id], offsets[terms[t].id + 1], cls[0]);
    const end = lowerBound(passages, start, offsets[terms[t].id + 1], cls[cls.length - 1] + 1);
    if (end - start > cls.length * 16) {
      for (let j = 0, i = start; j < cls.length; j++) {
        i = gallop(passages, i, end, cls[j]);
        if (i === end) break;
        if (passages[i] === cls[j]) add(j, t, tfs[i]);
      }
    } else {
      for (let i = start, j = 0; i < end; i++) {
        const c = passages[i];
        while (j < cls.length && cls[j] < c) j++;
        if (j === cls.length) break;
        if (cls[j] === c) add(j, t, tfs[i]);
      }
    }
  }
  const top: Ranked[] = [];
  const firstOf = (c: number) => first[lowerBound(cls, 0, cls.length, c)];
  for (let d = from; d < to; d++) {
    const j = lowerBound(cls, 0, cls.length, classOf[d]);
    if (score[j] > 0) rankIn(top, limit, { d, s: score[j], t: first[j], c: classOf[d] }, firstOf);
  }
  return top.map((x) => [x.d, x.s]);
}

/**
 * The `limit` best of the first `count` of `docs` by score, best first; equal scores keep their order in `docs`
 * (what a stable sort would give), by insertion into a short sorted list.
 */
function topK(docs: Uint32Array, count: number, acc: Float64Array, limit: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < count; i++) {
    const d = docs[i];
    const s = acc[2 * d];
    // Not better than the worst kept: an equal score came later, so it ranks after.
    if (top.length === limit && s <= acc[2 * top[limit - 1]]) continue;
    let j = top.length < limit ? top.length : limit - 1;
    if (top.length < limit) top.push(d);
    while (j > 0 && s > acc[2 * top[j - 1]]) {
      top[j] = top[j - 1];
      j--;
    }
    top[j] = d;
  }
  return top;
}
