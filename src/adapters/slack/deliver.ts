/**
 * Getting a rendered Reply to the asker: through a slash command's or button's `respond()`
 * (response_url), or through the Web API into a channel, thread or DM.
 */
import type { RespondFn, webApi } from "@slack/bolt";
import type { Logger } from "../../core/log.js";
import type { Reply } from "../../core/types.js";
import { renderReply, type RenderExtras, type RenderOptions, type SlackMessage } from "./render.js";
import { PostError } from "../../core/assistant.js";
import { postOutcome, singleAttemptClient, toPostError, withRateLimitRetries, type RateLimitRetryOptions } from "./web-api.js";
import { blocksRefused, postedParts, postMessages, type Delivery, type DeliveryPostOptions } from "./delivery.js";

/** Slack accepts at most five messages per response_url. */
const RESPONSE_URL_MAX_MESSAGES = 5;

/** Errors and replies marked ephemeral are shown to the asker only. */
export function isEphemeral(reply: Reply): boolean {
  return reply.ephemeral === true || reply.kind === "error";
}

/** How a reply goes out through `respond()`. */
export interface DeliverByRespondOptions {
  render?: RenderOptions;
  /** The delivery this reply answers; taken over unconfirmed, the reply is not sent again. */
  delivery?: Delivery;
  logger?: Logger;
  /** A "Share in channel" button, or who shared the answer. */
  extras?: RenderExtras;
}

/**
 * Sends a reply through `respond()`; never replaces the message the user acted on. A delivery
 * taken over unconfirmed is not sent again: what reached a response_url cannot be read back.
 * @returns false when it was not sent for that reason.
 */
export async function deliverByRespond(respond: RespondFn, reply: Reply, options: DeliverByRespondOptions = {}): Promise<boolean> {
  const { render, delivery, logger, extras } = options;
  if (delivery?.unconfirmed) {
    logger?.warn("slack answer may have been sent by a process that stopped while sending it; not sent again", { delivery: delivery.key, how: "response_url" });
    return false;
  }
  await delivery?.posting();
  const ephemeral = isEphemeral(reply);
  let messages = renderReply(reply, render, extras).slice(0, RESPONSE_URL_MAX_MESSAGES);
  let plain = render?.feedback === "buttons";
  for (let part = 0; part < messages.length; part++) {
    try {
      await respondWith(respond, messages[part], ephemeral);
    } catch (err) {
      // Where Slack refuses the native feedback buttons, the plain ones do.
      if (plain || !blocksRefused(err)) throw err;
      logger?.warn("slack refused a block; answering with plain blocks", {});
      plain = true;
      messages = renderReply(reply, { ...render, feedback: "buttons" }, extras).slice(0, RESPONSE_URL_MAX_MESSAGES);
      await respondWith(respond, messages[part], ephemeral);
    }
  }
  return true;
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
  /** The delivery this reply answers: its messages are marked with it, and resumed when unconfirmed. */
  delivery?: Delivery;
  /** Timeout and read-back of the delivery's posts; `lookBackMs` (default one hour) also bounds the look for an unconfirmed delivery's messages. */
  once?: DeliveryPostOptions;
  /** A "Share in channel" button, or who shared the answer. */
  extras?: RenderExtras;
}

/**
 * Posts a reply with chat.postMessage (or chat.postEphemeral for errors in shared channels),
 * waiting out rate limits. An unconfirmed delivery posts only the parts Slack does not show, and
 * nothing where Slack cannot be read back (ephemeral messages, a history the bot cannot read).
 * @throws PostError
 */
export async function deliverToChannel(client: webApi.WebClient, target: ChannelTarget, reply: Reply, options: DeliverToChannelOptions = {}): Promise<void> {
  const ephemeral = isEphemeral(reply) && !target.isDirect && target.user !== undefined;
  const { delivery, logger } = options;
  const messages = renderReply(reply, options.render, options.extras);
  const uncertain = (how: string) =>
    logger?.warn("slack answer may have been posted by a process that stopped while posting it; not posted again", { delivery: delivery?.key, channel: target.channel, how });
  if (ephemeral) {
    if (delivery?.unconfirmed) return uncertain("ephemeral");
    await delivery?.posting();
    const thread = target.threadTs ? { thread_ts: target.threadTs } : {};
    const retry: RateLimitRetryOptions = { ...options.retry, onRetry: (waitMs, attempt) => logger?.warn("slack rate limited, retrying", { channel: target.channel, waitMs, attempt }) };
    // An ephemeral message cannot be read back: a delivery's is sent with one request, never repeated.
    const poster = delivery ? singleAttemptClient(client, options.once?.timeoutMs) : client;
    for (const m of messages) {
      await withRateLimitRetries(() => poster.chat.postEphemeral({ channel: target.channel, user: target.user!, ...thread, text: m.text, blocks: m.blocks }), retry).catch((err) => {
        const e = toPostError(err);
        throw delivery && postOutcome(e) === "unknown" ? new PostError("uncertain", `Slack may have shown the ephemeral answer to ${delivery.key}; not sent again: ${e.message}`, { cause: e }) : e;
      });
    }
    return;
  }
  let skip: Set<number> | undefined;
  if (delivery?.unconfirmed) {
    skip = await postedParts(client, { channel: target.channel, thread: target.threadTs, sinceMs: Date.now() - (options.once?.lookBackMs ?? 3_600_000) }, delivery.key, logger);
    if (!skip) return uncertain("history not readable");
    logger?.info("slack answer resumed after a process stopped while posting it", { delivery: delivery.key, channel: target.channel, parts: messages.length, alreadyPosted: skip.size });
  } else await delivery?.posting();
  const plain = () => renderReply(reply, { ...options.render, feedback: "buttons" }, options.extras);
  await postMessages(client, target.channel, target.threadTs, messages, { deliveryKey: delivery?.key, skip, plain, retry: options.retry, once: options.once, logger });
}
