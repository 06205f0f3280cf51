/**
 * Footnotes a paragraph points to. A resolution writes the symbol of the report it takes note of
 * in a footnote ("…on the implementation of resolution 79/7;1" with "[^1]: A/80/83."): the marker
 * is a number written onto the end of a word or a punctuation mark, or set in superscript.
 */
import type { KnowledgeIndex, Passage } from "./model.js";
import { fromSuperscript } from "./parse/blocks.js";

/** A footnote marker: a number just after a lower-case letter or punctuation ("79/7;1", "session,2"). */
const MARKER = /(?<=[a-z;,.:)”’])(\d{1,2})(?=[\s;,.:)]|$)/g;

/** A marker set in superscript ("…门户网站上法律图书馆的法律。¹", "<sup>2</sup>"). */
const RAISED_MARKER = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+|<sup>(\d{1,3})<\/sup>/g;

/** A Markdown footnote reference ("the substantive report[^4] adopted by …"). */
const MARKDOWN_MARKER = /\[\^(\d{1,3})\]/g;

/** The footnote passages of its document that a passage's markers point to, in marker order. */
export function footnotesOf(index: KnowledgeIndex, passage: Passage): Passage[] {
  if (passage.kind === "footnote") return [];
  const attached = [...passage.text.matchAll(MARKDOWN_MARKER), ...passage.text.matchAll(MARKER)].map((m) => m[1]);
  const spaced = [...passage.text.matchAll(SPACED_MARKER)].filter((m) => !NUMBERING_WORD.test(m[1])).map((m) => m[2]);
  const afterYears = [...passage.text.matchAll(AFTER_YEAR)].map((m) => m[1]);
  const ending = [...passage.text.matchAll(ENDING_MARKER)].map((m) => m[1]);
  const raised = [...passage.text.matchAll(RAISED_MARKER)].map((m) => (m[1] ?? fromSuperscript(m[0])).replace(/^0+(?=\d)/, ""));
  if (!attached.length && !spaced.length && !afterYears.length && !ending.length && !raised.length) return [];
  const passages = index.document(passage.docId)?.passages ?? [];
  const note = (n: string) => passages.find((p) => p.kind === "footnote" && p.locator === `footnote ${n}`);
  return [...new Set([...attached, ...raised, ...spaced, ...afterYears, ...ending])].map(note).filter((p): p is Passage => !!p);
}

/**
 * A marker the conversion ran into the year before it ("the indicative timetable for 2025–20283",
 * note 3): a year followed by one or two more digits, none of a symbol. Only a note the document
 * has is taken.
 */
const AFTER_YEAR = /(?<![\d/.,])(?:19|20)\d\d(\d{1,2})(?=[\s;,.:)]|$)/g;
/**
 * A marker set off by a space after the punctuation that ends a paragraph ("… and the submission of
 * its updated version in 2014, 3"), where the paragraph ends or the next begins ("…in 2014, 3
 * Considering that …", a line break lost): no sentence ends on a bare number after a comma. Only a
 * note the document has is taken.
 */
const ENDING_MARKER = /[,;:.”’)] (\d{1,2})(?=\s*(?:\n|$)| [A-Z][a-z])/g;
/**
 * A marker a document's conversion set off by spaces ("the adoption of the agenda 5 and the
 * timetable"): a number alone between a lower-case word and another, or punctuation, that no
 * word of numbering stands before ("item 5 of", "paragraph 4 and"); it counts only where the
 * document has that footnote.
 */
const SPACED_MARKER = /\b([a-z]{3,}) (\d{1,2})(?= (?:and|or|of|in|to|for|on|which|that|as|by|with)\b|[;,.:])/g;
const NUMBERING_WORD = /^(?:items?|paragraphs?|paras?|articles?|chapters?|sections?|rules?|resolutions?|decisions?|annex(?:es)?|pages?|sessions?|meetings?|goals?|targets?|actions?|phases?|cycles?|protocols?|levels?|principles?|recommendations?|steps?|points?|parts?|volumes?|numbers?|nos?|tables?|figures?|boxes?|options?|years?|days?|months?|weeks?|hours?|members?|states?|countries|persons?|cases?|times)$/;
