/**
 * Documents: what a symbol is, the symbol of a document described in words, the documents of a
 * meeting or agenda item, and what a corpus document (named by its title) was prepared for.
 */
import type { KnowledgeIndex, Meeting, ParsedDocument, Passage, SymbolInfo } from "../knowledge/index.js";
import { findSymbols, findResolutionMentions, findDates, footnotesOf, formatDate, formatDateRange, splitPassageId } from "../knowledge/index.js";
import type { AnswerContext, AnswerResult } from "./context.js";
import { Sources, answered, clippedAt, refused, meetingName, meetingWhen, ordinalEn, paragraphText } from "./compose.js";
import { findMeetings } from "./find-meetings.js";
import { ABOUT_ASKED, FATE_ASKED } from "./intent.js";
import { agendaDocumentOf, meetingAt, meetingOfDocument } from "./lookups.js";
import { documentByContent, documentByDescription, fitsQuestion, namesOwnKind, passageSaying, symbolOfAnother } from "./document-subject.js";
import { askedBeyond, asksWebAddress, conceptsHeld, conceptsOf, coverage, documentContext, fitsOrdinal, namesIn, namesOrdinal, ownDocuments, resolutionsInScope, unsaidByDocuments, unsaidOfDocument } from "./answer-search.js";
import { SYMBOL_WORD } from "./understand.js";

const KIND_EN: Record<string, string> = {
  "annotated-agenda": "annotated provisional agenda",
  "provisional-agenda": "provisional agenda",
  "background-paper": "background paper prepared by the Secretariat",
  "secretariat-report": "report of the Secretariat",
  "draft-report-addendum": "addendum to the draft report",
  report: "report",
  resolution: "resolution",
  decision: "decision",
  other: "document",
};
const KIND_ZH: Record<string, string> = {
  "annotated-agenda": "临时议程说明",
  "provisional-agenda": "临时议程",
  "background-paper": "秘书处编写的背景文件",
  "secretariat-report": "秘书处的报告",
  "draft-report-addendum": "报告草稿增编",
  report: "报告",
  resolution: "决议",
  decision: "决定",
  other: "文件",
};

/** The documents the meetings' source passages lie in. */
const docsOf = (meetings: readonly Meeting[]) => new Set(meetings.flatMap((m) => m.sources.map((s) => splitPassageId(s).docId)));

/** The corpus's distinct titles, each with its documents' positions in corpus order; once per build. */
const titlesByBuild = new WeakMap<object, [string, number[]][]>();
function titledDocuments(index: AnswerContext["index"]): [string, number[]][] {
  let t = titlesByBuild.get(index.documents);
  if (!t) {
    const byTitle = new Map<string, number[]>();
    index.documents.forEach((d, i) => {
      if (!d.meta.title) return;
      const at = byTitle.get(d.meta.title);
      if (at) at.push(i);
      else byTitle.set(d.meta.title, [i]);
    });
    titlesByBuild.set(index.documents, (t = [...byTitle]));
  }
  return t;
}

/** Whether the question names a title: quoted, or written out in its text. */
const namesTitle = (q: AnswerContext["q"], title: string) => q.quotedTitles.some((t) => title.includes(t) || t.includes(title)) || q.text.includes(title);

/** The corpus's titles the question names, each with its documents' positions. */
const titlesNamed = (ctx: AnswerContext) => titledDocuments(ctx.index).filter(([title]) => namesTitle(ctx.q, title));

/** Whether the question names the title of a document of the corpus. */
export const namesDocumentTitle = (ctx: AnswerContext): boolean => titlesNamed(ctx).length > 0;

/** The first document in corpus order, among the given positions, that passes `test` (as a find over the corpus would). */
function firstInOrder(docs: readonly ParsedDocument[], groups: number[][], test: (d: ParsedDocument) => boolean): ParsedDocument | undefined {
  if (!groups.length) return undefined;
  const at = groups.length === 1 ? groups[0] : [...new Set(groups.flat())].sort((a, b) => a - b);
  for (const i of at) if (test(docs[i])) return docs[i];
  return undefined;
}

/**
 * A refusal of a question that names documents by their symbols, with what those documents are
 * ("who vetoed S/2023/970": the documents do not say, and S/2023/970 is a draft resolution of …);
 * the refusal as it is when it cites passages already or names no document the corpus holds.
 */
export function withNamedDocuments(ctx: AnswerContext, refusal: AnswerResult): AnswerResult {
  if (refusal.answer.answered || refusal.answer.citations.length) return refusal;
  const docs = ctx.q.symbols.map((s) => ctx.index.symbol(s)?.docId).filter((id): id is string => !!id).map((id) => ctx.index.document(id)!);
  if (!docs.length) return refusal;
  const src = new Sources(ctx.index);
  const blocks = [...new Set(docs)].map((d) => describeDocument(ctx, d, src));
  return { ...refusal, answer: refused(`${refusal.answer.text}\n\n${blocks.join("\n\n")}`, ctx.q.lang, src) };
}

/** Describes a corpus document: kind, symbol or date, meeting, agenda item; cites its header. */
function describeDocument(ctx: AnswerContext, doc: ParsedDocument, src: Sources): string {
  const { lang } = ctx.q;
  const { index, glossary: g } = ctx;
  const meta = doc.meta;
  const header = (loc: string) => doc.passages.find((p) => p.locator === loc)?.id;
  const headerMeeting = header("header, meeting");
  const meeting = meetingAt(index, headerMeeting);
  // The passage of the document itself that names its meeting ("供实施情况审议组第九届会议审议…").
  const inText = meeting?.sources.find((s) => splitPassageId(s).docId === meta.id && s !== headerMeeting);
  const kind = (meta.kind ? (lang === "zh" ? KIND_ZH[meta.kind] : KIND_EN[meta.kind]) : undefined) ?? (lang === "zh" ? "文件" : "document");
  // A resolution's own text: adopted by an organ on a date, at a plenary meeting, under an agenda item.
  if (meta.adopted) return describeAdopted(ctx, doc, kind, src);
  const parts: string[] = [];
  // A session the cover prints that the graph holds no meeting for (another organ's: "Sixty-second
  // session"), when the question asks after a session.
  const printed = meeting || !ASKS_SESSION.test(ctx.q.text) ? undefined : printedSession(doc);
  const title = meta.title ? (lang === "zh" ? `《${meta.title}》` : `“${meta.title}”`) : "";
  const cTitle = src.citeAll([header("header, agenda item") ?? header("header, title")]);
  if (lang === "zh") {
    parts.push(`**${meta.symbol ?? meta.title ?? meta.file}**是${kind}${meta.symbol && title ? title : ""}${meta.date ? `，日期为${formatDate(meta.date, "zh")}` : ""}${meta.distribution ? `（Distr.: ${meta.distribution}）` : ""}${cTitle}${src.cite(header("header"))}。`);
    if (meeting) parts.push(`为${meetingName(g, meeting, "zh")}（${meetingWhen(meeting, "zh") ?? ""}${meeting.venue ? `，${meeting.venue}` : ""}）编写${src.citeAll([headerMeeting, inText])}。`);
    else if (printed) parts.push(`涉及${printed.of ? `${printed.of}` : ""}第${printed.ordinal}${printed.kind === "session" ? "届" : "次"}会议${printed.when ? `（${printed.when.zh}）` : ""}${src.cite(printed.source)}。`);
    if (meta.agendaItem) parts.push(`临时议程项目${meta.agendaItem.number}${meta.agendaItem.title ? `：${meta.agendaItem.title}` : ""}${src.cite(header("header, agenda item"))}。`);
  } else {
    const name = meta.symbol ?? (meta.titleEn && meta.title ? `“${meta.titleEn}” (${meta.title})` : meta.title ?? meta.file);
    parts.push(`**${name}** is the ${kind}${meta.symbol && title ? ` ${title}` : ""}${meta.date ? `, dated ${formatDate(meta.date, "en")}` : ""}${meta.distribution ? `, ${meta.distribution.toLowerCase()} distribution` : ""}${cTitle}${src.cite(header("header"))}.`);
    if (meeting) parts.push(`It was prepared for the ${meetingName(g, meeting, "en")} (${meetingWhen(meeting, "en") ?? ""}${meeting.venue ? `, ${g.english(meeting.venue) ?? meeting.venue}` : ""})${src.citeAll([headerMeeting, inText])}.`);
    else if (printed) parts.push(`It concerns the ${ordinalEn(printed.ordinal)} ${printed.kind === "session" ? "session" : "meeting"}${printed.of ? ` of the ${printed.of.replace(/^the /i, "")}` : ""}${printed.when ? ` (${printed.when.en})` : ""}${src.cite(printed.source)}.`);
    if (meta.agendaItem) parts.push(`Item ${meta.agendaItem.number} of the provisional agenda${meta.agendaItem.title ? `: ${meta.agendaItem.title}` : ""}${src.cite(header("header, agenda item"))}.`);
  }
  const subject = subjectOf(doc);
  if (subject.length) {
    // In the asker's language its words are the answer's own, as a passage search finds is shown;
    // in the other, a quotation.
    const foreign = !!meta.language && meta.language !== lang;
    const [open, close] = !foreign ? ["", ""] : lang === "zh" ? ["「", "」"] : ["“", "”"];
    // Its own words end where the answer's sentence goes on: no trailing comma or semicolon.
    const said = (p: Passage) => (foreign ? clippedAt(paragraphText(p.text), QUOTED) : clippedAt(paragraphText(p.text), QUOTED).replace(/[,;:，；：]\s*$/, ""));
    const quoted = subject.map((p) => `${open}${said(p)}${close}${src.cite(p.id)}`);
    parts.push(lang === "zh" ? `其内容始于：${quoted.join("；")}。` : `It opens: ${quoted.join("; ")}.`);
  }
  return parts.join(" ");
}

/**
 * What a draft whose title names only its sponsors ("United States of America: draft resolution")
 * is about, in its own words: its first preambular paragraph ("Recalling its previous resolutions
 * and statements on South Sudan"), its first operative one, and, when that one restates what the
 * Council decided before ("Recalls the measures imposed by …"), the first that acts ("Decides to
 * extend … the mandate of the Panel of Experts"). None for a document whose title says what it is about.
 */
function subjectOf(doc: ParsedDocument): Passage[] {
  if (!SPONSORED.test(doc.meta.title ?? "")) return [];
  const preamble = doc.passages.find((p) => p.role === "preambular" && p.locator !== "preamble");
  const operatives = doc.passages.filter((p) => p.role === "operative");
  // The first operative paragraph, and the first that acts when that one restates.
  const acting = operatives.find((p) => !RESTATES.test(p.text));
  return [...new Set([preamble, operatives[0], acting])].filter((p): p is Passage => !!p);
}
/** An operative paragraph that restates what the Council decided before: "Recalls …", "Reaffirms …", "Reiterates …". */
const RESTATES = /^\s*(?:\d{1,3}\s*\.\s*)?(?:Recalls|Reaffirms|Reiterates)\b/;
/** A title that names a draft's sponsors: "Malaysia, New Zealand, Senegal and …: draft resolution". */
const SPONSORED = /^(.+?):\s*(?:revised\s+)?draft (?:resolution|decision)$/is;
/** A paragraph quoted in a description, cut at a word after this many characters. */
const QUOTED = 320;

/** The numbered session or meeting a document's cover prints, with the passage of its opening lines that names it. */
function printedSession(doc: ParsedDocument): { ordinal: number; kind?: string; of?: string; when?: { en: string; zh: string }; source: string } | undefined {
  const m = doc.meta.meeting;
  if (!m?.ordinal) return undefined;
  const source = doc.passages.slice(0, COVER_PASSAGES).find((p) => namesOrdinal(m.ordinal!, p.text));
  if (!source) return undefined;
  const when = m.start ? { en: formatDateRange(m.start, m.end, "en"), zh: formatDateRange(m.start, m.end, "zh") } : undefined;
  return { ordinal: m.ordinal, kind: m.kind, of: m.of, when, source: source.id };
}
/** A question that asks after a session or meeting. */
const ASKS_SESSION = /\bsessions?\b|\bmeetings?\b|届|会议/i;
/** How many of a document's first passages are read as its cover. */
const COVER_PASSAGES = 8;

/** Describes a resolution or decision from its own text: title, adoption, plenary meeting, agenda item. */
function describeAdopted(ctx: AnswerContext, doc: ParsedDocument, kind: string, src: Sources): string {
  const { lang } = ctx.q;
  const meta = doc.meta;
  const at = (loc: string) => doc.passages.find((p) => p.locator === loc)?.id;
  // The plenary meeting as the extractor read it for this resolution's own node.
  const plenary = meta.resolutionNumber ? ctx.index.resolution(meta.resolutionNumber, { body: meta.body })?.plenary : undefined;
  const ordinal = plenary?.ordinal;
  const number = meta.resolutionNumber ? `${meta.resolutionNumber} ` : "";
  const title = meta.title ? (lang === "zh" ? `《${meta.title}》` : `“${meta.title}”`) : "";
  const organ = ctx.glossary.body(meta.body ?? "")?.[lang === "zh" ? "zh" : "en"] ?? meta.adopted!.by;
  if (lang === "zh") {
    return [
      `**${meta.symbol ?? meta.file}**是第${number.trim()}号${kind}${title}${src.cite(at("title"))}。`,
      meta.adopted!.date ? `${organ}于${formatDate(meta.adopted!.date, "zh")}通过${ordinal ? `（第${ordinal}次全体会议）` : ""}${src.citeAll([at("header, adoption"), plenary?.source])}。` : "",
      meta.agendaItem ? `议程项目${meta.agendaItem.number}${src.cite(at("header, agenda item"))}。` : "",
    ].join("");
  }
  return [
    `**${meta.symbol ?? meta.file}** is ${kind} ${number}${title}${src.cite(at("title"))}.`,
    meta.adopted!.date ? ` It was adopted by the ${organ} on ${formatDate(meta.adopted!.date, "en")}${ordinal ? ` at its ${ordinalEn(ordinal)} plenary meeting` : ""}${src.citeAll([at("header, adoption"), plenary?.source])}.` : "",
    meta.agendaItem ? ` Agenda item ${meta.agendaItem.number}${meta.agendaItem.title ? `: ${meta.agendaItem.title.replace(/\s*[:：]\s*$/, "")}` : ""}${src.cite(at("header, agenda item"))}.` : "",
  ].join("");
}

/** A draft resolution, by its title. */
const DRAFT_TITLE = /\bdraft resolution\b|决议草案/i;

/**
 * Whether what a question asks of a document beyond its description is a subject of its text: two
 * concepts or more, one of them a term or a name ("an Article 99 letter from the
 * Secretary-General"); one word ("put out", "carry", 性质) or everyday words only ("another symbol
 * too") ask of the document itself, or describe it ("the Gaza draft").
 */
const asksOfItsText = (beyond: { source: string }[]) => beyond.length > 1 && beyond.some((c) => c.source !== "dictionary");

/** Answers about documents and symbols. */
export function answerDocument(ctx: AnswerContext): AnswerResult | undefined {
  const { q, index } = ctx;
  const lang = q.lang;
  const src = new Sources(index);
  // A described document's symbol is asked in so many words, or by the command that asks nothing else.
  const asksSymbol = q.asks.has("symbol") || q.intent?.kind === "documentSymbol";

  // 0. "Who sponsored the 2016 draft on Israeli settlements": the sponsors a draft's title names.
  if (q.intent?.kind === "draftSponsors") {
    const named = q.symbols.map((s) => index.symbol(s)?.docId).find((id): id is string => !!id);
    const byContent = named ? undefined : documentByContent(ctx);
    const doc = named ? index.document(named) : byContent?.doc;
    const sponsors = doc && doc.meta.title?.match(SPONSORED)?.[1];
    if (doc && sponsors) {
      const cover = doc.passages.find((p) => p.locator === "header, title")?.id;
      const name = doc.meta.symbol ?? doc.meta.title!;
      const date = doc.meta.date ? formatDate(doc.meta.date, lang) : "";
      // In Chinese, the States by their Chinese names where the glossary has them, with the
      // names as the draft writes them.
      const zhNames = lang === "zh" ? namesIn(ctx, "parties", sponsors, "zh") : [];
      const text = lang === "zh"
        ? `**${name}**（${date}）的提案国：${zhNames.length ? `${zhNames.join("、")}（${sponsors}）` : sponsors}${src.cite(cover)}。`
        : `**${name}** (${date}) was put forward by ${sponsors}${src.cite(cover)}.`;
      // A draft found by what it says is shown by the paragraph that says it.
      const said = byContent ? `\n> ${paragraphText(index.passage(byContent.passage)!.text)}${src.cite(byContent.passage)}` : "";
      return { answer: answered(text + said, src, lang) };
    }
  }

  // 1. Symbols named in the question.
  if (q.symbols.length) {
    const blocks: string[] = [];
    const unknown: string[] = [];
    for (const s of q.symbols) {
      const info = index.symbol(s);
      if (!info) {
        unknown.push(s);
        continue;
      }
      if (info.docId) {
        blocks.push(describeDocument(ctx, index.document(info.docId)!, src));
        continue;
      }
      // A symbol in a header footnote ("临时议程*" -> "* CAC/COSP/2023/1"): the agenda that footnote names.
      const agendaOf = agendaDocumentOf(index, info.symbol);
      const agendaMeeting = agendaOf && meetingOfDocument(index, agendaOf.meta.id);
      if (agendaOf && agendaMeeting) {
        const cite = src.citeAll([agendaOf.passages.find((p) => p.locator === "header, agenda item")?.id, ...info.descriptions.map((d) => d.source)]);
        const when = meetingWhen(agendaMeeting, lang);
        blocks.push(
          lang === "zh"
            ? `**${info.symbol}**是${meetingName(ctx.glossary, agendaMeeting, "zh")}${when ? `（${when}）` : ""}的临时议程${cite}。`
            : `**${info.symbol}** is the provisional agenda of the ${meetingName(ctx.glossary, agendaMeeting, "en")}${when ? ` (${when})` : ""}${cite}.`,
        );
        continue;
      }
      const lines = info.descriptions.slice(0, 3).map((d) => `• ${paragraphText(d.text)}${src.cite(d.source)}`);
      blocks.push(`${lang === "zh" ? `**${info.symbol}**在文件中的描述：` : `**${info.symbol}** is described in the documents as follows:`}\n${lines.join("\n")}`);
    }
    if (!blocks.length) {
      const near = nearestSymbols(index.graph.symbols.map((x) => x.symbol), unknown[0]);
      const total = index.counts().symbols;
      return {
        answer: refused(
          lang === "zh"
            ? `文件中没有提到${unknown.join("、")}。文件提到的相近文号有：${near.join("、")}（共${total}个文号）。`
            : `The documents do not mention ${unknown.join(", ")}. Symbols they mention that come closest: ${near.join(", ")} (${total} in all).`,
          lang,
        ),
      };
    }
    if (unknown.length) blocks.push(lang === "zh" ? `文件中没有提到${unknown.join("、")}。` : `The documents do not mention ${unknown.join(", ")}.`);
    // What became of a draft ("which resolution did S/2024/37 become", "最后通过成了第几号决议"):
    // a draft does not tell its own fate, and no other document mentions it; what it is, but no answer.
    const mentionedElsewhere = (info: SymbolInfo) => info.descriptions.some((d) => splitPassageId(d.source).docId !== info.docId);
    const draftOnlyItself = (s: string) => {
      const info = index.symbol(s);
      return !!info?.docId && !mentionedElsewhere(info) && DRAFT_TITLE.test(index.document(info.docId)?.meta.title ?? "");
    };
    if (FATE_ASKED.test(q.text) && q.symbols.some(draftOnlyItself)) {
      const lead = lang === "zh" ? "文件没有说明这份草案后来是否获得通过、成为第几号决议。" : "The documents do not say what became of the draft (whether it was adopted, and as which resolution).";
      return { answer: refused(`${lead}\n\n${blocks.join("\n\n")}`, lang, src), settled: true };
    }
    // Something asked of it that no document speaks of ("was it vetoed"): what it is, but no answer.
    const unsaid = unsaidOfDocument(ctx).map((c) => c.label);
    if (unsaid.length) {
      const lead = lang === "zh" ? `文件中没有关于${unsaid.join("、")}的内容。` : `The documents say nothing of ${unsaid.join(", ")}.`;
      return { answer: refused(`${lead}\n\n${blocks.join("\n\n")}`, lang, src) };
    }
    // Something asked of it that other documents speak of but its own text never names ("the troop
    // ceiling in S/2016/1100", a draft on settlements): what it is, and that it does not say.
    const own = q.symbols.map((sym) => index.symbol(sym)?.docId).filter((d): d is string => !!d);
    const unsaidHere = own.length === q.symbols.length ? unsaidByDocuments(ctx, own).map((c) => c.label) : [];
    if (unsaidHere.length) {
      const named = q.symbols.join(lang === "zh" ? "、" : ", ");
      const lead = lang === "zh" ? `${named}没有谈到${unsaidHere.join("、")}。` : `${named} does not speak of ${unsaidHere.join(", ")}.`;
      return { answer: refused(`${lead}\n\n${blocks.join("\n\n")}`, lang, src) };
    }
    // Something asked that its text may say and what it is does not ("the letter S/2023/970 acts
    // on is dated when", "who does S/2022/501 ask the Mechanism to heed"): its paragraphs answer,
    // or nothing does. What it is, its title and what it is about are its description's.
    if (!q.asks.has("title") && !ABOUT_ASKED.test(q.text) && own.length && asksOfItsText(askedBeyond(ctx, own, blocks.join("\n")))) return undefined;
    return { answer: answered(blocks.join("\n\n"), src, lang) };
  }

  // 2. A corpus document named by its title.
  // A title as common as "临时议程说明" names the document only of the meeting the question names by body or session
  // (a question's "first Review Conference" of a treaty is no ordinal of the resolution named after it).
  const titled = firstInOrder(index.documents, titlesNamed(ctx).map(([, docs]) => docs), (d) => (!q.bodies.length && !q.meetingWord ? true : fitsQuestion(ctx, d)));
  if (titled && titled.meta.title!.length >= 6) return { answer: answered(describeDocument(ctx, titled, src), src, lang) };

  // 3. "The title of the background paper prepared for the 11th meeting": a corpus document
  //    prepared for that meeting, described from its own header.
  const kindWords = /background paper|report|annotat|paper|背景文件|报告|说明/i;
  if (q.asks.has("title") && kindWords.test(q.text) && (q.ordinal !== undefined || q.bodies.length)) {
    const { meetings } = findMeetings(ctx);
    // Only the documents those meetings' sources lie in can have their header among them: no other shard is read.
    const holding = docsOf(meetings);
    const own = index.documents.filter((d) => {
      if (!holding.has(d.meta.id)) return false;
      const header = d.passages.find((p) => p.locator === "header, meeting")?.id;
      return !!header && meetings.some((m) => m.sources.includes(header));
    });
    if (own.length) return { answer: answered(own.map((d) => describeDocument(ctx, d, src)).join("\n\n"), src, lang) };
  }

  // 4. Documents of a meeting: "list the papers for the review group's 9th session".
  // "The symbols of the documents" asks for the list; "the symbol of the agenda" for one document's.
  const listOfSymbols = !asksSymbol || /\bsymbols\b|哪些文号|文号(?:有|是|分别是)哪些/i.test(q.text);
  // (A web address asked of one of them is no list of them, nor the date one was issued on.)
  const dateOfIssue = q.asks.has("issued") && (q.asks.has("when") || q.asks.has("year"));
  if (q.asks.has("documents") && (q.ordinal !== undefined || q.bodies.length) && !q.items.length && listOfSymbols && !asksWebAddress(q) && !dateOfIssue) {
    const { meetings } = findMeetings(ctx);
    if (meetings.length === 1) {
      const m = meetings[0];
      const agendaDocs = index.agenda(m.id).flatMap((a) => a.documents);
      const found = [...symbolsIn(ctx, m.sources), ...listedInOwnPages(ctx, m)];
      const withSymbols = [...new Set(found.map((f) => f.passage))];
      const symbols = [...new Set([...found.map((f) => f.symbol), ...agendaDocs])];
      if (symbols.length) {
        const lines = symbols.map((sym) => {
          const where = withSymbols.find((s) => index.passage(s)!.text.includes(sym)) ?? index.symbol(sym)?.descriptions[0]?.source;
          const titled = titleOfSymbol(ctx, sym, where);
          return `• ${sym}${titled ? ` — ${titled.title}` : ""}${src.citeAll([where, titled?.source])}`;
        });
        const name = meetingName(ctx.glossary, m, lang);
        return { answer: answered(`${lang === "zh" ? `为${name}编写或提请其注意的文件：` : `Documents prepared for or listed for the ${name}:`}\n${lines.join("\n")}`, src, lang), remember: { meetingId: m.id } };
      }
    }
  }

  // 5. "The symbol of the provisional agenda of the 11th meeting": the header footnote of a
  //    document prepared for that meeting ("临时议程*" -> "* CAC/COSP/WG.4/2020/1").
  if (asksSymbol && /provisional agenda|临时议程/i.test(q.text) && (q.ordinal !== undefined || q.bodies.length)) {
    const { meetings } = findMeetings(ctx);
    for (const m of meetings) {
      const holding = docsOf([m]);
      const doc = index.documents.find((d) => d.meta.agendaSymbol && holding.has(d.meta.id) && m.sources.includes(d.passages.find((p) => p.locator === "header, meeting")?.id ?? ""));
      if (!doc) continue;
      const note = doc.passages.find((p) => p.kind === "footnote" && p.text.includes(doc.meta.agendaSymbol!));
      const head = doc.passages.find((p) => p.locator === "header, agenda item");
      const name = meetingName(ctx.glossary, m, lang);
      const text = lang === "zh"
        ? `${name}临时议程的文号：**${doc.meta.agendaSymbol}**${src.citeAll([head?.id, note?.id])}。`
        : `The provisional agenda of the ${name} is **${doc.meta.agendaSymbol}**${src.citeAll([head?.id, note?.id])}.`;
      return { answer: answered(text, src, lang), remember: { meetingId: m.id } };
    }
  }

  // 6. "The symbol of the prevention group's summary of its twelfth meeting": a corpus document
  //    whose title the question describes.
  if (asksSymbol && !q.resolutions.length) {
    const doc = documentByDescription(ctx);
    if (doc && !symbolOfAnother(ctx, doc)) {
      const title = doc.passages.find((p) => p.locator === "header, title" || p.locator === "title")?.id;
      const header = doc.passages.find((p) => p.locator === "header")?.id;
      const name = lang === "zh" ? zhTitle(doc.meta.title ?? "") : `“${doc.meta.titleEn ?? doc.meta.title}”`;
      const text = lang === "zh" ? `${name}的文号：**${doc.meta.symbol}**${src.citeAll([title, header])}。` : `${name}: **${doc.meta.symbol}**${src.citeAll([title, header])}.`;
      return { answer: answered(text, src, lang) };
    }
  }

  // 6b. "Which draft extends UNSOM's mandate? the somalia one from march 2018": a corpus document
  //     of the kind named whose text holds what the question says of it.
  // A document so described whose symbol is not the one asked ("这封信的文号" of the draft that
  // acknowledges the letter) gives the symbol asked in its own text, below.
  let citing: string | undefined;
  if (asksSymbol && !q.resolutions.length) {
    const found = documentByContent(ctx);
    if (found && !symbolOfAnother(ctx, found.doc)) {
      return { answer: answered(ownSymbol(index, found.doc, found.passage, src, lang), src, lang) };
    }
    citing = found?.doc.meta.id;
  }

  // 7. "When was the review group's fourth session report issued": the date on a document's cover;
  //    of one described by its title, or by what its text says ("the date on the Silencing the Guns draft").
  if (q.asks.has("issued") && !q.resolutions.length) {
    // A title that lists a draft's sponsors holds the words of many names apart ("South Africa, …,
    // Sudan" is no "South Sudan"): what the question says its text holds comes first then.
    const titled = documentByDescription(ctx, !asksSymbol);
    const byContent = !titled || SPONSORED.test(titled.meta.title ?? "") ? documentByContent(ctx) : undefined;
    const byTitle = byContent ? undefined : titled;
    const doc = byTitle ?? byContent?.doc;
    const header = doc?.passages.find((p) => p.locator === "header")?.id;
    if (doc?.meta.date && header) {
      const name = doc.meta.symbol ?? (lang === "zh" ? zhTitle(doc.meta.title ?? "") : `“${doc.meta.titleEn ?? doc.meta.title}”`);
      const title = doc.meta.symbol && doc.meta.title ? (lang === "zh" ? zhTitle(doc.meta.title) : ` “${doc.meta.titleEn ?? doc.meta.title}”`) : "";
      const text = lang === "zh"
        ? `**${name}**${title}的日期为${formatDate(doc.meta.date, "zh")}${src.cite(header)}。`
        : `**${name}**${title} is dated ${formatDate(doc.meta.date, "en")}${src.cite(header)}.`;
      // A document found by what it says is shown by the paragraph that says it.
      const said = byContent ? `\n> ${paragraphText(index.passage(byContent.passage)!.text)}${src.cite(byContent.passage)}` : "";
      return { answer: answered(text + said, src, lang) };
    }
  }

  // 8. "Which symbol does the note on asset recovery have": the symbol a passage describing it gives.
  if (asksSymbol) {
    const wantRes = findResolutionMentions(q.text).map((r) => r.number);
    // (The word for a symbol names what is asked, which a table's "Document Symbol" column heading
    // writes too: the rest of the question describes the document.)
    const concepts = conceptsOf(ctx).filter((c) => !SYMBOL_WORD.test(c.label));
    const ratio = (c: { hit: number; total: number }) => (c.total ? c.hit / c.total : 0);
    const years = yearsOfMeetingAsked(ctx);
    // What a passage's document already says of itself (the meeting its page is of: the body, the
    // place, the year) says which meeting, not which of its documents: the passage is weighed on
    // the rest of the description ("the final list of participants"), where the document leaves some.
    // (Once per document: its passages are weighed several times below.)
    const described = new Map<string, typeof concepts>();
    const describing = (docId: string) => {
      const known = described.get(docId);
      if (known) return known;
      const context = conceptsHeld(concepts, { text: "", headingPath: [] }, documentContext(ctx, docId), ctx);
      const rest = concepts.filter((c) => !context.includes(c));
      const weighed = rest.some((c) => !c.neutral) ? rest : concepts;
      described.set(docId, weighed);
      return weighed;
    };
    const share = (p: Passage) => ratio(coverage(describing(p.docId), { ...p, headingPath: [] }));
    // Rank by what the passage itself says (its heading is shared by its neighbours).
    // The one meeting the question names (by number, date or place) has its own documents searched
    // as well (its page, which lists them), and so has a resolution it names (which cites the
    // document): passages of other documents can crowd them out of the whole. Such a passage must
    // hold most of what describes the document beyond the meeting or the resolution.
    const { meetings } = findMeetings(ctx);
    // "The symbol of its report", "the session's report": the meeting's own report ("Report of the
    // third meeting of the Working Group", "Report of the Conference … on its sixth session"), not
    // another report prepared for it.
    const meetingsReport = meetings.length === 1 && MEETINGS_REPORT_ASKED.test(q.text);
    const scoped = [...(meetings.length === 1 ? ownDocuments(ctx, meetings[0]) : []), ...resolutionsInScope(ctx).map((r) => r.docId!)];
    const ofMeeting = scoped.flatMap((docId) => index.search(q.text, { limit: MEETING_HITS, docId }))
      .filter((h) => share(h.passage) >= MOST);
    // (The document that cites what is asked is searched alone: its passages give the symbol.)
    const ofCiting = citing ? index.search(q.text, { limit: MEETING_HITS, docId: citing }).filter((h) => symbolsGiven(index, h.passage).symbols.length) : [];
    const hits = [...new Map((ofCiting.length ? ofCiting : [...index.search(q.text, { limit: 25 }), ...ofMeeting]).map((h) => [h.passage.id, h])).values()]
      // A passage about another meeting ("为第十三次会议编写") does not give the symbol for "the 15th meeting".
      .filter((h) => symbolsGiven(index, h.passage).symbols.length && fitsOrdinal(q.ordinal, h.passage.text) && heldIn(years, h.passage.text) && (!wantRes.length || wantRes.every((r) => findResolutionMentions(h.passage.text).some((m) => m.number === r))))
      .filter((h) => ofBodyAsked(ctx, h.passage))
      .map((h) => ({ ...h, score: h.score * (0.3 + share(h.passage)) * (meetingsReport && MEETINGS_OWN_REPORT.test(h.passage.text) ? OWN_REPORT : 1) }))
      .sort((a, b) => b.score - a.score);
    if (!hits.length) return { answer: refused(lang === "zh" ? "文件中没有找到符合描述的文件及其文号。" : "The documents give no symbol for a document matching that description.", lang) };
    const best = hits[0];
    // The passage stands in a document of the one kind the question names: it is the document
    // described, and the symbols it prints are of others (a letter it acknowledges).
    const own = index.document(best.passage.docId)!;
    if (own.meta.symbol && namesOwnKind(ctx, own) && !symbolOfAnother(ctx, own)) return { answer: answered(ownSymbol(index, own, passageSaying(ctx, own) ?? best.passage.id, src, lang), src, lang) };
    // A paragraph that gives the symbol in its note ("the report of the Secretary-General²") cites the note.
    const { symbols: inNotes, notes } = symbolsGiven(index, best.passage);
    const symbols = notes.length ? [...new Set(inNotes)] : listedSymbols(best.passage.text, describing(best.passage.docId), ctx);
    const lines = [`${lang === "zh" ? "文号：" : "Symbol: "}**${symbols.join(", ")}**${src.citeAll([best.passage.id, ...notes.map((f) => f.id)])}`];
    const also = hits.slice(1, 3).filter((h) => findSymbols(h.passage.text).some((s) => symbols.includes(s.symbol)));
    for (const h of also) src.cite(h.passage.id);
    lines.push(`> ${paragraphText(best.passage.text)}`);
    return { answer: answered(lines.join("\n"), src, lang) };
  }
  return undefined;
}

/** The symbols a passage gives: in its text, or else in the notes its text points to (and those notes). */
function symbolsGiven(index: KnowledgeIndex, p: Passage): { symbols: string[]; notes: Passage[] } {
  const own = findSymbols(p.text);
  if (own.length) return { symbols: own.map((x) => x.symbol), notes: [] };
  const notes = footnotesOf(index, p).map((f) => ({ f, found: findSymbols(f.text) })).filter((x) => x.found.length);
  return { symbols: notes.flatMap((x) => x.found.map((s) => s.symbol)), notes: notes.map((x) => x.f) };
}

/**
 * The symbols a passage gives, or where it lists documents (each entry a symbol and its title, as
 * a meeting's page does), those whose entries hold the most of what the question describes: of
 * "…/INF.1 Final List of Participants … /1 Annotated provisional agenda", the list of participants.
 */
function listedSymbols(text: string, concepts: ReturnType<typeof conceptsOf>, ctx: AnswerContext): string[] {
  const found = findSymbols(text);
  const all = [...new Set(found.map((s) => s.symbol))];
  if (all.length < 2 || found[0].index > LIST_LEAD) return all;
  const entries = found.map((s, i) => ({ symbol: s.symbol, hit: coverage(concepts, { text: text.slice(s.index, found[i + 1]?.index ?? text.length), headingPath: [] }, "", ctx).hit }));
  const best = Math.max(...entries.map((e) => e.hit));
  if (best <= 0 || entries.every((e) => e.hit === best)) return all;
  return [...new Set(entries.filter((e) => e.hit === best).map((e) => e.symbol))];
}
/** How many passages of each of a named meeting's or resolution's documents are weighed for a symbol asked. */
const MEETING_HITS = 10;
/** How much of a description a passage of those documents must hold. */
const MOST = 0.5;
/** How far into a passage its first symbol may stand for the passage to be a list of documents. */
const LIST_LEAD = 3;

/** A question asking for a meeting's own report: "its report", "the session's report", "the report of the third session". */
const MEETINGS_REPORT_ASKED = /\b(?:its|their)\s+(?:final\s+)?report\b|\b(?:session|meeting)['’]s\s+(?:final\s+)?report\b|\breport\s+(?:of|on)\s+the\s+(?:[\w-]+\s+){0,6}?(?:session|meeting)\b|(?:会议|届会)的?(?:最后)?报告/i;
/** A meeting's own report as a passage names it: "Report of the third meeting of …", "Report of the Conference … on its sixth session". */
const MEETINGS_OWN_REPORT = /\breport of the (?:[\w-]+\s+){0,12}?(?:on its [\w-]+ (?:session|meeting)|(?:session|meeting) of)\b|\breport of the (?:[\w-]+ )?(?:session|meeting)\b|会议报告|届会(?:的)?报告/i;
/** How much more a meeting's own report weighs when the question asks for it. */
const OWN_REPORT = 2;

/** "Symbol: S/2021/443, “…: draft resolution” (11 May 2021)", from its cover, and the passage that describes it, quoted. */
function ownSymbol(index: KnowledgeIndex, doc: ParsedDocument, passage: string, src: Sources, lang: "en" | "zh"): string {
  // The cover's symbol and date, and the title that names the sponsors.
  const cover = [doc.passages.find((p) => p.locator === "header")?.id, doc.passages.find((p) => p.locator === "header, title")?.id];
  const title = doc.meta.title ? (lang === "zh" ? zhTitle(doc.meta.title) : `“${doc.meta.titleEn ?? doc.meta.title}”`) : "";
  const date = doc.meta.date ? formatDate(doc.meta.date, lang) : "";
  const said = paragraphText(index.passage(passage)!.text);
  return lang === "zh"
    ? `文号：**${doc.meta.symbol}**，即${title}${date ? `（${date}）` : ""}${src.citeAll(cover)}。\n> ${said}${src.cite(passage)}`
    : `Symbol: **${doc.meta.symbol}**, ${title}${date ? ` (${date})` : ""}${src.citeAll(cover)}.\n> ${said}${src.cite(passage)}`;
}

/** The years the meeting a question names by number was held in (none when it names no one meeting). */
function yearsOfMeetingAsked(ctx: AnswerContext): Set<string> {
  const match = findMeetings(ctx);
  if (!match.specific || ctx.q.ordinal === undefined) return new Set();
  return new Set(match.meetings.map((m) => (m.start ?? m.month)?.slice(0, 4)).filter((y): y is string => !!y));
}

/**
 * Whether a text can speak of a meeting held in those years: it names no date, or a date or a
 * document symbol of one of them ("the meeting held in Vienna from 22 to 24 August 2011" is not
 * the fifteenth meeting, held in 2024).
 */
function heldIn(years: Set<string>, text: string): boolean {
  if (!years.size) return true;
  const named = [...findDates(text).map((d) => d.start.slice(0, 4)), ...findSymbols(text).flatMap((s) => symbolYear(s.symbol) ?? [])];
  return !named.length || named.some((y) => years.has(y));
}

/** A title in a Chinese answer: a Chinese one in 《》, an English one quoted as other-language text is. */
const zhTitle = (t: string) => (/[\u4e00-\u9fff]/.test(t) ? `《${t}》` : `“${t}”`);

/** The year a symbol carries: CAC/COSP/WG.4/2011/3 was issued in 2011. */
const symbolYear = (symbol: string) => symbol.match(/\/((?:19|20)\d\d)\//)?.[1];

/** The symbols the passages print, each with the passage (of a year, when one is given). */
function symbolsIn(ctx: AnswerContext, passages: string[], year?: string): { symbol: string; passage: string }[] {
  return passages.flatMap((id) =>
    findSymbols(ctx.index.passage(id)?.text ?? "")
      .filter((x) => !year || symbolYear(x.symbol) === year)
      .map((x) => ({ symbol: x.symbol, passage: id })),
  );
}

/** Whether a passage can speak of the body the question names: it is in that body's document, or names it. */
function ofBodyAsked(ctx: AnswerContext, passage: Passage): boolean {
  const asked = ctx.q.bodies;
  if (!asked.length) return true;
  const body = ctx.index.document(passage.docId)?.meta.body;
  return (!!body && asked.includes(body)) || ctx.glossary.findBodies(passage.text).some((b) => asked.includes(b.id));
}

/**
 * The documents of a meeting's year that its own pages (the documents its record comes from)
 * list, each with the passage that lists it: a session page's table of its documents.
 */
function listedInOwnPages(ctx: AnswerContext, m: Meeting): { symbol: string; passage: string }[] {
  const year = (m.start ?? m.month)?.slice(0, 4);
  if (!year) return [];
  const docs = new Set(m.sources.map((s) => ctx.index.passage(s)?.docId).filter((d): d is string => !!d));
  return symbolsIn(ctx, [...docs].flatMap((d) => ctx.index.document(d)?.passages.map((p) => p.id) ?? []), year);
}

/**
 * A listed document's title: the corpus document's own (in the asker's language where the corpus
 * has it), else the words the listing prints after the symbol ("CAC/COSP/WG.4/2011/CRP.2
 * Activities supported by the Organization for Security and Co-operation in Europe …").
 */
function titleOfSymbol(ctx: AnswerContext, symbol: string, listedIn: string | undefined): { title: string; source?: string } | undefined {
  const info = ctx.index.symbol(symbol);
  const doc = info?.docId ? ctx.index.document(info.docId) : undefined;
  const own = doc?.passages[0] ? ctx.index.cite(doc.passages[0].id, ctx.q.lang).title : undefined;
  if (own) return { title: own };
  // The passage the list was read from first, then the others that describe the symbol.
  for (const source of [listedIn, ...(info?.descriptions.map((d) => d.source) ?? [])]) {
    const text = source ? ctx.index.passage(source)?.text : undefined;
    const title = text ? titleAfterSymbol(text, symbol) : undefined;
    if (title) return { title, source };
  }
  return undefined;
}

/**
 * The title a listing prints after a symbol, up to the next symbol or the listing's furniture (the
 * language columns "EN FR SP", dashes for versions not issued, marks); undefined where the symbol
 * stands in running text ("(CAC/COSP/WG.4/2011/4, paragraph 12)").
 */
export function titleAfterSymbol(text: string, symbol: string): string | undefined {
  const found = findSymbols(text);
  const at = found.findIndex((f) => f.symbol === symbol);
  if (at < 0 || !text.startsWith(symbol, found[at].index)) return undefined;
  const after = text.slice(found[at].index + symbol.length, found[at + 1]?.index ?? text.length);
  const title = after.split(LISTING_FURNITURE)[0].replace(/\s+/g, " ").trim();
  return /^\s/.test(after) && /^[A-Z\p{Script=Han}]/u.test(title) && title.length >= MIN_TITLE && title.length <= MAX_TITLE ? title : undefined;
}
/** What ends a title in a listing: a run of dashes, a mark, the language columns, a new heading of the table. */
const LISTING_FURNITURE = /\s+-(?:\s+-)+|\s*[!*]|\s(?:EN|FR|SP|ES|RU|AR|CH|ZH)(?:\s+(?:EN|FR|SP|ES|RU|AR|CH|ZH)){2,}\b|\s+Document Symbol\b|\s+[A-Z][A-Z ]{8,}(?=\s|$)/;
const MIN_TITLE = 8;
const MAX_TITLE = 250;

/** How many symbols a refusal offers instead of one the documents do not mention. */
const NEAREST = 8;

/** The symbols that share the longest beginning with the one asked ("CAC/COSP/WG.4/2024/…" for "CAC/COSP/WG.4/2024/9"). */
function nearestSymbols(symbols: string[], asked: string): string[] {
  const shared = (s: string) => {
    let n = 0;
    while (n < s.length && n < asked.length && s[n].toUpperCase() === asked[n].toUpperCase()) n++;
    return n;
  };
  return symbols
    .map((s, i) => ({ s, i, n: shared(s) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, NEAREST)
    .map((x) => x.s);
}
