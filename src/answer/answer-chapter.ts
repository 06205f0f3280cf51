/**
 * Chapters and annexes of a report, from its table of contents: "what is chapter VII of the report
 * of the fourth session" (the chapter's title), "what is annex II about", and "which chapter deals
 * with technical assistance" (the chapter whose title holds the question's words). The report is the one the question names by
 * symbol, or the report of the meeting it names by body and number.
 */
import type { ParsedDocument, Passage } from "../knowledge/index.js";
import { fromRoman, parseChineseNumber, parseEnglishOrdinal, toChineseNumber, toRoman } from "../knowledge/index.js";
import type { AnswerContext, AnswerResult } from "./context.js";
import { Sources, answered, refused } from "./compose.js";
import { conceptsOf, coverage } from "./answer-search.js";
import { questionBodies } from "./find-meetings.js";
import { ANNEX_ASKED, ANNEX_NAMED, CHAPTER_NAMED, SECTIONS_ASKED } from "./intent.js";

/** One line of a table of contents: "VII. Provisional agenda for the fifth session ........ 17", or a section of a chapter ("C. Preparations for the second cycle ........ 8"). */
interface Chapter {
  number: number;
  /** The section's letter, for a section of chapter `number`. */
  section?: string;
  /** An annex, numbered on its own after the chapters ("Annexes I. …"). */
  annex?: boolean;
  title: string;
  page?: string;
  /** The contents passage that holds the line. */
  source: string;
}

/** Where a table of contents turns to the annexes. */
const ANNEXES_HEADING = /\bAnnex(?:es)?\s+(?=I\.)|附件\s*(?=一|I\.)/;
/**
 * A contents line: a roman numeral (a chapter) or a capital letter (its section), the title, dot
 * leaders, the page; the last line may end the text without them (a contents cut short).
 */
const CONTENTS_ENTRY = /(?:^|\s)(?:([IVX]{1,5})|([A-H]))\.\s+(.+?)(?:\s*(?:\.\s?){3,}\s*(\d{1,3})?|\s*$)/g;

export function answerChapter(ctx: AnswerContext): AnswerResult | undefined {
  const { q } = ctx;
  const named = q.text.match(CHAPTER_NAMED);
  const report = reportOf(ctx);
  if (!report) return undefined;
  const chapters = contentsOf(report.contents);
  if (!chapters.length) return undefined;
  const src = new Sources(ctx.index);
  const name = report.doc.meta.symbol ?? report.doc.meta.title ?? report.doc.meta.file;
  const annex = q.text.match(ANNEX_NAMED);
  if (annex) {
    const n = annex[3] ? parseEnglishOrdinal(annex[3].toLowerCase()) : chapterNumber(annex[1] ?? annex[2] ?? annex[4]);
    const found = chapters.find((c) => c.annex && c.number === n);
    if (!found) return undefined;
    return { answer: answered(chapterLine(ctx, name, found, src), src, q.lang) };
  }
  if (named) {
    const n = chapterNumber(named[1] ?? named[2]);
    const chapter = chapters.find((c) => c.number === n && !c.section && !c.annex);
    if (!chapter) {
      const last = chapters[chapters.length - 1];
      // The report's own contents settle it: a passage elsewhere that speaks of chapters is of another report.
      return { settled: true, answer: refused(q.lang === "zh" ? `${name}的目录没有第${n}章；共${last.number}章。` : `The contents of ${name} list no chapter ${toRoman(n ?? 0).toUpperCase()}; they end at chapter ${toRoman(last.number).toUpperCase()}.`, q.lang) };
    }
    return { answer: answered(withSections(ctx, name, chapter, chapters, src) ?? chapterLine(ctx, name, chapter, src), src, q.lang) };
  }
  // "Which chapter deals with technical assistance": the chapter whose title holds most of the question's words.
  // The words that name the report's meeting ("session", "7th") say nothing of the chapter.
  // "Which annex holds the country pairings": of the annexes only.
  // Nor does the body whose report it is ("审议组").
  const subject = conceptsOf(ctx).filter((c) => !c.neutral && c.source !== "number" && !/chapter|章|annex|附件|report|报告|session|meeting|届|会议/i.test(c.label) && !ctx.glossary.findBodies(c.label).length);
  // "What sections sit under the review of implementation chapter": of the chapters themselves.
  const annexes = ANNEX_ASKED.test(q.text);
  const sectionsAsked = !annexes && SECTIONS_ASKED.test(q.text);
  const candidates = chapters.filter((c) => !!c.annex === annexes && !(sectionsAsked && c.section));
  const scored = candidates.map((c) => ({ c, hit: coverage(subject, { text: c.title, headingPath: [] }, "", ctx).hit })).sort((a, b) => b.hit - a.hit);
  if (!scored.length || scored[0].hit === 0) return undefined;
  const best = scored[0].c;
  return { answer: answered((sectionsAsked && withSections(ctx, name, best, chapters, src)) || chapterLine(ctx, name, best, src), src, q.lang) };
}

/** "第三章下面有哪几节", "what sections does chapter III have": the chapter's line and its sections, listed, when it has any. */
function withSections(ctx: AnswerContext, name: string, chapter: Chapter, chapters: Chapter[], src: Sources): string | undefined {
  const sections = chapters.filter((c) => c.number === chapter.number && c.section && !c.annex);
  if (!SECTIONS_ASKED.test(ctx.q.text) || !sections.length) return undefined;
  return [chapterLine(ctx, name, chapter, src), ...sections.map((c) => `• ${c.section}. ${c.title}${pageOf(c, ctx.q.lang)}${src.cite(c.source)}`)].join("\n");
}

/** The page a contents line gives, as the answer says it: "（第18页）", " (page 18)". */
const pageOf = (c: Chapter, lang: "en" | "zh") => (!c.page ? "" : lang === "zh" ? `（第${c.page}页）` : ` (page ${c.page})`);

function chapterLine(ctx: AnswerContext, name: string, c: Chapter, src: Sources): string {
  const roman = toRoman(c.number).toUpperCase();
  if (c.annex) {
    return ctx.q.lang === "zh"
      ? `${name}附件${toChineseNumber(c.number)}（${roman}）：“${c.title}”${pageOf(c, "zh")}${src.cite(c.source)}。`
      : `Annex ${roman} of ${name}: “${c.title}”${pageOf(c, "en")}${src.cite(c.source)}.`;
  }
  const section = c.section ? (ctx.q.lang === "zh" ? `${c.section}节` : `, section ${c.section} (${roman}.${c.section})`) : "";
  return ctx.q.lang === "zh"
    ? `${name}第${c.number}章（${roman}）${section}：“${c.title}”${pageOf(c, "zh")}${src.cite(c.source)}。`
    : `Chapter ${roman}${section} of ${name}: “${c.title}”${pageOf(c, "en")}${src.cite(c.source)}.`;
}

const chapterNumber = (s: string): number | undefined => (/^[ivx]+$/i.test(s) ? fromRoman(s) : parseChineseNumber(s));

/**
 * The report the question names: by symbol, else the document of the meeting it names (body and
 * number) whose cover calls it a report and which has a table of contents.
 */
function reportOf(ctx: AnswerContext): { doc: ParsedDocument; contents: Passage[] } | undefined {
  const { q, index } = ctx;
  const withContents = (doc: ParsedDocument | undefined) => {
    const contents = doc?.passages.filter((p) => /^(?:Contents|目录)/.test(p.locator)) ?? [];
    return doc && contents.length ? { doc, contents } : undefined;
  };
  for (const s of q.symbols) {
    const docId = index.symbol(s)?.docId;
    const found = docId ? index.versions(docId).map(withContents).find((x) => x) : undefined;
    if (found) return found;
  }
  if (q.ordinal === undefined) return undefined;
  const bodies = questionBodies(ctx);
  const docs = index.documents.filter((d) => d.meta.meeting?.ordinal === q.ordinal && (!bodies.length || (d.meta.body !== undefined && bodies.includes(d.meta.body))));
  const reports = docs.filter((d) => /report|报告/i.test(d.meta.title ?? "") || d.meta.kind === "report");
  for (const d of [...reports, ...docs]) {
    const found = withContents(d);
    if (found) return found;
  }
  return undefined;
}

/** The chapters a document's contents list, in order, each once. */
function contentsOf(contents: Passage[]): Chapter[] {
  // A numeral may end one contents passage and its title open the next: read them as one text,
  // remembering where each passage starts.
  let text = "";
  const starts: { at: number; id: string }[] = [];
  for (const p of contents) {
    starts.push({ at: text.length, id: p.id });
    text += `${p.text} `;
  }
  const sourceAt = (at: number) => [...starts].reverse().find((s) => s.at <= at)?.id ?? contents[0].id;
  const out: Chapter[] = [];
  // The annexes follow the chapters under their own heading, numbered again from I.
  const annexesAt = text.search(ANNEXES_HEADING);
  let chapter = 0;
  let annexes = 0;
  for (const m of text.matchAll(CONTENTS_ENTRY)) {
    const title = m[3].replace(/\s+/g, " ").trim();
    const source = sourceAt(m.index! + m[0].indexOf(m[3]));
    if (annexesAt >= 0 && m.index! >= annexesAt) {
      if (m[1] && fromRoman(m[1]) === annexes + 1) out.push({ number: ++annexes, annex: true, title, page: m[4], source });
      continue;
    }
    const number = m[1] ? fromRoman(m[1]) : chapter;
    const section = m[2];
    if (!number || (m[1] && number !== chapter + 1) || out.some((c) => c.number === number && c.section === section)) continue;
    chapter = number;
    out.push({ number, section, title, page: m[4], source });
  }
  return out;
}
