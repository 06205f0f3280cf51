/**
 * The Store on PostgreSQL, for several replicas sharing one database. Every claim is a row with
 * a unique key taken in one statement, so exactly one replica wins it; writes that touch two
 * tables run in one transaction. While the server is unreachable calls raise
 * StoreUnavailableError at once and the connection reconnects with backoff (./connection.ts).
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import pg from "pg";
import type { ConversationRef } from "../../core/types.js";
import type { Logger } from "../../core/log.js";
import type { DigestClaim, DigestLogEntry, EventClaim, Feedback, Store, StoreHealth, Subscription } from "../types.js";
import { StoreClosedError } from "../errors.js";
import { backoffDelay, createPgConnection, isConnectionError, type BackoffOptions, type PgConnection } from "./connection.js";
import { LOCK_NAMESPACE, migrate, type MigrationResult } from "./migrate.js";

export interface PostgresStoreConfig {
  /** DATABASE_URL, `postgres://user:password@host:port/database`. */
  url: string;
  logger: Logger;
  /** Clock for timestamps (tests inject one). */
  now?: () => Date;
  /** Digest log entries older than this many days are dropped on open. Default 120. */
  keepLogDays?: number;
  backoff?: BackoffOptions;
  poolSize?: number;
  /** How long start-up keeps trying to reach the server before giving up; default 30 s. */
  startTimeoutMs?: number;
}

/** The PostgreSQL store: the Store contract plus what the operator and the tests look at. */
export interface PostgresStore extends Store {
  /** This process's row in `instances`; its claims carry it. */
  readonly instanceId: number;
  /** What the start-up migration did. */
  readonly migration: MigrationResult;
  digestLog(subscriptionId?: string): Promise<DigestLogEntry[]>;
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface SubscriptionRow {
  id: string;
  conversation: ConversationRef;
  body: string;
  local_time: string;
  time_zone: string;
  days_before: number;
  created_at: Date;
  created_by: string | null;
  lang: "en" | "zh" | null;
}

function toSubscription(r: SubscriptionRow): Subscription {
  return {
    id: r.id,
    conversation: r.conversation,
    body: r.body,
    time: r.local_time,
    timeZone: r.time_zone,
    daysBefore: r.days_before,
    createdAt: r.created_at.toISOString(),
    ...(r.created_by !== null ? { createdBy: r.created_by } : {}),
    ...(r.lang !== null ? { lang: r.lang } : {}),
  };
}

interface DigestRow {
  subscription_id: string;
  local_date: string;
  status: DigestLogEntry["status"];
  attempts: number;
  claimed_at: Date;
  completed_at: Date | null;
  detail: string | null;
}

function toDigestEntry(r: DigestRow): DigestLogEntry {
  return {
    subscriptionId: r.subscription_id,
    localDate: r.local_date,
    status: r.status,
    attempts: r.attempts,
    claimedAt: r.claimed_at.toISOString(),
    ...(r.completed_at !== null ? { completedAt: r.completed_at.toISOString() } : {}),
    ...(r.detail !== null ? { detail: r.detail } : {}),
  };
}

/** Whether the owner of a claim (the instance id in `column`) is alive: it holds its advisory lock in this database (see holdLiveness). */
const ownerAlive = (column: string) => `EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND l.classid = ${LOCK_NAMESPACE}::oid AND l.objid = ${column}::oid)`;

/**
 * Connects (retrying with backoff until `startTimeoutMs`), applies pending migrations,
 * registers this process and takes its liveness lock.
 * @throws SchemaTooNewError when the database belongs to a newer release.
 * @throws StoreUnavailableError when the server cannot be reached in time.
 */
export async function createPostgresStore(config: PostgresStoreConfig): Promise<PostgresStore> {
  const { url, logger } = config;
  const now = config.now ?? (() => new Date());
  const where = redactUrl(url);
  const conn = createPgConnection({ url, logger, backoff: config.backoff, poolSize: config.poolSize });
  try {
    const migration = await untilReachable(() => migrate(conn.transaction), config, where);
    if (migration.applied.length) logger.info("database migrated", { database: where, from: migration.from, to: migration.to, applied: migration.applied });
    return await openMigrated(config, conn, migration, now, where);
  } catch (err) {
    await conn.close();
    throw err;
  }
}

/** Runs `step`, retrying while the server is unreachable, up to the start-up timeout. */
async function untilReachable<T>(step: () => Promise<T>, config: PostgresStoreConfig, where: string): Promise<T> {
  const deadline = Date.now() + (config.startTimeoutMs ?? 30_000);
  for (let attempt = 0; ; attempt++) {
    try {
      return await step();
    } catch (err) {
      if (!isConnectionError(err)) throw err;
      if (Date.now() >= deadline) {
        throw Object.assign(err as Error, {
          message: `Could not reach the database at ${where}: ${(err as Error).message}. Check that the server runs and that DATABASE_URL names it.`,
        });
      }
      config.logger.warn("database not reachable yet; retrying", { database: where, attempt: attempt + 1 });
      await sleep(backoffDelay(attempt, config.backoff));
    }
  }
}

async function openMigrated(config: PostgresStoreConfig, conn: PgConnection, migration: MigrationResult, now: () => Date, where: string): Promise<PostgresStore> {
  const { logger, url } = config;
  const { rows } = await conn.query<{ id: number }>("INSERT INTO instances (host, pid) VALUES ($1, $2) RETURNING id", [hostname(), process.pid]);
  const instanceId = rows[0].id;
  let closed = false;
  let liveness: pg.Client | undefined;
  let livenessTimer: NodeJS.Timeout | undefined;

  /** Holds the advisory lock that tells other replicas this one is alive; re-taken after a reconnect. */
  const holdLiveness = async (attempt = 0): Promise<void> => {
    if (closed) return;
    const client = new pg.Client({ connectionString: url, keepAlive: true, connectionTimeoutMillis: 5000 });
    const retry = () => {
      if (closed || liveness !== client) return;
      liveness = undefined;
      logger.warn("lost the liveness connection; reconnecting", { instance: instanceId });
      void holdLiveness(0);
    };
    client.on("error", retry);
    client.on("end", retry);
    try {
      await client.connect();
      await client.query("SELECT pg_advisory_lock($1, $2)", [LOCK_NAMESPACE, instanceId]);
      liveness = client;
      if (closed) await client.end();
    } catch (err) {
      await client.end().catch(() => undefined);
      if (closed) return;
      livenessTimer = setTimeout(() => void holdLiveness(attempt + 1), backoffDelay(attempt, config.backoff));
      livenessTimer.unref();
      if (attempt === 0) logger.warn("could not take the liveness lock; retrying", { instance: instanceId, error: (err as Error).message });
    }
  };
  await holdLiveness();
  if (!liveness) {
    await conn.close();
    throw new Error(`Could not take the liveness lock on ${where}`);
  }

  const stamp = () => now();
  const keepDays = config.keepLogDays ?? 120;
  const cutoff = new Date(now().getTime() - keepDays * 86_400_000).toISOString().slice(0, 10);
  await conn.query("DELETE FROM digest_log WHERE local_date < $1", [cutoff]);
  const purgeEvents = async () => {
    await conn.query("DELETE FROM seen_events WHERE expires_at <= $1", [stamp()]);
    await conn.query("DELETE FROM requests WHERE expires_at <= $1", [stamp()]);
  };
  await purgeEvents();
  const purgeTimer = setInterval(() => purgeEvents().catch((err) => logger.warn("purging expired event claims failed", { error: (err as Error).message })), 3_600_000);
  purgeTimer.unref();

  const open = () => {
    if (closed) throw new StoreClosedError(where);
    return conn;
  };

  const store: PostgresStore = {
    instanceId,
    migration,
    async listSubscriptions() {
      const { rows } = await open().query<SubscriptionRow>("SELECT * FROM subscriptions ORDER BY seq");
      return rows.map(toSubscription);
    },
    async subscribe(sub) {
      return open().transaction(async (q) => {
        const { rows } = await q.query<SubscriptionRow>(
          `INSERT INTO subscriptions (id, platform, conversation_id, body, conversation, local_time, time_zone, days_before, created_at, created_by, lang)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
           ON CONFLICT (platform, conversation_id, body) DO UPDATE SET
             conversation = EXCLUDED.conversation, local_time = EXCLUDED.local_time, time_zone = EXCLUDED.time_zone,
             days_before = EXCLUDED.days_before, created_by = COALESCE(EXCLUDED.created_by, subscriptions.created_by),
             lang = COALESCE(EXCLUDED.lang, subscriptions.lang)
           RETURNING *`,
          [randomUUID(), sub.conversation.platform, sub.conversation.id, sub.body, JSON.stringify(sub.conversation), sub.time, sub.timeZone, sub.daysBefore, stamp(), sub.createdBy ?? null, sub.lang ?? null],
        );
        // Subscribing from a conversation proves the assistant is back in it.
        await q.query("DELETE FROM unreachable WHERE platform = $1 AND conversation_id = $2", [sub.conversation.platform, sub.conversation.id]);
        return toSubscription(rows[0]);
      });
    },
    async unsubscribe(conversation, body) {
      const { rowCount } = await open().query("DELETE FROM subscriptions WHERE platform = $1 AND conversation_id = $2 AND ($3::text IS NULL OR body = $3)", [
        conversation.platform,
        conversation.id,
        body ?? null,
      ]);
      return rowCount ?? 0;
    },
    async subscriptionsFor(conversation) {
      const { rows } = await open().query<SubscriptionRow>("SELECT * FROM subscriptions WHERE platform = $1 AND conversation_id = $2 ORDER BY seq", [conversation.platform, conversation.id]);
      return rows.map(toSubscription);
    },
    async saveConversationReference(platform, conversationId, reference) {
      await open().transaction(async (q) => {
        await q.query(
          `INSERT INTO conversation_references (platform, conversation_id, reference, updated_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (platform, conversation_id) DO UPDATE SET reference = EXCLUDED.reference, updated_at = EXCLUDED.updated_at`,
          [platform, conversationId, JSON.stringify(reference ?? null), stamp()],
        );
        // A conversation that talks to the bot again (re-added after removal) is reachable again.
        await q.query("DELETE FROM unreachable WHERE platform = $1 AND conversation_id = $2", [platform, conversationId]);
      });
    },
    async conversationReference(platform, conversationId) {
      const { rows } = await open().query<{ reference: unknown }>("SELECT reference FROM conversation_references WHERE platform = $1 AND conversation_id = $2", [platform, conversationId]);
      return rows[0]?.reference ?? undefined;
    },
    async markUnreachable(platform, conversationId, reason) {
      await open().query(
        `INSERT INTO unreachable (platform, conversation_id, reason, marked_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (platform, conversation_id) DO UPDATE SET reason = EXCLUDED.reason, marked_at = EXCLUDED.marked_at`,
        [platform, conversationId, reason, stamp()],
      );
    },
    async isUnreachable(platform, conversationId) {
      const { rowCount } = await open().query("SELECT 1 FROM unreachable WHERE platform = $1 AND conversation_id = $2", [platform, conversationId]);
      return (rowCount ?? 0) > 0;
    },
    async claimDigest(subscriptionId, localDate) {
      // One statement: of replicas racing for the same key, one inserts; the others wait on the
      // unique key and then see a row that is neither "failed" nor abandoned, so they update nothing.
      // A claim abandoned while posting stays "posting": whoever takes it must look before posting.
      const { rows } = await open().query<{ status: string }>(
        `INSERT INTO digest_log (subscription_id, local_date, status, attempts, claimed_at, owner) VALUES ($1, $2, 'claimed', 1, $3, $4)
         ON CONFLICT (subscription_id, local_date) DO UPDATE SET
           status = CASE WHEN digest_log.status = 'posting' THEN 'posting' ELSE 'claimed' END,
           attempts = digest_log.attempts + 1, claimed_at = EXCLUDED.claimed_at, completed_at = NULL, owner = EXCLUDED.owner
         WHERE digest_log.status = 'failed'
            OR (digest_log.status IN ('claimed', 'posting') AND digest_log.owner IS NOT NULL AND digest_log.owner <> $4 AND NOT ${ownerAlive("digest_log.owner")})
         RETURNING status`,
        [subscriptionId, localDate, stamp(), instanceId],
      );
      if (!rows[0]) return "taken" satisfies DigestClaim;
      return (rows[0].status === "posting" ? "unconfirmed" : "claimed") satisfies DigestClaim;
    },
    async markDigestPosting(subscriptionId, localDate) {
      await open().query("UPDATE digest_log SET status = 'posting' WHERE subscription_id = $1 AND local_date = $2 AND owner = $3 AND status = 'claimed'", [
        subscriptionId,
        localDate,
        instanceId,
      ]);
    },
    async completeDigest(subscriptionId, localDate, outcome, detail) {
      await open().query(
        `INSERT INTO digest_log (subscription_id, local_date, status, attempts, claimed_at, completed_at, detail) VALUES ($1, $2, $3, 1, $4, $4, $5)
         ON CONFLICT (subscription_id, local_date) DO UPDATE SET status = EXCLUDED.status, completed_at = EXCLUDED.completed_at, detail = COALESCE(EXCLUDED.detail, digest_log.detail)`,
        [subscriptionId, localDate, outcome, stamp(), detail ?? null],
      );
    },
    async digestEntry(subscriptionId, localDate) {
      const { rows } = await open().query<DigestRow>("SELECT * FROM digest_log WHERE subscription_id = $1 AND local_date = $2", [subscriptionId, localDate]);
      return rows[0] ? toDigestEntry(rows[0]) : undefined;
    },
    async digestLog(subscriptionId) {
      const { rows } = await open().query<DigestRow>("SELECT * FROM digest_log WHERE $1::text IS NULL OR subscription_id = $1 ORDER BY claimed_at, subscription_id, local_date", [
        subscriptionId ?? null,
      ]);
      return rows.map(toDigestEntry);
    },
    async recordFeedback(f) {
      await open().query("INSERT INTO feedback (conversation, user_id, answer_ref, vote, at, id, reason) VALUES ($1, $2, $3, $4, $5, $6, $7)", [
        JSON.stringify(f.conversation),
        f.user ?? null,
        f.answerRef,
        f.vote,
        f.at,
        f.id ?? null,
        f.reason ?? null,
      ]);
    },
    async listFeedback(since) {
      const { rows } = await open().query<{ conversation: ConversationRef; user_id: string | null; answer_ref: string; vote: "up" | "down"; at: Date; id: string | null; reason: string | null }>(
        "SELECT * FROM feedback WHERE $1::timestamptz IS NULL OR at >= $1 ORDER BY seq",
        [since ?? null],
      );
      return rows.map((r) => ({
        conversation: r.conversation,
        ...(r.user_id !== null ? { user: r.user_id } : {}),
        answerRef: r.answer_ref,
        vote: r.vote,
        at: r.at.toISOString(),
        ...(r.id !== null ? { id: r.id } : {}),
        ...(r.reason !== null ? { reason: r.reason } : {}),
      }));
    },
    async setFeedbackReason(id, reason) {
      const { rowCount } = await open().query("UPDATE feedback SET reason = $2 WHERE id = $1", [id, reason]);
      return (rowCount ?? 0) > 0;
    },
    async recordQuestion(q) {
      await open().query("INSERT INTO questions (conversation, text, answered, kind, at) VALUES ($1, $2, $3, $4, $5)", [JSON.stringify(q.conversation), q.text, q.answered, q.kind, q.at]);
    },
    async listQuestions(since) {
      const { rows } = await open().query<{ conversation: ConversationRef; text: string; answered: boolean; kind: string; at: Date }>(
        "SELECT * FROM questions WHERE $1::timestamptz IS NULL OR at >= $1 ORDER BY seq",
        [since ?? null],
      );
      return rows.map((r) => ({ conversation: r.conversation, text: r.text, answered: r.answered, kind: r.kind, at: r.at.toISOString() }));
    },
    async thread(platform, conversationId, thread) {
      const { rows } = await open().query<{ context: Record<string, string>; updated_at: Date }>(
        "SELECT context, updated_at FROM threads WHERE platform = $1 AND conversation_id = $2 AND thread = $3",
        [platform, conversationId, thread],
      );
      return rows[0] ? { platform, conversationId, thread, context: rows[0].context, updatedAt: rows[0].updated_at.toISOString() } : undefined;
    },
    async saveThread(platform, conversationId, thread, context) {
      // One statement: keys given replace older values, the others stay.
      await open().query(
        `INSERT INTO threads (platform, conversation_id, thread, context, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (platform, conversation_id, thread) DO UPDATE SET context = threads.context || EXCLUDED.context, updated_at = EXCLUDED.updated_at`,
        [platform, conversationId, thread, JSON.stringify(context), stamp()],
      );
    },
    async claimEvent(eventId, ttlMs) {
      const at = stamp();
      const { rows } = await open().query<{ status: string }>(
        `INSERT INTO seen_events (id, owner, status, expires_at) VALUES ($1, $2, 'claimed', $3)
         ON CONFLICT (id) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at,
           status = CASE WHEN seen_events.status = 'posting' AND seen_events.expires_at > $4 THEN 'posting' ELSE 'claimed' END
         WHERE seen_events.expires_at <= $4
            OR (seen_events.status IN ('claimed', 'posting') AND seen_events.owner <> $2 AND NOT ${ownerAlive("seen_events.owner")})
         RETURNING status`,
        [eventId, instanceId, new Date(at.getTime() + ttlMs), at],
      );
      if (rows[0]) return (rows[0].status === "posting" ? "unconfirmed" : "claimed") satisfies EventClaim;
      const { rows: current } = await open().query<{ status: string }>("SELECT status FROM seen_events WHERE id = $1", [eventId]);
      return (current[0]?.status === "done" ? "done" : "busy") satisfies EventClaim;
    },
    async markEventPosting(eventId) {
      await open().query("UPDATE seen_events SET status = 'posting' WHERE id = $1 AND owner = $2 AND status = 'claimed'", [eventId, instanceId]);
    },
    async completeEvent(eventId) {
      await open().query("UPDATE seen_events SET status = 'done' WHERE id = $1 AND owner = $2", [eventId, instanceId]);
    },
    async claimRequest(key, expiresAt, payload) {
      const at = stamp();
      // One statement: of two replicas claiming the same request at once, one inserts it.
      const { rowCount } = await open().query(
        `INSERT INTO requests (key, claimed_at, expires_at, payload) VALUES ($1, $2, $3, $4)
         ON CONFLICT (key) DO UPDATE SET claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at, payload = EXCLUDED.payload
         WHERE requests.expires_at <= $2`,
        [key, at, expiresAt, payload === undefined ? null : JSON.stringify(payload)],
      );
      return rowCount === 1;
    },
    async settleRequest(key) {
      await open().query("UPDATE requests SET payload = NULL WHERE key = $1", [key]);
    },
    async pendingRequests() {
      const { rows } = await open().query<{ key: string; claimed_at: Date; payload: unknown }>(
        "SELECT key, claimed_at, payload FROM requests WHERE payload IS NOT NULL AND expires_at > $1 ORDER BY claimed_at",
        [stamp()],
      );
      return rows.map((r) => ({ key: r.key, claimedAt: new Date(r.claimed_at).toISOString(), payload: r.payload }));
    },
    async health(): Promise<StoreHealth> {
      if (closed) return { kind: "postgres", ok: false, error: "closed" };
      const error = await conn.ping();
      return error === undefined ? { kind: "postgres", ok: true } : { kind: "postgres", ok: false, error };
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(purgeTimer);
      if (livenessTimer) clearTimeout(livenessTimer);
      const client = liveness;
      liveness = undefined;
      // Ending the session releases the liveness lock: this process's open claims become free.
      await client?.end().catch(() => undefined);
      await conn.close();
    },
  };
  return store;
}
