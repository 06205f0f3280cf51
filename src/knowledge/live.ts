/**
 * An index that can be replaced while the bot runs: commands and answerers hold this one object
 * and always see the newest build, so a document added or changed is answered from without a
 * restart.
 */
import type { KnowledgeIndex } from "./model.js";

export interface LiveIndex extends KnowledgeIndex {
  /** Serves `next` from now on; requests under way finish on the build they started with. */
  replace(next: KnowledgeIndex): void;
  /** The build currently served. */
  current(): KnowledgeIndex;
}

/** Wraps a built index so that it can be swapped for a newer build. */
export function createLiveIndex(initial: KnowledgeIndex): LiveIndex {
  let cur = initial;
  return {
    get documents() {
      return cur.documents;
    },
    get graph() {
      return cur.graph;
    },
    get skipped() {
      return cur.skipped;
    },
    get glossary() {
      return cur.glossary;
    },
    counts: () => cur.counts(),
    document: (id) => cur.document(id),
    passage: (id) => cur.passage(id),
    cite: (id, lang) => cur.cite(id, lang),
    versions: (id) => cur.versions(id),
    meetings: (q) => cur.meetings(q),
    meeting: (id) => cur.meeting(id),
    agenda: (id) => cur.agenda(id),
    slots: (id, date) => cur.slots(id, date),
    resolution: (n, q) => cur.resolution(n, q),
    resolutions: (n) => cur.resolutions(n),
    recommendations: (q) => cur.recommendations(q),
    symbol: (s) => cur.symbol(s),
    workplan: (q) => cur.workplan(q),
    search: (q, o) => cur.search(q, o),
    passageFrequency: (q, bands) => cur.passageFrequency(q, bands),
    passagesHolding: (queries, limit) => cur.passagesHolding(queries, limit),
    readAhead: () => cur.readAhead?.(),
    mayContain: (docId, strings) => cur.mayContain?.(docId, strings) ?? true,
    replace(next) {
      cur = next;
    },
    current: () => cur,
  };
}
