/**
 * Per-thread context so that follow-ups ("and item 3?") know which meeting or resolution the
 * thread was about. Held in memory, bounded, oldest threads forgotten first; with a persistence
 * behind it (the store), every change is written through and a thread not in memory is read
 * back before its request is handled, so context survives a restart.
 */
import type { ConversationRef } from "./types.js";

export interface ThreadContext {
  meetingId?: string;
  resolution?: string;
  body?: string;
  lastQuestion?: string;
  /** What "more" asks for: the next page of the last list shown in the thread. */
  more?: string;
}

/** Whether a thread's context names what the thread is about (a meeting, a resolution, a body). */
export function hasSubject(context: ThreadContext): boolean {
  return Boolean(context.meetingId || context.resolution || context.body);
}

/** Where thread contexts outlive the process (the Store's thread records). */
export interface ThreadPersistence {
  load(conv: ConversationRef): Promise<ThreadContext | undefined>;
  save(conv: ConversationRef, context: ThreadContext): Promise<void>;
}

export interface ThreadMemory {
  get(conv: ConversationRef): ThreadContext;
  update(conv: ConversationRef, patch: ThreadContext): void;
  /** Reads the thread's context back from the persistence when it is not in memory. */
  load(conv: ConversationRef): Promise<void>;
}

export interface ThreadMemoryOptions {
  maxThreads?: number;
  persistence?: ThreadPersistence;
  /** Told when a write-through fails; answering goes on with the context in memory. */
  onError?: (err: unknown) => void;
}

/** Creates an LRU-bounded thread memory. */
export function createThreadMemory(options: ThreadMemoryOptions = {}): ThreadMemory {
  const maxThreads = options.maxThreads ?? 5000;
  const map = new Map<string, ThreadContext>();
  const key = (c: ConversationRef) => `${c.platform}:${c.team ?? ""}:${c.id}:${c.thread ?? ""}`;
  const put = (k: string, value: ThreadContext) => {
    map.delete(k);
    map.set(k, value);
    if (map.size > maxThreads) map.delete(map.keys().next().value as string);
  };
  return {
    get(conv) {
      return map.get(key(conv)) ?? {};
    },
    update(conv, patch) {
      const k = key(conv);
      put(k, { ...(map.get(k) ?? {}), ...patch });
      options.persistence?.save(conv, patch).catch((err: unknown) => options.onError?.(err));
    },
    async load(conv) {
      const k = key(conv);
      if (!options.persistence || map.has(k)) return;
      const stored = await options.persistence.load(conv);
      if (stored && !map.has(k)) put(k, stored);
    },
  };
}
