/**
 * What every answerer reads: the index, the glossary, the understood question and the clock.
 */
import type { Answer } from "../core/types.js";
import type { Glossary, KnowledgeIndex } from "../knowledge/index.js";
import type { ThreadContext } from "../core/memory.js";
import type { Question } from "./understand.js";

export interface AnswerContext {
  index: KnowledgeIndex;
  glossary: Glossary;
  q: Question;
  now: Date;
  timeZone: string;
  /** Context of the thread (follow-ups); answerers may read it. */
  thread: ThreadContext;
  /** Which page (1-based) of a list that grows with the corpus the asker wants; 1 when unset. */
  page?: number;
  /**
   * The document an earlier part of the same message was answered from, with the words the
   * question names it by: a later part about the same subject is read in it first.
   */
  inDocument?: { docId: string; about: string };
}

/** What an answerer returns: an answer, and what the thread should remember. */
export interface AnswerResult {
  answer: Answer;
  remember?: ThreadContext;
  /** The answerer found several candidates (meetings of different bodies) and asks which is meant. */
  clarifies?: boolean;
  /**
   * The answerer knows what the documents can and cannot say of what is asked (what became of a
   * draft, which its own text never tells): no passage replaces its answer.
   */
  settled?: boolean;
  /**
   * A refusal that only shows where the documents mention what is asked about (a resolution they
   * cite but do not hold): any passage that answers replaces it.
   */
  mentionsOnly?: boolean;
  /** The answer is one page of a longer list: the number of the next page. */
  next?: number;
}

/**
 * One kind of question. Returns undefined when the question is not of its kind, so the next
 * answerer can try; returns a refusal when it is of its kind but the documents do not say.
 */
export type Answerer = (ctx: AnswerContext) => AnswerResult | undefined;
