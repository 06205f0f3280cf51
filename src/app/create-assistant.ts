import { randomUUID } from "node:crypto";
/**
 * Composition root of the assistant core: loads the document index, the command registry and
 * the router, and exposes the `Assistant` that every adapter talks to.
 */
import type { AppConfig } from "../core/config.js";
import type { Assistant, DocumentInfo, LibrarySummary } from "../core/assistant.js";
import type { Store } from "../store/types.js";
import type { DocumentMeta, KnowledgeIndex } from "../knowledge/index.js";
import type { Reply, Request } from "../core/types.js";
import type { AnswerWording } from "../core/wording.js";
import { createLogger, type Logger } from "../core/log.js";
import { createThreadMemory, type ThreadContext, type ThreadPersistence } from "../core/memory.js";
import { createRouter } from "../core/router.js";
import { withOfficialLinks } from "../core/official-document.js";
import { quoteForeign } from "../present/foreign-text.js";
import { detectLanguage } from "../core/language.js";
import { loadIndex, createLiveIndex, watchCorpus } from "../knowledge/index.js";
import { registry } from "../../commands/index.js";
import { warmUp } from "../answer/warm.js";

/** Replies that answer (or fail to answer) a question about the documents; help and errors are not questions. */
const QUESTION_KINDS: ReadonlySet<string> = new Set(["answer", "refusal", "clarification"]);

export interface AssistantOptions {
  config: AppConfig;
  store?: Store;
  logger?: Logger;
  now?: () => Date;
  /** A prebuilt index (tests, benchmarks); loaded from config.documentsDir otherwise. */
  index?: KnowledgeIndex;
  /** Rewording of free answers; see src/wording/llm.ts. */
  wording?: AnswerWording;
  /** Watch the documents folders and serve a new build when a file is added, changed or removed. */
  watch?: boolean;
  /**
   * Warm up in the background (servers and the chat), at start and after each rebuild, so the
   * first answer is as fast as the rest; one-shot tools leave it off.
   */
  warm?: boolean;
}

/** Creates the assistant over the configured documents. */
export async function createAssistant(opts: AssistantOptions): Promise<Assistant & { index: KnowledgeIndex; close(): void; warmed: Promise<void> }> {
  const logger = opts.logger ?? createLogger(opts.config.logLevel);
  const load = () => loadIndex({ documentsDir: opts.config.documentsDirs, glossaryDir: opts.config.glossaryDir, cacheDir: opts.config.cacheDir });
  const index = createLiveIndex(opts.index ?? (await load()).index);
  if (index.skipped.length) {
    for (const s of index.skipped) logger.warn("document skipped", { file: s.file, reason: s.reason });
  }
  const warmOptions = { now: opts.now ?? (() => new Date()), timeZone: opts.config.timeZone };
  const watcher = opts.watch
    ? watchCorpus({
        dirs: opts.config.documentsDirs,
        rebuild: async (changed) => {
          const started = Date.now();
          const loaded = await load();
          index.replace(loaded.index);
          if (opts.warm) void warmUp(index, warmOptions);
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
    memory: createThreadMemory({
      persistence: opts.store && threadPersistence(opts.store),
      onError: (err) => logger.error("thread context not saved", { error: err instanceof Error ? err.message : String(err) }),
    }),
    timeZone: opts.config.timeZone,
    now: opts.now,
    logger,
  });
  // Read at each question: the live index is replaced when the documents change. Worked out once
  // per build (a build's documents do not change), not over every document at every question.
  let limited: { documents: readonly unknown[]; files: Set<string> } | undefined;
  const limitedFiles = () => {
    const documents = index.documents;
    if (limited?.documents !== documents) limited = { documents, files: new Set(documents.filter((d) => /^limited/i.test(d.meta.distribution?.trim() ?? "")).map((d) => d.meta.file)) };
    return limited.files;
  };
  // The warm-up ends by working out the documents of limited distribution, which the first
  // question otherwise did (a pass over every document: a few milliseconds at 10,000).
  const warmed = opts.warm
    ? warmUp(index, warmOptions).then(() => {
        try {
          limitedFiles();
        } catch {
          // The first question works them out.
        }
      })
    : Promise.resolve();
  return {
    index,
    /** Resolves when the warm-up has run (at once without one). */
    warmed,
    async handle(request) {
      const answer = withheldIfLimited(await router.handle(request), request, limitedFiles(), opts.config.access.limitedDistributionChannels);
      const linked = withOfficialLinks(answer, opts.config.presentation.officialDocumentsUrl);
      // The last guard of the asker's language: other-language text left in an answer stands in quotation marks.
      const reply = QUESTION_KINDS.has(linked.kind) ? { ...linked, text: quoteForeign(linked.text, linked.lang) } : linked;
      if (opts.store && QUESTION_KINDS.has(reply.kind)) {
        const question = { conversation: request.conversation, text: request.text, answered: reply.answered, kind: reply.kind, at: (opts.now?.() ?? new Date()).toISOString() };
        // The report may miss a question; the asker must not miss the answer.
        await opts.store.recordQuestion(question).catch((err: unknown) => logger.error("question not recorded", { error: err instanceof Error ? err.message : String(err) }));
      }
      return reply;
    },
    passage(passageId) {
      return index.passage(passageId) ? index.cite(passageId) : undefined;
    },
    async feedback(conversation, user, answerRef, vote) {
      if (!opts.store) return undefined;
      const id = randomUUID();
      await opts.store.recordFeedback({ id, conversation, user, answerRef, vote, at: (opts.now?.() ?? new Date()).toISOString() });
      return id;
    },
    async feedbackReason(voteId, reason) {
      await opts.store?.setFeedbackReason(voteId, reason.trim().slice(0, 2000));
    },
    commands: () => registry.list(),
    languageOf: (text) => detectLanguage(text),
    library: () => librarySummary(index),
    documentInfo(symbol) {
      const wanted = symbol.trim().toUpperCase();
      const doc = index.documents.find((d) => d.meta.symbol?.toUpperCase() === wanted);
      return doc && documentInfoOf(index, doc.meta);
    },
    close: () => watcher?.close(),
  };
}

/**
 * Documents of limited distribution ("Distr.: Limited": drafts and conference room papers) are
 * quoted only in the conversations configured for them (LIMITED_DISTRIBUTION_CHANNELS) and on
 * the operator's own console; elsewhere an answer resting on one is withheld, saying why.
 */
function withheldIfLimited(reply: Reply, request: Request, limitedFiles: ReadonlySet<string>, allowed: readonly string[]): Reply {
  if (!reply.citations.some((c) => limitedFiles.has(c.file))) return reply;
  const where = request.conversation;
  if (where.platform === "console" || where.platform === "cli" || allowed.includes(where.id)) return reply;
  const text =
    reply.lang === "zh"
      ? "这个问题的答案出自限制分发（Distr.: Limited）的文件，不能在此对话中显示。请在为此类文件指定的频道中提问。"
      : "The answer comes from a document of limited distribution (Distr.: Limited), which is not shown in this conversation. Ask in a channel set up for such documents.";
  return { kind: "refusal", code: "limited_distribution", answered: false, text, citations: [], lang: reply.lang, ephemeral: true };
}

function documentInfoOf(index: KnowledgeIndex, meta: DocumentMeta): DocumentInfo {
  const info: DocumentInfo = { title: meta.titleEn ?? meta.title ?? meta.symbol ?? meta.file };
  if (meta.symbol) info.symbol = meta.symbol;
  if (meta.date) info.date = meta.date;
  if (meta.distribution) info.distribution = meta.distribution;
  const body = meta.body && index.glossary.body(meta.body);
  if (body) info.body = body.en;
  return info;
}

function librarySummary(index: KnowledgeIndex): LibrarySummary {
  const metas = index.documents.map((d) => d.meta);
  const dated = metas.filter((m) => m.date).sort((a, b) => (b.date! < a.date! ? -1 : b.date! > a.date! ? 1 : 0));
  const perBody = new Map<string, number>();
  for (const m of metas) if (m.body) perBody.set(m.body, (perBody.get(m.body) ?? 0) + 1);
  const bodies = [...perBody]
    .map(([id, documents]) => ({ id, name: index.glossary.body(id)?.en ?? id, documents }))
    .sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name));
  return { documents: metas.length, ...(dated[0] ? { newest: documentInfoOf(index, dated[0]) } : {}), bodies };
}

/** Thread contexts as the store's thread records (a conversation without threads is thread ""). */
function threadPersistence(store: Store): ThreadPersistence {
  const strings = (context: ThreadContext) => Object.fromEntries(Object.entries(context).filter((e): e is [string, string] => typeof e[1] === "string"));
  return {
    async load(conv) {
      return (await store.thread(conv.platform, conv.id, conv.thread ?? ""))?.context as ThreadContext | undefined;
    },
    save: (conv, context) => store.saveThread(conv.platform, conv.id, conv.thread ?? "", strings(context)),
  };
}
