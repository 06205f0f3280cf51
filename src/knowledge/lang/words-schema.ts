/**
 * The schema of the word lists (data/terms/words-en.json, words-zh.json), for the tests and tools
 * that check the files; a start checks them by hand (words.ts, `checkWordList`) to the same answers.
 */
import { z } from "zod";

export const wordListSchema = z.object({
  version: z.number(),
  stopWords: z.array(z.string().min(1)),
  questionWords: z.array(z.string().min(1)),
  /** Chat shorthand and what it stands for ("mtg" -> "meeting"). */
  shorthand: z.record(z.string(), z.string()).default({}),
});
export type WordList = z.infer<typeof wordListSchema>;
