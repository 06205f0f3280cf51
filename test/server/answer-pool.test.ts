/**
 * The answer pool: questions answered on worker threads, the store reached from them through
 * the main thread (which owns the file), and a full queue answered with "busy, try again".
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type AppConfig } from "../../src/core/config.js";
import { detectLanguage } from "../../src/core/language.js";
import { createAnswerPool, type AnswerPool } from "../../src/server/answer-pool.js";
import { createStore, type LowdbStore } from "../../src/store/index.js";
import { silentLogger } from "../../src/core/log.js";
import { repoRoot } from "./running-app.js";

describe("answering on worker threads", () => {
  let dir: string;
  let config: AppConfig;
  let store: LowdbStore;
  let pool: AnswerPool;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pool-"));
    config = loadConfig({ LOG_LEVEL: "silent", CACHE_DIR: join(dir, "cache"), DB_FILE: join(dir, "db.json") }, repoRoot);
    store = await createStore({ file: config.dbFile, logger: silentLogger });
    pool = createAnswerPool({ config, store, threads: 1, queueMax: 3, languageOf: detectLanguage });
  }, 60_000);
  afterAll(async () => {
    await pool?.close();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("answers a command on a worker thread and stores what it changes in the main thread's store", async () => {
    const reply = await pool.handle({ text: "/digest subscribe wg-prevention", conversation: { platform: "slack", id: "C-POOL", user: "U1" } });
    expect(reply.kind, reply.text).not.toBe("error");
    expect((await store.subscriptionsFor({ platform: "slack", id: "C-POOL" })).map((s) => s.body)).toEqual(["wg-prevention"]);
    const agenda = await pool.handle({ text: "/agenda 15", conversation: { platform: "slack", id: "C-POOL" } });
    expect(agenda.answered).toBe(true);
    expect(agenda.citations.length).toBeGreaterThan(0);
  }, 60_000);

  it("tells askers beyond the bounded queue that it is busy, in their language, and answers the others", async () => {
    const asks = Array.from({ length: 12 }, (_, i) => pool.handle({ text: i % 2 ? "/agenda 15" : "第十五次会议的议程", conversation: { platform: "slack", id: `C${i}` } }));
    const replies = await Promise.all(asks);
    const busy = replies.filter((r) => r.code === "busy");
    expect(busy.length).toBeGreaterThan(0);
    expect(replies.filter((r) => r.answered).length).toBeGreaterThan(0);
    expect(busy.every((r) => r.ephemeral && /try again|再试/.test(r.text))).toBe(true);
    expect(busy.some((r) => r.lang === "zh")).toBe(true);
    expect(pool.stats().busy).toBe(busy.length);
  }, 60_000);
});
