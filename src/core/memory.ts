/**
 * Per-thread context so that follow-ups ("and item 3?") know which meeting or resolution the
 * thread was about. Kept in memory, bounded, oldest threads forgotten first.
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

export interface ThreadMemory {
  get(conv: ConversationRef): ThreadContext;
  update(conv: ConversationRef, patch: ThreadContext): void;
}

/** Creates an LRU-bounded thread memory. */
export function createThreadMemory(maxThreads = 5000): ThreadMemory {
  const map = new Map<string, ThreadContext>();
  const key = (c: ConversationRef) => `${c.platform}:${c.team ?? ""}:${c.id}:${c.thread ?? ""}`;
  return {
    get(conv) {
      return map.get(key(conv)) ?? {};
    },
    update(conv, patch) {
      const k = key(conv);
      const next = { ...(map.get(k) ?? {}), ...patch };
      map.delete(k);
      map.set(k, next);
      if (map.size > maxThreads) map.delete(map.keys().next().value as string);
    },
  };
}
