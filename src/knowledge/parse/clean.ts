/**
 * Page furniture removal: job numbers, bar-code lines, running heads and page numbers that PDF
 * extraction leaves between the lines of a UN document. The symbol printed in the running head
 * is kept, since it is often the only place the document's symbol appears.
 */

const SYMBOL_RE = /\b((?:CAC|A|E|S)\/[A-Z0-9.]+(?:\/[A-Za-z0-9.]+)+)\b/;

/** A line of the cleaned document, with its number in the original text (1-based). */
export interface SourceLine {
  text: string;
  lineNo: number;
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
const RUNNING_HEAD = /^\s*(?:联\s*合\s*国|United\s+Nations)\s+((?:CAC|A|E|S)\/\S+)\s*$/;

/** Normalises line endings and spaces, drops furniture, and reads the running-head symbol. */
export function cleanLines(raw: string): CleanResult {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ");
  const out: SourceLine[] = [];
  let printedSymbol: string | undefined;
  let dropped = 0;
  text.split("\n").forEach((line, i) => {
    const trimmed = line.replace(/[ \u3000]+$/, "");
    const head = trimmed.match(RUNNING_HEAD);
    if (head) {
      printedSymbol ??= head[1];
      dropped++;
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
    out.push({ text: trimmed, lineNo: i + 1 });
  });
  return { lines: out, printedSymbol, dropped };
}

/** Finds the first UN document symbol in a piece of text. */
export function findSymbol(text: string): string | undefined {
  return text.match(SYMBOL_RE)?.[1]?.replace(/[。.,，;；]+$/, "");
}

/** Every UN document symbol in a text, with positions (markdown link syntax tolerated). */
export function findSymbols(text: string): { symbol: string; index: number }[] {
  const out: { symbol: string; index: number }[] = [];
  const re = /(?:CAC|A|E|S)\/[A-Z0-9.]+(?:\/[A-Za-z0-9.-]+)+/g;
  for (const m of text.matchAll(re)) {
    out.push({ symbol: m[0].replace(/[.,;:]+$/, ""), index: m.index! });
  }
  return out;
}
