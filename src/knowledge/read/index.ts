/**
 * Reads document files of every format the index takes (.txt, .md, .html, .pdf, .docx) into
 * text with the structure the format carries, or says why a file cannot be read. Nothing here
 * throws on bad input: an empty, binary, oversized, encrypted, scanned or garbled file gives
 * `{ ok: false, code, reason }`, and a PDF that makes the extractor hang is stopped after a
 * time limit.
 */
import { open, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { declaredHtmlCharset, decodeText } from "./decode.js";
import { readDocx } from "./docx.js";
import { splitFrontMatter } from "./front-matter.js";
import { closePdfWorker } from "./pdf/extract.js";
import { readPdf } from "./pdf/read-pdf.js";
import { findAscii, sniff } from "./sniff.js";
import { fail, READ_DEFAULTS, type DocumentFormat, type ReadOptions, type ReadResult } from "./types.js";

export type { DocumentFormat, InvalidUtf8Policy, PageSpan, ReadFailure, ReadFailureCode, ReadOptions, ReadResult, ReadSuccess } from "./types.js";
export { READ_DEFAULTS } from "./types.js";

const FORMATS: Record<string, DocumentFormat> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".pdf": "pdf",
  ".docx": "docx",
};

/** File name endings the readers take, lower case with the dot. */
export const DOCUMENT_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

/** The format a file name says, or undefined for a file the index does not read. */
export function formatOf(fileName: string): DocumentFormat | undefined {
  // `extname` without its path parsing: a start lists every file of the corpus through here.
  // The ending from the last dot of the name, unless that dot begins the name (".txt" has none).
  const dot = fileName.lastIndexOf(".");
  if (dot <= fileName.lastIndexOf("/") + 1 || fileName.length - dot > 9) return undefined;
  const ext = fileName.slice(dot).toLowerCase();
  return Object.hasOwn(FORMATS, ext) ? FORMATS[ext] : undefined;
}

/** Reads a document file. Never throws for bad input; see `ReadResult`. */
export async function readDocumentFile(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const opts = { ...READ_DEFAULTS, ...options };
  const format = formatOf(path);
  if (!format) return unsupported(path);
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) return fail("unreadable", "not a file");
    size = s.size;
  } catch (e) {
    return fail("unreadable", `cannot open the file: ${(e as Error).message}`);
  }
  if (size === 0) return fail("empty", "the file is empty");
  if (size > opts.maxBytes) return tooLarge(size, opts.maxBytes);
  let bytes: Buffer;
  try {
    bytes = await readAtMost(path, opts.maxBytes + 1);
  } catch (e) {
    return fail("unreadable", `cannot read the file: ${(e as Error).message}`);
  }
  return readDocument(bytes, basename(path), options);
}

/**
 * Reads a document from its bytes, its format taken from `fileName`, for callers that already
 * hold them (to hash the content, say). Never throws for bad input.
 */
export async function readDocument(bytes: Buffer, fileName: string, options: ReadOptions = {}): Promise<ReadResult> {
  const opts = { ...READ_DEFAULTS, ...options };
  const format = formatOf(fileName);
  if (!format) return unsupported(fileName);
  if (bytes.length === 0) return fail("empty", "the file is empty");
  if (bytes.length > opts.maxBytes) return tooLarge(bytes.length, opts.maxBytes);
  try {
    return await readAs(format, bytes, opts);
  } catch (e) {
    // A reader library failing on input it should have refused cleanly is still only this file's problem.
    return fail("unreadable", `the ${format.toUpperCase()} reader failed: ${(e as Error).message}`);
  }
}

/** Ends the PDF worker thread (idle workers never keep a process alive, so this is optional). */
export async function closeDocumentReaders(): Promise<void> {
  await closePdfWorker();
}

async function readAs(format: DocumentFormat, bytes: Buffer, opts: Required<ReadOptions>): Promise<ReadResult> {
  const kind = sniff(bytes.subarray(0, 1024));
  if (format === "pdf") {
    if (kind?.kind !== "pdf") return fail("unreadable", `not a PDF file: ${kind ? `the file is ${kind.label}` : "it does not start with %PDF-"}`);
    return readPdf(bytes, { timeoutMs: opts.pdfTimeoutMs, maxMemoryMb: opts.pdfMaxMemoryMb });
  }
  if (format === "docx") {
    if (kind?.kind === "ole") return oleAsDocx(bytes);
    if (kind?.kind !== "zip") return fail("unreadable", `not a DOCX file: ${kind ? `the file is ${kind.label}` : "it is not a ZIP package"}`);
    return readDocx(bytes);
  }
  const decoded = decodeText(bytes, opts.invalidUtf8, format === "html" ? declaredHtmlCharset(bytes) : undefined);
  if ("ok" in decoded) return decoded;
  const { text, warnings } = decoded;
  if (format === "html") {
    // htmlparser2 (and the entity tables it builds on import) only for a page being read.
    const { htmlToText } = await import("./html.js");
    const page = htmlToText(text);
    if (!page.text.trim()) return fail("empty", "the page holds no text");
    return { ok: true, format, text: page.text, ...(page.title ? { title: page.title } : {}), warnings };
  }
  if (format === "md") {
    const split = splitFrontMatter(text);
    if (!split.body.trim()) return fail("empty", split.frontMatter ? "the file holds front matter and no text" : "the file holds only white space");
    return { ok: true, format, text: split.body, ...(split.frontMatter ? { frontMatter: split.frontMatter } : {}), warnings: [...warnings, ...split.warnings] };
  }
  if (!text.trim()) return fail("empty", "the file holds only white space");
  return { ok: true, format, text, warnings };
}

/** An Office compound file named .docx: a password-protected DOCX, or an old .doc renamed. */
function oleAsDocx(bytes: Buffer): ReadResult {
  // Office keeps an encrypted DOCX inside a compound file with an "EncryptionInfo" stream (names in UTF-16LE).
  if (findAscii(bytes, "E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0") >= 0) return fail("encrypted", "the DOCX file is protected with a password; save a copy without the password");
  return fail("unsupported", "the file is a Word 97-2003 document (.doc) named .docx; save it as .docx");
}

function unsupported(fileName: string): ReadResult {
  const ext = extname(fileName).toLowerCase() || "(no extension)";
  const hint = ext === ".doc" ? "; save it as .docx" : ext === ".rtf" || ext === ".odt" ? "; save it as .docx or .pdf" : "";
  return fail("unsupported", `files ending ${ext} are not read (the index reads ${DOCUMENT_EXTENSIONS.join(", ")})${hint}`);
}

function tooLarge(size: number, max: number): ReadResult {
  return fail("too-large", `the file is ${formatSize(size)}, over the ${formatSize(max)} limit`);
}

const formatSize = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} bytes`);

/** Reads at most `limit` bytes, so a file that grew after it was measured cannot exhaust memory. */
async function readAtMost(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
