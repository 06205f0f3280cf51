/**
 * `KnowledgeIndex.search` over one build: a question's tokens (its words and their expansion
 * into the other language), BM25 over the build's postings, optionally within one document.
 *
 * The answerers of one question search its text several times: passage search (12 hits),
 * recommendations (60), documents (25), resolutions (20), and within a resolution's own
 * document. So the build keeps its last few questions' tokens and rankings. A ranking is ordered
 * by score, ties in first-scored order, so its first n hits are the ranking at limit n: a kept
 * ranking serves any smaller limit. Only a few are kept, so a stream of new questions gains
 * nothing from them and pays almost nothing for them.
 */
import type { Glossary } from "./glossary.js";
import type { Passage, SearchHit, SearchOptions } from "./model.js";
import { questionTokens, searchBm25, type Bm25Data } from "./search.js";

/** The most hits a kept ranking holds (the best, at most 100, are what the scoring keeps cheaply). */
const MOST_KEPT = 100;

/** Questions whose tokens and rankings a build keeps. */
export const RECENT_SEARCHES = 8;

/** A map that keeps its `size` most recently used entries. */
export class RecentMap<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const v = this.entries.get(key);
    if (v !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as K);
  }

  get length(): number {
    return this.entries.size;
  }
}

export interface PassageSearchSource {
  bm25: Bm25Data;
  glossary: Glossary;
  /** The passage numbered `i` in the search index. */
  passage(i: number): Passage;
  /** A document's passages as ranges of the numbering (several when files share its id; none for an unknown id). */
  ranges(docId: string): [number, number][];
}

/** The search function of one build. */
export function createPassageSearch(src: PassageSearchSource): (query: string, opts?: SearchOptions) => SearchHit[] {
  const tokens = new RecentMap<string, ReturnType<typeof questionTokens>>(RECENT_SEARCHES);
  const rankings = new RecentMap<string, { limit: number; ranking: [number, number][] }>(RECENT_SEARCHES);

  const rank = (query: string, docId: string | undefined, limit: number, ownWords: boolean): [number, number][] => {
    const tokenKey = ownWords ? `\u0001${query}` : query;
    let t = tokens.get(tokenKey);
    if (!t) tokens.set(tokenKey, (t = questionTokens(query, src.glossary, ownWords ? { langs: [] } : {})));
    const ranges = docId ? src.ranges(docId) : undefined;
    const within = ranges?.length === 1 ? { from: ranges[0][0], to: ranges[0][1] } : undefined;
    const filter = ranges && ranges.length !== 1 ? (i: number) => ranges.some(([from, to]) => i >= from && i < to) : undefined;
    return searchBm25(src.bm25, t.tokens, { limit, within, filter, weights: t.weights });
  };

  return (query, opts = {}) => {
    const limit = opts.limit ?? 10;
    let ranking: [number, number][];
    if (!(Number.isInteger(limit) && limit > 0 && limit <= 100)) {
      ranking = rank(query, opts.docId, limit, !!opts.ownWords);
    } else {
      const key = `${opts.docId ?? ""}\u0000${opts.ownWords ? "\u0001" : ""}${query}`;
      const kept = rankings.get(key);
      // A kept ranking serves a smaller limit, and any limit when it holds every hit there is.
      if (kept && (limit <= kept.limit || kept.ranking.length < kept.limit)) ranking = kept.ranking.slice(0, limit);
      else {
        // Ranked to the most kept at once: the answerers of a question ask for 12, 20, 25 and 60
        // hits in turn, and ranking anew for each larger limit read every posting again.
        const full = rank(query, opts.docId, MOST_KEPT, !!opts.ownWords);
        rankings.set(key, { limit: MOST_KEPT, ranking: full });
        ranking = full.slice(0, limit);
      }
    }
    return ranking.map(([i, score]) => ({ passage: src.passage(i), score }));
  };
}
