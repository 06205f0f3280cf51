/**
 * A thread's earlier messages, read from Slack (conversations.replies) when the bot is mentioned
 * in a thread it has no record of, so that "and item 3?" knows which meeting the thread is about.
 * Read once per thread: afterwards the thread's context is the store's.
 */
import type { webApi } from "@slack/bolt";
import type { Logger } from "../../core/log.js";
import { errorText } from "./replier.js";
import { fromSlackText } from "./slack-text.js";
import { withRateLimitRetries } from "./web-api.js";

/** How many earlier messages are read, newest kept. */
const MAX_EARLIER = 10;

/**
 * The plain text of the thread's messages before `beforeTs`, oldest first; empty when Slack
 * cannot be asked (a missing scope, a rate limit): the question is then answered without them.
 */
export async function earlierMessages(client: webApi.WebClient, channel: string, thread: string, beforeTs: string, botUserId: string | undefined, logger: Logger): Promise<string[]> {
  try {
    const res = await withRateLimitRetries(() => client.conversations.replies({ channel, ts: thread, limit: 100 }), { maxRetries: 1, maxWaitMs: 5_000 });
    return (res.messages ?? [])
      .filter((m) => m.ts !== undefined && Number(m.ts) < Number(beforeTs) && m.text)
      .map((m) => fromSlackText(m.text ?? "", botUserId))
      .filter((text) => text.length > 0)
      .slice(-MAX_EARLIER);
  } catch (err) {
    logger.warn("slack thread not read for context", { channel, thread, error: errorText(err) });
    return [];
  }
}
