/**
 * Facts of one resolution from its own text, for a resolution named by number or described by
 * its subject: number and title, symbol, adoption date, plenary meeting, agenda item, the future
 * session whose provisional agenda it puts an item on, and what it asks of whom. Each asked fact
 * stands in the answer's text with its source; an asked fact the text does not give is said to
 * be missing.
 */
import type { Resolution, Statement } from "../knowledge/index.js";
import { parseEnglishOrdinal, ordinalSuffix, questionConcepts, formatDate, plainText, toChineseNumber, footnotesOf, findSymbols, findResolutionMentions } from "../knowledge/index.js";
import type { AnswerContext, AnswerResult } from "./context.js";
import { Sources, answered, refused, resolutionKind } from "./compose.js";
import { describedResolution, namesOf, resolutionsByNumber, speaksOfDraft } from "./resolution-subject.js";
import { asksForFact } from "./understand.js";
import { SPEAKS_OF, asksOnlyItsStatements, asksWhatRecallsNamed, asksWhichInstrument, instrumentAsked, resolutionSlots, speaksOfAnother, withoutCues, type ResolutionSlot } from "./resolution-slots.js";
import { LEADS_IN, aboutSubject, addressedAsAsked, toPartyAsked, adoptedAtSession, asksByPreambleVerb, citingPassages, preambleLines, preamblesByVerb, statementLines, titleIn, titleSource, widen } from "./answer-resolution.js";
import { conceptsOf, coverage } from "./answer-search.js";
import { resolutionOfDocument } from "./lookups.js";

/** "the provisional agenda of its eighty-second session": the session, spelled as printed. */
const FUTURE_SESSION = /provisional agenda of its ([a-z]+(?:[- ][a-z]+)?|\d{1,3}(?:st|nd|rd|th)) session/i;

/** The words of putting a resolution's draft forward, and of who does. */
const SPONSORING = /^(?:sponsor\w*|co-?sponsor\w*|submit\w*|introduc\w*|tabled?|put forward|propos\w*|draft\w*|delegations?|提交|提出|起草|发起|提案国|草案|代表团)$/i;

/** Whether only the adoption of a resolution other than the one named or described is asked ("per 80/50, when did the GA adopt its very first resolution"). */
const adoptionOfAnother = (slots: ResolutionSlot[], q: AnswerContext["q"]) => slots.every((s) => s === "adopted" || s === "plenary") && speaksOfAnother(q.text, q.lang);

/**
 * Answers facts of a resolution that has its own text in the corpus. Asked about another
 * resolution inside one named as where to look ("80/12提到的…是哪个决议推出的"), an answer that names
 * no other resolution is none: passage search finds the one recalled.
 */
export function answerResolutionFacts(ctx: AnswerContext): AnswerResult | undefined {
  const result = factsOfResolution(ctx);
  const within = ctx.q.within;
  if (!result || !within || ctx.q.resolutions.length) return result;
  return findResolutionMentions(result.answer.text).some((m) => m.number !== within) ? result : undefined;
}

/** The facts asked of the resolution named, described, or named as where to look. */
function factsOfResolution(ctx: AnswerContext): AnswerResult | undefined {
  const { q } = ctx;
  // "Which resolutions did its tenth session adopt": a list, not a fact of one resolution.
  const ofSession = adoptedAtSession(ctx);
  if (ofSession) return ofSession;
  // "Which decision recalls resolution 6/1": another instrument, which passage search finds.
  if (!q.within && asksWhatRecallsNamed(q.text, q.lang)) return undefined;
  const numbered = resolutionsByNumber(ctx);
  // (A resolution named as where to look, no other named nor dated: what is asked stands inside it,
  // "80/12提到的…是哪个决议推出的"; one dated, "the resolution of 5 December 2007 it recalls", passage search finds.)
  const within = q.within && !q.resolutions.length && !q.dates ? ctx.index.resolutions(q.within).filter((r) => r.docId).slice(0, 1) : [];
  const byNumber = [...numbered.filter((r) => r.docId), ...within];
  // "Adopted" asks when and where, not what the resolution adopts.
  let slots = resolutionSlots(q.text, q.lang, q.verbs.some((v) => v !== "adopts"));
  let subject: Resolution | undefined = byNumber[0];
  // "What does the SG have to report": a party the resolution addresses, named, asks what of it;
  // unless the name of something else the question describes is asked ("among the Secretariat's
  // online tools it names a compendium: what is it called").
  const namesInside = slots.length > 0 && slots.every((s) => s === "number" || s === "title") && !!subject && describesMore(ctx, subject);
  if (subject && !namesInside && !asksForFact(q) && !slots.includes("statements") && subject.statements.some((st) => addressedAsAsked(ctx, st, { anyQuestion: true }))) {
    slots = resolutionSlots(q.text, q.lang, true);
  }
  if (!subject) {
    if (numbered.length || q.symbols.length) return undefined;
    // A resolution named by a number the corpus holds no text of ("when was resolution 35/46
    // adopted") is not another resolution found by its words (the one that cites it), unless which
    // resolution is what is asked ("which resolution recalls 35/46").
    if (q.resolutions.length && !slots.some((s) => s === "number" || s === "title")) return undefined;
    // Only a resolution is adopted at a plenary meeting or puts an item on a future session's
    // agenda; other questions name a resolution to be about one.
    // The agenda item of a subject no meeting is named with is a resolution's ("no first placement
    // of weapons in outer space — under which item?"); a meeting's agenda comes with its ordinal.
    const resolutionOnly = slots.includes("plenary") || ((slots.includes("futureAgenda") || slots.includes("agendaItem")) && !q.ordinal);
    const speaksOf = SPEAKS_OF[q.lang].test(q.text);
    if (!speaksOf && !resolutionOnly) return undefined;
    // Nothing particular asked of a described resolution: a fact inside it, for passage search;
    // nor the adoption of another resolution it tells of (the first the Assembly ever adopted).
    if (!slots.length || adoptionOfAnother(slots, q)) return undefined;
    const description = withoutCues(q.text, q.lang);
    // Found by a passage rather than its names, a resolution answers only what its cover gives
    // (agenda item, adoption, plenary meeting): a fact inside its text is passage search's to answer.
    const fromCover = slots.every((s) => COVER_SLOTS.has(s));
    subject = describedResolution(ctx, description) ?? (speaksOf && fromCover && !speaksOfDraft(q.text, q.lang) ? resolutionBySearch(ctx, description) : undefined);
    // A decision a page lists by number and title ("Decision 1/6 Protocol against the Smuggling of
    // Migrants …"), with no text of its own: its number or its title is all it can tell.
    if (subject && !subject.docId && subject.title && slots.every((s) => s === "number" || s === "title")) {
      const src = new Sources(ctx.index);
      return { answer: answered(headline(ctx, subject, src), src, q.lang), remember: { resolution: subject.number } };
    }
    if (!subject?.docId) return undefined;
    // "By which decision did the GA give the Commission that mandate": a decision asked for is not
    // the resolution that tells of it.
    if (asksWhichInstrument(q.text, q.lang) && instrumentAsked(q.text, q.lang) !== subject.kind) return undefined;
  } else if (!slots.length || asksOnlyItsStatements(slots, q)) {
    // A resolution named by number with nothing particular asked: its statements (answerResolution).
    // Who is to do something is asked of its statements on the question's subject, below.
    return undefined;
  } else if (asksWhichInstrument(q.text, q.lang) && !asksByPreambleVerb(q.verbs)) {
    // "80/20: set up by which decision?": the number asked of a resolution named by its number
    // is another's, one its text cites.
    return undefined;
  } else if (slots.every((s) => s === "number" || s === "title") && describesMore(ctx, subject)) {
    // "What is the plan 80/52 mentions called": the name asked is of something inside it.
    return undefined;
  } else if (adoptionOfAnother(slots, q)) {
    // "Per 80/50, when did the GA adopt its very first resolution": another resolution's adoption,
    // which the named one tells of.
    return undefined;
  }
  // "At GA81, under which item": the agenda item of a later session than its own is the one it
  // puts on that session's provisional agenda.
  if (slots.includes("agendaItem") && laterSession(q, subject)) slots = [...new Set(slots.map((s): ResolutionSlot => (s === "agendaItem" ? "futureAgenda" : s)))];
  // What it asks, when a passage of its text other than those statements fits the question better,
  // is a fact for passage search ("which country's accession does it note").
  if (slots.length === 1 && slots[0] === "statements" && betterPassage(ctx, subject)) return undefined;
  const src = new Sources(ctx.index);
  const lines = slots.map((slot) => slotLine(ctx, subject, slot, src)).filter((l): l is SlotLine => !!l);
  const text = [headline(ctx, subject, src), ...lines.map((l) => l.text)].join("\n");
  // Nothing asked is in its text ("who sponsored it"): a refusal that still names the resolution.
  const answer = lines.length && lines.every((l) => !l.found) ? refused(text, q.lang, src) : answered(text, src, q.lang);
  // Who put it forward, asked of it alone ("80/20号决议由哪些国家提交"), which its own text never
  // says, when no other document writes its number: a passage of its text that says who introduced
  // something tells of something else ("the draft treaty … introduced by China"), which a question
  // on that thing names (the treaty whose draft it welcomes, and by whom that was put forward).
  const ofItAlone = conceptsOf(ctx).every((c) => c.neutral || c.source === "number" || SPONSORING.test(c.label));
  const settled = !answer.answered && slots.includes("sponsors") && ofItAlone && !citingPassages(ctx, [subject.number]).some((p) => p.docId !== subject.docId);
  return { answer, remember: { resolution: subject.number }, ...(settled ? { settled } : {}) };
}

/**
 * Whether the question names a session of the Assembly after the resolution's own: "GA81",
 * "the 81st session", "第八十一届会议" of an 80th-session resolution.
 */
function laterSession(q: AnswerContext["q"], r: Resolution): boolean {
  const own = Number(r.number.split("/")[0]);
  const named = q.ordinal ?? Number(q.text.match(/\bGA\s?-?(\d{2,3})\b(?!\s*\/)/i)?.[1] ?? NaN);
  return Number.isFinite(own) && Number.isFinite(named) && named > own;
}

/** One asked fact of a resolution: its line, and whether the text gives the fact or says it is missing. */
interface SlotLine {
  text: string;
  found: boolean;
}

/** "Resolution 80/46, “The Arms Trade Treaty”[1].": its title in the language asked where the documents give it. */
function headline(ctx: AnswerContext, r: Resolution, src: Sources): string {
  const doc = ctx.index.document(r.docId!);
  const title = titleIn(r, ctx.q.lang) ?? doc?.meta.title;
  const cite = src.cite(doc?.passages.find((p) => p.locator === "title")?.id ?? titleSource(ctx.index, r, ctx.q.lang) ?? r.sources[0]);
  if (ctx.q.lang === "zh") return `**第${r.number}号${resolutionKind(r, "zh")}**${title ? `“${title}”` : ""}${cite}。`;
  return `**${resolutionKind(r, "en")} ${r.number}**${title ? `, “${title}”` : ""}${cite}.`;
}

function slotLine(ctx: AnswerContext, r: Resolution, slot: ResolutionSlot, src: Sources): SlotLine | undefined {
  const zh = ctx.q.lang === "zh";
  const doc = ctx.index.document(r.docId!)!;
  const at = (loc: string) => doc.passages.find((p) => p.locator === loc)?.id;
  const organ = ctx.glossary.body(r.body)?.[zh ? "zh" : "en"] ?? doc.meta.adopted?.by ?? "";
  const found = (text: string | undefined) => (text === undefined ? undefined : { text, found: true });
  const missing = (en: string, zhText: string) => ({ text: zh ? `文件没有说明其${zhText}。` : `The documents do not give its ${en}.`, found: false });
  switch (slot) {
    case "number":
    case "title":
      return undefined;
    case "symbol":
      if (!doc.meta.symbol) return missing("symbol", "文号");
      return found(zh ? `文号：${doc.meta.symbol}${src.cite(at("header"))}。` : `Symbol: ${doc.meta.symbol}${src.cite(at("header"))}.`);
    case "cited":
      return found(citedLine(ctx, r, src)) ?? missing("symbol of the document it cites", "所引文件的文号");
    case "committee":
      return found(committeeLine(ctx, at("header, adoption"), src)) ?? missing("committee", "委员会");
    case "sponsors":
      // A resolution's text does not list who put its draft forward.
      return missing("sponsors (who put its draft forward)", "提案国（由谁提出草案）");
    case "adopted":
      if (!r.adopted) return missing("adoption date", "通过日期");
      return found(zh
        ? `${organ}于${formatDate(r.adopted, "zh")}通过${src.cite(at("header, adoption"))}。`
        : `Adopted by the ${organ} on ${formatDate(r.adopted, "en")}${src.cite(at("header, adoption"))}.`);
    case "issued":
      if (!doc.meta.date) return missing("date of issue", "印发日期");
      return found(zh ? `文件印发日期：${formatDate(doc.meta.date, "zh")}${src.cite(at("header"))}。` : `Issued (distributed) on ${formatDate(doc.meta.date, "en")}${src.cite(at("header"))}.`);
    case "plenary":
      if (!r.plenary) return missing("plenary meeting", "全体会议");
      return found(zh
        ? `在第${r.plenary.ordinal}次全体会议上通过${r.plenary.date ? `（${formatDate(r.plenary.date, "zh")}）` : ""}${src.cite(r.plenary.source)}。`
        : `Adopted at the ${ordinalSuffix(r.plenary.ordinal)} plenary meeting${r.plenary.date ? ` on ${formatDate(r.plenary.date, "en")}` : ""}${src.cite(r.plenary.source)}.`);
    case "agendaItem": {
      const item = doc.meta.agendaItem;
      if (!item) return missing("agenda item", "议程项目");
      return found(zh
        ? `议程项目${item.number}${item.title ? `“${item.title}”` : ""}${src.cite(at("header, agenda item"))}。`
        : `Agenda item ${item.number}${item.title ? `, “${item.title}”` : ""}${src.cite(at("header, agenda item"))}.`);
    }
    case "futureAgenda":
      return found(futureAgendaLines(ctx, r, src)) ?? missing("future agenda", "今后的议程安排");
    case "statements":
      return found(statementsAsked(ctx, r, src));
  }
}

/**
 * The documents a paragraph of the resolution cites, in its own text ("Decision C-25/DEC.9 of the
 * Conference") and then in its footnotes: the paragraph the question names, or else the one that
 * covers most of the question ("the report of the Committee on Contributions" -> "chapter V of
 * the report …,1" -> "[^1]: A/80/11").
 */
function citedLine(ctx: AnswerContext, r: Resolution, src: Sources): string | undefined {
  const zh = ctx.q.lang === "zh";
  const doc = ctx.index.document(r.docId!)!;
  const named = ctx.q.resolutions.find((x) => x.number === r.number)?.paragraph;
  // The numbers of the question name the resolution (80/20) or its paragraph, not what a paragraph
  // says; nor do the words of its title ("the ICT security working group resolution").
  const title = { text: r.title ?? "", headingPath: [] };
  const concepts = conceptsOf(ctx).filter((c) => c.source !== "number" && !(r.title && coverage([c], title, "", ctx).hit > 0));
  const cited = doc.passages
    .filter((p) => p.kind !== "footnote" && (named === undefined || p.locator === String(named)))
    // The header's report line ("on the report of the Fifth Committee (A/80/401)") is no paragraph's citation.
    .map((p) => ({ p, notes: [...(OWN_HEADER.test(p.locator) ? [] : [p]), ...footnotesOf(ctx.index, p)].flatMap((f) => findSymbols(f.text).filter((s) => s.symbol !== doc.meta.symbol).map((s) => ({ f, symbol: s.symbol }))) }))
    .filter((x) => x.notes.length)
    .map((x) => {
      const cov = coverage(concepts, x.p, "", ctx);
      return { ...x, hit: cov.hit, left: cov.total - cov.hit };
    })
    // The paragraph that leaves out least of the question, then the one that holds most of it.
    .sort((a, b) => a.left - b.left || b.hit - a.hit);
  const best = cited[0];
  if (!best) return undefined;
  const n = best.p.locator.match(/\d+$/)?.[0];
  const preamble = best.p.locator.startsWith("preamble");
  const where = !n ? best.p.locator : zh ? `${preamble ? "序言部分" : ""}第${n}段` : `${preamble ? "preambular paragraph" : "paragraph"} ${n}`;
  // (Each symbol once: a paragraph and its notes may write one twice.)
  const symbols = [...new Map(best.notes.map((n) => [n.symbol, n])).values()].map((n) => `${n.symbol}${src.cite(n.f.id)}`);
  const quote = plainText(best.p.text).slice(0, QUOTE_LENGTH);
  return zh ? `${where}所引文件：${symbols.join("、")}${src.cite(best.p.id)}（“${quote}”）。` : `${where[0].toUpperCase()}${where.slice(1)} cites ${symbols.join(", ")}${src.cite(best.p.id)} (“${quote}”).`;
}
/** A locator of the resolution's header or title, whose symbols are not cited by a paragraph. */
const OWN_HEADER = /^(?:header|title)/;
/** How much of the citing paragraph a cited-document line quotes. */
const QUOTE_LENGTH = 160;

/**
 * "Adopted on the report of the First Committee (A/80/534, para. 7)": the adoption line of its
 * header, with the paragraph of the report that holds the draft when the line gives it.
 */
function committeeLine(ctx: AnswerContext, passageId: string | undefined, src: Sources): string | undefined {
  const text = passageId ? ctx.index.passage(passageId)?.text ?? "" : "";
  const m = text.replace(/\s+/g, " ").match(/on the report of the ((?:[A-Z][a-z]+ )*Committee)(?: \(([^,)\s]+)(, paras?\. [\d, and-]+)?)?|without reference to a Main Committee(?: \(([^,)\s]+))?/);
  if (!m) return undefined;
  const zh = ctx.q.lang === "zh";
  const report = m[2] ? `${m[2]}${m[3] ?? ""}` : m[4];
  if (!m[1]) return zh ? `未交主要委员会审议而通过${report ? `（${report}）` : ""}${src.cite(passageId)}。` : `Adopted without reference to a Main Committee${report ? ` (${report})` : ""}${src.cite(passageId)}.`;
  const name = zh ? ctx.glossary.data.terms.find((t) => t.en.includes(m[1]))?.zh[0] ?? m[1] : m[1];
  return zh ? `根据${name}的报告${report ? `（${report}）` : ""}通过${src.cite(passageId)}。` : `Adopted on the report of the ${m[1]}${report ? ` (${report})` : ""}${src.cite(passageId)}.`;
}

/** The sessions whose provisional agenda the resolution puts an item on, each with its paragraph. */
function futureAgendaLines(ctx: AnswerContext, r: Resolution, src: Sources): string | undefined {
  const zh = ctx.q.lang === "zh";
  const lines = r.statements.flatMap((st) => {
    const m = (st.clause ?? st.text).match(FUTURE_SESSION);
    if (!m) return [];
    const session = /^\d/.test(m[1]) ? Number.parseInt(m[1], 10) : parseEnglishOrdinal(m[1].replace(" ", "-").toLowerCase());
    const para = st.paragraph ? (zh ? `（第${st.paragraph}段）` : ` (paragraph ${st.paragraph})`) : "";
    const quote = plainText(st.clause ?? st.text);
    if (zh) return [`列入第${session ? toChineseNumber(session) : m[1]}届会议的临时议程${para}${src.cite(st.source)}：“${quote}”`];
    return [`The ${m[1]} session${session ? ` (${ordinalSuffix(session)})` : ""}${para}${src.cite(st.source)}: ${quote}`];
  });
  return lines.length ? lines.join("\n") : undefined;
}

/** The statements that answer what the question asks of the resolution. */
function statementsFor(ctx: AnswerContext, r: Resolution): Statement[] {
  const verbs = widen(ctx.q.verbs);
  // A paragraph the question names ("第12段呼吁什么") is where its statements are.
  const named = ctx.q.resolutions.find((x) => x.number === r.number)?.paragraph;
  const inParagraph = named === undefined ? r.statements : r.statements.filter((s) => s.paragraph === named);
  const statements = inParagraph.length ? inParagraph : r.statements;
  const byVerb = verbs.length ? statements.filter((s) => verbs.includes(s.verb)) : statements.filter((s) => s.addressee);
  const pool = byVerb.length ? byVerb : statements;
  const toWhom = toPartyAsked(ctx, pool.filter((s) => addressedAsAsked(ctx, s)));
  const chosen = withItems(ctx, r, toWhom.length ? toWhom : pool);
  // Of those, the ones on the subject the question names, where any is.
  const onSubject = aboutSubject(ctx, r, chosen);
  return onSubject.length ? onSubject : chosen;
}

/**
 * Statements that lead in a list ("Requests the Secretary-General, within available resources:"),
 * each as its items, the paragraphs after it numbered under it ("7(i)": "To provide, upon request,
 * technical assistance to Member States lacking the capacity to report data"), the item its
 * clause and the lead-in before it in its text: what it asks is in them.
 */
function withItems(ctx: AnswerContext, r: Resolution, statements: Statement[]): Statement[] {
  const doc = ctx.index.document(r.docId!);
  if (!doc) return statements;
  return statements.flatMap((st) => {
    const lead = st.paragraph !== undefined && LEADS_IN.test(st.text) ? doc.passages.findIndex((p) => p.id === st.source) : -1;
    if (lead < 0) return [st];
    const itemOf = new RegExp(`^${st.paragraph}(?:\\s*\\(|,)`);
    const items: Statement[] = [];
    for (let i = lead + 1; i < doc.passages.length; i++) {
      const p = doc.passages[i];
      if (p.kind === "footnote") continue;
      if (!itemOf.test(p.locator)) break;
      items.push({ ...st, text: `${st.text} ${p.text}`, clause: p.text, source: p.id });
    }
    return items.length ? items : [st];
  });
}

/** What a resolution's cover and closing lines give, not its paragraphs. */
const COVER_SLOTS = new Set<ResolutionSlot>(["agendaItem", "plenary", "adopted"]);

/**
 * The resolution a description names by what its paragraphs say rather than by its title ("the
 * Pelindaba treaty res": the treaty is named in its text, not in its title): search's best passage
 * for the description, when it is a resolution's own text and holds every distinctive word of it.
 */
function resolutionBySearch(ctx: AnswerContext, description: string): Resolution | undefined {
  const described = conceptsOf({ ...ctx, q: { ...ctx.q, text: description } }).filter((c) => !c.neutral && c.weight >= 0.6);
  if (!described.length) return undefined;
  // The best passage itself: a lower one in a resolution's text is another subject's mention.
  const [best] = ctx.index.search(description, { limit: 1 });
  const r = best && resolutionOfDocument(ctx.index, best.passage.docId);
  return r && coverage(described, best.passage, namesOf(ctx.index, r), ctx).hit === described.length ? r : undefined;
}

/** Whether the question, without its asking words and the resolution's number, still names something. */
function describesMore(ctx: AnswerContext, r: Resolution): boolean {
  const rest = withoutCues(ctx.q.text, ctx.q.lang).replace(r.number, " ");
  return questionConcepts(rest, ctx.q.lang, ctx.glossary).some((c) => c.source !== "number");
}

/** Whether a passage of the resolution's text covers more of the question than its statements do. */
function betterPassage(ctx: AnswerContext, r: Resolution): boolean {
  // Its number and the words that name it (its title) are in every passage of it, so they do not count;
  // nor does the kind of party asked for ("哪几个组织"), which "organize" would hold.
  const names = { text: namesOf(ctx.index, r), headingPath: [] };
  const concepts = conceptsOf(ctx).filter((c) => !c.neutral && c.source !== "number" && !coverage([c], names, "", ctx).hit);
  const hitOf = (id: string) => {
    const p = ctx.index.passage(id);
    return p ? coverage(concepts, p, "", ctx).hit : 0;
  };
  // A list's item is weighed with its lead-in ("Requests the Secretary-General: … (i) To provide …").
  const statements = statementsFor(ctx, r);
  const chosen = statements.map((s) => s.source);
  const best = Math.max(0, ...statements.map((s) => coverage(concepts, { text: s.text, headingPath: [] }, "", ctx).hit));
  return ctx.index.search(ctx.q.text, { docId: r.docId, limit: 5 }).some((h) => !chosen.includes(h.passage.id) && hitOf(h.passage.id) > best);
}

/** What the resolution asks, of the addressee and with the verb the question names when it does. */
function statementsAsked(ctx: AnswerContext, r: Resolution, src: Sources): string | undefined {
  // "Which resolutions does it recall": no operative paragraph recalls, the preamble does.
  const verbs = widen(ctx.q.verbs);
  const preambles = r.statements.some((s) => verbs.includes(s.verb)) ? [] : preamblesByVerb(ctx, r, verbs);
  if (preambles.length) return preambleLines(ctx, preambles, src).join("\n");
  const chosen = statementsFor(ctx, r);
  if (!chosen.length) return ctx.q.lang === "zh" ? "文件没有记载该决议的执行部分。" : "The documents give none of its operative paragraphs.";
  return statementLines(ctx, r, chosen.slice(0, 8), src).join("\n");
}
