/**
 * Choosing between candidate answers: an answer from the graph (a meeting, an agenda, a
 * resolution) and the passage that search ranks best are weighed on which of the question's
 * concepts their evidence covers. "When was the sixth Conference of States Parties to the
 * Pelindaba Treaty" is not the sixth session of the Conference: the graph's answer leaves the
 * treaty uncovered, the passage that tells of it covers all the graph's answer covers and more.
 */
import type { Answer } from "../core/types.js";
import type { AnswerContext, AnswerResult } from "./context.js";
import type { KindOfFact } from "./compose.js";
import { votesLeftOut, DAY_ASKED, DISTINCTIVE, HOLDING, YEAR_WRITTEN, namesPerson, LESSER_EVENT_EN, LESSER_EVENT_ZH, askersOwn, asksWhichState, namesLocality, conceptsOf, conceptsHeld, documentContext, hasAmount, hasQuantity, namesArticle, namesOrdinal, namesPlace, namesState, sourceWordsHeld, citedDocuments, countedLabels, describedByAsker, MEETING_WORD, writtenNames } from "./answer-search.js";
import { findDates, findSymbols, itemKey, parseTimeRange, passageId, splitPassageId, stemKey } from "../knowledge/index.js";
import { resolutionsByNumber } from "./resolution-subject.js";
import { SYMBOL_WORD } from "./understand.js";
import { CHAIR } from "./intent.js";
import { SPEAKS_OF } from "./resolution-slots.js";

/** What an answer shows as evidence: its text, and each citation's document and quote. */
const evidenceOf = (answer: Answer) => [answer.text, ...answer.citations.map((c) => `${c.document} ${c.quote}`)].join("\n");
/** What the cited documents are about besides the words quoted (their meeting, title, the body named). */
const contextOf = (ctx: AnswerContext, answer: Answer) => citedDocuments(ctx, answer).map((d) => documentContext(ctx, d)).join("\n");

/** A word that asks for a title, and a title an answer's own text states. */
const TITLE_WORD = /^(?:titles?|titled|entitled|标题|题目|名称|题为)$/i;
const TITLE_STATED = /题为“[^”]+”|entitled “[^”]+”|\*\*(?:[^*]+)\*\*[，,]?\s*[（(]?“[^”]+”/;
/** Words for an agenda item's being taken up: discuss, consider, take up, 讨论, 审议. */
const TAKING_UP_ITEM = /^(?:discuss|consider|take up|taken up|debat|讨论|审议|审查)/i;

/** Whether `theirs` covers everything `mine` covers, and more. */
const coversMore = (mine: Set<string>, theirs: Set<string>) => theirs.size > mine.size && [...mine].every((c) => theirs.has(c));

/**
 * The labels of the question's concepts that an answer's text and quotes hold; with `slots`, also
 * the kinds of fact asked (when, where, how many) that its own text states.
 */
export function covered(ctx: AnswerContext, answer: Answer, slots = false): Set<string> {
  const evidence = { text: evidenceOf(answer), headingPath: [] };
  const context = contextOf(ctx, answer);
  const concepts = weighedConcepts(ctx);
  const found = new Set(conceptsHeld(concepts, evidence, context, ctx).map((c) => c.label));
  // A meeting's dates say when it was held, and its place where: the verb of holding the question
  // asks with ("when was it held", "哪一年召开") is covered by the date or place the answer states.
  const dated = findDates(answer.text).length > 0;
  const held = ((ctx.q.asks.has("when") || ctx.q.asks.has("year")) && dated) || (ctx.q.asks.has("where") && namesPlace(ctx, answer.text));
  if (held) for (const c of concepts) if (HOLDING.test(c.label)) found.add(c.label);
  // So is the verb of taking up an agenda item the question names ("议程项目3在什么时候讨论") by the
  // day and time the answer's own text schedules it for.
  if (ctx.q.items.length && ctx.q.asks.has("when") && dated) for (const c of concepts) if (TAKING_UP_ITEM.test(c.label)) found.add(c.label);
  // So is the word for a title ("标题", "title") by the title the answer's own text quotes ("题为“…”", "entitled “…”").
  if (TITLE_STATED.test(answer.text)) for (const c of concepts) if (TITLE_WORD.test(c.label)) found.add(c.label);
  if (!slots) return found;
  // The kinds of fact asked count as covered when the answer's own text states one.
  const asks = ctx.q.asks;
  if (asks.has("when") && dated) found.add("@when");
  if (asks.has("where") && namesPlace(ctx, answer.text)) found.add("@where");
  if (asks.has("howMany") && hasQuantity(answer.text)) found.add("@howMany");
  // The word that asks for a symbol ("symbol", 文号) is covered by a symbol stated, written beside
  // the word or not ("… (footnote 2: A/AC.268/2017/2)").
  if (asks.has("symbol") && findSymbols(answer.text).length) for (const c of concepts) if (SYMBOL_WORD.test(c.label)) found.add(c.label);
  return found;
}

/** The question's concepts an answer is weighed on: not the neutral ones, nor "resolution" before the number named (it only says what the number is). */
function weighedConcepts(ctx: AnswerContext) {
  const named = ctx.q.resolutions.length > 0;
  // (Nor the words the asker describes a resolution named by number with, "关于…的80/18号决议": they
  // say which resolution, which its number says already.)
  const described = named ? describedByAsker(ctx) : undefined;
  // (Nor the word for a meeting the question numbers, "第十五次会议": its number says which, and
  // whether an answer is of that meeting is weighed on the number.)
  const numbered = ctx.q.ordinal !== undefined;
  return conceptsOf(ctx).filter((c) => !c.neutral && !(named && SPEAKS_OF[ctx.q.lang].test(c.label)) && !described?.has(c.label) && !(numbered && MEETING_WORD.test(c.label)));
}

/**
 * The kind of fact asked that an answer does not state, if any: an amount of money for "how much
 * did it cost" (a meeting's dates do not answer it), a quantity for "how many" (in its text or its
 * quotes), a clock time for "what time", a State for "which country".
 */
export function kindLeftOut(ctx: AnswerContext, answer: Answer): KindOfFact | undefined {
  const { asks } = ctx.q;
  if (asks.has("amount")) return hasAmount(answer.text) ? undefined : "amount";
  // "What time…", "几点": a clock time, not only the meeting's dates.
  if (asks.has("clock") && !parseTimeRange(answer.text)) return "time";
  // "Which country …": an answer that names no State does not say which.
  // What a text asks of whom may be asked of a class of States ("which States are encouraged to
  // fund it": States parties and signatory States), which answers it as a name would.
  if (asksWhichState(ctx.q) && !namesState(ctx, answer.text) && !(ctx.q.verbs.length && STATES_ASKED.test(ctx.q.text) && STATE_CLASS.test(answer.text))) return "state";
  // "Which city …", "在哪里": an answer that names no place does not say where.
  if (asks.has("where") && !namesPlace(ctx, answer.text)) return "place";
  // "In which city": a region of the world does not say which ("地点：非洲").
  if (asks.has("city") && !namesLocality(ctx, answer.text)) return "city";
  // "Which year", "over which years": an answer that states no year does not say which.
  if (asks.has("year") && !YEAR_WRITTEN.test(answer.text)) return "year";
  // "When will it be held", "定于哪一天": an answer that gives no date, year or session, in its text
  // or its quotes (a resolution's statements on the subject), does not say when.
  // "Which day" asks a day, not the session it falls in.
  if (asks.has("when") && !statesWhen(`${answer.text}\n${answer.citations.map((c) => c.quote).join("\n")}`, DAY_ASKED.test(ctx.q.text))) return "date";
  // "Who chairs it", "主席是谁": a person or the State that holds the chair, not what a resolution requests of others.
  if (asks.has("who") && CHAIR.test(ctx.q.text)) {
    const evidence = evidenceOf(answer);
    if (!namesPerson(evidence) && !namesState(ctx, evidence)) return "chair";
  }
  // "How many votes in favour", "以多少票赞成": a number in a paragraph is no vote; only a vote
  // recorded, or adoption without a vote, says how it went.
  if (votesLeftOut(ctx.q.text, evidenceOf(answer))) return "votes";
  // "公约第几条": an answer that names no article by its number does not say which.
  if (asks.has("article") && !namesArticle(answer.text)) return "article";
  // "How many States had signed it": a document's identity or a resolution's title is no count.
  return !asks.has("howMany") || hasQuantity(answer.text) || hasQuantity(answer.citations.map((c) => c.quote).join("\n")) ? undefined : "count";
}

/** A class of States: "States parties", "Member States", "signatory States", "developing countries", 缔约国, 签署国. */
const STATE_CLASS = /\bStates\s+[Pp]arties\b|\b(?!(?:United|all|the|other|those|these|some|any|many|such|which|what|of|for|to|by)\b)[A-Za-z-]+\s+(?:States|countries)\b|缔约国|签署国|签约国|会员国|成员国|发展中国家|捐助国|受援国/;
/** States asked for as a set: "which States", "what countries", 哪些国家. */
const STATES_ASKED = /\b(?:which|what)\s+(?:[a-z-]+\s+)?(?:States|countries)\b|哪(?:些|几个)(?:国家|缔约国|会员国)/i;

/** Whether a text says when: a date, a year or a session ("at its eighty-first session", "第八十一届会议"); with `day`, a day. */
const statesWhen = (text: string, day: boolean) => (day ? findDates(text).some((d) => !d.month) : findDates(text).length > 0 || YEAR_WRITTEN.test(text) || SESSION_STATED.test(text));
const SESSION_STATED = /\b[a-z]+(?:-[a-z]+)?(?:th|st|nd|rd) session\b|\b\d+(?:th|st|nd|rd) session\b|第[一二三四五六七八九十百\d]+届(?:会议|会)/i;


/**
 * The lesser event a question asks of ("有会外活动吗？几点开始？", "when is the workshop during the
 * session") that an answer's text and quotes never mention: a meeting's own opening time or dates
 * do not answer it.
 */
export function eventLeftOut(ctx: AnswerContext, answer: Answer): string | undefined {
  // Not an event the asker speaks of in a clause of their own ("I'm writing up a briefing").
  const { rest } = askersOwn(ctx.q.text);
  const asked = rest.match(LESSER_EVENT_EN) ?? rest.match(LESSER_EVENT_ZH);
  if (!asked) return undefined;
  const evidence = evidenceOf(answer);
  return LESSER_EVENT_EN.test(evidence) || LESSER_EVENT_ZH.test(evidence) ? undefined : asked[0];
}

/**
 * Whether an answer leaves out a document the question names by the symbol of a document the
 * corpus holds ("the views S/2022/501 asks the Mechanism to heed"): what another document says,
 * a working group's recommendations, does not answer what that one says.
 */
export function documentLeftOut(ctx: AnswerContext, answer: Answer): boolean {
  const held = ctx.q.symbols.filter((s) => ctx.index.symbol(s)?.docId);
  if (!held.length) return false;
  const evidence = evidenceOf(answer).replace(/\s+/g, "").toUpperCase();
  return !held.some((s) => evidence.includes(s.replace(/\s+/g, "").toUpperCase()));
}

/** Whether an answer's evidence names every resolution, symbol, sub-item and meeting ordinal the question names. */
function namesEntities(ctx: AnswerContext, answer: Answer): boolean {
  const text = evidenceOf(answer);
  const evidence = text.replace(/\s+/g, "");
  const numbers = [...ctx.q.resolutions.map((r) => r.number), ...resolutionsByNumber(ctx).map((r) => r.number)];
  const items = new Set([...evidence.matchAll(/\d{1,2}\([a-z]\)(?:\((?:[ivx]+|[一二三四五六七八九十]+|\d)\))?/g)].map((m) => itemKey(m[0])));
  const subItems = ctx.q.items.filter((k) => k.includes("("));
  // (A resolution is named by the paragraph before the one cited too: "缔约国会议还决定…" goes on with what
  // the paragraph before says resolution 3/2 decided.)
  const before = numbers.some((n) => !evidence.includes(n)) ? answer.citations.map((c) => passageBefore(ctx, c.passageId)).join("").replace(/\s+/g, "") : "";
  return numbers.every((n) => evidence.includes(n) || before.includes(n)) && ctx.q.symbols.every((s) => evidence.toUpperCase().includes(s)) && subItems.every((k) => items.has(k)) && (ctx.q.ordinal === undefined || namesOrdinal(ctx.q.ordinal, text) || ofMeetingNumbered(ctx, answer, ctx.q.ordinal));
}

/** The text before a cited passage in its document, back to a heading, a few passages at most ("" for the first). */
function passageBefore(ctx: AnswerContext, id: string | undefined): string {
  const { docId, seq } = splitPassageId(id ?? "");
  const texts: string[] = [];
  for (let i = seq - 1; docId && i >= 0 && i >= seq - SECTION_BACK; i--) {
    const p = ctx.index.passage(passageId(docId, i));
    if (!p || p.kind === "heading" || p.kind === "header") break;
    texts.push(p.text);
  }
  return texts.join(" ");
}
/** How many passages back from a cited one its section is read. */
const SECTION_BACK = 8;

/** Whether every cited passage is of a document whose cover names a meeting with that ordinal ("第四届会议 … 与会者须知"). */
function ofMeetingNumbered(ctx: AnswerContext, answer: Answer, ordinal: number): boolean {
  const docs = new Set(answer.citations.map((c) => c.passageId && ctx.index.passage(c.passageId)?.docId));
  return docs.size > 0 && [...docs].every((d) => !!d && ctx.index.document(d)?.meta.meeting?.ordinal === ordinal);
}

/**
 * The better of the graph's answer and passage search's. Search must name the resolutions,
 * symbols, agenda sub-items and meeting ordinal the question names; then it replaces a refusal that found
 * nothing, and an answer or a refusal that cites ("the documents mention the eighth session but
 * not its chair") when its evidence covers every concept the graph's does, and more; with the
 * rule "covers more that is distinctive", an answer only when more than one of the more is distinctive.
 */
export function choose(ctx: AnswerContext, graph: AnswerResult, searched: () => AnswerResult | undefined, rule: "covers more" | "covers more that is distinctive" = "covers more"): AnswerResult {
  // A list of candidates is weighed on its own words: the passages it cites only say where each
  // is mentioned.
  const weighed = graph.clarifies ? { ...graph.answer, citations: [] } : graph.answer;
  const mine = graph.answer.answered ? covered(ctx, weighed) : undefined;
  // An answer that covers all the question and every name it writes is the answer whatever
  // search finds (no rule below can prefer a passage to it): search is not run.
  if (mine && coversWholeQuestion(ctx, mine, weighed)) return graph;
  const search = searched();
  if (!search?.answer.answered || !namesEntities(ctx, search.answer)) return graph;
  // The question names the document its answer is to come from ("(per the 2020 progress background
  // paper)"): a passage of a document whose cover holds more of that description answers, not
  // what another document says of the resolution or meeting named.
  if (graph.answer.answered && sourceWordsHeld(ctx, search.answer) > sourceWordsHeld(ctx, graph.answer)) return search;
  // A refusal that found nothing, or only where the thing asked about is mentioned, gives way to a passage that answers.
  if (!graph.answer.answered && (!graph.answer.citations.length || graph.mentionsOnly)) return search;
  return chooseCovering(ctx, graph, search, mine ?? covered(ctx, weighed), rule);
}

/**
 * Whether an answer's evidence covers every concept of the question that `covered` weighs and
 * every name it writes, and leaves out at most one distinctive verb asked: each rule of
 * `chooseCovering` then keeps it, as a passage can only cover what it covers, hold no more
 * names, and hold at most that one distinctive concept more once the verbs asked are set aside.
 */
function coversWholeQuestion(ctx: AnswerContext, mine: Set<string>, answer: Answer): boolean {
  if (!weighedConcepts(ctx).every((c) => mine.has(c.label))) return false;
  const weights = conceptWeights(ctx);
  const kept = withoutVerbsAsked(ctx, mine);
  const verbsSetAside = [...mine].filter((c) => !kept.has(c) && (weights.get(c) ?? 0) >= DISTINCTIVE);
  return verbsSetAside.length <= 1 && namesHeld(ctx, answer) === writtenNames(ctx).length;
}

/** The better of an answer and a passage that answers, on what of the question each covers (see `choose`). */
function chooseCovering(ctx: AnswerContext, graph: AnswerResult, search: AnswerResult, mine: Set<string>, rule: "covers more" | "covers more that is distinctive"): AnswerResult {
  const theirs = covered(ctx, search.answer);
  // A list of candidates gives way to a passage that speaks of something they do not ("the first
  // Review Conference of the TPNW" against the first meetings of every body), or holds a name the
  // question writes that they do not.
  if (graph.clarifies) return [...theirs].some((c) => !mine.has(c)) || namesHeld(ctx, search.answer) > namesHeld(ctx, { ...graph.answer, citations: [] }) ? search : graph;
  if (!graph.answer.answered && outweighs(ctx, mine, theirs)) return search;
  // "How many intersessional meetings": an answer whose evidence leaves out what is counted counts
  // something else; a passage that holds it, and leaves out nothing counted the answer holds, answers.
  if (graph.answer.answered && ctx.q.asks.has("howMany") && countsWhatIsAsked(ctx, theirs, mine)) return search;
  if (rule === "covers more that is distinctive" && graph.answer.answered && meetsBodyConstraint(ctx, mine, theirs)) return search;
  // The passage holds a name the question writes that the answer does not ("the Pelindaba
  // conferences" against the Convention's own), losing nothing distinctive: the name is what is asked about.
  if (graph.answer.answered && keepsDistinctive(conceptWeights(ctx), mine, theirs) && namesHeld(ctx, search.answer) > namesHeld(ctx, graph.answer)) return search;
  // The passage holds two or more distinctive concepts the answer leaves out, losing none it
  // holds ("Costa Rica", "updated version" against a meeting's list of documents) but the verb
  // asked ("what formula are States invited to use": "emphasizes that it is important … using the
  // formula" against a paragraph that invites another body to something else): a statement's verb
  // is said in many ways, its subject is not.
  if (graph.answer.answered && distinctiveMore(conceptWeights(ctx), withoutVerbsAsked(ctx, mine), theirs) > 1) return search;
  // So does one that holds twice a distinctive concept's weight more of the question, losing nothing
  // but the verb asked: "which review conference decided to develop a mechanism" is not answered by
  // what the resolution itself decides.
  if (graph.answer.answered && weightMore(conceptWeights(ctx), withoutVerbsAsked(ctx, mine), theirs) >= 2 * DISTINCTIVE) return search;
  if (!coversMore(mine, theirs)) return graph;
  if (rule === "covers more" || !graph.answer.answered) return search;
  const weights = conceptWeights(ctx);
  // A structural answer covers the kind of thing it answers without its word ("项目4" for 议程项目,
  // "10 a.m." for "start"): the passage must cover more than one such word more.
  const more = [...theirs].filter((c) => !mine.has(c) && (weights.get(c) ?? 0) >= DISTINCTIVE);
  return more.length > 1 ? search : graph;
}

/** Whether `theirs` holds a thing the question counts that `mine` leaves out, and leaves out none `mine` holds. */
function countsWhatIsAsked(ctx: AnswerContext, theirs: Set<string>, mine: Set<string>): boolean {
  const counted = countedLabels(ctx);
  return counted.some((l) => theirs.has(l) && !mine.has(l)) && !counted.some((l) => mine.has(l) && !theirs.has(l));
}

/**
 * Whether a passage names a body the question names that a structural answer never mentions, and
 * holds every distinctive concept that answer holds: "with which item of the review group is the
 * prevention group's item 2 taken up" is not answered by one meeting's agenda item, which leaves
 * the second body out.
 */
function meetsBodyConstraint(ctx: AnswerContext, mine: Set<string>, theirs: Set<string>): boolean {
  // However common its name, a body the question names is a constraint.
  const body = [...theirs].some((c) => !mine.has(c) && ctx.glossary.findBodies(c).some((b) => ctx.q.bodies.includes(b.id)));
  return body && keepsDistinctive(conceptWeights(ctx), mine, theirs);
}

/** How many of the names the question writes ("Pelindaba") an answer's text and quotes hold. */
function namesHeld(ctx: AnswerContext, answer: Answer): number {
  const names = writtenNames(ctx);
  if (!names.length) return 0;
  const evidence = { text: evidenceOf(answer), headingPath: [] };
  const context = contextOf(ctx, answer);
  const held = new Set(conceptsHeld(names.map((n) => n.concept), evidence, context, ctx));
  return names.filter(({ concept }) => held.has(concept)).length;
}

/** Concepts without the statement verbs the question asks about ("invited", "敦促"). */
function withoutVerbsAsked(ctx: AnswerContext, concepts: Set<string>): Set<string> {
  const forms = ctx.glossary.data.verbs.filter((v) => ctx.q.verbs.includes(v.verb));
  if (!forms.length) return concepts;
  const isVerb = (c: string) => forms.some((v) => v.en.some((e) => stemKey(e) === stemKey(c)) || v.zh.includes(c));
  return new Set([...concepts].filter((c) => !isVerb(c)));
}

/** How many distinctive concepts `theirs` holds that `mine` does not, when it keeps every distinctive one `mine` holds (else 0). */
function distinctiveMore(weights: Map<string, number>, mine: Set<string>, theirs: Set<string>): number {
  return gained(weights, mine, theirs).filter((c) => (weights.get(c) ?? 0) >= DISTINCTIVE).length;
}

/** The weight of the concepts `theirs` holds that `mine` does not, when it keeps every distinctive one `mine` holds (else 0). */
function weightMore(weights: Map<string, number>, mine: Set<string>, theirs: Set<string>): number {
  return gained(weights, mine, theirs).reduce((sum, c) => sum + (weights.get(c) ?? 0), 0);
}

/** The concepts `theirs` holds that `mine` does not, when it keeps every distinctive one `mine` holds (else none). */
function gained(weights: Map<string, number>, mine: Set<string>, theirs: Set<string>): string[] {
  return keepsDistinctive(weights, mine, theirs) ? [...theirs].filter((c) => !mine.has(c)) : [];
}

/** Whether `theirs` holds every distinctive concept `mine` holds. */
function keepsDistinctive(weights: Map<string, number>, mine: Set<string>, theirs: Set<string>): boolean {
  return [...mine].every((c) => theirs.has(c) || (weights.get(c) ?? 0) < DISTINCTIVE);
}

/**
 * Whether `theirs` holds every distinctive concept `mine` holds and more of the question by weight:
 * a refusal that cites the Conference's eleventh session for "the eleventh CSP of the Arms Trade
 * Treaty" covers the generic "meeting" that the passage on that treaty's conference words otherwise.
 */
function outweighs(ctx: AnswerContext, mine: Set<string>, theirs: Set<string>): boolean {
  const weights = conceptWeights(ctx);
  const weight = (s: Set<string>) => [...s].reduce((sum, c) => sum + (weights.get(c) ?? 0), 0);
  return keepsDistinctive(weights, mine, theirs) && weight(theirs) > weight(mine);
}
/** Each of the question's concepts' weight, by label. */
const conceptWeights = (ctx: AnswerContext) => new Map(conceptsOf(ctx).map((c) => [c.label, c.weight]));


/**
 * The whole question's answer, or its parts' joined: the parts win when they answer where the
 * whole could not, or cover every concept the whole's answer covers, and more (or as much, when
 * every part was answered).
 */
export function chooseParts(ctx: AnswerContext, whole: AnswerResult, parts: (AnswerResult & { allAnswered?: boolean }) | undefined): AnswerResult {
  if (!parts?.answer.answered) return whole;
  if (!whole.answer.answered) return parts;
  const mine = covered(ctx, whole.answer, true);
  const theirs = covered(ctx, parts.answer, true);
  // Every part answered on its own, covering all the whole's answer covers: the whole's one
  // answer speaks to one part ("the ninth Biennial Meeting's dates", not the Review Conference's year).
  if (parts.allAnswered && [...mine].every((c) => theirs.has(c))) return parts;
  // Every part answered, covering every distinctive concept the whole's answer covers and one it
  // leaves out: the whole's answer is of something else (another working group's report), though
  // it states a kind of fact a part's answer does not ("held … 22 to 24 August 2011").
  if (parts.allAnswered && distinctiveMore(conceptWeights(ctx), mine, theirs) > 0) return parts;
  return coversMore(mine, theirs) ? parts : whole;
}
