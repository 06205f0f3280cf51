/**
 * A worker thread of the answer pool: its own assistant over the same documents (the index loads
 * from the cache the main thread built). The store lives in the main thread, which owns the
 * database file; calls to it travel over the task's message port, as do progress notes.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { MessagePort } from "node:worker_threads";
import { workerData } from "node:worker_threads";
import type { AppConfig } from "../core/config.js";
import { createAssistant } from "../app/create-assistant.js";
import { createLogger } from "../core/log.js";
import type { Reply, Request } from "../core/types.js";
import { createLlmWordingIfConfigured } from "../wording/wording-factory.js";
import type { Store } from "../store/types.js";
import type { PortMessage, WorkerTask } from "./answer-pool.js";

const { config, hasStore } = workerData as { config: AppConfig; hasStore: boolean };
const logger = createLogger(config.logLevel);
const current = new AsyncLocalStorage<{ port: MessagePort; waiting: Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }> }>();
let nextCall = 0;

/** The Store contract, each call made by the main thread's store. */
const remoteStore = new Proxy({} as Store, {
  get(_target, method: string) {
    if (method === "close") return async () => undefined;
    return (...args: unknown[]) => {
      const task = current.getStore();
      if (!task) return Promise.reject(new Error(`store.${method} called outside an answer`));
      const id = ++nextCall;
      return new Promise((resolve, reject) => {
        task.waiting.set(id, { resolve, reject });
        task.port.postMessage({ type: "store", id, method, args } satisfies PortMessage);
      });
    };
  },
});

// Each thread watches the documents too, so documents added while the bot runs reach its answers,
// and warms up in the background (at start and after each rebuild) so that its first answer is
// as fast as the rest.
// (Made without a top-level await: the build bundles this thread as CommonJS, see scripts/dist.mjs.)
const ready = createLlmWordingIfConfigured(config, logger).then((wording) =>
  createAssistant({ config, store: hasStore ? remoteStore : undefined, logger, wording, watch: true, warm: true }),
);

/** Resolves once this thread's assistant has warmed up (rejects when it could not start). */
export const warmed: Promise<void> = ready.then((assistant) => assistant.warmed);
const started = Date.now();
warmed.then(
  () => logger.info("answer thread warmed up", { ms: Date.now() - started }),
  () => undefined,
);

/** Answers one request (piscina calls the default export). */
export default async function answer(task: WorkerTask): Promise<Reply> {
  const assistant = await ready;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  task.port.on("message", (m: PortMessage) => {
    if (m.type !== "store-result") return;
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.ok) w?.resolve(m.value);
    else w?.reject(Object.assign(new Error(m.error), { code: m.code }));
  });
  try {
    const ask = <T>(message: PortMessage & { id: number }) =>
      new Promise<T>((resolve, reject) => {
        waiting.set(message.id, { resolve: resolve as (v: unknown) => void, reject });
        task.port.postMessage(message);
      });
    const request: Request = {
      ...task.request,
      progress: (note) => task.port.postMessage({ type: "progress", note } satisfies PortMessage),
      ...(task.canCheckAccess ? { checkAccess: () => ask<Awaited<ReturnType<NonNullable<Request["checkAccess"]>>>>({ type: "access", id: ++nextCall }) } : {}),
    };
    return await current.run({ port: task.port, waiting }, () => assistant.handle(request));
  } finally {
    task.port.close();
  }
}
