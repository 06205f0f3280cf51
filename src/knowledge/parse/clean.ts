/**
 * Page furniture removal: job numbers, bar-code lines, running heads and page numbers that PDF
 * extraction leaves between the lines of a UN document. The symbol printed in the running head
 * is kept, since it is often the only place the document's symbol appears.
 */

/**
 * UN document symbols of every series: A/RES/80/10, A/80/L.11, E/CN.15/2003/14,
 * CTOC/COP/2008/INF/1, CAC/COSP/IRG/2015/1, A/S-32/1, …/Add.1, …/Corr.1, …/Rev.2, and the OPCW
 * decisions the resolutions cite, of its Conference (C-25/DEC.9) and Executive Council
 * (EC-94/DEC.2), and the symbols of the disarmament treaties' meetings they cite (TPNW/MSP/2022/6,
 * NPT/CONF.2026/PC.I/1, BWC/CONF.IX/9, APLC/MSP.21/2023/1, ATT/CSP10/…) and of the Conference on
 * Disarmament (CD/1985, CD/WP.620). A segment is upper-case
 * letters (with a number glued: "CSP10") and an optional ".number" or ".roman" ("PC.I"), a number, or
 * Add./Corr./Rev./Amend. with a number, so a word glued to the end ("INF.1Final") is not taken in.
 * A line break or a space a conversion left after the period ("A/AC.\n260/2", "E/2001/30/Rev.\n1")
 * stays inside the symbol, which is filed without it.
 */
const SEGMENT = "(?:(?:Add|Corr|Rev|Amend|Suppl?)\\.\\s?\\d{1,3}|[A-Z]?-?\\d{1,5}|[A-Z]{1,8}(?:\\d{1,3}(?![A-Za-z]))?(?:\\.(?:\\s?\\d{1,4}(?:\\.\\d{1,3})?|[IVX]{1,5}(?![A-Za-z])))?)";
const SERIES = "(?:CAC|CTOC|A|E|S|ST|UNEP|TD|DP|CEDAW|CCPR|CRC|HRC|UNODC|TPNW|NPT|CCW|BWC|APLC|CCM|ATT|CD|E?C-\\d{1,3})";
const SYMBOL_SOURCE = `(?<![A-Za-z0-9/])${SERIES}(?:\\/${SEGMENT})+(?![A-Za-z0-9]*\\/)`;
const SYMBOL_RE = new RegExp(`(${SYMBOL_SOURCE})`);

/** A line of the cleaned document, with its number in the original text (1-based). */
export interface SourceLine {
  text: string;
  lineNo: number;
  /** Page of the source (PDF), from the reader's page markers. */
  page?: number;
}

export interface CleanResult {
  lines: SourceLine[];
  /** Symbol printed in the running head, if any. */
  printedSymbol?: string;
  /** How many furniture lines were dropped. */
  dropped: number;
}

const FURNITURE: RegExp[] = [
  // Job number with print dates: "V.19-08845 (C)    060919    060919"
  /^\s*[A-Z]\.\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\d{6})*\s*$/,
  // Bar code line: "*1908845*"
  /^\s*\*\d{7,}\*\s*$/,
  // Page numbers: "2", "3/15"
  /^\s*\d{1,3}(?:\/\d{1,3})?\s*$/,
  // Rules and stray separators left by extraction
  /^\s*(?:-|---+|\*\*\*+|_{3,})\s*$/,
];

/** Running head: "联 合 国   CAC/COSP/WG.4/2019/L.1/Add.1" or "United Nations   CAC/COSP/...". */
const RUNNING_HEAD = new RegExp(`^\\s*(?:联\\s*合\\s*国|United\\s+Nations)\\s*(${SYMBOL_SOURCE}(?:\\s+${SYMBOL_SOURCE})*)\\s*$`);

/** Normalises line endings and spaces, drops furniture, and reads the running-head symbol. */
export function cleanLines(raw: string): CleanResult {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ");
  const out: SourceLine[] = [];
  let printedSymbol: string | undefined;
  let dropped = 0;
  let page: number | undefined;
  text.split("\n").forEach((line, i) => {
    const keep = (t: string) => out.push(page === undefined ? { text: t, lineNo: i + 1 } : { text: t, lineNo: i + 1, page });
    // "\f3": the reader's mark where page 3 starts.
    const marker = line.match(/^\f(\d+)$/);
    if (marker) {
      page = Number(marker[1]);
      return;
    }
    const trimmed = line.replace(/[ \u3000]+$/, "");
    const head = trimmed.match(RUNNING_HEAD);
    if (head) {
      // The cover's own line, before any text, is kept: an answer giving the symbol quotes it.
      // Its repeats at the head of later pages are furniture.
      const cover = printedSymbol === undefined && !out.some((l) => l.text.trim());
      printedSymbol ??= head[1];
      if (cover) keep(trimmed);
      else dropped++;
      return;
    }
    // Later pages repeat the symbol alone as their running head.
    if (printedSymbol && trimmed.trim() === printedSymbol) {
      dropped++;
      return;
    }
    if (trimmed.trim() && !trimmed.includes("\t") && FURNITURE.some((re) => re.test(trimmed))) {
      dropped++;
      return;
    }
    keep(trimmed);
  });
  return { lines: out, printedSymbol, dropped };
}

/** Symbols whose slashes were lost in copying ("CACCOSP/WG.4/2013/1") get them back. */
export function repairSymbols(text: string): string {
  return text.replace(/\bCACCOSP\//g, "CAC/COSP/").replace(/\bCTOCCOP\//g, "CTOC/COP/");
}

/** A symbol as written, in the form it is filed under ("A/RES/80/10", no spaces). */
export function normalizeSymbol(s: string): string {
  return s.replace(/\s+/g, "").replace(/[。.,，;；:]+$/, "");
}

/** Finds the first UN document symbol in a piece of text. */
export function findSymbol(text: string): string | undefined {
  const m = repairSymbols(text).match(SYMBOL_RE)?.[1];
  return m ? normalizeSymbol(m) : undefined;
}

/** Every UN document symbol in a text, with positions (markdown link syntax tolerated). */
export function findSymbols(text: string): { symbol: string; index: number }[] {
  const out: { symbol: string; index: number }[] = [];
  // A symbol has a slash: most passages have none (a build looks in every passage).
  if (!text.includes("/")) return out;
  const re = new RegExp(SYMBOL_SOURCE, "g");
  for (const m of repairSymbols(text).matchAll(re)) {
    const symbol = normalizeSymbol(m[0]);
    // A series letter and a number alone ("A/80") are not a document symbol.
    // (The Conference on Disarmament numbers its documents in one series: "CD/1985".)
    if (symbol.split("/").length < 3 && !/^(?:[A-Z]+\/[A-Z]|S\/\d{4}\/|CD\/\d{3,4}$)/.test(symbol) && !/\/[A-Z]/.test(symbol)) continue;
    out.push({ symbol, index: m.index! });
  }
  return out;
}
