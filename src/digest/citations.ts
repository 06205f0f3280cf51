/** Numbers citations as they are first used, so text markers [n] point at citations[n-1]. */
import type { Citation } from "../core/types.js";
import type { KnowledgeIndex } from "../knowledge/model.js";

export interface CitationList {
  /** The marker for a passage ("[2]"), adding its citation on first use; "" for an unknown passage. */
  mark(passageId: string | undefined): string;
  readonly citations: Citation[];
}

export function createCitationList(index: Pick<KnowledgeIndex, "cite" | "passage">): CitationList {
  const numbers = new Map<string, number>();
  const citations: Citation[] = [];
  return {
    citations,
    mark(passageId) {
      if (!passageId || !index.passage(passageId)) return "";
      let n = numbers.get(passageId);
      if (n === undefined) {
        citations.push({ passageId, ...index.cite(passageId) });
        n = citations.length;
        numbers.set(passageId, n);
      }
      return ` [${n}]`;
    },
  };
}
