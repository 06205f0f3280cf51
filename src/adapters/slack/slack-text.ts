/**
 * Incoming Slack text -> the plain text the assistant expects. Slack escapes &, < and > and wraps
 * mentions, channels and links in angle brackets; none of that means anything to the router.
 */

/**
 * Removes the bot's own mention, turns `<#C1|name>`, `<url|label>` and `<url>` into readable text,
 * drops other user and special mentions, decodes Slack's three entities and trims.
 * @param botUserId the bot's user id; when unknown, every user mention is removed.
 */
export function fromSlackText(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_m, inner: string) => {
      const [target, label] = splitOnce(inner, "|");
      if (target.startsWith("@")) {
        // Mentions of other people are not part of a question about documents.
        return botUserId && target.slice(1) !== botUserId ? (label ? `@${label}` : "") : "";
      }
      if (target.startsWith("#")) return label ? `#${label}` : "";
      if (target.startsWith("!")) return label ?? "";
      return label ?? target;
    })
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/[ \t\u00a0]+/g, " ")
    .trim();
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

/** Escapes the three characters Slack's mrkdwn reserves. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The reply's light markup as Slack mrkdwn: text escaped, `**bold**` -> `*bold*`. Bullets ("• ")
 * and `[n]` citation markers read well as they are.
 */
export function toMrkdwn(text: string): string {
  return escapeMrkdwn(text).replace(/\*\*(?=\S)([^\n]*?\S)\*\*/g, "*$1*");
}

/** The reply's light markup as plain text (notification fallbacks): bold markers dropped. */
export function toPlainText(text: string): string {
  return text.replace(/\*\*(?=\S)([^\n]*?\S)\*\*/g, "$1");
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * At most `max` characters (grapheme clusters) of `text`, whitespace collapsed, ending in "…"
 * when cut. Never splits a character or a surrogate pair.
 */
export function excerpt(text: string, max = 150): string {
  const flat = text.replace(/\s+/g, " ").trim();
  let count = 0;
  let cutAt = -1;
  // Iterate rather than spread: segment() of a long quote must not be materialised whole.
  for (const { index } of graphemes.segment(flat)) {
    if (count === max - 1) cutAt = index;
    if (count === max) return flat.slice(0, cutAt).trimEnd() + "…";
    count++;
  }
  return flat;
}

/**
 * Splits `text` into pieces whose `measure` is at most `max`, cutting at a space or sentence
 * punctuation where one is near the end, else between characters. For single lines too long
 * for one Block Kit text object. Linear in the length of `text` for measures that grow with it:
 * each piece is found by a binary search over a window of the text, never by re-measuring the rest.
 */
export function cutToFit(text: string, max: number, measure: (s: string) => number = (s) => s.length): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest) {
    // Grapheme boundaries of a window a little longer than a piece can be (measures such as
    // toMrkdwn may shorten text, by at most half); the window grows if it still fits.
    let window = Math.max(1, max) * 2 + 16;
    let bounds = boundaries(rest, window);
    while (bounds.length > 0 && bounds[bounds.length - 1] < rest.length && measure(rest.slice(0, bounds[bounds.length - 1])) <= max) {
      window *= 2;
      bounds = boundaries(rest, window);
    }
    if (bounds[bounds.length - 1] === rest.length && measure(rest) <= max) {
      pieces.push(rest);
      break;
    }
    // The longest prefix (at a grapheme boundary) that fits.
    let lo = 0;
    let hi = bounds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (measure(rest.slice(0, bounds[mid])) <= max) lo = mid;
      else hi = mid - 1;
    }
    const end = measure(rest.slice(0, bounds[lo])) <= max ? bounds[lo] : 0;
    let lastBreak = 0;
    for (let i = end - 1; i >= 0 && i >= end * 0.8; i--) {
      if (/[\s。；;，,．.!?！？]/.test(rest[i])) {
        lastBreak = i + 1;
        break;
      }
    }
    // Prefer a natural break in the last fifth of the piece; otherwise cut between characters.
    const cut = lastBreak > end * 0.8 ? lastBreak : Math.max(end, bounds[0] ?? 1);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return pieces;
}

/** The end offsets of the first graphemes of `text`, covering at most `chars` characters. */
function boundaries(text: string, chars: number): number[] {
  const out: number[] = [];
  const end = Math.min(chars, text.length);
  for (let j = 1; j <= end; j++) if (j === text.length || startsGrapheme(text, j)) out.push(j);
  return out;
}

const EXTENDS = /^[\p{M}\u200d\u{1F3FB}-\u{1F3FF}]/u;

/**
 * Whether a grapheme cluster can start at `j`: not inside a surrogate pair, a CR LF, or before a
 * combining mark, a joiner (or right after one) or a skin-tone modifier. Intl.Segmenter knows more
 * (regional-indicator pairs, Hangul jamo) but costs microseconds per character, too slow for long text.
 */
function startsGrapheme(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  const prev = text.charCodeAt(j - 1);
  if (c < 0x300) return !(c === 0x0a && prev === 0x0d);
  if (c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff) return false;
  if (prev === 0x200d) return false;
  return !EXTENDS.test(text.slice(j, j + 2));
}
