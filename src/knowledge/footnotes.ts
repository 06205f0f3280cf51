/**
 * Footnotes a paragraph points to. A resolution writes the symbol of the report it takes note of
 * in a footnote ("…on the implementation of resolution 79/7;1" with "[^1]: A/80/83."): the marker
 * is a number written onto the end of a word or a punctuation mark.
 */
import type { KnowledgeIndex, Passage } from "./model.js";

/** A footnote marker: a number just after a lower-case letter or punctuation ("79/7;1", "session,2"). */
const MARKER = /(?<=[a-z;,.:)”’])(\d{1,2})(?=[\s;,.:)]|$)/g;

/** The footnote passages of its document that a passage's markers point to, in marker order. */
export function footnotesOf(index: KnowledgeIndex, passage: Passage): Passage[] {
  if (passage.kind === "footnote") return [];
  const numbers = [...new Set([...passage.text.matchAll(MARKER)].map((m) => m[1]))];
  if (!numbers.length) return [];
  const passages = index.document(passage.docId)?.passages ?? [];
  return numbers.map((n) => passages.find((p) => p.kind === "footnote" && p.locator === `footnote ${n}`)).filter((p): p is Passage => !!p);
}
