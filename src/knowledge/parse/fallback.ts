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
}

/** Longest passage, in characters, before a block is cut at sentence ends. */
const MAX_BLOCK = 900;
const TARGET = 500;

/** Sentences of a text, keeping their punctuation (Chinese 。！？ and English . ! ? before a capital). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[。！？；])|(?<=[.!?;])\s+(?=[A-Z“"(\d])/).filter((s) => s.trim());
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
  const groups: string[] = [];
  let cur = "";
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) {
      if (cur) groups.push(cur);
      cur = "";
      continue;
    }
    cur = cur ? joinBroken(cur, t) : t;
  }
  if (cur) groups.push(cur);
  const pieces = groups.flatMap(cutLongText);
  return pieces.map((text, i) => ({ locator: `block ${i + 1}`, text }));
}
