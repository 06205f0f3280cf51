/**
 * BM25 over passages. Chinese text is segmented with Intl.Segmenter and also indexed as
 * character bigrams (robust to segmentation differences between question and document);
 * ordinals are normalised ("第十五次" = "第15次") so either spelling matches.
 */
import { parseChineseNumber, toHalfWidth } from "./text.js";

export interface Bm25Options {
  k1: number;
  b: number;
}

const defaults: Bm25Options = { k1: 1.2, b: 0.75 };

/** Serializable BM25 index. */
export interface Bm25Data {
  /** token -> flat [docIndex, tf, docIndex, tf, ...]. */
  postings: Record<string, number[]>;
  lengths: number[];
  avgLength: number;
}

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

const STOP = new Set([
  "的", "了", "和", "在", "是", "与", "及", "或", "其", "为", "对", "中", "将", "并", "等", "该", "这", "之", "以", "于", "由", "上", "下", "从",
  "the", "of", "and", "a", "an", "to", "in", "on", "for", "is", "was", "what", "which", "who", "when", "where", "how", "did", "does", "do", "by", "at", "it", "its", "be", "are", "were", "with", "as", "that", "this",
  "什么", "哪些", "哪个", "哪", "是否", "吗", "呢", "？", "?",
]);

/** Normalises text before tokenizing: half-width, ordinals in digits, no spaces around digits in Chinese. */
export function normalizeForSearch(text: string): string {
  return toHalfWidth(text)
    .replace(/<[^>]+>/g, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/第\s*([一二三四五六七八九十百]+)\s*(届|次|段|条|期)/g, (m, n, w) => {
      const v = parseChineseNumber(n);
      return v ? `第${v}${w}` : m;
    })
    .replace(/(?<=[\u4e00-\u9fff])\s+(?=[\d])|(?<=\d)\s+(?=[\u4e00-\u9fff])/g, "")
    .toLowerCase();
}

/** Tokens of a text: words (Latin lower-cased, light stemming), Chinese words and bigrams. */
export function tokenize(text: string): string[] {
  const t = normalizeForSearch(text);
  const out: string[] = [];
  for (const seg of segmenter.segment(t)) {
    if (!seg.isWordLike) continue;
    const w = seg.segment;
    if (/^[a-z0-9./-]+$/.test(w)) {
      if (!STOP.has(w)) out.push(stem(w));
      continue;
    }
    if (!STOP.has(w)) out.push(w);
  }
  // Character bigrams over runs of Chinese characters.
  for (const run of t.match(/[\u4e00-\u9fff]{2,}/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  // Resolution numbers and symbols as whole tokens.
  for (const m of t.matchAll(/\d+\/\d+/g)) out.push(m[0]);
  return out;
}

function stem(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/** Builds a BM25 index over the given texts (in order). */
export function buildBm25(texts: string[]): Bm25Data {
  const postings: Record<string, number[]> = Object.create(null);
  const lengths: number[] = [];
  texts.forEach((text, docIndex) => {
    const tokens = tokenize(text);
    lengths.push(tokens.length);
    const tf = new Map<string, number>();
    for (const tok of tokens) tf.set(tok, (tf.get(tok) ?? 0) + 1);
    for (const [tok, n] of tf) (postings[tok] ??= []).push(docIndex, n);
  });
  const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  return { postings, lengths, avgLength };
}

/** Scores documents for a query; returns [docIndex, score] best first (ties in first-scored order). */
export function searchBm25(
  data: Bm25Data,
  queryTokens: string[],
  opts: { limit?: number; filter?: (docIndex: number) => boolean; weights?: Map<string, number> } & Partial<Bm25Options> = {},
): [number, number][] {
  const { k1, b } = { ...defaults, ...opts };
  const n = data.lengths.length;
  // Dense score array and the documents in the order they were first scored: common Chinese
  // bigrams touch most passages, and a Map plus a full sort of every candidate made a query on a
  // large corpus ten times slower than this (same scores, same order).
  const scores = new Float64Array(n);
  const scored = new Uint8Array(n);
  const touched: number[] = [];
  const unique = [...new Set(queryTokens)];
  for (const tok of unique) {
    const list = data.postings[tok];
    if (!list) continue;
    const df = list.length / 2;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const w = opts.weights?.get(tok) ?? 1;
    for (let i = 0; i < list.length; i += 2) {
      const d = list[i];
      if (opts.filter && !opts.filter(d)) continue;
      const tf = list[i + 1];
      const norm = tf + k1 * (1 - b + (b * data.lengths[d]) / data.avgLength);
      if (!scored[d]) {
        scored[d] = 1;
        touched.push(d);
      }
      scores[d] = scores[d] + w * idf * ((tf * (k1 + 1)) / norm);
    }
  }
  const limit = opts.limit ?? 10;
  if (!(limit > 0 && limit <= 100)) {
    return touched.map((d): [number, number] => [d, scores[d]]).sort((x, y) => y[1] - x[1]).slice(0, limit);
  }
  return topK(touched, scores, limit).map((d) => [d, scores[d]]);
}

/**
 * The `limit` best of `docs` by score, best first; equal scores keep their order in `docs`
 * (what a stable sort would give), by insertion into a short sorted list.
 */
function topK(docs: number[], scores: Float64Array, limit: number): number[] {
  const top: number[] = [];
  for (const d of docs) {
    const s = scores[d];
    // Not better than the worst kept: an equal score came later, so it ranks after.
    if (top.length === limit && s <= scores[top[limit - 1]]) continue;
    let j = top.length < limit ? top.length : limit - 1;
    if (top.length < limit) top.push(d);
    while (j > 0 && s > scores[top[j - 1]]) {
      top[j] = top[j - 1];
      j--;
    }
    top[j] = d;
  }
  return top;
}
