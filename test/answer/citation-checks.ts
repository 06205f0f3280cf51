/**
 * Shared checks for replies drawn from the documents: every quote is source text, facts appear
 * in the answer or its quotes, and the expected passage is among the citations.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Citation, Lang, Reply } from "../../src/core/types.js";
import { repoRoot } from "../core/test-assistant.js";

/** A fact in the accepted forms, e.g. a date in English or Chinese. */
export type Fact = string | readonly string[];

/** One row of a conversation table. */
export interface ConversationCase {
  q: string;
  /** Facts that must appear in the answer text or a cited quote (any form of each). */
  facts: Fact[];
  /** Text the cited passage must contain. */
  cited: string;
  /** File (under data/documents) that passage comes from. */
  file: string;
  /** Messages sent first in the same thread (follow-up questions). */
  before?: string[];
}

/** "3–6 September 2024" or "2024年9月3日至6日": the same date in either language. */
export const date = (en: string, zh: string): readonly string[] => [en, zh];

/**
 * Whitespace-free, lower-case, half-width, one kind of dash: PDF extraction puts spaces inside
 * Chinese dates ("2024 年 9 月 3 日") that answers leave out.
 */
export function normalize(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, "")
    .toLowerCase();
}

const sources = new Map<string, string>();
function source(file: string): string {
  if (!sources.has(file)) sources.set(file, normalize(readFileSync(join(repoRoot, "data", "documents", file), "utf8")));
  return sources.get(file)!;
}

/**
 * Whether a quote stands in the source. Page furniture (job numbers, running footnotes) that the
 * parser drops may sit inside a passage that spans a page break, so the quote may be found in up
 * to four pieces, each at least 8 characters long, in order and close to each other.
 */
export function quoteInSource(quote: string, file: string): boolean {
  const src = source(file);
  let rest = normalize(quote);
  if (!rest) return false;
  if (src.includes(rest)) return true;
  let from = 0;
  for (let piece = 0; piece < 4 && rest; piece++) {
    let len = 0;
    let at = -1;
    // The longest prefix of what is left that occurs after the previous piece.
    for (let n = Math.min(rest.length, 2000); n >= 8; n--) {
      const i = src.indexOf(rest.slice(0, n), from);
      if (i >= 0 && (piece === 0 || i - from <= 300)) {
        len = n;
        at = i;
        break;
      }
    }
    if (at < 0) return false;
    rest = rest.slice(len);
    from = at + len;
  }
  return rest.length === 0;
}

/** Every citation of a reply quotes its file: nothing invented, nothing from elsewhere. */
export function expectQuotesFromSources(reply: Pick<Reply, "citations">): void {
  for (const c of reply.citations) {
    expect(c.file, `citation ${JSON.stringify(c.document)} names its file`).toMatch(/\.(txt|md)$/);
    expect(quoteInSource(c.quote, c.file), `quote of ${c.file} ${c.paragraph ?? ""} stands in the file: ${c.quote.slice(0, 80)}`).toBe(true);
  }
}

/** Whether a fact (in any of its forms) appears in the answer text or one of its quotes. */
export function factAppears(reply: Pick<Reply, "text" | "citations">, fact: Fact): boolean {
  const forms = typeof fact === "string" ? [fact] : fact;
  const hay = [reply.text, ...reply.citations.map((c) => c.quote)].map(normalize);
  return forms.some((f) => hay.some((h) => h.includes(normalize(f))));
}

/** The citations from `file` whose passage contains `text`. */
export function citing(reply: Pick<Reply, "citations">, file: string, text: string): Citation[] {
  return reply.citations.filter((c) => c.file === file && normalize(c.quote).includes(normalize(text)));
}

/** Asserts one conversation row on its reply. */
export function expectConversation(reply: Reply, c: ConversationCase, lang: Lang): void {
  expect(reply, reply.text).toMatchObject({ kind: "answer", answered: true, lang });
  expect(reply.citations.length, "cites its sources").toBeGreaterThan(0);
  expectQuotesFromSources(reply);
  for (const fact of c.facts) expect(factAppears(reply, fact), `“${String(fact)}” in:\n${reply.text}`).toBe(true);
  expect(citing(reply, c.file, c.cited).length, `cites the passage of ${c.file} with “${c.cited}”; cited:\n${reply.citations.map((x) => `${x.file} ${x.paragraph}: ${x.quote.slice(0, 60)}`).join("\n")}`).toBeGreaterThan(0);
}

/** The numbers of the `[n]` citation markers in an answer text, in order. */
export function markersOf(text: string): number[] {
  return [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

/** The five documents of the corpus, by what they are. */
export const FILES = {
  /** Background paper for the 11th meeting of the prevention working group (2020). */
  progress2020: "000_3bc8d7f2d14a8734.txt",
  /** Annotated provisional agenda of the 15th meeting of the prevention working group (2024). */
  agenda15: "001_7da0608a8050477c.txt",
  /** Secretariat report to the 10th session of the Conference, with the workplan annex (2023). */
  cosp10: "002_239063d6d1915bac.txt",
  /** Draft report addendum of the 10th meeting of the prevention working group (2019). */
  draft2019: "003_1b44873261f91498.txt",
  /** Secretariat report to the 12th session of the Implementation Review Group (2021). */
  irg12: "004_f9de4079a39ee76a.txt",
} as const;
