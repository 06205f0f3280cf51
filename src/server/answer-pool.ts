/**
 * Answering off the event loop that acknowledges: questions go to a pool of worker threads
 * (piscina) with a bounded queue, so a burst of questions or one slow answer never delays the
 * acknowledgement of the next request. When the queue is full the asker is told to try again.
 */
import { availableParallelism } from "node:os";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { Piscina } from "piscina";
import type { Assistant } from "../core/assistant.js";
import type { AppConfig } from "../core/config.js";
import { silentLogger, type Logger } from "../core/log.js";
import type { Lang, Reply, Request } from "../core/types.js";
import type { Store } from "../store/types.js";

/** What a worker gets for one request (the progress callback becomes messages on `port`). */
export interface WorkerTask {
  request: Omit<Request, "progress" | "checkAccess">;
  /** The request can check the asker's rights: the worker asks over `port` ("access"). */
  canCheckAccess?: boolean;
  port: MessagePort;
}

/** Messages on a task's port: worker -> main ("progress", "store"), main -> worker ("store-result"). */
export type PortMessage =
  | { type: "progress"; note: string }
  | { type: "access"; id: number }
  | { type: "store"; id: number; method: string; args: unknown[] }
  | { type: "store-result"; id: number; ok: true; value: unknown }
  | { type: "store-result"; id: number; ok: false; error: string; code?: string };

export interface AnswerPoolConfig {
  config: AppConfig;
  /** The main thread's store; workers reach it through their task's port. */
  store?: Store;
  logger?: Logger;
  /** Worker threads. Default: config.answering.threads. */
  threads?: number;
  /** Questions waiting for a thread before "busy". Default: config.answering.queueMax. */
  queueMax?: number;
  /** Tells the language of a request for the "busy" reply. */
  languageOf: (text: string) => Lang;
}

export interface AnswerPool {
  handle(request: Request): Promise<Reply>;
  /** Counts since start: answered, turned away busy, failed. */
  stats(): { answered: number; busy: number; failed: number; queued: number; threads: number };
  close(): Promise<void>;
}

const entry = new URL("./answer-worker-entry.mjs", import.meta.url);

const BUSY = {
  en: "I'm answering many questions right now and could not take yours. Please try again in a minute.",
  zh: "目前正在回答很多问题，暂时无法处理您的问题。请一分钟后再试。",
} as const;

/** A reply telling the asker the assistant is too busy (code "busy"). */
export function busyReply(lang: Lang): Reply {
  return { kind: "error", code: "busy", ephemeral: true, answered: false, citations: [], text: BUSY[lang], lang };
}

/** Starts the pool (threads start at once, so the first question does not wait for a cold start). */
export function createAnswerPool(opts: AnswerPoolConfig): AnswerPool {
  const logger = opts.logger ?? silentLogger;
  const threads = Math.max(1, opts.threads ?? opts.config.answering.threads ?? Math.max(1, availableParallelism() - 1));
  const pool = new Piscina({
    filename: entry.href,
    minThreads: threads,
    maxThreads: threads,
    maxQueue: opts.queueMax ?? opts.config.answering.queueMax,
    // Answers wait on the store and, with a model, on the network: let a thread interleave a few.
    concurrentTasksPerWorker: 4,
    // Between tasks a thread waits without blocking its event loop, so that its warm-up (and its
    // watch of the documents) goes on while no question is asked; waiting in Atomics.wait (the
    // default), it warmed up only while answering.
    atomics: "async",
    workerData: { config: opts.config, hasStore: opts.store !== undefined },
  });
  let answered = 0;
  let busy = 0;
  let failed = 0;

  async function serveStore(port: MessagePort, m: Extract<PortMessage, { type: "store" }>): Promise<void> {
    const store = opts.store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>> | undefined;
    const method = store?.[m.method];
    try {
      if (!store || typeof method !== "function") throw new Error(`no store method ${m.method}`);
      const value = await method.apply(store, m.args);
      port.postMessage({ type: "store-result", id: m.id, ok: true, value } satisfies PortMessage);
    } catch (err) {
      const e = err as Error & { code?: string };
      port.postMessage({ type: "store-result", id: m.id, ok: false, error: e.message, code: e.code } satisfies PortMessage);
    }
  }

  return {
    async handle(request) {
      // Functions stay on this thread: progress notes and access checks travel over the port.
      const { progress, checkAccess, ...plain } = request;
      const { port1, port2 } = new MessageChannel();
      port1.on("message", (m: PortMessage) => {
        if (m.type === "progress") progress?.(m.note);
        else if (m.type === "store") void serveStore(port1, m);
        else if (m.type === "access") void serveAccess(port1, m.id, checkAccess);
      });
      try {
        const reply = (await pool.run({ request: plain, port: port2, canCheckAccess: !!checkAccess } satisfies WorkerTask, { transferList: [port2] })) as Reply;
        answered++;
        return reply;
      } catch (err) {
        if ((err as Error).message === "Task queue is at limit") {
          busy++;
          logger.warn("answer queue full; asked to try again", { queued: pool.queueSize, conversation: request.conversation.id });
          return busyReply(safeLang(opts.languageOf, request.text));
        }
        failed++;
        throw err;
      } finally {
        port1.close();
      }
    },
    stats: () => ({ answered, busy, failed, queued: pool.queueSize, threads }),
    close: () => pool.destroy(),
  };
}

/** Answers a worker's access check with the request's own check, on this thread. */
async function serveAccess(port: MessagePort, id: number, check: Request["checkAccess"]): Promise<void> {
  try {
    const value = await check!();
    port.postMessage({ type: "store-result", id, ok: true, value } satisfies PortMessage);
  } catch (err) {
    const e = err as Error & { code?: string };
    port.postMessage({ type: "store-result", id, ok: false, error: e.message, code: e.code } satisfies PortMessage);
  }
}

/** The assistant with its answering moved onto the pool; everything else stays on this thread. */
export function answeringOn(pool: AnswerPool, assistant: Assistant): Assistant {
  return { ...assistant, handle: (request) => pool.handle(request) };
}

function safeLang(languageOf: (t: string) => Lang, text: string): Lang {
  try {
    return languageOf(text.slice(0, 2000));
  } catch {
    return "en";
  }
}
