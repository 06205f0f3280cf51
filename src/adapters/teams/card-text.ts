/**
 * The answer's light markup (`**bold**`, "• " bullets, `[n]` markers) as Adaptive Card
 * TextBlocks. Teams renders a Markdown subset in TextBlocks: `**bold**` is understood as is, and
 * one TextBlock per line keeps line structure (Teams collapses single newlines inside a block).
 */

/** An Adaptive Card TextBlock (only the properties used here). */
export interface TextBlock {
  type: "TextBlock";
  text: string;
  wrap: true;
  spacing?: "None" | "Small" | "Medium";
  weight?: "Bolder";
  color?: "Attention" | "Accent";
  isSubtle?: boolean;
  size?: "Medium";
}

const EM_SPACE = "\u2003";

/** One TextBlock per non-empty line; a blank line becomes extra spacing. */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let afterBlank = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      afterBlank = blocks.length > 0;
      continue;
    }
    // Nested bullets are indented with spaces, which Markdown drops; em spaces survive.
    const indent = Math.floor((raw.length - raw.trimStart().length) / 2);
    const block: TextBlock = { type: "TextBlock", text: EM_SPACE.repeat(indent) + line, wrap: true };
    if (blocks.length > 0) block.spacing = afterBlank ? "Medium" : "None";
    blocks.push(block);
    afterBlank = false;
  }
  return blocks;
}

/** The text without markup, for notifications and hosts that cannot show cards. */
export function plainText(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/gs, "$1").trim();
}

/** Shortens to at most `max` characters (code points), ending with "…" when cut. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, Math.max(0, max - 1)).join("") + "…";
}

/**
 * Splits a text into pieces of at most `maxBytes` UTF-8 bytes, preferring to break after
 * sentence ends (". ", "。") and spaces. Used only for a paragraph too large for one card.
 */
export function splitByBytes(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (Buffer.byteLength(rest, "utf8") > maxBytes) {
    const chars = Array.from(rest);
    let bytes = 0;
    let cut = 0;
    while (cut < chars.length && bytes + Buffer.byteLength(chars[cut], "utf8") <= maxBytes) bytes += Buffer.byteLength(chars[cut++], "utf8");
    const head = chars.slice(0, cut).join("");
    const soft = Math.max(head.lastIndexOf("。"), head.lastIndexOf(". "), head.lastIndexOf("；"), head.lastIndexOf(" "));
    const at = soft > head.length / 2 ? soft + 1 : head.length;
    pieces.push(head.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
