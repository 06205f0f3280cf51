/**
 * Recognizes what a file holds from its first bytes, whatever its name says, so that a PDF named
 * ".txt" or a picture among the documents is reported for what it is instead of being indexed
 * as garbage.
 */

/** Formats recognized by their signature. */
export type SniffedKind = "pdf" | "zip" | "ole" | "png" | "jpeg" | "gif" | "gzip" | "elf" | "tiff" | "utf16le" | "utf16be" | "utf8-bom";

const SIGNATURES: { kind: SniffedKind; bytes: number[]; label: string }[] = [
  { kind: "zip", bytes: [0x50, 0x4b, 0x03, 0x04], label: "a ZIP archive (DOCX, XLSX or similar)" },
  { kind: "ole", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], label: "an Office 97-2003 or password-protected Office file" },
  { kind: "png", bytes: [0x89, 0x50, 0x4e, 0x47], label: "a PNG image" },
  { kind: "jpeg", bytes: [0xff, 0xd8, 0xff], label: "a JPEG image" },
  { kind: "gif", bytes: [0x47, 0x49, 0x46, 0x38], label: "a GIF image" },
  { kind: "gzip", bytes: [0x1f, 0x8b], label: "a gzip archive" },
  { kind: "elf", bytes: [0x7f, 0x45, 0x4c, 0x46], label: "a program" },
  { kind: "tiff", bytes: [0x49, 0x49, 0x2a, 0x00], label: "a TIFF image" },
  { kind: "tiff", bytes: [0x4d, 0x4d, 0x00, 0x2a], label: "a TIFF image" },
  { kind: "utf8-bom", bytes: [0xef, 0xbb, 0xbf], label: "UTF-8 text" },
  { kind: "utf16le", bytes: [0xff, 0xfe], label: "UTF-16 text" },
  { kind: "utf16be", bytes: [0xfe, 0xff], label: "UTF-16 text" },
];

const startsWith = (buf: Uint8Array, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

/** The kind of content `head` (the file's first bytes) starts, with a label for messages. */
export function sniff(head: Uint8Array): { kind: SniffedKind; label: string } | undefined {
  // PDF files may carry a few bytes of junk before the header; readers accept it in the first 1 KiB.
  if (findAscii(head.subarray(0, 1024), "%PDF-") >= 0) return { kind: "pdf", label: "a PDF file" };
  const hit = SIGNATURES.find((s) => startsWith(head, s.bytes));
  return hit && { kind: hit.kind, label: hit.label };
}

/** Index of an ASCII string in bytes, or -1. */
export function findAscii(buf: Uint8Array, s: string): number {
  const first = s.charCodeAt(0);
  outer: for (let i = buf.indexOf(first); i >= 0 && i <= buf.length - s.length; i = buf.indexOf(first, i + 1)) {
    for (let j = 1; j < s.length; j++) if (buf[i + j] !== s.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/**
 * Whether bytes without a byte-order mark look binary: a NUL byte, or more than 1 in 10 bytes
 * being control characters other than tab, line feed, form feed and carriage return.
 */
export function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}
