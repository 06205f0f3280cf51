/**
 * Proactive posts (digests) into a Slack channel or DM through chat.postMessage.
 */
import type { webApi } from "@slack/bolt";
import { PostError, type Poster } from "../../core/assistant.js";
import type { Logger } from "../../core/log.js";
import { postedParts, postMessages, type DeliveryPostOptions } from "./delivery.js";
import { renderReply, type RenderOptions } from "./render.js";
import type { RateLimitRetryOptions } from "./web-api.js";

export interface SlackPosterConfig {
  /** A WebClient holding the bot token (built with {@link webClientOptions}). */
  client: webApi.WebClient;
  logger?: Logger;
  retry?: RateLimitRetryOptions;
  /** Block Kit limits (tests lower them to make a digest several messages). */
  render?: RenderOptions;
  /** Timeout and read-back of a digest's posts; `lookBackMs`, how far back a digest is looked for, defaults to one day (a digest is daily). */
  once?: DeliveryPostOptions;
}

/**
 * Creates the Slack {@link Poster}. A long reply goes out as several messages, in order.
 * Failures throw PostError: unreachable (channel gone, bot not in it, archived), rate_limited
 * (after waiting out Retry-After a few times), auth (token invalid or revoked), transient, bad_request,
 * and uncertain: Slack may have posted it and the channel cannot be read back to tell (when
 * resuming a delivery, or after a post whose answer did not come).
 */
export function createSlackPoster(config: SlackPosterConfig): Poster {
  const { client, logger, retry } = config;
  return {
    platform: "slack",
    confirmsDeliveries: true,
    async post(conversation, reply, options = {}) {
      const messages = renderReply(reply, config.render);
      const once = { ...config.once, lookBackMs: config.once?.lookBackMs ?? 86_400_000 };
      let skip: Set<number> | undefined;
      if (options.resume && options.deliveryKey) {
        const place = { channel: conversation.id, thread: conversation.thread, sinceMs: Date.now() - once.lookBackMs };
        skip = await postedParts(client, place, options.deliveryKey, logger);
        if (!skip) throw new PostError("uncertain", `Slack channel ${conversation.id} cannot be read back to see whether ${options.deliveryKey} arrived`);
        logger?.info("slack post resumed after a process stopped while posting it", { delivery: options.deliveryKey, channel: conversation.id, parts: messages.length, alreadyPosted: skip.size });
      }
      await postMessages(client, conversation.id, conversation.thread, messages, { deliveryKey: options.deliveryKey, skip, retry, once, logger });
    },
  };
}
