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

/**
 * Builds the real assistant over the bundled documents (or the folders given), caching its index
 * in a temp folder. For the standard corpora that folder starts as a copy of the cache built once
 * per run (test/fixtures/index-templates.ts), so the index is loaded rather than built again.
 */
export async function createTestAssistant(documentsDirs?: string[]): Promise<TestAssistant> {
  const cacheDir = await mkdtemp(join(tmpdir(), "assistant-cache-"));
  const template = inject("indexTemplates")?.[standardCorpusOf(documentsDirs ?? standardCorpora.bundled) ?? ""];
  if (template) await cp(template, cacheDir, { recursive: true });
  const folders = documentsDirs ? { DOCUMENTS_DIR: documentsDirs.join(":") } : {};
  const config = loadConfig({ ...process.env, ...folders, LOG_LEVEL: "silent", CACHE_DIR: cacheDir }, repoRoot);
  const assistant = await createAssistant({ config, now: testNow });
  return {
    assistant,
    // A fresh thread per question unless one is named, so no test leans on another's context.
    ask: (text, thread = `t${++threads}`) => assistant.handle({ text, conversation: { platform: "console", id: "t", thread } }),
    cleanup: () => rm(cacheDir, { recursive: true, force: true }),
  };
}

/**
 * One test assistant for the calling test file (over the bundled documents, or the folders
 * given), built before its tests and removed after them; returns its `ask`.
 */
export function useTestAssistant(documentsDirs?: string[]): (text: string, thread?: string) => Promise<Reply> {
  let t: TestAssistant;
  beforeAll(async () => {
    t = await createTestAssistant(documentsDirs);
  }, 180_000);
  afterAll(() => t.cleanup());
  return (text, thread) => t.ask(text, thread);
}
