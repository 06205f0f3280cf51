/**
 * Deliveries that survive a crash without being posted twice. Every message the app posts with
 * chat.postMessage carries Slack message metadata naming its delivery (the event or command it
 * answers, or the digest it is) and its part. The store records when posting starts; a process
 * that takes over the claim of one that died after that point gets the delivery "unconfirmed"
 * and reads the channel or thread back (conversations.history / conversations.replies, which
 * return the metadata) to post only the parts that did not arrive. Where Slack cannot be read
 * back (a response_url, an ephemeral message, a channel the bot cannot read), nothing is posted
 * again: the delivery is logged as uncertain, since a second copy is worse than a rare gap.
 */
import type { webApi } from "@slack/bolt";
import type { Logger } from "../../core/log.js";
import { PostError } from "../../core/assistant.js";
import { postOutcome, singleAttemptClient, toPostError, withRateLimitRetries, type RateLimitRetryOptions } from "./web-api.js";
import type { SlackMessage } from "./render.js";

/** The metadata event type of the app's own posts. */
export const DELIVERY_EVENT_TYPE = "assistant_delivery";

/** What a listener knows about the delivery it answers (set on Bolt's context by once.ts). */
export interface Delivery {
  /** The id retries share (event id, trigger id): the messages' metadata carries it. */
  key: string;
  /** Taken over from a process that died while posting it: post only what Slack does not show. */
  unconfirmed: boolean;
  /** Records that posting starts; call right before the first message goes out. */
  posting(): Promise<void>;
}

const CONTEXT_KEY = "assistantDelivery";

/** Puts a delivery on Bolt's context for the listener. */
export function setDelivery(context: Record<string, unknown>, delivery: Delivery): void {
  context[CONTEXT_KEY] = delivery;
}

/** The delivery a listener answers, if the once-middleware claimed one. */
export function deliveryOf(context: Record<string, unknown>): Delivery | undefined {
  return context[CONTEXT_KEY] as Delivery | undefined;
}

/** The metadata of part `part` of delivery `key`. */
export function deliveryMetadata(key: string, part: number): { event_type: string; event_payload: { key: string; part: number } } {
  return { event_type: DELIVERY_EVENT_TYPE, event_payload: { key, part } };
}

interface HistoryMessage {
  metadata?: { event_type?: string; event_payload?: { key?: unknown; part?: unknown } };
}
interface HistoryPage {
  messages?: HistoryMessage[];
  response_metadata?: { next_cursor?: string };
}

/** Where to look for a delivery's messages. */
export interface DeliveryPlace {
  channel: string;
  /** The thread they were posted in; the channel's own history otherwise. */
  thread?: string;
  /** Look no further back than this (epoch ms); the channel's history only. */
  sinceMs: number;
}

/**
 * The parts of delivery `key` that Slack shows at `place`, or undefined when Slack cannot be
 * asked (the bot may not read the channel, Slack is unreachable): then no one can tell.
 */
export async function postedParts(client: webApi.WebClient, place: DeliveryPlace, key: string, logger?: Logger, maxPages = 5): Promise<Set<number> | undefined> {
  const found = new Set<number>();
  let cursor: string | undefined;
  try {
    for (let page = 0; page < maxPages; page++) {
      const common = { channel: place.channel, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) };
      const res = (await withRateLimitRetries(() =>
        place.thread ? client.conversations.replies({ ...common, ts: place.thread }) : client.conversations.history({ ...common, oldest: (place.sinceMs / 1000).toFixed(6) }),
      )) as HistoryPage;
      for (const m of res.messages ?? []) {
        const payload = m.metadata?.event_type === DELIVERY_EVENT_TYPE ? m.metadata.event_payload : undefined;
        if (payload?.key === key && typeof payload.part === "number") found.add(payload.part);
      }
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
  } catch (err) {
    logger?.warn("slack history not readable; a delivery cannot be confirmed", { channel: place.channel, error: toPostError(err).message });
    return undefined;
  }
  return found;
}

/** Whether Slack refused a message's blocks (a block kind this workspace or surface does not offer). */
export function blocksRefused(err: unknown): boolean {
  const e = err as { message?: string; data?: { error?: string }; cause?: unknown };
  return /invalid_blocks/.test(`${e?.message ?? ""} ${e?.data?.error ?? ""}`) || (e?.cause !== undefined && e.cause !== err && blocksRefused(e.cause));
}

/** How the messages of a delivery are posted when an attempt's outcome is unknown. */
export interface DeliveryPostOptions {
  /** How long one chat.postMessage may take before its outcome is unknown; default 30 s. */
  timeoutMs?: number;
  /** The wait after an unknown outcome before the conversation is read back, for Slack to finish; default 3 s. */
  settleMs?: number;
  /** Posts of one message, in all, while Slack shows it did not arrive; default 3. */
  maxAttempts?: number;
  /** How far back the channel's history is read (epoch ms from now); default one hour. */
  lookBackMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface PostMessagesOptions {
  /**
   * Marks each message with the delivery and its part, and posts each once: with one HTTP
   * request per attempt, and after an attempt whose outcome is unknown only when a read-back
   * shows the message did not arrive.
   */
  deliveryKey?: string;
  /** Parts already shown in Slack: not posted again. */
  skip?: ReadonlySet<number>;
  /** The same messages with plain blocks only, for when Slack refuses a block (see blocksRefused). */
  plain?: () => SlackMessage[];
  retry?: RateLimitRetryOptions;
  /** Timeout and read-back of a delivery's posts. */
  once?: DeliveryPostOptions;
  logger?: Logger;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Posts messages in order with chat.postMessage, waiting out rate limits. @throws PostError */
export async function postMessages(client: webApi.WebClient, channel: string, thread: string | undefined, messages: SlackMessage[], options: PostMessagesOptions = {}): Promise<number> {
  const { deliveryKey, logger } = options;
  const retry: RateLimitRetryOptions = {
    ...options.retry,
    onRetry: (waitMs, attempt) => logger?.warn("slack rate limited, retrying", { channel, waitMs, attempt }),
  };
  const poster = deliveryKey ? singleAttemptClient(client, options.once?.timeoutMs) : client;
  let posted = 0;
  let current = messages;
  const postOnce = (part: number) =>
    withRateLimitRetries(
      () =>
        poster.chat.postMessage({
          channel,
          ...(thread ? { thread_ts: thread } : {}),
          text: current[part].text,
          blocks: current[part].blocks,
          unfurl_links: false,
          unfurl_media: false,
          ...(deliveryKey ? { metadata: deliveryMetadata(deliveryKey, part) } : {}),
        }),
      retry,
    );
  const post = (part: number) => (deliveryKey ? postDeliveryPart(client, { channel, thread }, deliveryKey, part, () => postOnce(part), options) : postOnce(part));
  for (let part = 0; part < current.length; part++) {
    if (options.skip?.has(part)) continue;
    try {
      await post(part);
    } catch (err) {
      if (!options.plain || current !== messages || !blocksRefused(err)) throw err;
      logger?.warn("slack refused a block; posting with plain blocks", { channel });
      current = options.plain();
      await post(part);
    }
    posted++;
  }
  return posted;
}

/**
 * Posts part `part` of delivery `key` once. A refusal (or a 429 waited out too often) is thrown;
 * after an unknown outcome the conversation is read back: a message that arrived is not posted
 * again, one that did not is, and where Slack cannot be read back nothing is (PostError
 * "uncertain"). A request that never left is tried again after a short pause.
 */
async function postDeliveryPart(client: webApi.WebClient, place: { channel: string; thread?: string }, key: string, part: number, attempt: () => Promise<unknown>, options: PostMessagesOptions): Promise<void> {
  const { logger } = options;
  const { settleMs = 3000, maxAttempts = 3, lookBackMs = 3_600_000, sleep = defaultSleep } = options.once ?? {};
  for (let n = 1; ; n++) {
    let failure: PostError;
    try {
      await attempt();
      return;
    } catch (err) {
      failure = toPostError(err);
    }
    const fields = { channel: place.channel, delivery: key, part, attempt: n, code: failure.code, error: failure.message };
    if (postOutcome(failure) === "not_posted") {
      // A refusal stands; only a request that never reached Slack is worth sending again.
      if (failure.code !== "transient" || n >= maxAttempts) throw failure;
      logger?.warn("slack post not sent; trying again", fields);
      await sleep(settleMs);
      continue;
    }
    logger?.warn("slack post outcome unknown; reading the conversation back", fields);
    await sleep(settleMs);
    const shown = await postedParts(client, { ...place, sinceMs: Date.now() - lookBackMs }, key, logger);
    if (!shown) throw new PostError("uncertain", `Slack may have posted part ${part} of ${key} in ${place.channel} and cannot be read back to tell: ${failure.message}`, { cause: failure });
    if (shown.has(part)) {
      logger?.info("slack post arrived although its answer did not", fields);
      return;
    }
    if (n >= maxAttempts) throw failure;
    logger?.warn("slack post did not arrive; posting it again", fields);
  }
}
