import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { createStore, CURRENT_VERSION, StoreLockedError, UnsupportedVersionError, type LowdbStore } from "../../src/store/index.js";
import { silentLogger } from "../../src/core/log.js";
import type { ConversationRef } from "../../src/core/types.js";
import { recordingLogger, tempDir } from "./fixtures/helpers.js";
import { exited, runStoreChild } from "./fixtures/child.js";
import { requestJournalOf } from "../../src/store/request-journal.js";

const channel: ConversationRef = { platform: "slack", id: "C123", team: "T1" };
const fixedNow = () => new Date("2024-09-02T06:00:00Z");

let dir: string;
let cleanup: () => Promise<void>;
const open: LowdbStore[] = [];
async function openStore(file = join(dir, "db.json"), logger = silentLogger) {
  const store = await createStore({ file, logger, now: fixedNow });
  open.push(store);
  return store;
}

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  await cleanup();
});

const sub = (body = "wg-prevention", conversation = channel) => ({ conversation, body, time: "08:30", timeZone: "Europe/Vienna", daysBefore: 3 });

describe("lowdb store (the Store contract itself: contract.test.ts)", () => {
  it("creates a versioned database file, and its folder, on first open", async () => {
    const file = join(dir, "nested", "folder", "db.json");
    await openStore(file);
    const saved = JSON.parse(await readFile(file, "utf8"));
    expect(saved.version).toBe(CURRENT_VERSION);
    expect(saved.subscriptions).toEqual([]);
  });

  it("opens a file written before event claims were kept, with no claims in it", async () => {
    const file = join(dir, "db.json");
    await writeFile(file, JSON.stringify({ version: 1, subscriptions: [], conversationReferences: [], unreachable: [], digestLog: [], feedback: [] }));
    const store = await openStore(file);
    expect(store.recovered).toBeUndefined();
    expect(await store.claimEvent("Ev1", 60_000)).toBe("claimed");
    expect(JSON.parse(await readFile(file, "utf8")).seenEvents).toMatchObject([{ id: "Ev1", status: "claimed" }]);
  });

  it("writes through a temporary file renamed over the database, never in place", async () => {
    const file = join(dir, "db.json");
    const store = await openStore(file);
    const before = (await stat(file)).ino;
    await store.subscribe(sub());
    const after = (await stat(file)).ino;
    expect(after).not.toBe(before);
    // The last-good copy follows in the background; once closed, no temporary file is left.
    await store.close();
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(JSON.parse(await readFile(file, "utf8")).subscriptions).toHaveLength(1);
  });

});

describe("migrations", () => {
  it("migrates a version-less v0 file, keeping its data and a backup of the original", async () => {
    const file = join(dir, "db.json");
    const v0 = {
      subscriptions: [{ id: "old", conversation: { platform: "teams", id: "19:abc" }, body: "irg", time: "09:00", createdAt: "2024-01-01T00:00:00.000Z" }],
      conversationReferences: { "teams:19:abc": { serviceUrl: "http://127.0.0.1:9/" } },
      feedback: [{ conversation: { platform: "slack", id: "C1" }, answerRef: "x", vote: "down", at: "2024-01-02T00:00:00.000Z" }],
    };
    await writeFile(file, JSON.stringify(v0));
    const store = await openStore(file);
    expect(store.migratedFrom).toBe(0);
    expect(await store.listSubscriptions()).toEqual([{ ...v0.subscriptions[0], timeZone: "Europe/Vienna", daysBefore: 3 }]);
    expect(await store.conversationReference("teams", "19:abc")).toEqual({ serviceUrl: "http://127.0.0.1:9/" });
    expect(await store.listFeedback()).toHaveLength(1);
    expect(JSON.parse(await readFile(file, "utf8")).version).toBe(CURRENT_VERSION);
    expect(JSON.parse(await readFile(`${file}.bak-v0`, "utf8"))).toEqual(v0);
  });

  it("refuses a file written by a newer release and leaves it untouched", async () => {
    const file = join(dir, "db.json");
    const future = JSON.stringify({ version: CURRENT_VERSION + 1, things: [] });
    await writeFile(file, future);
    await expect(createStore({ file, logger: silentLogger })).rejects.toBeInstanceOf(UnsupportedVersionError);
    expect(await readFile(file, "utf8")).toBe(future);
    // The refused open must not keep the lock.
    await openStore(join(dir, "other.json"));
    await expect(readFile(`${file}.lock`, "utf8")).rejects.toMatchObject({ code: "ENOENT" });
  });
});

describe("corrupt files", () => {
  it("moves a file that is not JSON aside with a timestamp, reports it and starts empty when there is no good copy", async () => {
    const file = join(dir, "db.json");
    await writeFile(file, '{"version": 1, "subscriptions": [');
    const logger = recordingLogger();
    const store = await openStore(file, logger);
    expect(store.recovered?.movedTo).toBe(`${file}.corrupt-2024-09-02T06-00-00-000Z`);
    expect(store.recovered?.reason).toMatch(/not valid JSON/);
    expect(await readFile(store.recovered!.movedTo, "utf8")).toBe('{"version": 1, "subscriptions": [');
    expect(logger.events.find((e) => e.level === "error")?.fields).toMatchObject({ file, movedTo: store.recovered!.movedTo });
    expect(await store.listSubscriptions()).toEqual([]);
    expect(JSON.parse(await readFile(file, "utf8")).version).toBe(CURRENT_VERSION);
  });

  it("moves aside a file holding JSON null rather than overwriting it", async () => {
    const file = join(dir, "db.json");
    await writeFile(file, "null");
    const store = await openStore(file);
    expect(store.recovered?.reason).toMatch(/JSON null/);
    expect(await readFile(store.recovered!.movedTo, "utf8")).toBe("null");
  });

  it("sets aside only the record that does not match the schema, naming it, and keeps the others", async () => {
    const file = join(dir, "db.json");
    const good = { ...sub(), id: "s-good", createdAt: "2024-09-01T00:00:00.000Z" };
    await writeFile(file, JSON.stringify({ version: 1, subscriptions: [good, { id: 7 }], conversationReferences: [], unreachable: [], digestLog: [], feedback: [] }));
    const logger = recordingLogger();
    const store = await openStore(file, logger);
    expect(store.recovered).toBeUndefined();
    expect(store.rejected).toMatchObject({ count: 1, reasons: [expect.stringMatching(/^subscriptions\[1\] id/)] });
    expect(await store.listSubscriptions()).toEqual([good]);
    const setAside = JSON.parse(await readFile(store.rejected!.file, "utf8"));
    expect(setAside).toEqual([expect.objectContaining({ list: "subscriptions", index: 1, record: { id: 7 } })]);
    expect(logger.events.some((e) => e.level === "warn" && e.fields?.count === 1)).toBe(true);
  });
});

describe("one process per file", () => {
  it("refuses a second open in the same process, naming the file and the pid", async () => {
    const file = join(dir, "db.json");
    await openStore(file);
    const err = await createStore({ file, logger: silentLogger }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreLockedError);
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toContain(String(process.pid));
  });

  it("can be reopened once the owner closed it", async () => {
    const file = join(dir, "db.json");
    await (await openStore(file)).close();
    await expect(readFile(`${file}.lock`, "utf8")).rejects.toMatchObject({ code: "ENOENT" });
    await openStore(file);
  });

  it("refuses a second, real process while this one owns the file", async () => {
    const file = join(dir, "db.json");
    await openStore(file);
    const { child, report } = await runStoreChild([file]);
    const result = await report;
    await exited(child);
    expect(result.ok).toBe(false);
    expect(result.code).toBe("db_locked");
    expect(result.message).toContain(file);
    expect(result.message).toContain(`process ${process.pid}`);
    expect(child.exitCode).toBe(1);
  });

  it("lets a real second process open the file after the first closed it", async () => {
    const file = join(dir, "db.json");
    await (await openStore(file)).close();
    const { child, report } = await runStoreChild([file]);
    expect((await report).ok).toBe(true);
    await exited(child);
  });

  it("keeps every request claimed by a process killed the moment its claims returned, pending for the next process", async () => {
    const file = join(dir, "db.json");
    const { child, report } = await runStoreChild([file, "claim-and-die", "50"]);
    expect((await report).ok).toBe(true);
    await exited(child);
    expect(child.signalCode).toBe("SIGKILL");
    const store = await openStore(file);
    const pending = await store.pendingRequests();
    expect(pending.map((p) => p.key).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `cmd:${i + 1}`).sort());
    expect(pending.find((p) => p.key === "cmd:7")?.payload).toEqual({ command: "/digest", text: "subscribe 7" });
    // And the file itself holds them now, as a reader of the file (the fault run) sees it.
    const saved = JSON.parse(await readFile(file, "utf8"));
    expect(saved.requests.filter((r: { payload?: unknown }) => r.payload !== undefined)).toHaveLength(50);
  });

  it("reads back the whole lines of a request journal whose last line a crash cut short, and says one was skipped", async () => {
    const file = join(dir, "db.json");
    await (await openStore(file)).close();
    const claim = (key: string) => JSON.stringify({ key, claimedAt: "2024-09-02T05:59:00.000Z", expiresAt: "2024-09-02T07:00:00.000Z", payload: { text: key } });
    await writeFile(requestJournalOf(file), `${claim("cmd:a")}\n${claim("cmd:b")}\n${claim("cmd:c").slice(0, 30)}`);
    const logger = recordingLogger();
    const store = await openStore(file, logger);
    expect((await store.pendingRequests()).map((p) => p.key)).toEqual(["cmd:a", "cmd:b"]);
    expect(logger.events.find((e) => e.msg.includes("journal"))?.fields).toMatchObject({ skipped: 1 });
  });

  it("keeps a settled request settled when its claim is still in the journal", async () => {
    const file = join(dir, "db.json");
    const store = await openStore(file);
    await store.claimRequest("cmd:1", new Date("2024-09-02T07:00:00Z"), { text: "x" });
    await store.settleRequest("cmd:1");
    await store.close();
    const journal = await readFile(requestJournalOf(file), "utf8").catch(() => "");
    // Whether or not the line is still there, the file's settled copy wins.
    await writeFile(requestJournalOf(file), journal || `${JSON.stringify({ key: "cmd:1", claimedAt: "2024-09-02T06:00:00.000Z", expiresAt: "2024-09-02T07:00:00.000Z", payload: { text: "x" } })}\n`);
    const again = await openStore(file);
    expect(await again.pendingRequests()).toEqual([]);
    expect(await again.claimRequest("cmd:1", new Date("2024-09-02T07:00:00Z"))).toBe(false);
  });

  it("empties the request journal once the database file holds its claims", async () => {
    const file = join(dir, "db.json");
    const store = await openStore(file);
    await store.claimRequest("cmd:1", new Date("2024-09-02T07:00:00Z"), { text: "x" });
    await store.close();
    expect(await readFile(requestJournalOf(file), "utf8")).toBe("");
    expect(JSON.parse(await readFile(file, "utf8")).requests.map((r: { key: string }) => r.key)).toEqual(["cmd:1"]);
  });

  it("takes over the lock of a process that died without releasing it", async () => {
    const file = join(dir, "db.json");
    // A real process that exits: its pid is then dead.
    const gone = spawn(process.execPath, ["-e", ""]);
    await exited(gone);
    await writeFile(`${file}.lock`, `${gone.pid}\n`);
    const logger = recordingLogger();
    await openStore(file, logger);
    expect((await readFile(`${file}.lock`, "utf8")).split("\n")[0]).toBe(String(process.pid));
    expect(logger.events.some((e) => e.level === "warn" && e.msg.includes("stale"))).toBe(true);
  });

  it("hands the digest claim of a process killed before posting to the restarted process, as a claim to send", async () => {
    const file = join(dir, "db.json");
    const { child, report } = await runStoreChild([file, "hold", "sub-1", "2024-09-02"]);
    expect(await report).toMatchObject({ ok: true, claimed: "claimed" });
    child.kill("SIGKILL");
    await exited(child);
    const store = await openStore(file);
    expect(await store.claimDigest("sub-1", "2024-09-02")).toBe("claimed");
    expect(await store.digestEntry("sub-1", "2024-09-02")).toMatchObject({ status: "claimed", attempts: 2 });
  });

  it("hands the digest claim of a process killed while posting to the restarted process as unconfirmed, never as a plain claim", async () => {
    const file = join(dir, "db.json");
    const { child, report } = await runStoreChild([file, "hold-posting", "sub-1", "2024-09-02"]);
    expect(await report).toMatchObject({ ok: true, claimed: "claimed" });
    child.kill("SIGKILL");
    await exited(child);
    const store = await openStore(file);
    expect(await store.claimDigest("sub-1", "2024-09-02")).toBe("unconfirmed");
    expect(await store.claimDigest("sub-1", "2024-09-02")).toBe("taken");
    expect(await store.digestEntry("sub-1", "2024-09-02")).toMatchObject({ status: "posting", attempts: 2 });
  });
});
