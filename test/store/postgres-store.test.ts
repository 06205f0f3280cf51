/**
 * What the PostgreSQL store does beyond the contract (./contract.test.ts): migrations at start-up,
 * several replicas on one database, a replica killed mid-answer, and the server going away.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createPostgresStore, SchemaTooNewError, type PostgresStore } from "../../src/store/index.js";
import { silentLogger } from "../../src/core/log.js";
import { postgresAvailability, startPostgres, type TestPostgres } from "../fixtures/postgres-server.js";
import { exited, runStoreChild } from "./fixtures/child.js";
import { emptiedDatabase } from "./fixtures/emptied-database.js";
import { describeRequestMemory } from "./contract.js";
import { storeContract } from "./thread-feedback-contract.js";

const availability = postgresAvailability();
if (!availability.available) console.warn(`PostgreSQL store tests skipped: ${availability.reason}`);
const title = availability.available ? "the PostgreSQL store" : `the PostgreSQL store (skipped: ${availability.reason})`;

async function until<T>(check: () => Promise<T | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!availability.available)(title, () => {
  let server: TestPostgres;
  const opened: PostgresStore[] = [];
  const open = async (url: string, extra: Partial<Parameters<typeof createPostgresStore>[0]> = {}) => {
    const store = await createPostgresStore({ url, logger: silentLogger, backoff: { initialMs: 50, maxMs: 200 }, ...extra });
    opened.push(store);
    return store;
  };
  const sql = async (url: string, text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text)).rows;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
  });

  it("applies the migrations to an empty database at start-up and records the schema version", async () => {
    const url = await server.createDatabase();
    const store = await open(url);
    expect(store.migration).toEqual({ from: 0, to: 4, applied: ["0001-initial", "0002-requests", "0003-threads-feedback-questions", "0004-posting-claims"] });
    expect(await sql(url, "SELECT version, name FROM schema_version ORDER BY version")).toEqual([{ version: 1, name: "0001-initial" }, { version: 2, name: "0002-requests" }, { version: 3, name: "0003-threads-feedback-questions" }, { version: 4, name: "0004-posting-claims" }]);
    await store.close();
    expect((await open(url)).migration).toEqual({ from: 4, to: 4, applied: [] });
  });

  it("migrates once when three replicas start together on an empty database", async () => {
    const url = await server.createDatabase();
    const stores = await Promise.all([open(url), open(url), open(url)]);
    expect(stores.map((s) => s.migration.applied.length).sort()).toEqual([0, 0, 4]);
    expect(new Set(stores.map((s) => s.instanceId)).size).toBe(3);
  });

  it("refuses a database migrated by a newer release, naming the versions and DATABASE_URL", async () => {
    const url = await server.createDatabase();
    await (await open(url)).close();
    await sql(url, "INSERT INTO schema_version (version, name) VALUES (99, '0099-future')");
    const err = await open(url).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SchemaTooNewError);
    expect((err as Error).message).toMatch(/schema version 99, newer than this release understands \(4\).*DATABASE_URL/);
  });

  it("gives each digest to exactly one of three replicas claiming at once", async () => {
    const url = await emptiedDatabase(server);
    const replicas = await Promise.all([open(url), open(url), open(url)]);
    const keys = Array.from({ length: 30 }, (_, i) => `sub-${i}`);
    const wins = await Promise.all(keys.flatMap((k) => replicas.map(async (r, n) => ((await r.claimDigest(k, "2024-09-02")) === "claimed" ? `${k}:${n}` : undefined))));
    const won = wins.filter((w): w is string => w !== undefined);
    expect(won).toHaveLength(30);
    expect(new Set(won.map((w) => w.split(":")[0])).size).toBe(30);
  });

  it("leaves an event claimed by a live replica to it, and takes over the claim of a replica killed mid-answer", async () => {
    const url = await emptiedDatabase(server);
    const survivor = await open(url);
    const { child, report } = await runStoreChild([url, "Ev-crash"], 20_000, "pg-claim-child.ts");
    const r = await report;
    expect(r).toMatchObject({ ok: true, claim: "claimed" });
    expect(await survivor.claimEvent("Ev-crash", 60_000)).toBe("busy");
    child.kill("SIGKILL");
    await exited(child);
    // The server ends the dead process's session (and its liveness lock) once it sees the socket close.
    await until(async () => (await survivor.claimEvent("Ev-crash", 60_000)) === "claimed" || false, "the takeover");
    expect(await sql(url, "SELECT owner, status FROM seen_events WHERE id = 'Ev-crash'")).toEqual([{ owner: survivor.instanceId, status: "claimed" }]);
  }, 30_000);

  it("fails fast with store_unavailable while the server is down, then reconnects by itself", async () => {
    const url = await emptiedDatabase(server);
    const store = await open(url);
    const other = await open(url);
    await store.claimEvent("Ev-before", 60_000);
    await server.pause();
    try {
      const started = Date.now();
      await expect(store.subscribe({ conversation: { platform: "slack", id: "C1" }, body: "irg", time: "08:00", timeZone: "UTC", daysBefore: 3 })).rejects.toMatchObject({
        code: "store_unavailable",
      });
      await expect(store.listSubscriptions()).rejects.toMatchObject({ code: "store_unavailable", message: expect.stringMatching(/try again|reconnecting/) });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await store.health()).toMatchObject({ kind: "postgres", ok: false });
    } finally {
      await server.start();
    }
    await until(async () => (await store.health()).ok || false, "the reconnect");
    expect(await store.listSubscriptions()).toEqual([]);
    // The liveness lock is taken again after the reconnect: its claim is still its own.
    await until(async () => (await other.claimEvent("Ev-before", 60_000)) === "busy" || false, "the liveness lock again");
  }, 40_000);

  it("gives up start-up on an unreachable server with a message naming the database, without its password", async () => {
    const url = `postgres://assistant:s3cret@127.0.0.1:${server.port + 1}/nowhere`;
    const err = await createPostgresStore({ url, logger: silentLogger, startTimeoutMs: 300, backoff: { initialMs: 50, maxMs: 100 } }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/^Could not reach the database at postgres:\/\/assistant:\*\*\*@127\.0\.0\.1:\d+\/nowhere: .*DATABASE_URL/);
    expect((err as Error).message).not.toContain("s3cret");
  });

  // The Store contract's shared suites: the request memory, and threads, feedback reasons and questions.
  const connect = (url: string, now?: () => Date) => createPostgresStore({ url, logger: silentLogger, now, backoff: { initialMs: 50, maxMs: 200 } });

  let url = "";
  describeRequestMemory("PostgreSQL", async ({ fresh, now }) => {
    if (fresh || !url) url = await emptiedDatabase(server);
    return connect(url, now);
  });

  const urls = new WeakMap<object, string>();
  storeContract("PostgreSQL", {
    async open() {
      const fresh = await emptiedDatabase(server);
      const store = await connect(fresh);
      urls.set(store, fresh);
      return store;
    },
    async reopen(store) {
      const same = urls.get(store)!;
      await store.close();
      const again = await connect(same);
      urls.set(again, same);
      return again;
    },
  });
});
