/**
 * Loads the corpus: every text file in the documents folder (with its optional sidecar) is
 * parsed; a document that cannot be parsed is reported with its file name and reason and the
 * others are still indexed. The built index is cached, versioned and keyed by a hash of the
 * documents, the glossary and the parser, and rebuilt when any of them changes.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { KnowledgeIndex, ParsedDocument, SkippedDocument } from "./model.js";
import { createGlossary, loadGlossary, type Glossary } from "./glossary.js";
import { parseDocument } from "./parse/parse-document.js";
import { parseSidecar } from "./parse/sidecar.js";
import { buildIndexData, createKnowledgeIndex, type IndexData } from "./build.js";

/** Bump when parsing or extraction changes the index's content or shape. */
export const INDEX_VERSION = 4;

export interface LoadIndexConfig {
  /** One folder or several, each read recursively. */
  documentsDir: string | string[];
  glossaryFile: string;
  /** Where the built index is cached; no caching when omitted. */
  cacheDir?: string;
  /** Ignore a cached index and rebuild. */
  rebuild?: boolean;
  /** Progress for long builds (file name, done, total). */
  onProgress?: (file: string, done: number, total: number) => void;
}

export interface LoadedIndex {
  index: KnowledgeIndex;
  glossary: Glossary;
  /** Whether the index came from the cache. */
  fromCache: boolean;
  cacheFile?: string;
  hash: string;
}

interface SourceFile {
  file: string;
  text: string;
  sidecar?: string;
}

/** Document files the index reads; `.meta.json` sidecars go with the file of the same stem. */
const DOCUMENT_FILE = /\.(txt|md)$/i;

/** A folder's own notes (README, SOURCES, LICENSE, CHANGELOG) are not meeting documents. */
const NOT_DOCUMENTS = /^(?:README|SOURCES|LICENSE|LICENCE|CHANGELOG|NOTICE)(?:\.[a-z]+)?$/i;

/** Every file below a folder, recursively, in a stable order. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

/**
 * Reads the documents folders (each recursively): text and markdown files with their
 * `*.meta.json` sidecars. File names are the documents' ids; a name used twice gets its folder.
 */
export function readCorpus(documentsDirs: string | string[]): SourceFile[] {
  const dirs = Array.isArray(documentsDirs) ? documentsDirs : [documentsDirs];
  const out: SourceFile[] = [];
  const seen = new Set<string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) throw new Error(`Documents folder not found: ${dir} (set DOCUMENTS_DIR to the folders that hold the documents, separated by ":")`);
    const paths = walk(dir);
    const all = new Set(paths);
    for (const path of paths) {
      if (!DOCUMENT_FILE.test(path) || NOT_DOCUMENTS.test(basename(path))) continue;
      const sidecarPath = path.replace(/\.[^./]+$/, ".meta.json");
      let file = basename(path);
      if (seen.has(file)) file = relative(dir, path).split(sep).join("_");
      seen.add(file);
      out.push({ file, text: readFileSync(path, "utf8"), sidecar: all.has(sidecarPath) ? readFileSync(sidecarPath, "utf8") : undefined });
    }
  }
  return out;
}

/** Parses source files, collecting the ones that fail with their reason. */
export function parseCorpus(files: SourceFile[], glossary: Glossary, onProgress?: LoadIndexConfig["onProgress"]): { documents: ParsedDocument[]; skipped: SkippedDocument[] } {
  const documents: ParsedDocument[] = [];
  const skipped: SkippedDocument[] = [];
  const places = glossary.data.venues.flatMap((v) => [v.zh, v.en]).filter(Boolean);
  files.forEach((f, i) => {
    try {
      const sidecar = f.sidecar !== undefined ? parseSidecar(f.sidecar, f.file.replace(/\.[^.]+$/, ".meta.json")) : undefined;
      const doc = parseDocument(f.text, { file: f.file, sidecar, places, resolveBody: (n) => glossary.resolveBodyName(n) });
      doc.meta.body ??= bodyOfUncoveredDocument(doc, glossary);
      documents.push(doc);
    } catch (e) {
      skipped.push({ file: f.file, reason: (e as Error).message.replace(`${f.file}: `, "") });
    }
    onProgress?.(f.file, i + 1, files.length);
  });
  return { documents, skipped };
}

/**
 * A document whose cover names no body: the body whose symbol prefix its symbol carries, else
 * the body its opening lines name first.
 */
function bodyOfUncoveredDocument(doc: ParsedDocument, glossary: Glossary): string | undefined {
  const symbol = doc.meta.symbol;
  if (symbol) {
    const byPrefix = glossary
      .bodies()
      .filter((b) => b.symbolPrefix && (symbol.startsWith(`${b.symbolPrefix}/`) || symbol === b.symbolPrefix))
      .sort((a, b) => (b.symbolPrefix ?? "").length - (a.symbolPrefix ?? "").length)[0];
    if (byPrefix) return byPrefix.id;
  }
  const opening = doc.passages.slice(0, 4).map((p) => p.text).join("\n").slice(0, 500);
  return glossary.findBodies(opening)[0]?.id;
}

/** Loads the index, from the cache when it is current. */
export async function loadIndex(config: LoadIndexConfig): Promise<LoadedIndex> {
  const glossaryText = readFileSync(config.glossaryFile, "utf8");
  const glossary = loadGlossary(config.glossaryFile);
  const files = readCorpus(config.documentsDir);
  const h = createHash("sha256");
  h.update(`v${INDEX_VERSION}\0`).update(glossaryText);
  for (const f of files) h.update(`\0${f.file}\0${f.text}\0${f.sidecar ?? ""}`);
  const hash = h.digest("hex").slice(0, 16);

  const cacheFile = config.cacheDir ? join(config.cacheDir, `index-v${INDEX_VERSION}-${hash}.json`) : undefined;
  if (cacheFile && !config.rebuild && existsSync(cacheFile)) {
    try {
      const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as { version: number; hash: string; data: IndexData };
      if (cached.version === INDEX_VERSION && cached.hash === hash) {
        return { index: createKnowledgeIndex(cached.data, glossary), glossary, fromCache: true, cacheFile, hash };
      }
    } catch {
      // An unreadable cache is rebuilt below.
    }
  }
  const { documents, skipped } = parseCorpus(files, glossary, config.onProgress);
  const data = buildIndexData(documents, skipped, glossary);
  if (cacheFile) {
    mkdirSync(config.cacheDir!, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: INDEX_VERSION, hash, data }));
    renameSync(tmp, cacheFile);
    // Older builds of the index are of no further use.
    for (const f of readdirSync(config.cacheDir!)) {
      if (/^index-v\d+-[0-9a-f]+\.json$/.test(f) && join(config.cacheDir!, f) !== cacheFile) rmSync(join(config.cacheDir!, f), { force: true });
    }
  }
  return { index: createKnowledgeIndex(data, glossary), glossary, fromCache: false, cacheFile, hash };
}

/** Convenience for callers that only need the query API. */
export async function loadKnowledgeIndex(config: LoadIndexConfig): Promise<KnowledgeIndex> {
  return (await loadIndex(config)).index;
}

/** Builds an index from in-memory texts (tests, benchmarks). */
export function buildIndexFromTexts(files: SourceFile[], glossary: Glossary | Parameters<typeof createGlossary>[0]): KnowledgeIndex {
  const g = "resolveBodyName" in glossary ? (glossary as Glossary) : createGlossary(glossary as Parameters<typeof createGlossary>[0]);
  const { documents, skipped } = parseCorpus(files, g);
  return createKnowledgeIndex(buildIndexData(documents, skipped, g), g);
}
