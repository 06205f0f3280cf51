/**
 * RFC 5545 text helpers: TEXT escaping, 75-octet line folding that never splits a UTF-8
 * character, and CRLF line endings.
 */

/** Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds a content line into chunks of at most 75 octets, continuation lines starting with one
 * space (RFC 5545 §3.1). Cuts fall between characters, never inside a multi-byte one.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  // The first line holds 75 octets; each continuation line 74 after its leading space.
  let limit = 75;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8");
    if (octets + size > limit) {
      out.push(current);
      current = " ";
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n");
}

/** Joins content lines into an iCalendar stream: folded, CRLF-terminated. */
export function serializeLines(lines: string[]): string {
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
