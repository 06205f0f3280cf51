/**
 * The threads the bot took part in, per platform: in a thread the bot answered in, follow-ups
 * are answered without a new mention. Kept in the store (so it survives a restart), or in
 * memory, bounded, where there is no store.
 */
import type { ConversationRef } from "../core/types.js";
import type { Store } from "../store/types.js";

export interface ThreadLedger {
  has(conversationId: string, thread: string): Promise<boolean>;
  mark(conversationId: string, thread: string): Promise<void>;
}

export function createThreadLedger(platform: ConversationRef["platform"], store: Store | undefined, maxInMemory = 10_000): ThreadLedger {
  if (store) {
    return {
      has: async (conversationId, thread) => (await store.thread(platform, conversationId, thread)) !== undefined,
      mark: (conversationId, thread) => store.saveThread(platform, conversationId, thread, {}),
    };
  }
  const seen = new Set<string>();
  return {
    has: async (conversationId, thread) => seen.has(`${conversationId}:${thread}`),
    async mark(conversationId, thread) {
      seen.add(`${conversationId}:${thread}`);
      if (seen.size > maxInMemory) seen.delete(seen.values().next().value as string);
    },
  };
}
