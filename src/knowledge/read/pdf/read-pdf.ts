/**
 * PDF files: the text layer read by pdf.js in a worker thread, lines rebuilt page by page,
 * furniture removed, a blank line where the space between lines says a paragraph ends, and
 * the place of each page in the text recorded so that page numbers can serve as locators.
 */
import { extractPdf, type PdfPage } from "./extract.js";
import { removeFurniture } from "./furniture.js";
import { pageLines, type PdfLine } from "./lines.js";
import { fail, type PageSpan, type ReadResult } from "../types.js";

/** Limits of reading one PDF. */
export interface PdfReadLimits {
  timeoutMs: number;
  maxMemoryMb: number;
}

/** A gap between lines this many times the usual line spacing ends a paragraph. */
const PARAGRAPH_GAP = 1.3;

/** Reads a PDF file's bytes. */
export async function readPdf(bytes: Uint8Array, limits: PdfReadLimits): Promise<ReadResult> {
  const outcome = await extractPdf(bytes, limits);
  if (!outcome.ok) {
    if (outcome.code === "encrypted") return fail("encrypted", "the PDF is encrypted with a password; save a copy without the password");
    return fail(outcome.code, outcome.message);
  }
  const warnings: string[] = [];
  const rebuilt = outcome.pages.map((p) => ({ page: p, ...pageLines(p.items) }));
  const rotated = rebuilt.reduce((n, r) => n + r.rotated, 0);
  if (rotated) warnings.push(`${rotated} text item${rotated === 1 ? "" : "s"} set at an angle (margin notes) left out`);
  const blind = outcome.pages.map((p, i) => (p.items.some((it) => it.s.trim()) ? 0 : i + 1)).filter(Boolean);
  if (blind.length === outcome.pages.length) return noText(outcome.pages);
  const scanned = blind.filter((n) => outcome.pages[n - 1].hasImages);
  if (scanned.length === 1) warnings.push(`page ${scanned[0]} has no text layer (scanned?); its text is missing`);
  else if (scanned.length > 1) warnings.push(`pages ${scanned.join(", ")} have no text layer (scanned?); their text is missing`);

  const { pages, furniture } = removeFurniture(rebuilt.map((r) => ({ height: r.page.height, lines: r.lines })));
  const spacing = usualLineSpacing(pages);
  let text = "";
  const spans: PageSpan[] = [];
  pages.forEach((lines, i) => {
    if (text) text += "\n\n";
    const start = text.length;
    text += pageText(lines, spacing);
    spans.push({ number: i + 1, start, end: text.length });
  });
  const title = outcome.info.title?.trim();
  return { ok: true, format: "pdf", text, pages: spans, ...(title ? { title } : {}), furniture, warnings };
}

/** Why a PDF without any text cannot be read. */
function noText(pages: PdfPage[]): ReadResult {
  if (pages.some((p) => p.hasImages)) return fail("image-only", `the PDF has no text layer, only images (a scan?) on its ${pages.length} page${pages.length === 1 ? "" : "s"}; run OCR on it first`);
  return fail("empty", "the PDF holds no text");
}

/** A page's lines, a blank line between paragraphs. */
function pageText(lines: PdfLine[], spacing: number | undefined): string {
  let out = "";
  lines.forEach((line, i) => {
    if (i > 0) {
      const gap = lines[i - 1].y - line.y;
      out += spacing !== undefined && gap > spacing * PARAGRAPH_GAP ? "\n\n" : "\n";
    }
    out += line.text;
  });
  return out;
}

/** The most common distance between consecutive lines of body text, if there is one. */
function usualLineSpacing(pages: PdfLine[][]): number | undefined {
  const counts = new Map<number, number>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const gap = Math.round((lines[i - 1].y - lines[i].y) * 2) / 2;
      const size = Math.max(lines[i].size, lines[i - 1].size);
      if (gap >= 0.8 * size && gap <= 3 * size) counts.set(gap, (counts.get(gap) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [gap, n] of counts) if (n > bestCount || (n === bestCount && gap < (best ?? Infinity))) [best, bestCount] = [gap, n];
  return best;
}
