/**
 * The last resort for text the structure parser cannot read: blocks split at blank lines, long
 * blocks cut into groups of whole sentences, each with a locator. No text is lost and every
 * piece stays citable.
 */
import { joinBroken } from "../text.js";
import type { SourceLine } from "./clean.js";

export interface FallbackBlock {
  locator: string;
  text: string;
  page?: number;
}

/** Longest passage, in characters, before a block is cut at sentence ends. */
const MAX_BLOCK = 900;
const TARGET = 500;

/**
 * Sentences of a text, keeping their punctuation (Chinese 。！？ and English . ! ? before a capital).
 * The point of a label standing alone ("II.", "A.", "3.": a heading or a line of a table of
 * contents run together) ends no sentence: the label stays with the text it numbers.
 */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[。！？；])|(?<=[.!?;])(?<!(?:^|\s)(?:[IVXLC]{1,6}|[A-Z]|\d{1,3})\.)\s+(?=[A-Z“"(\d])/).filter((s) => s.trim());
}

/** Cuts a long block into groups of sentences of about `TARGET` characters. */
export function cutLongText(text: string): string[] {
  if (text.length <= MAX_BLOCK) return [text];
  const out: string[] = [];
  let cur = "";
  for (const s of sentencesOf(text)) {
    if (cur && cur.length + s.length > TARGET) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? joinBroken(cur, s) : s.trim();
    // A "sentence" with no end in sight (a table run together) is cut at a word boundary.
    while (cur.length > MAX_BLOCK * 2) {
      const at = cur.lastIndexOf(" ", MAX_BLOCK) > TARGET / 2 ? cur.lastIndexOf(" ", MAX_BLOCK) : MAX_BLOCK;
      out.push(cur.slice(0, at).trim());
      cur = cur.slice(at).trim();
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Plain citable blocks of the given lines. */
export function fallbackBlocks(lines: SourceLine[]): FallbackBlock[] {
  const groups: { text: string; page?: number }[] = [];
  let cur: { text: string; page?: number } | undefined;
  for (const l of lines) {
    const t = l.text.trim();
    // A blank line or a new page ends a block.
    if (!t || (cur && l.page !== cur.page)) {
      if (cur) groups.push(cur);
      cur = undefined;
      if (!t) continue;
    }
    cur = cur ? { ...cur, text: joinBroken(cur.text, t) } : { text: t, page: l.page };
  }
  if (cur) groups.push(cur);
  const pieces = groups.flatMap((g) => cutLongText(g.text).map((text) => ({ text, page: g.page })));
  const perPage = new Map<number | undefined, number>();
  return pieces.map(({ text, page }) => {
    const n = (perPage.get(page) ?? 0) + 1;
    perPage.set(page, n);
    return { locator: page === undefined ? `block ${n}` : `p. ${page}, block ${n}`, text, page };
  });
}
