/**
 * DOCX files through mammoth: the document as HTML (headings, numbered and bulleted lists,
 * tables, footnotes), then the same block text as web pages.
 */
import { fail, type ReadResult } from "./types.js";

/** Reads a DOCX file's bytes. */
export async function readDocx(bytes: Buffer): Promise<ReadResult> {
  let html: string;
  let messages: { type: string; message: string }[];
  // mammoth (and the zip and XML readers it requires) is loaded when a DOCX file is read, not by
  // every process that answers from the index.
  const { default: mammoth } = await import("mammoth");
  try {
    ({ value: html, messages } = await mammoth.convertToHtml({ buffer: bytes }));
  } catch (e) {
    return fail("unreadable", `not a readable DOCX file: ${(e as Error).message}`);
  }
  const { htmlToText } = await import("./html.js");
  const { text, title } = htmlToText(html);
  if (!text.trim()) return fail("empty", "the DOCX file holds no text");
  // mammoth warns about every style it has no mapping for; those change nothing in the text.
  const warnings = messages.filter((m) => m.type !== "info" && !/unrecognised (paragraph|run|table) style/i.test(m.message)).map((m) => m.message);
  return { ok: true, format: "docx", text, ...(title ? { title } : {}), warnings };
}
