/**
 * Posts each subscription's digest once per local day, at or after its local time. The digest is
 * claimed in the store's log before it is composed and marked as being posted before it is sent,
 * so a crash, a restart or a second timer or replica never posts it twice: the claim of a process
 * that died before posting is taken over and the digest sent; one that died while posting leaves
 * it unconfirmed, and the next process looks for it in the channel (where the platform can tell)
 * and posts only what did not arrive, or else records it as uncertain rather than post it again.
 * A failed send is marked and retried on a later tick the same day, again posting only what did
 * not arrive where the platform can tell (a long digest is several messages). Only the current local date
 * is ever considered, so a time missed while the bot was down is caught up the same day and never
 * for past days.
 */
import { PostError, type Poster } from "../core/assistant.js";
import type { Logger } from "../core/log.js";
import { localParts } from "../core/time.js";
import type { KnowledgeIndex } from "../knowledge/index.js";
import type { Store, Subscription } from "../store/types.js";
import type { BodyCatalog } from "./bodies.js";
import { channelOf } from "./channel.js";
import { composeDigest } from "./compose.js";

/** Options of createDigestScheduler. */
export interface DigestSchedulerConfig {
  index: KnowledgeIndex;
  store: Store;
  /** One poster per platform; subscriptions of platforms without one are left alone. */
  posters: Poster[];
  logger: Logger;
  clock?: () => Date;
  bodies?: BodyCatalog;
  /** How often to look; default one minute. */
  intervalMs?: number;
  /** Sends of one digest before giving up for the day; default 5. */
  maxAttempts?: number;
  /** Wait before retrying a transient failure when the platform gives no retry-after; default 5 minutes. */
  retryDelayMs?: number;
}

/** What one tick did, per subscription. */
export interface TickOutcome {
  subscriptionId: string;
  localDate: string;
  outcome: "sent" | "nothing" | "failed" | "gave_up" | "unreachable" | "uncertain";
  detail?: string;
}

export interface DigestScheduler {
  /** Runs a tick at once (catching up today's missed digests; a failure is logged), then every intervalMs. */
  start(): Promise<void>;
  /** Stops the timer and waits for a running tick. */
  stop(): Promise<void>;
  /** Looks at every subscription once; concurrent calls share the running tick. */
  tick(): Promise<TickOutcome[]>;
}

export function createDigestScheduler(config: DigestSchedulerConfig): DigestScheduler {
  const { index, store, logger } = config;
  const clock = config.clock ?? (() => new Date());
  const intervalMs = config.intervalMs ?? 60_000;
  const maxAttempts = config.maxAttempts ?? 5;
  const retryDelayMs = config.retryDelayMs ?? 5 * 60_000;
  const posters = new Map(config.posters.map((p) => [p.platform, p]));
  // Earliest next attempt after a failure, per subscription and date; in memory only, because
  // after a restart an immediate retry is what a person would want anyway.
  const retryAt = new Map<string, number>();
  const warnedNoPoster = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<TickOutcome[]> | undefined;

  async function runOne(sub: Subscription, now: Date): Promise<TickOutcome | undefined> {
    const conv = channelOf(sub.conversation);
    const poster = posters.get(conv.platform);
    if (!poster) {
      if (!warnedNoPoster.has(conv.platform)) logger.warn("no poster for platform; its digests wait", { platform: conv.platform });
      warnedNoPoster.add(conv.platform);
      return undefined;
    }
    if (await store.isUnreachable(conv.platform, conv.id)) return undefined;
    const local = localParts(sub.timeZone, now);
    if (local.time < sub.time) return undefined;
    const key = `${sub.id}|${local.date}`;
    if ((retryAt.get(key) ?? 0) > now.getTime()) return undefined;
    const claim = await store.claimDigest(sub.id, local.date);
    if (claim === "taken") return undefined;
    const result = (outcome: TickOutcome["outcome"], detail?: string): TickOutcome => ({ subscriptionId: sub.id, localDate: local.date, outcome, ...(detail ? { detail } : {}) });
    const uncertain = async (why: string) => {
      await store.completeDigest(sub.id, local.date, "skipped", `uncertain: ${why}`);
      logger.warn("digest may have been posted by a process that stopped while posting it; not posted again", { subscription: sub.id, platform: conv.platform, conversation: conv.id, date: local.date, why });
      return result("uncertain", why);
    };
    if (claim === "unconfirmed" && !poster.confirmsDeliveries) return uncertain(`${conv.platform} cannot tell whether it arrived`);

    let reply;
    try {
      reply = composeDigest({ index, bodies: config.bodies, body: sub.body, date: local.date, daysBefore: sub.daysBefore, lang: sub.lang ?? "en", timeZone: sub.timeZone });
    } catch (err) {
      // A bug in composition must not be retried every minute all day.
      logger.error("digest composition failed", { subscription: sub.id, body: sub.body, date: local.date, error: (err as Error).message });
      await store.completeDigest(sub.id, local.date, "skipped", `compose error: ${(err as Error).message}`);
      return result("gave_up", (err as Error).message);
    }
    if (!reply) {
      await store.completeDigest(sub.id, local.date, "skipped", "nothing ahead within the window");
      return result("nothing");
    }

    // An attempt that failed may have posted the first messages of a long digest: where the
    // platform can tell, a retry posts only what is missing.
    const failedBefore = claim === "claimed" && poster.confirmsDeliveries === true && (await store.digestEntry(sub.id, local.date))?.detail !== undefined;
    const resume = claim === "unconfirmed" || failedBefore;
    // From here on a process that takes the claim over cannot know whether the digest arrived.
    if (claim === "claimed") await store.markDigestPosting(sub.id, local.date);
    try {
      await poster.post(conv, reply, { deliveryKey: `digest:${sub.id}:${local.date}`, resume });
    } catch (err) {
      const pe = err instanceof PostError ? err : new PostError("transient", (err as Error)?.message ?? String(err), { cause: err });
      if (pe.code === "uncertain") return uncertain(pe.message);
      const fields = { subscription: sub.id, platform: conv.platform, conversation: conv.id, date: local.date, code: pe.code, error: pe.message };
      if (pe.code === "unreachable") {
        await store.markUnreachable(conv.platform, conv.id, pe.message);
        await store.completeDigest(sub.id, local.date, "failed", `unreachable: ${pe.message}`);
        logger.warn("conversation unreachable; its digests stop until it subscribes again", fields);
        return result("unreachable", pe.message);
      }
      const attempts = (await store.digestEntry(sub.id, local.date))?.attempts ?? 1;
      const retryable = pe.code === "rate_limited" || pe.code === "transient";
      if (!retryable || attempts >= maxAttempts) {
        // "skipped" is final: auth and bad requests will not heal by themselves today.
        await store.completeDigest(sub.id, local.date, "skipped", `gave up after ${attempts} attempt(s): ${pe.code}: ${pe.message}`);
        logger.error("digest not posted; giving up for today", { ...fields, attempts });
        return result("gave_up", `${pe.code}: ${pe.message}`);
      }
      await store.completeDigest(sub.id, local.date, "failed", `${pe.code}: ${pe.message}`);
      retryAt.set(key, now.getTime() + (pe.retryAfterMs ?? retryDelayMs));
      logger.warn("digest post failed; will retry", { ...fields, attempts });
      return result("failed", `${pe.code}: ${pe.message}`);
    }
    await store.completeDigest(sub.id, local.date, "sent");
    retryAt.delete(key);
    logger.info("digest posted", { subscription: sub.id, platform: conv.platform, conversation: conv.id, body: sub.body, date: local.date });
    return result("sent");
  }

  async function runTick(): Promise<TickOutcome[]> {
    const now = clock();
    const outcomes: TickOutcome[] = [];
    for (const sub of await store.listSubscriptions()) {
      try {
        const o = await runOne(sub, now);
        if (o) outcomes.push(o);
      } catch (err) {
        // A store failure for one subscription must not starve the others.
        logger.error("digest tick failed for a subscription", { subscription: sub.id, error: (err as Error).message });
      }
    }
    return outcomes;
  }

  const tick = (): Promise<TickOutcome[]> => {
    running ??= runTick().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    tick,
    async start() {
      if (timer) return;
      timer = setInterval(() => {
        tick().catch((err) => logger.error("digest tick failed", { error: (err as Error).message }));
      }, intervalMs);
      // The HTTP server keeps a serving process alive; the scheduler alone must not.
      timer.unref();
      // A store that does not answer at start-up (a busy or restarting database) delays the
      // digests to the next tick; it is no reason for the process not to start.
      await tick().catch((err) => logger.error("digest tick failed; the next tick tries again", { error: (err as Error).message }));
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
