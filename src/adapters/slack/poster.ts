/**
 * Proactive posts (digests) into a Slack channel or DM through chat.postMessage.
 */
import type { webApi } from "@slack/bolt";
import type { Poster } from "../../core/assistant.js";
import type { Logger } from "../../core/log.js";
import { renderReply } from "./render.js";
import { withRateLimitRetries, type RateLimitRetryOptions } from "./web-api.js";

export interface SlackPosterConfig {
  /** A WebClient holding the bot token (built with {@link webClientOptions}). */
  client: webApi.WebClient;
  logger?: Logger;
  retry?: RateLimitRetryOptions;
}

/**
 * Creates the Slack {@link Poster}. A long reply goes out as several messages, in order.
 * Failures throw PostError: unreachable (channel gone, bot not in it, archived), rate_limited
 * (after waiting out Retry-After a few times), auth (token invalid or revoked), transient, bad_request.
 */
export function createSlackPoster(config: SlackPosterConfig): Poster {
  const { client, logger, retry } = config;
  return {
    platform: "slack",
    async post(conversation, reply) {
      for (const message of renderReply(reply)) {
        await withRateLimitRetries(
          () =>
            client.chat.postMessage({
              channel: conversation.id,
              ...(conversation.thread ? { thread_ts: conversation.thread } : {}),
              text: message.text,
              blocks: message.blocks,
              unfurl_links: false,
              unfurl_media: false,
            }),
          { ...retry, onRetry: (waitMs, attempt) => logger?.warn("slack rate limited, retrying", { channel: conversation.id, waitMs, attempt }) },
        );
      }
    },
  };
}
