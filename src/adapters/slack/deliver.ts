/**
 * Getting a rendered Reply to the asker: through a slash command's or button's `respond()`
 * (response_url), or through the Web API into a channel, thread or DM.
 */
import type { RespondFn, webApi } from "@slack/bolt";
import type { Logger } from "../../core/log.js";
import type { Reply } from "../../core/types.js";
import { renderReply, type RenderExtras, type RenderOptions, type SlackMessage } from "./render.js";
import { toPostError, withRateLimitRetries, type RateLimitRetryOptions } from "./web-api.js";

/** Slack accepts at most five messages per response_url. */
const RESPONSE_URL_MAX_MESSAGES = 5;

/** Errors and replies marked ephemeral are shown to the asker only. */
export function isEphemeral(reply: Reply): boolean {
  return reply.ephemeral === true || reply.kind === "error";
}

/** Sends a reply through `respond()`; never replaces the message the user acted on. */
export async function deliverByRespond(respond: RespondFn, reply: Reply, render?: RenderOptions, extras?: RenderExtras): Promise<void> {
  const ephemeral = isEphemeral(reply);
  for (const m of renderReply(reply, render, extras).slice(0, RESPONSE_URL_MAX_MESSAGES)) {
    await respondWith(respond, m, ephemeral);
  }
}

/** Sends one message through `respond()`. */
export async function respondWith(respond: RespondFn, message: SlackMessage, ephemeral: boolean): Promise<void> {
  await respond({ response_type: ephemeral ? "ephemeral" : "in_channel", replace_original: false, text: message.text, blocks: message.blocks });
}

export interface ChannelTarget {
  channel: string;
  /** Thread to answer in. */
  threadTs?: string;
  /** The asker, for ephemeral replies. */
  user?: string;
  /** A DM: only the asker reads it, so an ephemeral reply is an ordinary one. */
  isDirect?: boolean;
}

export interface DeliverToChannelOptions {
  render?: RenderOptions;
  retry?: RateLimitRetryOptions;
  logger?: Logger;
  extras?: RenderExtras;
}

/**
 * Posts a reply with chat.postMessage (or chat.postEphemeral for errors in shared channels),
 * waiting out rate limits. @throws PostError
 */
export async function deliverToChannel(client: webApi.WebClient, target: ChannelTarget, reply: Reply, options: DeliverToChannelOptions = {}): Promise<void> {
  const ephemeral = isEphemeral(reply) && !target.isDirect && target.user !== undefined;
  const thread = target.threadTs ? { thread_ts: target.threadTs } : {};
  const retry: RateLimitRetryOptions = {
    ...options.retry,
    onRetry: (waitMs, attempt) => options.logger?.warn("slack rate limited, retrying", { channel: target.channel, waitMs, attempt }),
  };
  for (const m of renderReply(reply, options.render, options.extras)) {
    await withRateLimitRetries(
      () =>
        ephemeral
          ? client.chat.postEphemeral({ channel: target.channel, user: target.user!, ...thread, text: m.text, blocks: m.blocks })
          : client.chat.postMessage({ channel: target.channel, ...thread, text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false }),
      retry,
    ).catch((err) => {
      throw toPostError(err);
    });
  }
}
