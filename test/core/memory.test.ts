/** Thread memory: per-thread context for follow-ups, bounded, least recently updated forgotten first. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createThreadMemory, type ThreadContext } from "../../src/core/memory.js";
import { silentLogger } from "../../src/core/log.js";
import { createStore } from "../../src/store/index.js";
import type { ConversationRef } from "../../src/core/types.js";

const thread = (id: string, extra: Partial<ConversationRef> = {}): ConversationRef => ({ platform: "slack", id: "C1", thread: id, ...extra });

describe("createThreadMemory", () => {
  it("knows nothing of a thread it has not seen", () => {
    expect(createThreadMemory().get(thread("a"))).toEqual({});
  });

  it("merges updates into what a thread already holds", () => {
    const m = createThreadMemory();
    m.update(thread("a"), { meetingId: "wg-prevention/15" });
    m.update(thread("a"), { lastQuestion: "/agenda 15" });
    m.update(thread("a"), { meetingId: "wg-prevention/11" });
    expect(m.get(thread("a"))).toEqual({ meetingId: "wg-prevention/11", lastQuestion: "/agenda 15" });
  });

  it.each([
    ["another thread", thread("b")],
    ["the same thread id in another channel", thread("a", { id: "C2" })],
    ["the same thread id on another platform", thread("a", { platform: "teams" })],
    ["the same thread id in another team", thread("a", { team: "T2" })],
    ["the channel itself, outside the thread", { platform: "slack", id: "C1" } as ConversationRef],
  ])("keeps a thread's context from %s", (_what, other) => {
    const m = createThreadMemory();
    m.update(thread("a"), { meetingId: "wg-prevention/15" });
    expect(m.get(other)).toEqual({});
  });

  it("shares context between messages of the same thread from different people", () => {
    const m = createThreadMemory();
    m.update(thread("a", { user: "U1" }), { resolution: "10/3" });
    expect(m.get(thread("a", { user: "U2" }))).toEqual({ resolution: "10/3" });
  });

  it("forgets the least recently updated thread beyond its bound", () => {
    const m = createThreadMemory({ maxThreads: 2 });
    m.update(thread("a"), { body: "a" });
    m.update(thread("b"), { body: "b" });
    m.update(thread("a"), { resolution: "10/3" });
    m.update(thread("c"), { body: "c" });
    expect(m.get(thread("b"))).toEqual({});
    expect(m.get(thread("a"))).toEqual({ body: "a", resolution: "10/3" });
    expect(m.get(thread("c"))).toEqual({ body: "c" });
  });

  it("writes every change through to the store and reads a thread back after a restart", async () => {
    const dir = await mkdtemp(join(tmpdir(), "memory-"));
    const file = join(dir, "db.json");
    const persistenceOf = (store: Awaited<ReturnType<typeof createStore>>) => ({
      load: async (c: ConversationRef) => (await store.thread(c.platform, c.id, c.thread ?? ""))?.context as ThreadContext | undefined,
      save: (c: ConversationRef, ctx: ThreadContext) => store.saveThread(c.platform, c.id, c.thread ?? "", ctx as Record<string, string>),
    });
    try {
      const first = await createStore({ file, logger: silentLogger });
      const before = createThreadMemory({ persistence: persistenceOf(first) });
      before.update(thread("a"), { meetingId: "wg-prevention/15" });
      before.update(thread("a"), { lastQuestion: "/agenda 15" });
      await first.close();

      const second = await createStore({ file, logger: silentLogger });
      const after = createThreadMemory({ persistence: persistenceOf(second) });
      expect(after.get(thread("a"))).toEqual({});
      await after.load(thread("a"));
      expect(after.get(thread("a"))).toEqual({ meetingId: "wg-prevention/15", lastQuestion: "/agenda 15" });
      await after.load(thread("never"));
      expect(after.get(thread("never"))).toEqual({});
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("keeps answering from memory when the store cannot save, and says so", async () => {
    const errors: unknown[] = [];
    const m = createThreadMemory({ persistence: { load: async () => undefined, save: async () => Promise.reject(new Error("disk full")) }, onError: (e) => errors.push(e) });
    m.update(thread("a"), { body: "wg-prevention" });
    await new Promise((r) => setTimeout(r, 10));
    expect(m.get(thread("a"))).toEqual({ body: "wg-prevention" });
    expect(errors).toHaveLength(1);
  });
});
