/**
 * The baseline the product's search is compared with: MiniSearch over the same passages, with
 * a tokenizer fit for Chinese (Intl.Segmenter words) so neither side is crippled by splitting
 * Chinese on spaces, which would make every sentence one giant token.
 */
import MiniSearch, { type Options } from "minisearch";
import { readFileSync, writeFileSync } from "node:fs";
import type { Passage } from "../src/knowledge/model.js";
import { timed } from "./stats.js";

/** What MiniSearch indexes for a passage. */
export interface BaselineDoc {
  id: string;
  text: string;
}

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** Word tokens of a text by Intl.Segmenter (iterated, never spread: each segment copies the input). */
export function segmenterTokens(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
}

/** MiniSearch options: one text field, Segmenter words, lower-cased; prefix and fuzzy off (like BM25). */
export const baselineOptions: Options<BaselineDoc> = {
  fields: ["text"],
  idField: "id",
  tokenize: segmenterTokens,
  processTerm: (t) => t.toLowerCase(),
  searchOptions: { tokenize: segmenterTokens, processTerm: (t) => t.toLowerCase() },
};

/**
 * The text a passage is searched by, as the product indexes it: its own text and the heading
 * just above it.
 */
export const baselineDoc = (p: Passage): BaselineDoc => ({ id: p.id, text: `${p.text}\n${p.headingPath.slice(-1).join(" ")}` });

export interface BaselineMeasures {
  buildMs: number;
  buildCpuMs: number;
  /** Bytes of `JSON.stringify(miniSearch)` (what one would cache on disk). */
  serializedBytes: number;
  /** Reading the serialized index from disk and `MiniSearch.loadJSON`. */
  loadMs: number;
  loadCpuMs: number;
  index: MiniSearch<BaselineDoc>;
}

/** Builds the baseline, writes it to `file` and loads it back, timing each step. */
export async function buildBaseline(docs: readonly BaselineDoc[], file: string): Promise<BaselineMeasures> {
  const built = await timed(() => {
    const ms = new MiniSearch<BaselineDoc>(baselineOptions);
    ms.addAll(docs);
    return ms;
  });
  const json = JSON.stringify(built.value);
  writeFileSync(file, json);
  const serializedBytes = Buffer.byteLength(json);
  const loaded = await timed(() => MiniSearch.loadJSON<BaselineDoc>(readFileSync(file, "utf8"), baselineOptions));
  return { buildMs: built.ms, buildCpuMs: built.cpuMs, serializedBytes, loadMs: loaded.ms, loadCpuMs: loaded.cpuMs, index: loaded.value };
}

/** Top hits of a query (MiniSearch ranks every match; the product returns its top 10). */
export function baselineSearch(index: MiniSearch<BaselineDoc>, query: string, limit = 10): { id: string; score: number }[] {
  return index.search(query).slice(0, limit).map((r) => ({ id: String(r.id), score: r.score }));
}
