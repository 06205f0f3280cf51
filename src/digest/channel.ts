/** Where digests live: the channel a subscription is made in, and posted to. */
import type { ConversationRef } from "../core/types.js";

/** The channel itself, without the thread or person a conversation reference may carry. */
export function channelOf(c: ConversationRef): ConversationRef {
  return { platform: c.platform, id: c.id, ...(c.team ? { team: c.team } : {}) };
}
