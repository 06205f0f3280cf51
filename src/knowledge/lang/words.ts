/**
 * The per-language word lists (data/terms/words-en.json, words-zh.json): stop words, which carry
 * nothing for search, and question words, which say what is asked but not what about.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "../../core/project-root.js";
import type { WordList } from "./words-schema.js";

export type { WordList } from "./words-schema.js";

/** Where the word lists live, next to the other glossary files. */
export const WORDS_DIR = pathToFileURL(join(projectRoot(), "data/terms/"));

const isWords = (x: unknown): x is string[] => Array.isArray(x) && x.every((w) => typeof w === "string" && w.length > 0);

/**
 * A word list's fields as `wordListSchema` (words-schema.ts) gives them, or what is wrong with it.
 * Checked by hand, not with the schema: every process reads the lists when it starts, and zod's
 * first parse with a schema costs a short command-line answer more than the rest of this module.
 * The tests hold the two to the same answers.
 */
export function checkWordList(raw: unknown): WordList | { problems: string[] } {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { problems: ["(the list) must be an object"] };
  const r = raw as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof r.version !== "number" || Number.isNaN(r.version)) problems.push("version must be a number");
  if (!isWords(r.stopWords)) problems.push("stopWords must be a list of words");
  if (!isWords(r.questionWords)) problems.push("questionWords must be a list of words");
  const shorthand = r.shorthand === undefined ? {} : r.shorthand;
  if (typeof shorthand !== "object" || shorthand === null || Array.isArray(shorthand) || !Object.values(shorthand).every((v) => typeof v === "string")) problems.push("shorthand must map words to words");
  if (problems.length) return { problems };
  return { version: r.version as number, stopWords: r.stopWords as string[], questionWords: r.questionWords as string[], shorthand: shorthand as Record<string, string> };
}

function load(name: string): WordList {
  const file = new URL(name, WORDS_DIR);
  const r = checkWordList(JSON.parse(readFileSync(file, "utf8")));
  if ("problems" in r) throw new Error(`Invalid word list ${file.pathname}: ${r.problems.join("; ")}`);
  return r;
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
