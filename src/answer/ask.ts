/**
 * The free-question pipeline: answerers in order of specificity; the first that recognises the
 * question answers it (or refuses it); passage search comes last.
 */
import type { AnswerContext, AnswerResult, Answerer } from "./context.js";
import { answerDocument } from "./answer-document.js";
import { answerMeeting } from "./answer-meeting.js";
import { answerResolution, answerWhichResolution } from "./answer-resolution.js";
import { answerResolutionFacts } from "./answer-resolution-facts.js";
import { answerWorkplan } from "./answer-workplan.js";
import { answerAgenda } from "./answer-agenda.js";
import { answerRecommendation } from "./answer-recommendation.js";
import { answerSearch } from "./answer-search.js";

/** "The session that adopted resolution 10/4": a meeting question that names a resolution. */
const adoptingSession: Answerer = (ctx) => (ctx.q.resolutions.length ? answerMeeting(ctx) : undefined);

const PIPELINE: Answerer[] = [
  answerResolutionFacts,
  answerDocument,
  adoptingSession,
  answerResolution,
  answerWhichResolution,
  answerWorkplan,
  answerAgenda,
  answerRecommendation,
  answerMeeting,
  answerSearch,
];

/** Answers a free question; always returns an answer or a refusal. */
export function answerQuestion(ctx: AnswerContext): AnswerResult {
  for (const answerer of PIPELINE) {
    const r = answerer(ctx);
    if (r) return r;
  }
  return answerSearch(ctx)!;
}
