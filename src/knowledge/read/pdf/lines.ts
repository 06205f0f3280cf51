/**
 * Rebuilds the lines of a PDF page from its positioned text items: items whose baselines are
 * level form a line, read left to right; a space goes where the gap between two items is wide
 * enough to be one (never between two Chinese characters), a tab where it is as wide as a
 * column gap. Text set at an angle (margin notes) is left out.
 */
import type { PdfItem } from "./extract.js";

/** A rebuilt line with where it stands on the page. */
export interface PdfLine {
  text: string;
  /** Baseline, PDF units from the page's foot. */
  y: number;
  /** The largest font size on the line. */
  size: number;
}

/** A gap of this many font sizes between items is a space... */
const SPACE_GAP = 0.2;
/** ...and of this many, the gap between two columns. */
const COLUMN_GAP = 3;
/** Baselines closer than this many font sizes are one line (superscripts included). */
const SAME_LINE = 0.5;

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** The lines of one page, top first, and how many angled items were left out. */
export function pageLines(items: PdfItem[]): { lines: PdfLine[]; rotated: number } {
  const level = items.filter((i) => !i.rotated && i.s.length > 0);
  const rotated = items.filter((i) => i.rotated && i.s.trim()).length;
  level.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  let top: number | undefined;
  for (const item of level) {
    const group = groups[groups.length - 1];
    const size = Math.max(item.size, group ? maxSize(group) : 0, 1);
    if (group && top !== undefined && top - item.y <= SAME_LINE * size) group.push(item);
    else {
      groups.push([item]);
      top = item.y;
    }
  }
  const lines: PdfLine[] = [];
  for (const group of groups) {
    const y = baseline(group);
    const text = joinItems(group.sort((a, b) => a.x - b.x).map((i) => asSuperscript(i, y, bodySize(group))));
    if (text.trim()) lines.push({ text: text.trim(), y, size: maxSize(group) });
  }
  return { lines, rotated };
}

/** Joins a line's items, left to right, with the spaces their positions imply. */
function joinItems(items: PdfItem[]): string {
  let out = "";
  let end: number | undefined;
  let pendingGap = 0;
  for (const item of items) {
    const size = Math.max(item.size, 1);
    if (!item.s.trim()) {
      // pdf.js reports the spaces it finds, its width spanning the gap; justified Word output also
      // has hairline "spaces" inside words ("wome" " " "n"), which the width tells apart.
      pendingGap = Math.max(pendingGap, item.w);
      end = Math.max(end ?? item.x, item.x + item.w);
      continue;
    }
    if (end !== undefined && out) {
      const gap = Math.max(item.x - end, pendingGap);
      out += separator(out, item.s, gap, size);
    }
    out += item.s;
    end = Math.max(end ?? item.x, item.x + item.w);
    pendingGap = 0;
  }
  return out.replace(/ {2,}/g, " ");
}

/** What goes between the text so far and the next item across a gap. */
function separator(before: string, next: string, gap: number, size: number): string {
  if (gap >= COLUMN_GAP * size) return "\t";
  if (/\s$/.test(before) || /^\s/.test(next) || /^[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(next)) return "";
  const wide = WIDE.test(before.slice(-1)) && WIDE.test(next[0]);
  // Chinese is set without spaces; only a gap of a whole character is spacing worth keeping.
  if (wide) return gap >= size ? " " : "";
  return gap >= SPACE_GAP * size ? " " : "";
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/**
 * A footnote marker (digits raised above the baseline in a smaller size) as superscript digits,
 * the form the parser reads as a marker: "(1999).¹", not "(1999).1" or "(1999). 1".
 */
function asSuperscript(item: PdfItem, baseline: number, size: number): PdfItem {
  const raised = item.y - baseline > 0.2 * size && item.size < 0.85 * size;
  if (!raised || !/^\s*\d{1,3}\s*$/.test(item.s)) return item;
  return { ...item, s: item.s.trim().replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]) };
}

/** The font size most of a line's text is set in. */
function bodySize(items: PdfItem[]): number {
  const weight = new Map<number, number>();
  for (const i of items) weight.set(i.size, (weight.get(i.size) ?? 0) + i.s.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

const maxSize = (items: PdfItem[]) => items.reduce((m, i) => Math.max(m, i.size), 0);

/** The baseline most of a line's text sits on (a raised footnote marker does not move it). */
function baseline(items: PdfItem[]): number {
  const weight = new Map<number, number>();
  for (const i of items) weight.set(Math.round(i.y), (weight.get(Math.round(i.y)) ?? 0) + i.s.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0][0];
}
