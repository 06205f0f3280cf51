/**
 * The lowdb file under damage: one bad record, a byte-order mark, a truncated or deleted file,
 * and a lock left by a process whose pid is now someone else's (a container restarted in place).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFile, truncate, unlink, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createStore, lastGoodCopyOf, StoreLockedError, type LowdbStore } from "../../src/store/index.js";
import { currentOwner } from "../../src/store/lock.js";
import { silentLogger } from "../../src/core/log.js";
import { recordingLogger, tempDir } from "./fixtures/helpers.js";
import { describeRequestMemory } from "./contract.js";

let dir: string;
let cleanup: () => Promise<void>;
const open: LowdbStore[] = [];
const fixedNow = () => new Date("2024-09-02T06:00:00Z");
async function openStore(file = join(dir, "db.json"), logger = silentLogger) {
  const store = await createStore({ file, logger, now: fixedNow });
  open.push(store);
  return store;
}
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
/** The folders of fresh stores a test opened besides its own, removed after it. */
const freshDirs: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  await cleanup();
  for (const c of freshDirs.splice(0)) await c();
});

const sub = (i: number) => ({ conversation: { platform: "slack" as const, id: `C${i}` }, body: "wg-prevention", time: "08:30", timeZone: "Europe/Vienna", daysBefore: 3 });

async function fiftySubscriptions(file: string): Promise<void> {
  const store = await openStore(file);
  for (let i = 0; i < 50; i++) await store.subscribe(sub(i));
  await store.close();
}

describe("a damaged database file loses nothing that can be kept", () => {
  it("keeps the 50 good subscriptions when one record fails the schema, and sets the bad one aside", async () => {
    const file = join(dir, "db.json");
    await fiftySubscriptions(file);
    const raw = JSON.parse(await readFile(file, "utf8"));
    raw.subscriptions.push({ id: "broken", conversation: { platform: "fax", id: "" } });
    await writeFile(file, JSON.stringify(raw));
    const store = await openStore(file);
    expect(await store.listSubscriptions()).toHaveLength(50);
    expect(store.rejected?.count).toBe(1);
    expect(JSON.parse(await readFile(store.rejected!.file, "utf8"))[0].record.id).toBe("broken");
  });

  it("reads a file saved with a byte-order mark as it is, moving nothing aside", async () => {
    const file = join(dir, "db.json");
    await fiftySubscriptions(file);
    await writeFile(file, "\ufeff" + (await readFile(file, "utf8")));
    const store = await openStore(file);
    expect(store.recovered).toBeUndefined();
    expect(await store.listSubscriptions()).toHaveLength(50);
  });

  it("restores a truncated file from the last good copy, with every subscription written before", async () => {
    const file = join(dir, "db.json");
    await fiftySubscriptions(file);
    const size = (await readFile(file)).length;
    await truncate(file, Math.floor(size / 2));
    const logger = recordingLogger();
    const store = await openStore(file, logger);
    expect(store.recovered).toMatchObject({ reason: expect.stringMatching(/not valid JSON/), restoredFrom: lastGoodCopyOf(file) });
    expect(await store.listSubscriptions()).toHaveLength(50);
    expect((await readFile(store.recovered!.movedTo)).length).toBe(Math.floor(size / 2));
    expect(logger.events.some((e) => e.level === "warn" && /last good copy/.test(e.msg))).toBe(true);
    // The restored data is written back, so the next open reads the file itself.
    expect(JSON.parse(await readFile(file, "utf8")).subscriptions).toHaveLength(50);
  });

  it("restores a deleted file from the last good copy", async () => {
    const file = join(dir, "db.json");
    await fiftySubscriptions(file);
    await unlink(file);
    const store = await openStore(file);
    expect(store.recovered?.restoredFrom).toBe(lastGoodCopyOf(file));
    expect(await store.listSubscriptions()).toHaveLength(50);
  });
});

describe("the lock after a restart in place", () => {
  const bootId = () => readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();

  it("takes over a lock naming this very pid when it was written by an earlier process (other start time)", async () => {
    const file = join(dir, "db.json");
    await writeFile(`${file}.lock`, `${process.pid}\n${bootId()}\n1\n`);
    const logger = recordingLogger();
    const store = await openStore(file, logger);
    expect(logger.events.some((e) => e.msg.includes("stale database lock"))).toBe(true);
    expect((await readFile(`${file}.lock`, "utf8")).split("\n")).toEqual([String(process.pid), currentOwner().bootId, currentOwner().startTime, ""]);
    await store.close();
  });

  it("takes over a lock written before the machine rebooted, even if its pid is alive now", async () => {
    const file = join(dir, "db.json");
    await writeFile(`${file}.lock`, `${process.ppid}\n00000000-0000-0000-0000-000000000000\n1\n`);
    await expect(openStore(file)).resolves.toBeDefined();
  });

  it("still refuses a lock held by a live process with the recorded start time", async () => {
    const file = join(dir, "db.json");
    const owner = currentOwner();
    await writeFile(`${file}.lock`, `${owner.pid}\n${owner.bootId}\n${owner.startTime}\n`);
    await expect(openStore(file)).rejects.toBeInstanceOf(StoreLockedError);
  });
});

describeRequestMemory("lowdb", async ({ fresh, now }) => {
  if (fresh) {
    const t = await tempDir();
    freshDirs.push(t.cleanup);
    dir = t.dir;
  }
  return createStore({ file: join(dir, "requests.json"), logger: silentLogger, now });
});
