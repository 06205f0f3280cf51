/**
 * What reading a document file gives: its text in reading order with the structure the format
 * carries (pages of a PDF, front matter of a Markdown file, the title of a web page), or the
 * reason it cannot be read.
 */

/** File formats the index reads. */
export type DocumentFormat = "txt" | "md" | "html" | "pdf" | "docx";

/** Why a file could not be read; stable codes the ingest report can count by. */
export type ReadFailureCode =
  | "empty"
  | "binary"
  | "too-large"
  | "encrypted"
  | "image-only"
  | "invalid-utf8"
  | "unreadable"
  | "unsupported"
  | "timeout";

/** A page of a PDF as a range of the extracted text: `text.slice(start, end)` is the page. */
export interface PageSpan {
  /** 1-based page number. */
  number: number;
  start: number;
  end: number;
}

/** A file that was read. */
export interface ReadSuccess {
  ok: true;
  format: DocumentFormat;
  /**
   * The text, one block per line: headings as "# Title" (HTML and DOCX), list items as "- item"
   * or "1. item", table rows with cells separated by tabs, a blank line between paragraphs.
   * PDF lines are rebuilt from the text layer, a tab marking a wide gap between columns
   * ("Security Council\tDistr.: General"); pages are separated by a blank line.
   * Line ends are "\n"; a byte-order mark is removed.
   */
  text: string;
  /** PDF only: where each page stands in `text`, in page order. */
  pages?: PageSpan[];
  /** Markdown only: the YAML front matter, each value as a string (lists joined by ", "). */
  frontMatter?: Record<string, string>;
  /** HTML (`<title>`, else the first heading), DOCX (the first heading) or PDF (its Title property). */
  title?: string;
  /** PDF only: running heads and feet that were removed, each once, as printed (symbols among them). */
  furniture?: string[];
  /** Things the reader repaired or could not keep, for the ingest report. */
  warnings: string[];
}

/** A file that could not be read, with a reason for a person. */
export interface ReadFailure {
  ok: false;
  code: ReadFailureCode;
  reason: string;
}

export type ReadResult = ReadSuccess | ReadFailure;

/** How text files with bytes that are not UTF-8 are handled. */
export type InvalidUtf8Policy = "auto" | "reject" | "replace";

/** Options of `readDocumentFile`; every one has a default. */
export interface ReadOptions {
  /** Larger files are refused unread (default 40 MiB). */
  maxBytes?: number;
  /** A PDF whose extraction takes longer is abandoned (default 30 000 ms). */
  pdfTimeoutMs?: number;
  /** Memory the PDF extractor may use, in MiB (default 1024). */
  pdfMaxMemoryMb?: number;
  /**
   * Text files that are not valid UTF-8: "reject" refuses them; "replace" decodes with U+FFFD
   * and warns; "auto" (default) replaces a few stray bytes (at most 8 and at most 1 in 1,000
   * bytes) and refuses files in another encoding, whose text would be garbled throughout.
   */
  invalidUtf8?: InvalidUtf8Policy;
}

/** Defaults of `ReadOptions`. */
export const READ_DEFAULTS: Required<ReadOptions> = {
  maxBytes: 40 * 1024 * 1024,
  pdfTimeoutMs: 30_000,
  pdfMaxMemoryMb: 1024,
  invalidUtf8: "auto",
};

/** Builds a failure result. */
export const fail = (code: ReadFailureCode, reason: string): ReadFailure => ({ ok: false, code, reason });
