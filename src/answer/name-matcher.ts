/**
 * Finds any of a few thousand names in a text, as one regular expression of their alternation
 * would (`Vienna|\bVienna International Centre\b|维也纳|…`): the leftmost name found, and of the
 * names found at that place the first listed. A regular expression of thousands of alternatives
 * tries every one of them at every character of the text; this looks up the names that start with
 * the character at hand, so a text is read once whatever the number of names.
 */

import { unglued } from "../knowledge/index.js";

/** One name and the conditions around it. */
export interface NameEntry {
  /** The name as written; a straight and a curly apostrophe are one character. */
  text: string;
  /** A word boundary (`\b`) before and after the name, as an English name needs in running text. */
  whole?: boolean;
  /** Matched just after the name (a sticky pattern), it is no occurrence of the name: 西班牙文 is a language. */
  notFollowedBy?: RegExp;
  /** Matched against the text just before the name (a pattern ending in `$`), it is no occurrence: "Council of Europe". */
  notPrecededBy?: RegExp;
}

/** How far back `notPrecededBy` looks, in characters. */
const LOOK_BEHIND = 40;

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** `\b` at `i`: a word character on one side and not on the other (JavaScript's, without the u flag). */
const boundaryAt = (text: string, i: number) => (i > 0 && isWordChar(text.charCodeAt(i - 1))) !== (i < text.length && isWordChar(text.charCodeAt(i)));
/** A curly apostrophe read as a straight one, keeping every character's place. */
const straight = (t: string) => t.replace(/’/g, "'");

export class NameMatcher {
  /** Entries by their name's first character, in the order listed. */
  private readonly byFirst = new Map<string, { name: string; entry: NameEntry }[]>();

  constructor(entries: readonly NameEntry[]) {
    for (const entry of entries) {
      const name = straight(entry.text);
      if (!name) continue;
      const list = this.byFirst.get(name[0]);
      if (list) list.push({ name, entry });
      else this.byFirst.set(name[0], [{ name, entry }]);
    }
  }

  /** The first name the text holds at or after `from`: where it stands and the text as written there. */
  find(text: string, from = 0): { index: number; text: string } | undefined {
    const at = this.next(straight(text), from);
    return at && { index: at.index, text: text.slice(at.index, at.end) };
  }

  /** Whether the text holds any of the names, read with the small words extraction glued to the next word set apart ("andCo-operation"). */
  test(text: string): boolean {
    return this.next(straight(unglued(text)), 0) !== undefined;
  }

  /** Every name the text holds, left to right, none overlapping the one before, as written. */
  all(written: string): string[] {
    // Read as `test` reads it; the names are given as read ("Security and Co-operation").
    const text = unglued(written);
    const t = straight(text);
    const found: string[] = [];
    for (let at = this.next(t, 0); at; at = this.next(t, at.end)) found.push(text.slice(at.index, at.end));
    return found;
  }

  /** In a text whose apostrophes are straight, where the first name at or after `from` starts and ends. */
  private next(t: string, from: number): { index: number; end: number } | undefined {
    for (let i = from; i < t.length; i++) {
      const candidates = this.byFirst.get(t[i]);
      if (!candidates) continue;
      for (const { name, entry } of candidates) {
        if (t.startsWith(name, i) && this.holds(t, i, i + name.length, entry)) return { index: i, end: i + name.length };
      }
    }
    return undefined;
  }

  private holds(t: string, start: number, end: number, entry: NameEntry): boolean {
    if (entry.whole && !(boundaryAt(t, start) && boundaryAt(t, end))) return false;
    if (entry.notFollowedBy) {
      entry.notFollowedBy.lastIndex = end;
      if (entry.notFollowedBy.test(t)) return false;
    }
    return !entry.notPrecededBy?.test(t.slice(Math.max(0, start - LOOK_BEHIND), start));
  }
}
