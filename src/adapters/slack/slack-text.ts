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
 * for one Block Kit text object.
 */
export function cutToFit(text: string, max: number, measure: (s: string) => number = (s) => s.length): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (measure(rest) > max) {
    let end = 0;
    let lastBreak = 0;
    for (const { segment, index } of graphemes.segment(rest)) {
      const next = index + segment.length;
      if (measure(rest.slice(0, next)) > max) break;
      end = next;
      if (/[\s。；;，,．.!?！？]/.test(segment)) lastBreak = next;
    }
    // Prefer a natural break in the last fifth of the piece; otherwise cut between characters.
    const cut = lastBreak > end * 0.8 ? lastBreak : Math.max(end, 1);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
