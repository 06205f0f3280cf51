/**
 * YAML front matter of Markdown files ("---" lines around `symbol: A/RES/80/12`, `title: ...`,
 * `date: ...`, `language: EN`), read with the `yaml` package.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** The YAML parser, loaded by the first file with front matter: answering from a built index never needs it. */
const parseYaml = (src: string, options: import("yaml").ParseOptions & import("yaml").SchemaOptions): unknown => (require("yaml") as typeof import("yaml")).parse(src, options);

/** The front matter's fields and the text after it. */
export interface FrontMatterSplit {
  frontMatter?: Record<string, string>;
  body: string;
  warnings: string[];
}

const BLOCK = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * Splits front matter from the body. The body keeps the file's line count (the front matter's
 * lines become empty lines) so that line numbers of the body are those of the file. A block that
 * is not a YAML mapping stays in the body, with a warning, so that nothing of the file is lost.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const m = BLOCK.exec(text);
  if (!m) return { body: text, warnings: [] };
  let data: unknown;
  try {
    // The failsafe schema keeps every scalar as written: "1.10" stays "1.10", not the number 1.1.
    data = parseYaml(m[1], { schema: "failsafe" });
  } catch (e) {
    return { body: text, warnings: [`front matter is not valid YAML, kept as text: ${firstLine((e as Error).message)}`] };
  }
  const body = "\n".repeat(m[0].split("\n").length - 1) + text.slice(m[0].length);
  if (data === null || data === undefined) return { frontMatter: {}, body, warnings: [] };
  if (typeof data !== "object" || Array.isArray(data)) {
    return { body: text, warnings: ["front matter is not a list of `name: value` fields, kept as text"] };
  }
  const frontMatter: Record<string, string> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const s = asString(value);
    if (s) frontMatter[key] = s;
  }
  return { frontMatter, body, warnings: [] };
}

/** Scalars as written; lists joined by ", "; nested mappings as JSON; empty values dropped. */
function asString(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(asString).filter(Boolean).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value).trim();
}

const firstLine = (s: string) => s.split("\n")[0];
