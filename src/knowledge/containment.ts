/**
 * How many passages contain a term, for weighing a question's concepts by their rarity: a
 * Chinese term counts where a passage's squashed text holds it as a substring, an English stem
 * key where the passage's words hold its stems in a row. Counting that by scanning every passage
 * reads the whole corpus; instead the build keeps a second set of postings, over the passages'
 * own text (not their headings, unlike search): the pairs of Chinese characters, the digit
 * strings of up to four digits (and the first and last digits of a number next to a Chinese
 * character, "第15", "6月"), the runs of letters and the English stems each passage holds.
 * A term's passages are then the intersection of its parts' postings, read on first use like
 * the search's, and a concept's count the size of the union over its terms.
 *
 * The count is exact where a term is one part (a pair of Chinese characters, a number of up to
 * four digits or one next to a Chinese character, one English stem) or one Chinese character
 * (the union of the pairs that hold it and of the character alone), and an upper bound otherwise
 * (its three rarest parts present in the same passage, not necessarily in a row): rarity is read
 * in coarse bands (absent, under 5%, under 20%, common), which that bound does not move for any
 * concept of the question sets. A term with no part to look up (punctuation) is counted by
 * reading the passages.
 */
import { searchForms } from "./search.js";
import { englishWords } from "./lang/english.js";
import { containmentTerms } from "./index-terms.js";
import { gallop, loadTerms, lowerBound, type DocumentTerms, type Postings, type TermDictionary } from "./postings.js";
import type { ParsedDocument } from "./model.js";

/**
 * A passage's text as containment compares it: normalised for search, without white space. (The
 * spaces that normalising closes up are taken out with the others, so it is not asked to.)
 */
export const squashedText = (text: string): string => searchForms(text).toLowerCase().replace(/\s+/g, "");

/** A text's English words as " stem stem … " (empty when it has none), for stem keys. */
export const stemLine = (text: string): string => (/[a-z]{2}/i.test(text) ? ` ${englishWords(text.replace(/-/g, " ")).map((w) => w.stem).join(" ")} ` : "");

/** Whether a stem line holds a stem key ("discuss", "sign up") as whole words in a row. */
export const hasStemKey = (line: string, key: string): boolean => !!line && line.includes(` ${key} `);

const isCjk = (c: string) => {
  const code = c.charCodeAt(0);
  return code >= 0x4e00 && code <= 0x9fff;
};
const isDigit = (c: string) => c >= "0" && c <= "9";
const isLetter = (c: string) => c >= "a" && c <= "z";
/** Digit strings are kept up to this length; longer ones are looked up by their windows. */
export const CONTAINMENT_DIGITS = 4;
const DIGITS = CONTAINMENT_DIGITS;
/** Runs of letters longer than this (English words run together by squashing) are not kept. */
export const CONTAINMENT_LETTERS = 16;
const LETTERS = CONTAINMENT_LETTERS;

/** The parts of one passage text that containment looks up (each once). */
export function containmentParts(text: string): string[] {
  const s = squashedText(text);
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (isCjk(c)) {
      if (i + 1 < s.length && isCjk(s[i + 1])) out.add(`b${c}${s[i + 1]}`);
      // A character with no Chinese neighbour is in no pair: it is kept alone.
      else if (i === 0 || !isCjk(s[i - 1])) out.add(`u${c}`);
    } else if (isDigit(c)) {
      for (let j = i; j < s.length && j < i + DIGITS && isDigit(s[j]); j++) out.add(`d${s.slice(i, j + 1)}`);
      if (i === 0 || !isDigit(s[i - 1])) {
        let j = i;
        while (j < s.length && isDigit(s[j])) j++;
        for (let k = 1; k <= Math.min(DIGITS, j - i); k++) {
          if (i > 0 && isCjk(s[i - 1])) out.add(`p${s[i - 1]}${s.slice(i, i + k)}`);
          if (j < s.length && isCjk(s[j])) out.add(`s${s.slice(j - k, j)}${s[j]}`);
        }
      }
    } else if (isLetter(c) && (i === 0 || !isLetter(s[i - 1]))) {
      let j = i;
      while (j < s.length && isLetter(s[j])) j++;
      if (j - i <= LETTERS) out.add(`l${s.slice(i, j)}`);
    }
  }
  const line = stemLine(text);
  if (line) for (const w of line.trim().split(" ")) out.add(`w${w}`);
  return [...out];
}

/** The containment parts of one document's passages (the unit a build or an update adds); `dict` as for `containmentTerms`. */
export function documentContainment(doc: ParsedDocument, dict?: TermDictionary): DocumentTerms {
  return containmentTerms(doc.passages.map((p) => p.text), dict);
}

/**
 * The parts every passage whose squashed text holds `term` (already squashed) must hold: its
 * character pairs, its digit strings (or their windows), and its runs of letters that other
 * characters bound on both sides within the term (a run at either end may continue in the
 * passage). Undefined when the term has none.
 */
export function partsOfTerm(term: string): string[] | undefined {
  const out = new Set<string>();
  for (let i = 0; i < term.length; i++) {
    const c = term[i];
    if (isCjk(c)) {
      if (i + 1 < term.length && isCjk(term[i + 1])) out.add(`b${c}${term[i + 1]}`);
    } else if (isDigit(c) && (i === 0 || !isDigit(term[i - 1]))) {
      let j = i;
      while (j < term.length && isDigit(term[j])) j++;
      const run = term.slice(i, j);
      // "第15", "6月": the Chinese character a number is written against, and its first or last
      // digits (the whole number when it is short: its digit string is then implied).
      const before = i > 0 && isCjk(term[i - 1]);
      const after = j < term.length && isCjk(term[j]);
      if (before) out.add(`p${term[i - 1]}${run.slice(0, DIGITS)}`);
      if (after) out.add(`s${run.slice(-DIGITS)}${term[j]}`);
      if (run.length <= DIGITS) {
        if (!before && !after) out.add(`d${run}`);
      } else for (let k = 0; k + DIGITS <= run.length; k++) out.add(`d${run.slice(k, k + DIGITS)}`);
    } else if (isLetter(c) && (i === 0 || !isLetter(term[i - 1]))) {
      let j = i;
      while (j < term.length && isLetter(term[j])) j++;
      if (i > 0 && j < term.length && j - i <= LETTERS) out.add(`l${term.slice(i, j)}`);
    }
  }
  return out.size ? [...out] : undefined;
}

/** The parts a passage holding the stem key must hold: each of its stems. */
export function partsOfStemKey(key: string): string[] {
  return key.split(" ").filter(Boolean).map((w) => `w${w}`);
}

/** What a concept is counted by: Chinese terms (squashed) and English stem keys. */
export interface ContainmentQuery {
  zh: readonly string[];
  en: readonly string[];
}

/** Where the containment postings and, for terms with no parts, the passages' texts come from. */
export interface ContainmentSource {
  postings: () => Postings;
  /** Every passage's text in corpus order (read only for a term that has no parts). */
  texts: () => Iterable<string>;
}

/** A term's passages: those holding all of `all`, or any of `any` (one Chinese character: its pairs and itself alone). */
type Alternative = { all: number[] } | { any: number[] };
/** An intersection reads at most this many of a term's parts, the rarest: enough to tell a term apart. */
const MOST_PARTS = 3;
/** Passages whose holders of every query are found at a time, in corpus order, until enough are found. */
const HOLDING_BLOCK = 16_384;

/** What the index answers from the containment postings. */
export interface Containment {
  /**
   * Counts passages containing any of a query's terms, each count kept for the index (questions
   * share most of their concepts). With `bands` (ascending thresholds), the count returned may be
   * any number in the same band as the count (at or above the same thresholds): when the
   * postings' lengths alone settle the band (a one-part term's length is its count; a term's count
   * is at most its rarest part's length), no posting is read.
   */
  frequency(q: ContainmentQuery, bands?: readonly number[]): number;
  /**
   * The passages (ordinals, in corpus order, at most `limit`) that contain some term of every one
   * of the queries: an upper bound where a term's count is (see above), so a caller checks them.
   */
  holding(queries: readonly ContainmentQuery[], limit: number): number[];
}

export function createContainment(src: ContainmentSource): Containment {
  const counts = new Map<string, number>();
  let marks: Uint8Array | undefined;
  // Chinese character -> the parts that hold it (its pairs, itself alone), made on first use.
  let byCharacter: Map<string, number[]> | undefined;
  const partsWith = (p: Postings, c: string): number[] => {
    if (!byCharacter) {
      byCharacter = new Map();
      p.terms.forEach((t, id) => {
        if (t[0] !== "b" && t[0] !== "u") return;
        for (const ch of new Set(t.slice(1))) (byCharacter!.get(ch) ?? byCharacter!.set(ch, []).get(ch)!).push(id);
      });
    }
    return byCharacter.get(c) ?? [];
  };
  /** A query's terms as alternatives of parts to look up, and the terms with no parts (scanned). */
  const lookups = (p: Postings, q: ContainmentQuery) => {
    const length = (id: number) => p.offsets[id + 1] - p.offsets[id];
    const ids = (parts: string[]) => parts.map((part) => p.termIds.get(part) ?? -1);
    const scanned: string[] = [];
    const alternatives: Alternative[] = [];
    const all = (parts: string[]) => {
      const found = ids(parts);
      // A part no passage holds: no passage holds the term.
      if (found.some((id) => id < 0 || length(id) === 0)) return;
      alternatives.push({ all: found.sort((a, b) => length(a) - length(b)).slice(0, MOST_PARTS) });
    };
    for (const term of q.zh) {
      if (!term) continue;
      const parts = partsOfTerm(term);
      if (parts) all(parts);
      else if (term.length === 1 && isCjk(term)) alternatives.push({ any: partsWith(p, term) });
      else scanned.push(term);
    }
    for (const k of q.en) {
      const parts = partsOfStemKey(k);
      if (parts.length) all(parts);
    }
    return { alternatives, scanned, length };
  };
  /** Calls `mark` for every passage that may hold one of a query's terms (a passage may be marked more than once). */
  const markHolders = (p: Postings, { alternatives, scanned }: ReturnType<typeof lookups>, mark: (d: number) => void) => {
    loadTerms(p, alternatives.flatMap((a) => ("all" in a ? a.all : a.any)).map((id) => p.terms[id]));
    for (const a of alternatives) {
      if ("all" in a) intersect(p, a.all, mark);
      else for (const id of a.any) for (let i = p.offsets[id]; i < p.offsets[id + 1]; i++) mark(p.passages[i]);
    }
    if (scanned.length) {
      let d = 0;
      for (const text of src.texts()) {
        const s = squashedText(text);
        if (scanned.some((t) => s.includes(t))) mark(d);
        d++;
      }
    }
  };
  const frequency = (q: ContainmentQuery, bands?: readonly number[]): number => {
    const key = `${q.zh.join("\u0001")}\u0002${q.en.join("\u0001")}`;
    const known = counts.get(key);
    if (known !== undefined) return known;
    const p = src.postings();
    const n = p.lengths.length;
    const look = lookups(p, q);
    const { alternatives, scanned, length } = look;
    if (bands && !scanned.length) {
      let low = 0;
      let high = 0;
      for (const a of alternatives) {
        if ("all" in a) {
          if (a.all.length === 1) low = Math.max(low, length(a.all[0]));
          high += length(a.all[0]);
        } else {
          for (const id of a.any) {
            low = Math.max(low, length(id));
            high += length(id);
          }
        }
      }
      const band = (x: number) => bands.filter((b) => x >= b).length;
      if (band(low) === band(Math.min(high, n))) return low;
    }
    if (!marks || marks.length !== n) marks = new Uint8Array(n);
    marks.fill(0);
    let count = 0;
    markHolders(p, look, (d) => {
      if (!marks![d]) {
        marks![d] = 1;
        count++;
      }
    });
    counts.set(key, count);
    return count;
  };
  /**
   * Marks (sets to `to` where it was `to - 1`) the passages lo ≤ d < hi that may hold one of a
   * query's terms (postings read already).
   */
  const markBlock = (p: Postings, look: ReturnType<typeof lookups>, lo: number, hi: number, marks: Uint8Array, to: number) => {
    const { offsets, passages } = p;
    const mark = (d: number) => {
      if (marks[d - lo] === to - 1) marks[d - lo] = to;
    };
    for (const a of look.alternatives) {
      if ("all" in a) {
        const [first, ...rest] = a.all;
        const at = rest.map((id) => lowerBound(passages, offsets[id], offsets[id + 1], lo));
        outer: for (let i = lowerBound(passages, offsets[first], offsets[first + 1], lo); i < offsets[first + 1] && passages[i] < hi; i++) {
          const d = passages[i];
          // Only a passage the queries before marked can be marked: the other parts are not
          // looked up for the rest (most of a common part's postings, after a rarer query).
          if (marks[d - lo] !== to - 1) continue;
          for (let r = 0; r < rest.length; r++) {
            const end = offsets[rest[r] + 1];
            const j = (at[r] = gallop(passages, at[r], end, d));
            if (j === end || passages[j] !== d) continue outer;
          }
          mark(d);
        }
      } else {
        for (const id of a.any) for (let i = lowerBound(passages, offsets[id], offsets[id + 1], lo); i < offsets[id + 1] && passages[i] < hi; i++) mark(passages[i]);
      }
    }
  };
  const holding = (queries: readonly ContainmentQuery[], limit: number): number[] => {
    if (!queries.length) return [];
    const p = src.postings();
    const looks = queries.map((q) => lookups(p, q));
    // A query with a term to scan reads every passage's text anyway: every query is marked then
    // (and so are more queries than a byte of marks counts).
    if (looks.some((l) => l.scanned.length) || looks.length >= 255) return holdingByMarks(p, looks, limit);
    // A query no passage may hold: none holds them all.
    if (looks.some((l) => !l.alternatives.length)) return [];
    loadTerms(p, looks.flatMap((l) => l.alternatives.flatMap((a) => ("all" in a ? a.all : a.any))).map((id) => p.terms[id]));
    // Block by block in corpus order, the queries with the fewest postings first, stopping at
    // `limit` passages: the same passages as marking every query over the whole corpus, without
    // marking the whole corpus when the first blocks hold enough.
    const size = (l: ReturnType<typeof lookups>) => l.alternatives.reduce((sum, a) => sum + ("all" in a ? l.length(a.all[0]) : a.any.reduce((t, id) => t + l.length(id), 0)), 0);
    const order = looks.map((l, i) => ({ l, size: size(l), i })).sort((a, b) => a.size - b.size || a.i - b.i);
    const n = p.lengths.length;
    const marks = new Uint8Array(Math.min(n, HOLDING_BLOCK));
    const out: number[] = [];
    for (let lo = 0; lo < n && out.length < limit; lo += HOLDING_BLOCK) {
      const hi = Math.min(n, lo + HOLDING_BLOCK);
      marks.fill(0);
      let q = 0;
      for (; q < order.length; q++) {
        markBlock(p, order[q].l, lo, hi, marks, q + 1);
        if (!marks.includes(q + 1)) break;
      }
      if (q < order.length) continue;
      for (let d = lo; d < hi && out.length < limit; d++) if (marks[d - lo] === order.length) out.push(d);
    }
    return out;
  };
  /** The passages holding some term of every query, by marking each query's passages in turn. */
  const holdingByMarks = (p: Postings, looks: ReturnType<typeof lookups>[], limit: number): number[] => {
    const n = p.lengths.length;
    // Each passage's count of queries it may hold; a query marks a passage once.
    const held = new Uint16Array(n);
    looks.forEach((look, i) => {
      markHolders(p, look, (d) => {
        if (held[d] === i) held[d] = i + 1;
      });
    });
    const out: number[] = [];
    for (let d = 0; d < n && out.length < limit; d++) if (held[d] === looks.length) out.push(d);
    return out;
  };
  return { frequency, holding };
}

/** Calls `mark` for every passage holding all of the parts (ids, rarest first; postings already read). */
function intersect(p: Postings, parts: number[], mark: (d: number) => void): void {
  const [first, ...rest] = parts;
  const at = rest.map((id) => p.offsets[id]);
  outer: for (let i = p.offsets[first]; i < p.offsets[first + 1]; i++) {
    const d = p.passages[i];
    for (let r = 0; r < rest.length; r++) {
      const end = p.offsets[rest[r] + 1];
      const j = (at[r] = gallop(p.passages, at[r], end, d));
      if (j === end) return;
      if (p.passages[j] !== d) continue outer;
    }
    mark(d);
  }
}
