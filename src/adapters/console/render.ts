/**
 * Terminal rendering of a Reply: the answer, then its sources one line per document (symbol or
 * title, date, paragraphs) with the sentence that states the fact and the official document's link.
 * `passages` prints every cited passage whole instead of the one sentence.
 */
import type { Reply } from "../../core/types.js";
import { identityText, labelIn, sourceLines } from "../../present/sources.js";

const bold = (s: string, color: boolean) => (color ? s.replace(/\*\*(.+?)\*\*/g, "\x1b[1m$1\x1b[22m") : s.replace(/\*\*(.+?)\*\*/g, "$1"));
const dim = (s: string, color: boolean) => (color ? `\x1b[2m${s}\x1b[22m` : s);

export interface TerminalOptions {
  /** ANSI bold and dim. */
  color?: boolean;
  /** Every cited passage in full (the console's "show passages"). */
  passages?: boolean;
}

/** Renders a reply for a terminal. */
export function renderForTerminal(reply: Reply, opts: TerminalOptions = {}): string {
  const color = opts.color ?? false;
  const out = [bold(reply.text, color)];
  const lines = sourceLines(reply);
  if (lines.length) {
    out.push("", reply.lang === "zh" ? "出处：" : "Sources:");
    for (const line of lines) {
      out.push(identityText({ ...line, label: labelIn(line.label, reply.lang), title: line.title && labelIn(line.title, reply.lang) }, reply.lang));
      if (opts.passages) for (const p of line.passages) out.push(dim(`    [${p.n}]${p.place ? ` ${p.place}` : ""}: “${p.text}”`, color));
      else if (line.excerpt) out.push(dim(`    “${line.excerpt}”`, color));
      if (line.url) out.push(dim(`    ${line.url}`, color));
    }
  }
  return out.join("\n");
}
