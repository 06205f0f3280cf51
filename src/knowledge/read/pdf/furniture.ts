/**
 * Page furniture of UN documents: the job number and bar code at the foot of the first page
 * ("24-00436 (E) 120124", "*2400436*", "V.19-08845 (C)", "GE.24-12345"), running heads and
 * feet (the symbol, "2/15 18-11688"), page numbers, and any other line repeated at the top or
 * foot of most pages. Such lines are dropped from the text; what they said, other than page
 * numbers, is kept aside because the running head is sometimes the only place the symbol is
 * printed.
 */
import type { PdfLine } from "./lines.js";

/** A page's rebuilt lines and its height. */
export interface PageLines {
  height: number;
  lines: PdfLine[];
}

const JOB = String.raw`(?:[A-Z]{1,2}\.)?\d{2}-\d{5,6}(?:\s*\([A-Z]\))?`;
/** A job number with its office prefix or language letter cannot be mistaken for text. */
const SURE_JOB = String.raw`(?:[A-Z]{1,2}\.\d{2}-\d{5,6}(?:\s*\([A-Z]\))?|\d{2}-\d{5,6}\s*\([A-Z]\))`;
const BARCODE = String.raw`\*\d{7,9}\*`;
const PRINT_DATE = String.raw`\d{6}`;
const PAGE = String.raw`(?:\d{1,4}\s*/\s*\d{1,4}|\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|(?:Page|p\.)\s*\d{1,4}(?:\s+of\s+\d{1,4})?|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?)`;
const SYMBOL = String.raw`[A-Z][A-Z0-9.]{0,11}(?:/[A-Za-z0-9.\-]+)+`;
const TOKEN = `(?:${JOB}|${BARCODE}|${PRINT_DATE}|${PAGE}|${SYMBOL})`;

/** Only job numbers, bar codes, print dates, page numbers and symbols: a running head or foot. */
const FURNITURE_ONLY = new RegExp(`^${TOKEN}(?:\\s+${TOKEN})*$`);
/** A job number with its language letter, or a bar code: furniture wherever it stands. */
const SURE = new RegExp(`^(?:${SURE_JOB}|${BARCODE})(?:\\s+(?:${JOB}|${BARCODE}|${PRINT_DATE}))*$`);
const RECYCLE = /^Please\s+recycle\b/i;
const PAGE_TOKEN = new RegExp(`(?:^|\\s)${PAGE}(?=\\s|$)`, "g");

/** How far from the top or foot of the page a running head or foot stands (share of the height)... */
const EDGE = 0.12;
/** ...and how many lines at each end of a page are looked at. */
const EDGE_LINES = 3;
/** A line repeated at the edge of at least this share of the pages (and at least 3) is a running head. */
const REPEATED = 0.4;

/** The pages without their furniture, and the furniture's distinct texts (page numbers left out). */
export function removeFurniture(pages: PageLines[]): { pages: PdfLine[][]; furniture: string[] } {
  const repeated = repeatedEdgeLines(pages);
  const furniture = new Set<string>();
  const kept = pages.map((page) =>
    page.lines.filter((line, i) => {
      const text = line.text.replace(/\t/g, " ").trim();
      const edge = isAtEdge(page, line, i);
      const drop = SURE.test(text) || (edge && (FURNITURE_ONLY.test(text) || RECYCLE.test(text) || repeated.has(shape(text))));
      if (drop) {
        const said = text.replace(PAGE_TOKEN, " ").replace(/\s+/g, " ").trim();
        if (said) furniture.add(said);
      }
      return !drop;
    }),
  );
  return { pages: kept, furniture: [...furniture] };
}

/** Among the first or last lines of the page, and near its top or foot. */
function isAtEdge(page: PageLines, line: PdfLine, index: number): boolean {
  const nearEnds = index < EDGE_LINES || index >= page.lines.length - EDGE_LINES;
  return nearEnds && (line.y > page.height * (1 - EDGE) || line.y < page.height * EDGE);
}

/** Lines (by shape) standing at the edge of many pages. */
function repeatedEdgeLines(pages: PageLines[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    page.lines.forEach((line, i) => {
      if (isAtEdge(page, line, i)) seen.add(shape(line.text));
    });
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const min = Math.max(3, Math.ceil(pages.length * REPEATED));
  return new Set([...counts].filter(([, n]) => n >= min).map(([s]) => s));
}

/** A line's shape: numbers made alike, so "Page 2" and "Page 3" are one running foot. */
const shape = (text: string) => text.replace(/\s+/g, " ").trim().replace(/\d+/g, "#");
