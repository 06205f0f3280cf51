/**
 * The per-language word lists (data/terms/words-en.json, words-zh.json): stop words, which carry
 * nothing for search, and question words, which say what is asked but not what about.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "../../core/project-root.js";
import { z } from "zod";

export const wordListSchema = z.object({
  version: z.number(),
  stopWords: z.array(z.string().min(1)),
  questionWords: z.array(z.string().min(1)),
  /** Chat shorthand and what it stands for ("mtg" -> "meeting"). */
  shorthand: z.record(z.string(), z.string()).default({}),
});
export type WordList = z.infer<typeof wordListSchema>;

/** Where the word lists live, next to the other glossary files. */
export const WORDS_DIR = pathToFileURL(join(projectRoot(), "data/terms/"));

function load(name: string): WordList {
  const file = new URL(name, WORDS_DIR);
  const r = wordListSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!r.success) throw new Error(`Invalid word list ${file.pathname}: ${r.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return r.data;
}

const en = load("words-en.json");
const zh = load("words-zh.json");

/** English stop words (lower case). */
export const STOP_EN: ReadonlySet<string> = new Set(en.stopWords);
/** English chat shorthand ("mtg", "docs") and the words it stands for. */
export const SHORTHAND_EN: ReadonlyMap<string, string> = new Map(Object.entries(en.shorthand));
/** Chinese stop words. */
export const STOP_ZH: ReadonlySet<string> = new Set(zh.stopWords);
/** English question words (what, when, how many …). */
export const QUESTION_EN: ReadonlySet<string> = new Set(en.questionWords);
/** Chinese question words and fillers of questions (什么, 哪些, 请问 …). */
export const QUESTION_ZH: ReadonlySet<string> = new Set([...zh.questionWords, ...zh.stopWords]);
