/**
 * Bytes of a text file to a string: UTF-8 (a byte-order mark removed), UTF-16 with its mark,
 * line ends made "\n". Bytes that are not UTF-8 are replaced or refused by policy.
 */
import { fail, type InvalidUtf8Policy, type ReadFailure } from "./types.js";
import { looksBinary, sniff } from "./sniff.js";

/** Decoded text with what was repaired. */
export interface Decoded {
  text: string;
  warnings: string[];
}

/** Stray bytes "auto" repairs: at most this many, and at most one in `AUTO_RATIO` bytes. */
const AUTO_MAX = 8;
const AUTO_RATIO = 1000;

/**
 * Decodes a text file's bytes, or says why they are not text. `declared` is an encoding the
 * file names for itself (a web page's `<meta charset>`), used when the bytes are not UTF-8.
 */
export function decodeText(bytes: Uint8Array, policy: InvalidUtf8Policy, declared?: string): Decoded | ReadFailure {
  const head = bytes.subarray(0, 8192);
  const kind = sniff(head);
  if (kind?.kind === "utf16le" || kind?.kind === "utf16be") {
    const text = new TextDecoder(kind.kind === "utf16le" ? "utf-16le" : "utf-16be").decode(bytes.subarray(2));
    return { text: normalizeLineEnds(text), warnings: [] };
  }
  if (kind && kind.kind !== "utf8-bom") return fail("binary", `the file is ${kind.label}, not text`);
  const body = kind?.kind === "utf8-bom" ? bytes.subarray(3) : bytes;
  if (looksBinary(head)) return fail("binary", "the file holds binary data (NUL or control bytes), not text");
  try {
    return { text: normalizeLineEnds(new TextDecoder("utf-8", { fatal: true }).decode(body)), warnings: [] };
  } catch {
    return decodeDeclared(body, declared) ?? decodeInvalidUtf8(body, policy);
  }
}

/** Decodes with the encoding the file declares, if it is a legacy one TextDecoder knows. */
function decodeDeclared(body: Uint8Array, declared: string | undefined): Decoded | undefined {
  if (!declared) return undefined;
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    return undefined; // an encoding TextDecoder does not know
  }
  if (decoder.encoding === "utf-8") return undefined;
  try {
    return { text: normalizeLineEnds(decoder.decode(body)), warnings: [`decoded as ${decoder.encoding}, the encoding the file declares`] };
  } catch {
    return undefined;
  }
}

/** The encoding a web page declares in its first 2 KiB (`<meta charset="gb2312">` or the http-equiv form). */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

/** Replaces or refuses a text with bytes that are not UTF-8. */
function decodeInvalidUtf8(body: Uint8Array, policy: InvalidUtf8Policy): Decoded | ReadFailure {
  const text = new TextDecoder("utf-8").decode(body);
  const bad = countReplacements(text) - countEncodedReplacementChars(body);
  const first = firstInvalidOffset(body, text);
  const where = `${bad} invalid byte sequence${bad === 1 ? "" : "s"}, the first at byte ${first}`;
  const few = bad <= AUTO_MAX && bad * AUTO_RATIO <= body.length;
  if (policy === "reject" || (policy === "auto" && !few)) {
    return fail("invalid-utf8", `the file is not UTF-8 text (${where}); save it as UTF-8`);
  }
  return { text: normalizeLineEnds(text), warnings: [`${where} replaced by U+FFFD`] };
}

const countReplacements = (s: string) => {
  let n = 0;
  for (let i = s.indexOf("\uFFFD"); i >= 0; i = s.indexOf("\uFFFD", i + 1)) n++;
  return n;
};

/** U+FFFD written in the file itself (EF BF BD) is not an error. */
const countEncodedReplacementChars = (b: Uint8Array) => {
  let n = 0;
  for (let i = b.indexOf(0xef); i >= 0 && i + 2 < b.length; i = b.indexOf(0xef, i + 1)) if (b[i + 1] === 0xbf && b[i + 2] === 0xbd) n++;
  return n;
};

/**
 * Byte offset of the first sequence that is not UTF-8: the text before the first U+FFFD the
 * decoder put in re-encodes to exactly the bytes it came from.
 */
function firstInvalidOffset(bytes: Uint8Array, decoded: string): number {
  for (let i = decoded.indexOf("\uFFFD"); i >= 0; i = decoded.indexOf("\uFFFD", i + 1)) {
    const at = Buffer.byteLength(decoded.slice(0, i));
    if (!(bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd)) return at;
  }
  return -1;
}

/** "\r\n" and lone "\r" become "\n". */
export const normalizeLineEnds = (s: string) => s.replace(/\r\n?/g, "\n");
