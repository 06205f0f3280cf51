/**
 * The free-question pipeline: answerers in order of specificity; the first that recognises the
 * question proposes an answer (or a refusal), weighed against passage search's.
 */
import type { AnswerContext, AnswerResult, Answerer } from "./context.js";
import { answerDocument } from "./answer-document.js";
import { answerChapter } from "./answer-chapter.js";
import { answerAdoptingSession, answerMeeting } from "./answer-meeting.js";
import { answerResolution, answerWhichResolution } from "./answer-resolution.js";
import { answerResolutionFacts } from "./answer-resolution-facts.js";
import { answerWorkplan } from "./answer-workplan.js";
import { answerAgenda } from "./answer-agenda.js";
import { answerRecommendation } from "./answer-recommendation.js";
import { absentNames, answerSearch, notCovered } from "./answer-search.js";
import { choose, chooseParts, statesAsked } from "./select.js";
import { refused } from "./compose.js";
import { answerCompound } from "./compound.js";

const PIPELINE: Answerer[] = [
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
  answerSearch,
];

/**
 * Answers a free question; always returns an answer or a refusal. The first answerer that
 * recognises the question proposes its answer; passage search always gets a turn, and the
 * answer whose evidence covers more of the question is chosen.
 */
export function answerQuestion(ctx: AnswerContext): AnswerResult {
  // A name no document holds: whatever passage search finds is about something else.
  const absent = absentNames(ctx);
  if (absent.length) return { answer: refused(notCovered(ctx, absent), ctx.q.lang) };
  const whole = answerOne(ctx);
  return chooseParts(ctx, whole, answerCompound(ctx, answerOne));
}

/** Answers one question (or one part of a compound one). */
function answerOne(ctx: AnswerContext): AnswerResult {
  for (const answerer of PIPELINE) {
    if (answerer === answerSearch) break;
    const proposed = answerer(ctx);
    if (!proposed) continue;
    const r = proposed.answer.answered && !statesAsked(ctx, proposed.answer) ? { answer: refused(notCovered(ctx, []), ctx.q.lang) } : proposed;
    return choose(ctx, r, answerSearch(ctx), WEIGHED.has(answerer) ? "covers more" : "covers more that is distinctive");
  }
  return answerSearch(ctx)!;
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
