/**
 * The free-question pipeline: the question's intent (intent.ts) names the answerers that serve
 * it; they are tried in order of specificity, then those of the readings the question also fits,
 * and the first that proposes an answer (or a refusal) is weighed against passage search's.
 */
import type { AnswerContext, AnswerResult, Answerer } from "./context.js";
import { answerDocument, namesDocumentTitle, withNamedDocuments } from "./answer-document.js";
import { answerChapter } from "./answer-chapter.js";
import { answerFullName } from "./answer-full-name.js";
import { answerAdoptingSession, answerMeeting } from "./answer-meeting.js";
import { answerFoundingResolution, answerResolution, answerWhichResolution } from "./answer-resolution.js";
import { answerResolutionFacts } from "./answer-resolution-facts.js";
import { answerWorkplan } from "./answer-workplan.js";
import { answerAgenda } from "./answer-agenda.js";
import { answerRecommendation } from "./answer-recommendation.js";
import { absentNames, answerSearch, namesState, notCovered, withFactsInLanguage } from "./answer-search.js";
import { choose, chooseParts, documentLeftOut, eventLeftOut, kindLeftOut } from "./select.js";
import { kindNotStated, refused } from "./compose.js";
import { answerCompound } from "./compound.js";
import { ABOUT_ASKED, MEETING_LENGTH, readIntent, type Intent, type IntentKind } from "./intent.js";

/** The answerers in order of specificity: of those that serve a question's readings, the first here proposes first. */
const PIPELINE: Answerer[] = [
  answerFullName,
  answerFoundingResolution,
  answerResolutionFacts,
  answerChapter,
  answerDocument,
  answerAdoptingSession,
  answerResolution,
  answerWhichResolution,
  answerWorkplan,
  answerAgenda,
  answerRecommendation,
  answerMeeting,
];

/** The answerers that serve each intent; passage search serves every one. */
const SERVED_BY: Record<IntentKind, Answerer[]> = {
  resolutionFacts: [answerResolutionFacts],
  chapter: [answerChapter],
  draftSponsors: [answerDocument],
  fullName: [answerFullName],
  whatIsDocument: [answerDocument],
  documentTitle: [answerDocument],
  documentsForMeeting: [answerDocument],
  documentSymbol: [answerDocument],
  documentDate: [answerDocument],
  adoptingSession: [answerAdoptingSession],
  resolutionRequests: [answerResolution],
  whichResolution: [answerFoundingResolution, answerWhichResolution],
  workplan: [answerWorkplan],
  agendaOfDay: [answerAgenda],
  documentsForItem: [answerAgenda],
  whenItemTakenUp: [answerAgenda],
  agendaOfMeeting: [answerAgenda],
  recommendations: [answerRecommendation],
  meetingChair: [answerMeeting],
  venue: [answerMeeting],
  openingTime: [answerMeeting],
  meetingFormat: [answerMeeting],
  meetingDates: [answerMeeting],
  freeFact: [],
};

/**
 * The question's intent and the readings it also fits, read once its language is settled (a
 * command sets its own).
 */
export function intentsOf(ctx: AnswerContext): Intent[] {
  if (!ctx.q.intent) Object.assign(ctx.q, readIntent(ctx.q, { namesDocumentTitle: namesDocumentTitle(ctx), threadMeeting: !!ctx.thread.meetingId }));
  return [ctx.q.intent!, ...(ctx.q.alsoFits ?? [])];
}

/** The answerers that serve the question's readings, in order of specificity. */
function answerersFor(intents: Intent[], bySymbol: boolean): Answerer[] {
  const serving = new Set(intents.flatMap((i) => SERVED_BY[i.kind]));
  // A meeting's own fact asked in so many words first ("what time does it open on day 1" is the
  // opening time, though it fits the first day's agenda too).
  // So is a draft's sponsors, which no resolution's text gives.
  // So is what a document named by its symbol is (a resolution's symbol names the resolution too,
  // whose answerers come after its description).
  const own = MEETING_FACTS.has(intents[0].kind) || BY_STRUCTURE.has(intents[0].kind) || (intents[0].kind === "whatIsDocument" && bySymbol) ? SERVED_BY[intents[0].kind] : [];
  return [...new Set([...own, ...PIPELINE.filter((a) => serving.has(a))])];
}
/** Answerers that quote a resolution's statements as they stand, in the language of its text. */
const QUOTES_STATEMENTS = new Set<Answerer>([answerResolution, answerResolutionFacts]);
/** A meeting's facts a question asks by their own words: what time, where, who chaired, in what format. */
const MEETING_FACTS = new Set<IntentKind>(["openingTime", "venue", "meetingChair", "meetingFormat"]);

/**
 * Answers a free question; always returns an answer or a refusal. The first answerer serving
 * the question's intent that proposes gives its answer; passage search always gets a turn, and
 * the answer whose evidence covers more of the question is chosen.
 */
export function answerQuestion(ctx: AnswerContext): AnswerResult {
  // A name no document holds: whatever passage search finds is about something else.
  const absent = absentNames(ctx);
  if (absent.length) return { answer: refused(notCovered(ctx, absent), ctx.q.lang) };
  const whole = answerOne(ctx);
  // A refusal says what the documents the question names by symbol are.
  return withNamedDocuments(ctx, chooseParts(ctx, whole, answerCompound(ctx, answerOne)));
}

/** Answers one question (or one part of a compound one). */
function answerOne(ctx: AnswerContext): AnswerResult {
  // A refusal for want of the kind of fact asked, kept while the answerers of the question's other
  // readings are tried ("on which day is the topic of resolution 10/4 taken up": the resolution's
  // text gives no day, the agenda item it mandates does).
  let wanting: AnswerResult | undefined;
  for (const answerer of answerersFor(intentsOf(ctx), ctx.q.symbols.length > 0)) {
    const proposed = answerer(ctx);
    if (!proposed) continue;
    // Once chosen, an answer that quotes statements in the other language states the facts asked
    // in the asker's (weighed on what it quotes, not on that line).
    const stated = (chosen: AnswerResult) => (chosen === proposed && QUOTES_STATEMENTS.has(answerer) ? withFactsInLanguage(ctx, chosen) : chosen);
    if (proposed.settled) return stated(proposed);
    const event = proposed.answer.answered ? eventLeftOut(ctx, proposed.answer) : undefined;
    const leftOut = proposed.answer.answered && !event ? kindLeftOut(ctx, proposed.answer) : undefined;
    const r = proposed.answer.answered && (event || leftOut || !namesWhoAsked(ctx, answerer, proposed) || documentLeftOut(ctx, proposed.answer)) ? { answer: refused(notCovered(ctx, event ? [event] : []), ctx.q.lang) } : proposed;
    const weighed = WEIGHED.has(answerer) && !BY_STRUCTURE.has(ctx.q.intent!.kind) && !answersByStructure(ctx, answerer);
    const chosen = choose(ctx, r, () => answerSearch(ctx), weighed ? "covers more" : "covers more that is distinctive");
    // Refused for want of the kind of fact asked ("which State hosted it": the documents name the
    // city): the refusal says so, and gives what the documents do say.
    if (leftOut && !chosen.answer.answered) {
      wanting ??= { answer: { ...proposed.answer, answered: false, text: `${kindNotStated(leftOut, ctx.q.lang)}\n${proposed.answer.text}` } };
      continue;
    }
    return stated(chosen);
  }
  return wanting ?? answerSearch(ctx)!;
}

/**
 * Whether a document's identity answers a "who": only when it names a State (its organ it always names;
 * "who most recently ratified the treaty" is not answered by what the treaty's resolution is).
 */
function namesWhoAsked(ctx: AnswerContext, answerer: Answerer, proposed: AnswerResult): boolean {
  return answerer !== answerDocument || !ctx.q.asks.has("who") || namesState(ctx, proposed.answer.text);
}

/**
 * Answerers that match by words other bodies and documents share ("the sixth Conference of States
 * Parties" to another treaty, a document whose title names the treaty asked about), and the
 * statements of a resolution named by number (the fact asked may stand in a clause of one of its
 * paragraphs): a passage that covers more of the question replaces their answers. The others
 * answer by structure the words do not show (the last item, the first day): a passage replaces
 * their answers only when it also covers a distinctive concept they leave out.
 */
const WEIGHED = new Set<Answerer>([answerMeeting, answerDocument, answerResolution]);
/**
 * Questions those answerers answer by structure all the same. The title of a document named by
 * its symbol ("the full title of A/RES/80/30") is its own: its description states it, and a
 * paragraph that covers the word "title" ("the sub-item entitled …") gives another's. How long a
 * meeting runs is its dates counted, not a paragraph that says "持续" of something else; which is a
 * body's next or last meeting, their dates against today.
 */
const answersByStructure = (ctx: AnswerContext, answerer: Answerer) =>
  (answerer === answerDocument && ctx.q.intent?.kind === "whatIsDocument" && ctx.q.asks.has("title") && ctx.q.symbols.length > 0) ||
  // So is what it is about ("which peacekeeping operation is S/2018/693 about", "讲的是哪个"): its
  // own subject, not a paragraph that speaks of peacekeeping operations in general.
  (answerer === answerDocument && ctx.q.intent?.kind === "whatIsDocument" && ctx.q.symbols.length > 0 && ABOUT_ASKED.test(ctx.q.text)) ||
  // When a document was issued is its own date, not a paragraph that says "when appropriate" or
  // dates something it recalls.
  (answerer === answerDocument && ctx.q.intent?.kind === "documentDate") ||
  (answerer === answerMeeting && ctx.q.intent?.kind === "meetingDates" && MEETING_LENGTH.test(ctx.q.text)) ||
  // Which of a body's meetings is the next or the last is read off their dates against today.
  (answerer === answerMeeting && !!ctx.q.relativeMeeting && ctx.q.bodies.length > 0 && ctx.q.ordinal === undefined);
/** Intents those answerers serve by structure all the same: a draft's sponsors are its title's, a short form's full name its definition's. */
const BY_STRUCTURE = new Set<IntentKind>(["draftSponsors", "fullName"]);
