/**
 * Glue between command handlers and the answer layer: builds the answer context from the
 * command context, and turns an answer into a Reply while remembering the thread's subject.
 */
import type { CommandContext } from "../src/core/command.js";
import type { Reply } from "../src/core/types.js";
import type { AnswerContext, AnswerResult } from "../src/answer/context.js";
import { understand, type Question } from "../src/answer/understand.js";
import type { Intent } from "../src/answer/intent.js";
import { spellOutAcronyms, spellOutShortForms } from "../src/knowledge/index.js";

/** Understands `text` in the command's context. */
export function contextFor(ctx: CommandContext, text: string): AnswerContext {
  const glossary = ctx.index.glossary;
  // "TPNW" is written out as the documents name it: they seldom use the acronym; so is a Chinese
  // short form of a glossary name ("禁化武公约").
  const q = understand(spellOutShortForms(spellOutAcronyms(text, ctx.index), glossary), glossary, { now: ctx.now, timeZone: ctx.timeZone, fallbackLang: ctx.lang });
  q.lang = ctx.lang;
  return { index: ctx.index, glossary, q, now: ctx.now, timeZone: ctx.timeZone, thread: ctx.memory.get(ctx.request.conversation) };
}

/**
 * The answer context of a command that knows what it asks: the words typed are read only for
 * what they name (a body, a topic); the entities its arguments give and its intent are set as
 * parsed, never written back into a sentence to be read again.
 */
export function commandContext(ctx: CommandContext, words: string, named: Partial<Question>, intent: Intent): AnswerContext {
  const actx = contextFor(ctx, words);
  Object.assign(actx.q, named, { intent, alsoFits: [] });
  return actx;
}

/** Converts an answer result to a reply and updates the thread memory. */
export function toReply(ctx: CommandContext, r: AnswerResult): Reply {
  if (r.remember) ctx.memory.update(ctx.request.conversation, r.remember);
  return { ...r.answer, kind: r.answer.answered ? "answer" : "refusal", code: r.answer.answered ? undefined : "not_covered" };
}
