/**
 * One real assistant per test file: the real router, registry and commands over the index built
 * from data/documents, with a private cache folder so files never share cache files.
 */
import { afterAll, beforeAll, inject } from "vitest";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot, standardCorpora, standardCorpusOf } from "../fixtures/corpora.js";
import { createAssistant } from "../../src/app/create-assistant.js";
import { loadConfig } from "../../src/core/config.js";
import { loadIndex } from "../../src/knowledge/load.js";
import type { Assistant } from "../../src/core/assistant.js";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import type { Reply } from "../../src/core/types.js";

export { repoRoot };

/** The clock every conversation test runs at: the Sunday before the 15th meeting opens. */
export const testNow = () => new Date("2024-09-01T08:00:00Z");

export interface TestAssistant {
  assistant: Assistant & { index: KnowledgeIndex };
  /** Sends text in a console conversation; the same thread shares follow-up context. */
  ask(text: string, thread?: string): Promise<Reply>;
  cleanup(): Promise<void>;
}

let threads = 0;

/** The bundled documents and the copies of the real UN documents, as DOCUMENTS_DIR folders. */
export const withRealDocuments = [...standardCorpora.withReal];
/** Those, and the Security Council draft resolutions in PDF (test/fixtures/pdf). */
export const withPdfDocuments = [...standardCorpora.withPdf];

/**
 * The index of a standard corpus, loaded once per worker from the worker's own copy of the
 * template built for the run (test/fixtures/index-templates.ts), as a restarted server loads it:
 * the test files a worker runs share it, and what it works out once per build (lookups by
 * meeting, the texts that weigh a concept) is worked out once. The copy stays until the run ends,
 * as the index reads passages from it when they are first asked for.
 */
const standardIndexes = new Map<string, Promise<KnowledgeIndex>>();
function standardIndex(corpus: keyof typeof standardCorpora, template: string): Promise<KnowledgeIndex> {
  let index = standardIndexes.get(corpus);
  if (!index) {
    index = (async () => {
      const cacheDir = await mkdtemp(join(inject("runScratch") ?? tmpdir(), `${corpus}-index-`));
      await cp(template, cacheDir, { recursive: true });
      const config = loadConfig({ ...process.env, DOCUMENTS_DIR: standardCorpora[corpus].join(":"), LOG_LEVEL: "silent", CACHE_DIR: cacheDir }, repoRoot);
      return (await loadIndex({ documentsDir: config.documentsDirs, glossaryDir: config.glossaryDir, cacheDir })).index;
    })();
    standardIndexes.set(corpus, index);
  }
  return index;
}

/**
 * Builds the real assistant over the bundled documents (or the folders given), with a private
 * cache folder. Over a standard corpus it answers from the worker's loaded index of it (see
 * `standardIndex`); over other folders it builds its own index into that folder.
 */
export async function createTestAssistant(documentsDirs?: string[], opts: { now?: () => Date } = {}): Promise<TestAssistant> {
  const cacheDir = await mkdtemp(join(tmpdir(), "assistant-cache-"));
  const corpus = standardCorpusOf(documentsDirs ?? standardCorpora.bundled);
  const template = corpus && inject("indexTemplates")?.[corpus];
  const folders = documentsDirs ? { DOCUMENTS_DIR: documentsDirs.join(":") } : {};
  const config = loadConfig({ ...process.env, ...folders, LOG_LEVEL: "silent", CACHE_DIR: cacheDir }, repoRoot);
  const assistant = await createAssistant({ config, now: opts.now ?? testNow, index: corpus && template ? await standardIndex(corpus, template) : undefined });
  return {
    assistant,
    // A fresh thread per question unless one is named, so no test leans on another's context.
    ask: (text, thread = `t${++threads}`) => assistant.handle({ text, conversation: { platform: "console", id: "t", thread } }),
    cleanup: () => rm(cacheDir, { recursive: true, force: true }),
  };
}

/**
 * One test assistant for the calling test file (over the bundled documents, or the folders
 * given; `now`, the clock, else `testNow`), built before its tests and removed after them; returns its `ask`.
 */
export function useTestAssistant(documentsDirs?: string[], opts: { now?: () => Date } = {}): (text: string, thread?: string) => Promise<Reply> {
  let t: TestAssistant;
  beforeAll(async () => {
    t = await createTestAssistant(documentsDirs, opts);
  }, 180_000);
  afterAll(() => t.cleanup());
  return (text, thread) => t.ask(text, thread);
}
