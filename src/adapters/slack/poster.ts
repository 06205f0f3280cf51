/**
 * Proactive posts (digests) into a Slack channel or DM through chat.postMessage.
 */
import type { webApi } from "@slack/bolt";
import { PostError, type Poster } from "../../core/assistant.js";
import type { Logger } from "../../core/log.js";
import { postedParts, postMessages } from "./delivery.js";
import { renderReply } from "./render.js";
import type { RateLimitRetryOptions } from "./web-api.js";

export interface SlackPosterConfig {
  /** A WebClient holding the bot token (built with {@link webClientOptions}). */
  client: webApi.WebClient;
  logger?: Logger;
  retry?: RateLimitRetryOptions;
  /** How far back a resumed delivery is looked for; default one day (a digest is daily). */
  lookBackMs?: number;
}

/**
 * Creates the Slack {@link Poster}. A long reply goes out as several messages, in order.
 * Failures throw PostError: unreachable (channel gone, bot not in it, archived), rate_limited
 * (after waiting out Retry-After a few times), auth (token invalid or revoked), transient, bad_request,
 * and, when resuming a delivery whose channel cannot be read back, uncertain.
 */
export function createSlackPoster(config: SlackPosterConfig): Poster {
  const { client, logger, retry } = config;
  return {
    platform: "slack",
    confirmsDeliveries: true,
    async post(conversation, reply, options = {}) {
      const messages = renderReply(reply);
      let skip: Set<number> | undefined;
      if (options.resume && options.deliveryKey) {
        const place = { channel: conversation.id, thread: conversation.thread, sinceMs: Date.now() - (config.lookBackMs ?? 86_400_000) };
        skip = await postedParts(client, place, options.deliveryKey, logger);
        if (!skip) throw new PostError("uncertain", `Slack channel ${conversation.id} cannot be read back to see whether ${options.deliveryKey} arrived`);
        logger?.info("slack post resumed after a process stopped while posting it", { delivery: options.deliveryKey, channel: conversation.id, parts: messages.length, alreadyPosted: skip.size });
      }
      await postMessages(client, conversation.id, conversation.thread, messages, { deliveryKey: options.deliveryKey, skip, retry, logger });
    },
  };
}
