/**
 * Terminal rendering of a Reply: the answer, then numbered sources with the quoted passage.
 */
import type { Reply } from "../../core/types.js";
import { plainText } from "../../knowledge/text.js";

const bold = (s: string, color: boolean) => (color ? s.replace(/\*\*(.+?)\*\*/g, "\x1b[1m$1\x1b[22m") : s.replace(/\*\*(.+?)\*\*/g, "$1"));
const dim = (s: string, color: boolean) => (color ? `\x1b[2m${s}\x1b[22m` : s);

/** Renders a reply for a terminal; `color` adds ANSI bold and dim. */
export function renderForTerminal(reply: Reply, opts: { color?: boolean; maxQuote?: number } = {}): string {
  const color = opts.color ?? false;
  const max = opts.maxQuote ?? 400;
  const out = [bold(reply.text, color)];
  if (reply.citations.length) {
    out.push("", reply.lang === "zh" ? "出处：" : "Sources:");
    reply.citations.forEach((c, i) => {
      // Shown without markup; the citation itself keeps the passage exactly as in the source.
      const quote = plainText(c.quote).replace(/\s+/g, " ").trim();
      out.push(`[${i + 1}] ${c.document}, ${/^\d+$/.test(c.paragraph ?? "") ? `¶ ${c.paragraph}` : c.paragraph ?? ""} (${c.file})`);
      out.push(dim(`    “${quote.length > max ? `${quote.slice(0, max)}…` : quote}”`, color));
    });
  }
  return out.join("\n");
}
