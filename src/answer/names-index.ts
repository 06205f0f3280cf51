/**
 * Finding a thing by the words a question uses for it: a BM25 index over each item's names
 * (resolutions by their titles, documents by their titles, bodies and meetings), built once per
 * build of the document index, and the one item a query weighs clearly more than any other.
 */
import type { KnowledgeIndex, QuestionConcept } from "../knowledge/index.js";
import { buildBm25, hasStemKey, searchBm25, squashedText, stemLine, type Bm25Data } from "../knowledge/index.js";

export interface NamesIndex<T> {
  items: T[];
  bm25: Bm25Data;
}

/** The names index of a build, made by `build` the first time and kept with the build's documents. */
export function namesIndex<T>(cache: WeakMap<object, NamesIndex<T>>, index: KnowledgeIndex, build: () => { items: T[]; names: string[] }): NamesIndex<T> {
  // Keyed by the build's documents: a live index swaps builds behind one object.
  let n = cache.get(index.documents);
  if (!n) {
    const { items, names } = build();
    n = { items, bm25: buildBm25(names) };
    cache.set(index.documents, n);
  }
  return n;
}

/**
 * The item a query weighs most, when its weight reaches `floor` and is at least `lead` times the
 * best other item's (`same` tells items that count as one, such as a resolution's mentions and
 * its own text).
 */
export function standsOut<T>(
  n: NamesIndex<T>,
  query: { tokens: string[]; weights: Map<string, number> },
  opts: {
    floor: number;
    lead: number;
    filter?: (i: number) => boolean;
    same?: (a: T, b: T) => boolean;
    /**
     * Between names that score alike: the one the caller tells apart by what the names hold
     * (`theOneNamingAll`); undefined when none stands out.
     */
    tieBreak?: (items: T[]) => T | undefined;
    /**
     * The one name among those found above the floor that the tie-break tells apart wins over a
     * higher score: a name in the other language holds every concept of a Chinese description
     * ("不扩散、裁军与多边主义" in "…multilateralism in the area of disarmament and non-proliferation")
     * where one in the question's own language scores on its characters.
     */
    wholeFirst?: boolean;
  },
): T | undefined {
  const hits = searchBm25(n.bm25, query.tokens, { weights: query.weights, limit: 5, filter: opts.filter });
  if (!hits.length || hits[0][1] < opts.floor) return undefined;
  if (opts.wholeFirst && opts.tieBreak) {
    const whole = opts.tieBreak(hits.map(([i]) => n.items[i]));
    if (whole) return whole;
  }
  const best = n.items[hits[0][0]];
  const same = opts.same ?? ((a: T, b: T) => a === b);
  const rival = hits.slice(1).find(([i]) => !same(n.items[i], best));
  if (!rival || hits[0][1] >= opts.lead * rival[1]) return best;
  const close: T[] = [];
  for (const [i, score] of hits) if (score * opts.lead > hits[0][1] && !close.some((c) => same(c, n.items[i]))) close.push(n.items[i]);
  return opts.tieBreak?.(close);
}

/** Of items, the one whose names alone hold every concept (in either language); undefined when none does, or several. */
export function theOneNamingAll<T>(items: T[], namesOf: (item: T) => string, concepts: QuestionConcept[]): T | undefined {
  if (!concepts.length) return undefined;
  const naming = items.filter((item) => {
    const names = namesOf(item);
    const stems = stemLine(names);
    const squashed = squashedText(names);
    return concepts.every((c) => c.zh.some((z) => squashed.includes(squashedText(z.term))) || c.en.some((e) => hasStemKey(stems, e.term)));
  });
  return naming.length === 1 ? naming[0] : undefined;
}
