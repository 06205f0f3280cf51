/**
 * Which corpus document a question describes in words ("the prevention group's summary of its 12th meeting"):
 * the question's words weighed against every document's names (its title in each language),
 * the meeting ordinal and body it names holding for the document chosen.
 */
import type { KnowledgeIndex, ParsedDocument } from "../knowledge/index.js";
import { monthNameEn, questionTokens, ordinalSuffix, ordinalWord } from "../knowledge/index.js";
import { bodyNames } from "./body-names.js";
import { namesIndex, standsOut, type NamesIndex } from "./names-index.js";
import type { AnswerContext } from "./context.js";
import { conceptsOf, coverage, namesOrdinal } from "./answer-search.js";

const names = new WeakMap<object, NamesIndex<ParsedDocument>>();

const namesOf = (d: ParsedDocument) => [d.meta.title, d.meta.titleEn].filter(Boolean).join(" \n ");

/**
 * A document is also called by its body's names, its meeting's ordinal and its meeting's month
 * ("the IRG's 4th session report", "the review group's report of its June 2014 session").
 */
function callNamesOf(index: KnowledgeIndex, d: ParsedDocument): string {
  const n = d.meta.meeting?.ordinal;
  const start = d.meta.meeting?.start;
  const month = start && `${monthNameEn(Number(start.slice(5, 7)))} ${start.slice(0, 4)} ${start.slice(0, 4)}年${Number(start.slice(5, 7))}月`;
  return [namesOf(d), bodyNames(index.glossary, d.meta.body), n && `${ordinalSuffix(n)} ${ordinalWord(n)} 第${n}`, month].filter(Boolean).join(" \n ");
}

function nameIndex(index: KnowledgeIndex): NamesIndex<ParsedDocument> {
  return namesIndex(names, index, () => {
    const items = index.documents.filter((d) => d.meta.symbol && namesOf(d));
    return { items, names: items.map((d) => callNamesOf(index, d)) };
  });
}

/** How far the best document must lead the next, and the least weight of matched words. */
const LEAD = 1.2;
const FLOOR = 3;
/** Words that ask for a document's symbol or date, not describe the document. */
const ASKING = /^(?:symbols?|document (?:number|code)s?|文号|编号|文件号|文件编号|issued?|issue date|distributed|circulated|dated|published|released?|印发|分发|发布|签发|出版|日期)$/i;
/** Share of the question's concepts the names must hold. */
const COVERED = 0.6;

/** Whether a document is of the meeting ordinal the question names (by its header or its title). */
export function ofOrdinal(d: ParsedDocument, ordinal: number | undefined): boolean {
  if (ordinal === undefined) return true;
  if (d.meta.meeting?.ordinal !== undefined) return d.meta.meeting.ordinal === ordinal;
  return namesOrdinal(ordinal, namesOf(d));
}

/** Whether a document is of the meeting ordinal, the body and the dates the question names, if it names them. */
export function fitsQuestion(ctx: AnswerContext, d: ParsedDocument): boolean {
  const { q } = ctx;
  return ofOrdinal(d, q.ordinal) && (!q.bodies.length || !d.meta.body || q.bodies.includes(d.meta.body)) && ofDates(d, q.dates);
}

/** Whether a document's meeting falls in the dates the question names ("of its June 2014 session"), if both are known. */
function ofDates(d: ParsedDocument, dates: AnswerContext["q"]["dates"]): boolean {
  const m = d.meta.meeting;
  if (!dates || !m?.start) return true;
  return m.start <= dates.to && (m.end ?? m.start) >= dates.from;
}

/** The document with a symbol whose names the question describes, when one stands out. */
export function documentByDescription(ctx: AnswerContext): ParsedDocument | undefined {
  const n = nameIndex(ctx.index);
  const { q } = ctx;
  const fits = (i: number) => fitsQuestion(ctx, n.items[i]);
  const best = standsOut(n, questionTokens(q.text, ctx.glossary), { floor: FLOOR, lead: LEAD, filter: fits });
  if (!best) return undefined;
  // The names must hold most of what the question says, not one word of it.
  const described = conceptsOf(ctx).filter((c) => !ASKING.test(c.label));
  const cov = coverage(described, { text: callNamesOf(ctx.index, best), headingPath: [] }, "", ctx);
  return cov.total && cov.hit / cov.total >= COVERED ? best : undefined;
}
