/**
 * The English glossary terms in a question, found by a token lookup instead of one regular
 * expression per term (thousands, each compiled on first use): terms are indexed by the first
 * letters of their first word, so a question is compared only with the terms its words can
 * start. A term matches as the glossary's `englishConcepts` reads it: its words in order,
 * separated by spaces or hyphens, each word whole, a word of four or more letters also with its
 * plural or verb endings ("recommendation" → "recommendations", "request" → "requested").
 */
import type { Glossary, GlossaryData } from "../knowledge/glossary.js";

/** A word of a term: literal `base`, then exactly one of `endings` (letters) before a non-letter. */
interface TermWord {
  base: string;
  endings: readonly string[];
}

interface Term {
  /** Position in the glossary's own order (terms, venues, countries, organizations, verbs). */
  order: number;
  en: string;
  zh: string[];
  words: TermWord[];
}

interface Matcher {
  /** Terms by the first one to three characters of their first word. */
  byKey: Map<string, Term[]>;
}

const KEY = 3;
const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();
const isLetter = (c: string | undefined) => c !== undefined && c >= "a" && c <= "z";
const isSeparator = (c: string | undefined) => c === " " || c === "-";

/** The endings a glossary word takes: "policy" → polic + y|ies|ied; "measure" → measure + ""|s|d. */
function termWord(word: string): TermWord {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return { base: word, endings: [""] };
  if (word.endsWith("y")) return { base: word.slice(0, -1), endings: ["y", "ies", "ied"] };
  if (word.endsWith("e")) return { base: word, endings: ["", "s", "d"] };
  return { base: word, endings: ["", "s", "es", "ed", "ing"] };
}

/** Every English name of the glossary with its Chinese variants, in the glossary's order. */
function glossaryTerms(data: GlossaryData): { en: string; zh: string[] }[] {
  const out: { en: string; zh: string[] }[] = [];
  const add = (en: string[], zh: string[]) => {
    for (const e of en) out.push({ en: e, zh });
  };
  for (const t of data.terms) add(t.en, t.zh);
  for (const v of data.venues) add([v.en], [v.zh]);
  for (const c of data.countries) add([c.en], [c.zh]);
  for (const o of data.organizations) add([o.en, ...(((o as Record<string, unknown>).aliases as string[] | undefined) ?? [])], [o.zh]);
  for (const v of data.verbs) add(v.en, v.zh);
  return out;
}

const matchers = new WeakMap<GlossaryData, Matcher>();

function matcherOf(data: GlossaryData): Matcher {
  let m = matchers.get(data);
  if (!m) {
    const byKey = new Map<string, Term[]>();
    glossaryTerms(data).forEach(({ en, zh }, order) => {
      const words = norm(en).split(" ").filter(Boolean).map(termWord);
      if (!words.length) return;
      const key = words[0].base.slice(0, KEY);
      const term: Term = { order, en, zh, words };
      const list = byKey.get(key);
      if (list) list.push(term);
      else byKey.set(key, [term]);
    });
    m = { byKey };
    matchers.set(data, m);
  }
  return m;
}

/** Where a term matching at `start` of `q` ends, or -1. */
function matchAt(q: string, start: number, words: TermWord[]): number {
  let p = start;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      if (!isSeparator(q[p])) return -1;
      while (isSeparator(q[p])) p++;
    }
    const { base, endings } = words[w];
    if (!q.startsWith(base, p)) return -1;
    p += base.length;
    let end = p;
    while (isLetter(q[end])) end++;
    if (!endings.includes(q.slice(p, end))) return -1;
    p = end;
  }
  return p;
}

/**
 * The English glossary terms found in a question, each with its Chinese variants: the longest
 * where matches overlap ("public procurement" over "procurement"), in the order they occur.
 */
export function englishConceptsOf(glossary: Glossary, question: string): { en: string; zh: string[] }[] {
  const q = norm(question);
  const { byKey } = matcherOf(glossary.data);
  // The first (leftmost) match of each term, as a search of the question would find it.
  const first = new Map<Term, { start: number; end: number }>();
  for (let g = 0; g < q.length; g++) {
    if (g > 0 && isLetter(q[g - 1])) continue;
    for (let len = 1; len <= KEY && g + len <= q.length; len++) {
      for (const term of byKey.get(q.slice(g, g + len)) ?? []) {
        if (first.has(term)) continue;
        const end = matchAt(q, g, term.words);
        if (end >= 0) first.set(term, { start: g, end });
      }
    }
  }
  const found = [...first].sort(([a], [b]) => a.order - b.order).map(([t, at]) => ({ en: t.en, zh: t.zh, ...at }));
  // Keep the longest match where matches overlap; a term matching the very same words adds its variants.
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: typeof found = [];
  for (const f of found) {
    const same = kept.find((k) => f.start >= k.start && f.end <= k.end);
    if (same) {
      if (f.start === same.start && f.end === same.end) same.zh = [...new Set([...same.zh, ...f.zh])];
      continue;
    }
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start).map(({ en, zh }) => ({ en, zh }));
}

/** Builds the lookup now (the warm-up at start). */
export function prepareEnglishTerms(glossary: Glossary): void {
  matcherOf(glossary.data);
}
