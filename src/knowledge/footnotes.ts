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
  const marks = passage.kind === "footnote" ? [] : markersIn(passage.text);
  if (!marks.length) return [];
  const note = noteOf(index, passage);
  return [...new Set(marks.map((m) => m.n))].map(note).filter((p): p is Passage => !!p);
}

/**
 * Each footnote a passage's markers point to, with where its first marker stands (`at`) and ends,
 * in the order the text writes them: what a note is on is the text before its marker.
 */
export function footnoteMarks(index: KnowledgeIndex, passage: Passage): { note: Passage; at: number; end: number }[] {
  if (passage.kind === "footnote") return [];
  const note = noteOf(index, passage);
  const seen = new Set<string>();
  const out: { note: Passage; at: number; end: number }[] = [];
  for (const m of markersIn(passage.text).sort((a, b) => a.at - b.at)) {
    const p = seen.has(m.n) ? undefined : note(m.n);
    seen.add(m.n);
    if (p) out.push({ note: p, at: m.at, end: m.end });
  }
  return out;
}

/** A passage's document's footnote of a number, if it has one. */
const noteOf = (index: KnowledgeIndex, passage: Passage) => {
  const passages = index.document(passage.docId)?.passages ?? [];
  return (n: string) => passages.find((p) => p.kind === "footnote" && p.locator === `footnote ${n}`);
};

/** The markers a text holds, each with its number and where it stands, by kind of marker in the order `footnotesOf` reads them. */
function markersIn(text: string): { n: string; at: number; end: number }[] {
  const at = (m: RegExpMatchArray, n: string, start: number) => ({ n, at: start, end: m.index! + m[0].length });
  // (The number of a marker set after a word or a year is the end of the match.)
  const tail = (m: RegExpMatchArray, n: string) => at(m, n, m.index! + m[0].length - n.length);
  const attached = [...[...text.matchAll(MARKDOWN_MARKER)].map((m) => at(m, m[1], m.index!)), ...[...text.matchAll(MARKER)].map((m) => at(m, m[1], m.index!))];
  const raised = [...text.matchAll(RAISED_MARKER)].map((m) => at(m, (m[1] ?? fromSuperscript(m[0])).replace(/^0+(?=\d)/, ""), m.index!));
  const spaced = [...text.matchAll(SPACED_MARKER), ...text.matchAll(AFTER_COMMA)].filter((m) => !NUMBERING_WORD.test(m[1].toLowerCase())).map((m) => tail(m, m[2]));
  const afterYears = [...text.matchAll(AFTER_YEAR)].map((m) => tail(m, m[1]));
  const ending = [...text.matchAll(ENDING_MARKER)].map((m) => tail(m, m[1]));
  return [...attached, ...raised, ...spaced, ...afterYears, ...ending];
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
 * timetable", "relevant to the Convention 1 and to provide"): a number alone between a word and a
 * lower-case one, or punctuation, that no word of numbering stands before ("item 5 of",
 * "paragraph 4 and"); it counts only where the document has that footnote.
 */
const SPACED_MARKER = /\b([A-Za-z][a-z]{2,}) (\d{1,2})(?= (?:and|or|of|in|to|for|on|which|that|as|by|with)\b|[;,.:])/g;
/** So is one set off after a word and a comma, before the clause goes on ("between the United Nations and the Organisation, 24 in accordance with"). */
// (Not a number in a list, "in 12 languages, 4 and 7 more".)
const AFTER_COMMA = /\b([A-Za-z][a-z]{2,}), (\d{1,2})(?= (?:in|with|which|that|for|as|by|of|on|to|under|at|from)\b)/g;
const NUMBERING_WORD = /^(?:items?|paragraphs?|paras?|articles?|chapters?|sections?|rules?|resolutions?|decisions?|annex(?:es)?|pages?|sessions?|meetings?|goals?|targets?|actions?|phases?|cycles?|protocols?|levels?|principles?|recommendations?|steps?|points?|parts?|volumes?|numbers?|nos?|tables?|figures?|boxes?|options?|years?|days?|months?|weeks?|hours?|members?|states?|countries|persons?|cases?|times)$/;
