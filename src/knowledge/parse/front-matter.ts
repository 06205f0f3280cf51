/**
 * YAML front matter of a text or markdown file ("---\nsymbol: A/RES/80/12\ntitle: …\n---"), as
 * document pipelines write it: read into the same fields a sidecar gives.
 */
import { parse as parseYaml } from "yaml";

export interface FrontMatter {
  symbol?: string;
  title?: string;
  date?: string;
  language?: string;
  /** Where the text came from (source PDF or page). */
  source?: string;
}

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits front matter off a text; the body keeps its line count so line numbers stay true. */
export function splitFrontMatter(text: string): { frontMatter?: FrontMatter; body: string; warning?: string } {
  const m = text.match(FENCE);
  if (!m) return { body: text };
  const blank = "\n".repeat(m[0].split("\n").length - 1);
  let data: unknown;
  try {
    data = parseYaml(m[1]);
  } catch (e) {
    return { body: blank + text.slice(m[0].length), warning: `front matter is not valid YAML (${(e as Error).message.split("\n")[0]})` };
  }
  if (!data || typeof data !== "object") return { body: blank + text.slice(m[0].length) };
  const d = data as Record<string, unknown>;
  const str = (k: string) => (typeof d[k] === "string" || typeof d[k] === "number" ? String(d[k]).trim() : undefined) || undefined;
  const date = str("date");
  const lang = str("language") ?? str("lang");
  return {
    body: blank + text.slice(m[0].length),
    frontMatter: {
      symbol: str("symbol"),
      title: str("title")?.replace(/\s*[:;,]\s*$/, ""),
      date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
      language: lang ? lang.toLowerCase().slice(0, 2) : undefined,
      source: str("source_pdf") ?? str("source") ?? str("url"),
    },
  };
}
