/**
 * Each Slack delivery answered once, whichever replica receives it. Slack redelivers an event
 * (same event_id, `x-slack-retry-num`) when an ack seems late, and a load balancer may hand the
 * retry to another replica; a slash command or button click is identified by its trigger_id.
 * The first replica to claim the id in the store answers; a repeat is dropped, or, while the
 * claimer is still answering, watched until it answers or dies (then this one takes over).
 * Without a store, or while the store is unreachable, ids are remembered in this process only.
 * The claim is put on Bolt's context as the listener's Delivery (see delivery.ts): the listener
 * records when posting starts, and a claim taken over from a replica that died after that point
 * arrives "unconfirmed", to be looked for in Slack before anything is posted again.
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Logger } from "../../core/log.js";
import type { Store } from "../../store/types.js";
import type { RecentIds } from "./recent-ids.js";
import { setDelivery } from "./delivery.js";

/** Set on Bolt's context once the middleware has acknowledged the request. */
const ACKED = "answerOnceAcked";

export interface AnswerOnceConfig {
  logger: Logger;
  /** Ids seen by this process: the fallback without a (reachable) store. */
  recent: RecentIds;
  store?: Pick<Store, "claimEvent" | "completeEvent" | "markEventPosting">;
  /** How long a claimed id is remembered; default one hour (Slack retries within minutes). */
  ttlMs?: number;
  /** How long to watch a delivery another replica is answering; default 30 s. */
  watchMs?: number;
  /** Between two looks at it; default 250 ms. */
  pollMs?: number;
}

/** The id that stays the same across redeliveries: event_id, else the trigger_id of a command or click. */
export function deliveryId(body: unknown): string | undefined {
  const b = body as { event_id?: unknown; trigger_id?: unknown };
  if (typeof b.event_id === "string" && b.event_id) return b.event_id;
  if (typeof b.trigger_id === "string" && b.trigger_id) return `trigger:${b.trigger_id}`;
  return undefined;
}

/**
 * Whether a request is acknowledged empty and at once, before any listener runs: every delivery
 * with an id, except a form's submission, whose acknowledgement carries the form's errors.
 * Answers follow through response_url or the Web API.
 */
export function acksAtOnce(body: unknown): boolean {
  return deliveryId(body) !== undefined && (body as { type?: unknown }).type !== "view_submission";
}

/** Acknowledges unless the once-middleware already did (a second ack throws in Bolt). */
export async function ackOnce(ack: () => Promise<void>, context: Record<string, unknown>): Promise<void> {
  if (context[ACKED] !== true) await ack();
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The global middleware. */
export function answerOnce(config: AnswerOnceConfig): Middleware<AnyMiddlewareArgs> {
  const { logger, recent, store } = config;
  const ttlMs = config.ttlMs ?? 3_600_000;
  const watchMs = config.watchMs ?? 30_000;
  const pollMs = config.pollMs ?? 250;

  const ignored = (id: string, context: Record<string, unknown>, how: string) => {
    logger.info("ignored a repeated slack event", { eventId: id, retryNum: context.retryNum, retryReason: context.retryReason, how });
    return false;
  };
  const firstInProcess = (id: string, context: Record<string, unknown>) => recent.add(id) || ignored(id, context, "seen by this process");

  /** Whether this process should answer `id` (it holds the claim), and whether the claim is unconfirmed. */
  async function claim(id: string, context: Record<string, unknown>): Promise<"claimed" | "unconfirmed" | undefined> {
    const inProcess = () => (firstInProcess(id, context) ? "claimed" : undefined);
    if (!store) return inProcess();
    const deadline = Date.now() + watchMs;
    for (;;) {
      let outcome;
      try {
        outcome = await store.claimEvent(id, ttlMs);
      } catch (err) {
        logger.warn("slack delivery claims unavailable; deduplicating in this process only", { eventId: id, error: (err as Error).message });
        return inProcess();
      }
      if (outcome === "claimed" || outcome === "unconfirmed") {
        // Remembered here too, for the time the store may be unreachable.
        recent.add(id);
        if (outcome === "unconfirmed") logger.warn("took over a slack delivery whose process stopped while posting it", { eventId: id });
        return outcome;
      }
      if (outcome === "done") return void ignored(id, context, "answered");
      if (Date.now() >= deadline) return void ignored(id, context, "still being answered by another process");
      await sleep(pollMs);
    }
  }

  return async (args) => {
    const { body, context, next } = args;
    const id = deliveryId(body);
    if (!id) return next();
    const ack = (args as { ack?: () => Promise<void> }).ack;
    if (ack && acksAtOnce(body)) {
      // Over HTTP the receiver has already answered the request (http-ingress.ts) and this ack
      // does nothing; in Socket Mode it is the acknowledgement. Listeners then skip theirs.
      await ack();
      context[ACKED] = true;
    }
    const outcome = await claim(id, context);
    if (!outcome) return;
    setDelivery(context, {
      key: id,
      unconfirmed: outcome === "unconfirmed",
      // Answering matters more than the mark: without it a crash right after posting may post twice.
      posting: async () => {
        await store?.markEventPosting(id).catch((err) => logger.warn("could not mark a slack delivery as being posted", { eventId: id, error: (err as Error).message }));
      },
    });
    try {
      await next();
    } finally {
      if (store) await store.completeEvent(id).catch((err) => logger.warn("could not mark a slack delivery answered", { eventId: id, error: (err as Error).message }));
    }
  };
}
