/**
 * The real corpus (data/documents, data/terms) and the English fixture, loaded through
 * the public API once per test file.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildIndexFromTexts, loadIndex, type LoadedIndex } from "../../src/knowledge/load.js";
import { loadGlossary, type Glossary } from "../../src/knowledge/glossary.js";
import type { KnowledgeIndex, ParsedDocument, Passage } from "../../src/knowledge/model.js";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const documentsDir = `${root}data/documents`;
export const glossaryDir = `${root}data/terms`;
export const englishDir = `${root}test/fixtures/documents-en`;
export const englishFile = "cac-cosp-wg4-2025-2.txt";

/** File stems of the five documents. */
export const DOC = {
  backgroundPaper2020: "000_3bc8d7f2d14a8734",
  annotatedAgenda2024: "001_7da0608a8050477c",
  cospReport2023: "002_239063d6d1915bac",
  draftReport2019: "003_1b44873261f91498",
  irgReport2021: "004_f9de4079a39ee76a",
} as const;

export const ALL_DOCS = Object.values(DOC);

let loading: Promise<LoadedIndex> | undefined;

/** The real index, uncached on disk, built once per test file. */
export function corpus(): Promise<LoadedIndex> {
  loading ??= loadIndex({ documentsDir, glossaryDir });
  return loading;
}

let glossary: Glossary | undefined;
export function realGlossary(): Glossary {
  glossary ??= loadGlossary(glossaryDir);
  return glossary;
}

export function sourceText(docId: string): string {
  return readFileSync(`${documentsDir}/${docId}.txt`, "utf8");
}

export function englishText(): string {
  return readFileSync(`${englishDir}/${englishFile}`, "utf8");
}

/** An index over the English fixture alone. */
export function englishIndex(): KnowledgeIndex {
  return buildIndexFromTexts([{ file: englishFile, text: englishText() }], realGlossary());
}

export function doc(index: KnowledgeIndex, docId: string): ParsedDocument {
  const d = index.document(docId);
  if (!d) throw new Error(`document ${docId} is not in the index`);
  return d;
}

/** The passage of a document with the given locator ("27", "2(a)(四)", "annex, row 2024-09-05 10:00"). */
export function at(index: KnowledgeIndex, docId: string, locator: string): Passage {
  const p = doc(index, docId).passages.find((x) => x.locator === locator);
  if (!p) throw new Error(`${docId} has no passage at ${locator}`);
  return p;
}

/** Passage id of a numbered paragraph. */
export function para(index: KnowledgeIndex, docId: string, n: number): string {
  return at(index, docId, String(n)).id;
}
