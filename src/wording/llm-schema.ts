/**
 * The structured output the model must return, as one zod schema: it yields both the JSON schema
 * sent as `response_format` (strict) and the validator applied to the reply, so the two cannot
 * drift apart.
 */
import { z } from "zod";
import { zodResponseFormat } from "openai/helpers/zod";

/** One sentence of the worded answer and the ids of the passages that support it. */
export const wordedSentenceSchema = z.object({
  text: z.string(),
  passage_ids: z.array(z.string()),
});

/** The whole reply: sentences in order, and whether the evidence answers the question. */
export const wordedAnswerSchema = z.object({
  answer_sentences: z.array(wordedSentenceSchema),
  answered: z.boolean(),
});

export type WordedSentence = z.infer<typeof wordedSentenceSchema>;
export type WordedAnswer = z.infer<typeof wordedAnswerSchema>;

/** Name of the schema in the request (models see it). */
export const WORDED_ANSWER_SCHEMA_NAME = "worded_answer";

/** The `response_format` for Chat Completions: `{ type: "json_schema", json_schema: { name, strict: true, schema } }`. */
export function wordedAnswerResponseFormat() {
  return zodResponseFormat(wordedAnswerSchema, WORDED_ANSWER_SCHEMA_NAME);
}

/** Outcome of reading the model's message content. */
export type ParsedReply = { ok: true; value: WordedAnswer } | { ok: false; reason: "malformed"; detail: string };

/**
 * Reads the model's message content: JSON that matches the schema, or a reason. Some
 * OpenAI-compatible servers wrap JSON in a markdown fence even in structured mode; one fence is
 * tolerated, nothing else.
 */
export function parseWordedReply(content: string | null | undefined): ParsedReply {
  if (!content || !content.trim()) return { ok: false, reason: "malformed", detail: "empty content" };
  const body = content.trim().replace(/^```(?:json)?\s*\n([\s\S]*)\n```$/, "$1");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    return { ok: false, reason: "malformed", detail: `not JSON: ${(err as Error).message}` };
  }
  const parsed = wordedAnswerSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, reason: "malformed", detail: `schema mismatch: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"} ${i.message}`).join("; ")}` };
  }
  return { ok: true, value: parsed.data };
}
