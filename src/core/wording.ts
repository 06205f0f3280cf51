/**
 * Optional rewording of answers (e.g. by a language model). Neutral contract: whatever words an
 * answer must return citations that are the assistant's own and keep `answered` as drafted.
 */
import type { Answer, Citation, Lang } from "./types.js";

export interface WordingInput {
  question: string;
  lang: Lang;
  draft: Answer;
  evidence: { id: string; citation: Citation }[];
  facts?: string[];
}

export interface WordingResult {
  answer: Answer;
  source: "llm" | "fallback";
  reason?: string;
}

export interface AnswerWording {
  word(input: WordingInput, opts?: { signal?: AbortSignal; budgetMs?: number; onProgress?: (note: string) => void }): Promise<WordingResult>;
}
