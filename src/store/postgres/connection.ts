/**
 * The connection to PostgreSQL: a `pg` pool that fails fast while the server is away and
 * reconnects with exponential backoff. While it is down every call raises StoreUnavailableError
 * at once (callers answer "try again shortly" instead of hanging), and a probe retries in the
 * background until the server answers again.
 */
import pg from "pg";
import type { Logger } from "../../core/log.js";
import { StoreUnavailableError } from "../errors.js";

/** What runs a statement: the pool, or one client inside a transaction. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

export interface BackoffOptions {
  /** First wait after a failure; default 250 ms. */
  initialMs?: number;
  /** Longest wait between attempts; default 5 s. */
  maxMs?: number;
}

export interface PgConnectionConfig {
  /** DATABASE_URL. */
  url: string;
  logger: Logger;
  /** Connections in the pool; default 10. */
  poolSize?: number;
  backoff?: BackoffOptions;
  /** How long a call waits for a connection (from the pool or new); default 15 s. */
  connectTimeoutMs?: number;
}

export interface PgConnection extends Queryable {
  /** Runs `fn` in one transaction: all of it is written, or none. */
  transaction<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** A round trip to the server; undefined when it answers, else why not. */
  ping(): Promise<string | undefined>;
  /** False while the server is unreachable and the probe is retrying. */
  readonly up: boolean;
  close(): Promise<void>;
}

/** Delays of an exponential backoff with a little jitter, capped. */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const initial = options.initialMs ?? 250;
  const max = options.maxMs ?? 5000;
  const base = Math.min(max, initial * 2 ** attempt);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/**
 * Whether an error means the server could not be reached or the connection was lost, as opposed
 * to an error in a statement (a constraint, a syntax error) that retrying would not fix.
 * Errors the server reports carry a SQLSTATE; connection exceptions are class 08, and 57P01-03
 * are a shutdown or a server not yet accepting connections.
 */
export function isConnectionError(err: unknown): boolean {
  if (err instanceof StoreUnavailableError) return true;
  if (err instanceof pg.DatabaseError) return /^(08|57P0[1-3])/.test(err.code ?? "");
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string })?.code ?? "";
  return /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)$/.test(code) || /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/i.test(message);
}

/** Opens the pool (no connection is made until the first call). */
export function createPgConnection(config: PgConnectionConfig): PgConnection {
  const { logger } = config;
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    connectionTimeoutMillis: config.connectTimeoutMs ?? 15_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
  });
  // An idle client losing its connection (server restart) is not a failed call: the pool drops
  // it and the next call connects afresh. Without a listener it would crash the process.
  pool.on("error", (err) => logger.warn("database connection lost while idle", { error: err.message }));

  let down: { since: Date; error: string; attempt: number; timer?: NodeJS.Timeout } | undefined;
  let closed = false;

  const unavailable = (cause?: unknown) =>
    new StoreUnavailableError(
      `The database is not answering${down ? ` (since ${down.since.toISOString()}: ${down.error})` : ""}; reconnecting`,
      cause === undefined ? undefined : { cause },
    );

  const scheduleProbe = () => {
    if (!down || closed) return;
    const wait = backoffDelay(down.attempt, config.backoff);
    down.timer = setTimeout(async () => {
      const state = down;
      if (!state || closed) return;
      try {
        await pool.query("SELECT 1");
        logger.info("database reachable again", { downSince: state.since.toISOString(), attempts: state.attempt + 1 });
        down = undefined;
      } catch (err) {
        state.attempt++;
        state.error = (err as Error).message;
        scheduleProbe();
      }
    }, wait);
    // A process that is otherwise done must not stay up for the probe.
    down.timer.unref();
  };

  /**
   * A timeout is not proof that the server is gone: a busy event loop or a full pool delays a
   * connection too. One probe on a fresh connection of its own (outside the pool) decides.
   */
  let probing = false;
  const suspect = (err: unknown) => {
    if (down || closed || probing) return;
    probing = true;
    const client = new pg.Client({ connectionString: config.url, connectionTimeoutMillis: config.connectTimeoutMs ?? 15_000 });
    client
      .connect()
      .then(() => client.query("SELECT 1"))
      .then(
        () => logger.warn("a database call timed out but the server answers", { error: (err as Error)?.message }),
        (probeErr: unknown) => markDown(probeErr),
      )
      .finally(() => {
        probing = false;
        void client.end().catch(() => undefined);
      });
  };

  const markDown = (err: unknown) => {
    if (down || closed) return;
    down = { since: new Date(), error: (err as Error)?.message ?? String(err), attempt: 0 };
    logger.error("database unreachable; reconnecting with backoff", { error: down.error });
    scheduleProbe();
  };

  /** Runs a call against the server, turning connection failures into StoreUnavailableError. */
  const guarded = async <T>(call: () => Promise<T>): Promise<T> => {
    if (closed) throw new StoreUnavailableError("The store is closed");
    if (down) throw unavailable();
    try {
      return await call();
    } catch (err) {
      if (!isConnectionError(err)) throw err;
      if (/timeout/i.test((err as Error)?.message ?? "")) suspect(err);
      else markDown(err);
      throw unavailable(err);
    }
  };

  return {
    get up() {
      return !down && !closed;
    },
    query: (text, values) => guarded(() => pool.query(text, values)),
    transaction: (fn) =>
      guarded(async () => {
        const client = await pool.connect();
        let broken: Error | undefined;
        try {
          await client.query("BEGIN");
          const result = await fn(client);
          await client.query("COMMIT");
          return result;
        } catch (err) {
          // A lost connection aborts the transaction on the server; nothing of it was written.
          await client.query("ROLLBACK").catch((e: Error) => (broken = e));
          if (isConnectionError(err)) broken ??= err as Error;
          throw err;
        } finally {
          // A client whose connection broke must not go back into the pool.
          client.release(broken);
        }
      }),
    async ping() {
      try {
        await guarded(() => pool.query("SELECT 1"));
        return undefined;
      } catch (err) {
        return (err as Error).message;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      if (down?.timer) clearTimeout(down.timer);
      await pool.end();
    },
  };
}
