/**
 * Composition root of the assistant core: loads the document index, the command registry and
 * the router, and exposes the `Assistant` that every adapter talks to.
 */
import type { AppConfig } from "./config.js";
import type { Assistant } from "./assistant.js";
import type { Store } from "../store/types.js";
import type { KnowledgeIndex } from "../knowledge/model.js";
import type { AnswerWording } from "./wording.js";
import { createLogger, type Logger } from "./log.js";
import { createThreadMemory } from "./memory.js";
import { createRouter } from "./router.js";
import { detectLanguage } from "../answer/understand.js";
import { loadIndex } from "../knowledge/load.js";
import { createLiveIndex } from "../knowledge/live.js";
import { watchCorpus } from "../knowledge/watch.js";
import { registry } from "../../commands/index.js";

export interface AssistantOptions {
  config: AppConfig;
  store?: Store;
  logger?: Logger;
  now?: () => Date;
  /** A prebuilt index (tests, benchmarks); loaded from config.documentsDir otherwise. */
  index?: KnowledgeIndex;
  /** Rewording of free answers; see src/answer/llm.ts. */
  wording?: AnswerWording;
  /** Watch the documents folders and serve a new build when a file is added, changed or removed. */
  watch?: boolean;
}

/** Creates the assistant over the configured documents. */
export async function createAssistant(opts: AssistantOptions): Promise<Assistant & { index: KnowledgeIndex; close(): void }> {
  const logger = opts.logger ?? createLogger(opts.config.logLevel);
  const load = () => loadIndex({ documentsDir: opts.config.documentsDirs, glossaryFile: opts.config.glossaryFile, cacheDir: opts.config.cacheDir });
  const index = createLiveIndex(opts.index ?? (await load()).index);
  if (index.skipped.length) {
    for (const s of index.skipped) logger.warn("document skipped", { file: s.file, reason: s.reason });
  }
  const watcher = opts.watch
    ? watchCorpus({
        dirs: opts.config.documentsDirs,
        rebuild: async (changed) => {
          const started = Date.now();
          const loaded = await load();
          index.replace(loaded.index);
          logger.info("documents changed: index rebuilt", { changed: changed.length, parsed: loaded.parsed, documents: loaded.index.counts().documents, ms: Date.now() - started });
          for (const s of loaded.index.skipped) logger.warn("document skipped", { file: s.file, reason: s.reason });
        },
        onError: (e) => logger.error("index rebuild failed; the previous build stays in service", { error: (e as Error).message }),
      })
    : undefined;
  const router = createRouter({
    registry,
    index,
    services: { store: opts.store, wording: opts.wording },
    memory: createThreadMemory(),
    timeZone: opts.config.timeZone,
    now: opts.now,
    logger,
  });
  return {
    index,
    handle: (request) => router.handle(request),
    passage(passageId) {
      return index.passage(passageId) ? index.cite(passageId) : undefined;
    },
    async feedback(conversation, user, answerRef, vote) {
      if (!opts.store) return;
      await opts.store.recordFeedback({ conversation, user, answerRef, vote, at: (opts.now?.() ?? new Date()).toISOString() });
    },
    commands: () => registry.list(),
    languageOf: (text) => detectLanguage(text),
    close: () => watcher?.close(),
  };
}
