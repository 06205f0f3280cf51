/**
 * YAML front matter of a text or markdown file ("---\nsymbol: A/RES/80/12\ntitle: …\n---"), as
 * document pipelines write it: the fields a sidecar would give. The block itself is split off by
 * the file reader (src/knowledge/read/front-matter.ts).
 */
import { splitFrontMatter as splitBlock } from "../read/front-matter.js";

export interface FrontMatter {
  symbol?: string;
  title?: string;
  date?: string;
  language?: string;
  /** Where the text came from (source PDF or page). */
  source?: string;
}

/** The fields of a front matter mapping that describe the document. */
export function frontMatterFields(d: Record<string, string>): FrontMatter {
  const str = (k: string) => d[k]?.trim() || undefined;
  const date = str("date");
  const lang = str("language") ?? str("lang");
  return {
    symbol: str("symbol"),
    title: str("title")?.replace(/\s*[:;,]\s*$/, ""),
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
    language: lang ? lang.toLowerCase().slice(0, 2) : undefined,
    source: str("source_pdf") ?? str("source") ?? str("url"),
  };
}

/** Splits front matter off a text; the body keeps its line count so line numbers stay true. */
export function splitFrontMatter(text: string): { frontMatter?: FrontMatter; body: string } {
  const split = splitBlock(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  return { body: split.body, frontMatter: split.frontMatter ? frontMatterFields(split.frontMatter) : undefined };
}
