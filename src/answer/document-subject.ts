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
import { SYMBOL_WORD } from "./understand.js";
import { DOCUMENT_NOUN_EN, DOCUMENT_NOUN_ZH, MONTH_WORD, conceptsHeld, conceptsOf, coverage, documentContext, mostAbout, namesOrdinal, questionHits } from "./answer-search.js";
import { wholeText } from "./whole-text.js";
import { englishWords, toHalfWidth } from "../knowledge/index.js";

const names = new WeakMap<object, NamesIndex<ParsedDocument>>();
const namesWithoutSymbols = new WeakMap<object, NamesIndex<ParsedDocument>>();

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

/** The documents' names: of those with a symbol, or (`all`) of every document, a symbol printed or not. */
function nameIndex(index: KnowledgeIndex, all = false): NamesIndex<ParsedDocument> {
  return namesIndex(all ? namesWithoutSymbols : names, index, () => {
    const items = index.documents.filter((d) => (all || d.meta.symbol) && namesOf(d));
    return { items, names: items.map((d) => callNamesOf(index, d)) };
  });
}

/** How far the best document must lead the next, and the least weight of matched words. */
const LEAD = 1.2;
const FLOOR = 3;
/** Words that ask for a document's symbol or date, not describe the document ("the date on its cover"). */
const ISSUE_WORD = /^(?:issued?|issue date|distributed|circulated|dated|published|released?|covers?|cover page|印发|分发|发布|签发|出版|日期|封面)$/i;
const asking = (label: string) => SYMBOL_WORD.test(label) || ISSUE_WORD.test(label);
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

/**
 * The document whose names the question describes, when one stands out: of those with a symbol
 * (the symbol asked), or with `withoutSymbol` of all (the date asked is on every cover).
 */
export function documentByDescription(ctx: AnswerContext, withoutSymbol = false): ParsedDocument | undefined {
  const n = nameIndex(ctx.index, withoutSymbol);
  const { q } = ctx;
  const fits = (i: number) => fitsQuestion(ctx, n.items[i]);
  const best = standsOut(n, questionTokens(q.text, ctx.glossary), { floor: FLOOR, lead: LEAD, filter: fits });
  if (!best) return undefined;
  // The names must hold most of what the question says, not one word of it.
  const described = conceptsOf(ctx).filter((c) => !asking(c.label));
  const cov = coverage(described, { text: callNamesOf(ctx.index, best), headingPath: [] }, "", ctx);
  return cov.total && cov.hit / cov.total >= COVERED ? best : undefined;
}

/**
 * The document with a symbol a question describes by what its text says ("the somalia draft of
 * march 2018 that extends UNSOM's mandate"): of the documents of the passages the question finds,
 * the one whose whole text, title and cover hold most of the question, at least `BY_CONTENT` of
 * it and more than any other, and whose title or kind is of the kind the question names (a
 * "draft", a "report"). With the passage of it that the question finds first. None when the
 * question names no kind of document: the symbols its passages print answer then.
 */
export function documentByContent(ctx: AnswerContext): { doc: ParsedDocument; passage: string } | undefined {
  const { q, index } = ctx;
  const nouns = documentNouns(q.text, q.lang);
  if (!nouns.length) return undefined;
  const concepts = conceptsOf(ctx).filter((c) => !asking(c.label));
  if (!concepts.length) return undefined;
  const hits = questionHits(ctx, q.text, CONTENT_SEARCHED);
  const docs = [...new Set(hits.map((h) => h.passage.docId))].slice(0, CONTENT_CANDIDATES * 2);
  const weighed = docs
    .map((id) => index.document(id))
    .filter((d): d is ParsedDocument => !!d?.meta.symbol && ofKind(d, nouns) && fitsQuestion(ctx, d))
    .map((doc) => ({ doc, held: heldBy(ctx, doc, concepts) }))
    .sort((a, b) => b.held - a.held);
  // Of documents that hold as much, the one dated as the question dates it ("the 2020 draft").
  const tied = weighed.filter((w) => w.held === weighed[0]?.held);
  const dated = concepts.filter((c) => isDateWord(c.label));
  const datedAsAsked = tied.length > 1 && dated.length ? tied.filter((w) => conceptsHeld(dated, { text: documentContext(ctx, w.doc.meta.id), headingPath: [] }, "", ctx).length === dated.length) : [];
  // Else the one about what the question says: the Red Sea draft against the Yemen sanctions draft
  // that also speaks of Houthi attacks on ships.
  const about = tied.length > 1 && !datedAsAsked.length ? mostAbout(ctx, tied.map((w) => w.doc.meta.id), concepts) : undefined;
  const [first, second] = datedAsAsked.length === 1 ? datedAsAsked : about ? tied.filter((w) => w.doc.meta.id === about) : weighed;
  if (!first || first.held / concepts.length < BY_CONTENT || (second && second.held === first.held)) return undefined;
  const passage = passageSaying(ctx, first.doc);
  return passage ? { doc: first.doc, passage } : undefined;
}

/**
 * The passage of a document that says most of the question ("Decides to extend … UNSOM's
 * mandate"), of those the question finds in it; of paragraphs that say as much, one that says what
 * the document does (an operative one). Its cover holds its date, not what it says.
 */
export function passageSaying(ctx: AnswerContext, doc: ParsedDocument): string | undefined {
  const { q, index } = ctx;
  const own = index.search(q.text, { limit: CONTENT_SEARCHED, docId: doc.meta.id, ...(q.lang === "en" ? { ownWords: true } : {}) });
  const words = conceptsOf(ctx).filter((c) => !asking(c.label) && !isDateWord(c.label));
  const said = own
    .filter((h) => h.passage.kind !== "header")
    .map((h, i) => ({ id: h.passage.id, i, hit: coverage(words, h.passage, "", ctx).hit, acts: h.passage.role === "operative" ? 1 : 0 }))
    .sort((a, b) => b.hit - a.hit || b.acts - a.acts || a.i - b.i);
  return said[0]?.id;
}
/**
 * How many of the concepts a document holds: a date the question gives ("from feb 2020") on its
 * cover, the others anywhere in its text, title or cover.
 */
function heldBy(ctx: AnswerContext, doc: ParsedDocument, concepts: ReturnType<typeof conceptsOf>): number {
  const cover = documentContext(ctx, doc.meta.id);
  const dated = concepts.filter((c) => isDateWord(c.label));
  const rest = concepts.filter((c) => !isDateWord(c.label));
  const onCover = conceptsHeld(dated, { text: cover, headingPath: [] }, "", ctx).length;
  return onCover + conceptsHeld(rest, { text: wholeText(doc), headingPath: [] }, cover, ctx).length;
}
/** A year or a month, as a question's concept's label. */
const isDateWord = (label: string) => /^(?:(?:19|20)\d\d年?|\d{1,2}月)$/.test(label) || MONTH_WORD.test(label);

/** How many passages the question finds documents by, how many of those documents are weighed, and the share of the question the one chosen must hold. */
const CONTENT_SEARCHED = 30;
const CONTENT_CANDIDATES = 5;
const BY_CONTENT = 0.8;

/**
 * Whether a question that names one kind of document ("the UK draft that adds …") describes a
 * document of that kind a passage stands in: the document (its text, title and cover) holds most
 * of what the question says of it, and its own symbol answers, not those its paragraphs cite.
 */
export function namesOwnKind(ctx: AnswerContext, d: ParsedDocument): boolean {
  const nouns = documentNouns(ctx.q.text.replace(ASKS_SYMBOL, " "), ctx.q.lang);
  if (nouns.length !== 1 || !ofKind(d, nouns)) return false;
  // (A number alone, "IV" of "SSOD-IV", is held by any long document.)
  const concepts = conceptsOf(ctx).filter((c) => !asking(c.label) && c.source !== "number");
  return concepts.length > 0 && heldBy(ctx, d, concepts) / concepts.length >= OWN_KIND;
}
/** The share of what a question says of a document of the kind it names that the document must hold. */
const OWN_KIND = 0.5;

/** How a question asks for a symbol with a word for a document: "doc number", "document symbol", 文件编号. */
const ASKS_SYMBOL = /\bdoc(?:ument)?s?\s+(?:symbol|number|code|no)\b|文件(?:编号|号|文号)/gi;

/** The kinds of document a question names ("draft", "report", "草案"). */
function documentNouns(text: string, lang: "en" | "zh"): string[] {
  if (lang === "zh") return [...toHalfWidth(text).matchAll(DOCUMENT_NOUN_ZH)].map((m) => m[0]);
  return englishWords(toHalfWidth(text)).map((w) => w.word).filter((w) => DOCUMENT_NOUN_EN.has(w) && w !== "text");
}

/** Whether a document's title or kind names it as one of those kinds ("draft resolution" is a draft and a resolution). */
function ofKind(d: ParsedDocument, nouns: string[]): boolean {
  const names = `${d.meta.title ?? ""} ${d.meta.titleEn ?? ""} ${d.meta.kind ?? ""}`.toLowerCase();
  return nouns.some((n) => names.includes(n) || names.includes(NOUN_ROOT[n] ?? n));
}
/** The word a title writes for a question's noun. */
const NOUN_ROOT: Record<string, string> = { drafts: "draft", res: "resolution", doc: "document", 决议草案: "draft resolution", 草案: "draft", 决议: "resolution", 报告: "report", 说明: "note", 文件: "", 信: "letter", 来信: "letter", 信函: "letter", 照会: "note", 议程: "agenda", 声明: "statement", letters: "letter", notes: "note", reports: "report" };

/**
 * Whether the symbol a question asks is of another kind of document than `d` ("这封信的文号", "the
 * symbol of the letter it cites" of a draft that acknowledges a letter): the noun the symbol is
 * asked of names a kind its title does not.
 */
export function symbolOfAnother(ctx: AnswerContext, d: ParsedDocument): boolean {
  const text = toHalfWidth(ctx.q.text);
  const noun = ctx.q.lang === "zh" ? text.match(SYMBOL_OF_ZH)?.[1] : (text.match(SYMBOL_OF_EN)?.[1] ?? text.match(SYMBOL_OWNED_EN)?.[1] ?? text.match(WHICH_DOCUMENT_EN)?.[1])?.toLowerCase();
  return !!noun && !ofKind(d, [noun]);
}
/** The kind of document whose symbol is asked: "这封信的文号", "该照会的编号". */
const SYMBOL_OF_ZH = /(来信|信函|信|照会|报告|说明|决议草案|草案|议程|声明)(?:的|[，,]\s*)?(?:文号|文件编号|文件号|编号)/;
/** The kinds of document whose symbol a question may ask of one it names or that cites it (and "agenda", which takes no plural here). */
const DOCUMENT_KINDS_EN = "letter|note|report|draft|statement";
/** "The symbol of the letter (it cites)", "the letter's symbol", "the symbol of the Panel of Experts' final report". */
const SYMBOL_OF_EN = new RegExp(String.raw`\bsymbol (?:of|for|on) (?:the |this |that |its |their )?(?:[\w'’-]+ ){0,5}?((?:${DOCUMENT_KINDS_EN})s?|agenda)\b`, "i");
const SYMBOL_OWNED_EN = new RegExp(String.raw`\b(${DOCUMENT_KINDS_EN}|agenda)['’]s (?:document )?symbol\b`, "i");
/** "Which SG letter describes the tasks? need the symbol": the kind of document asked, before the symbol is. */
const WHICH_DOCUMENT_EN = /\b(?:which|what)\s+(?:[\w'’-]+\s+){0,3}?(letter|note|report|statement)s?\b/i;
