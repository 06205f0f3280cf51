/** Thread memory: per-thread context for follow-ups, bounded, least recently updated forgotten first. */
import { describe, expect, it } from "vitest";
import { createThreadMemory } from "../../src/core/memory.js";
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
    const m = createThreadMemory(2);
    m.update(thread("a"), { body: "a" });
    m.update(thread("b"), { body: "b" });
    m.update(thread("a"), { resolution: "10/3" });
    m.update(thread("c"), { body: "c" });
    expect(m.get(thread("b"))).toEqual({});
    expect(m.get(thread("a"))).toEqual({ body: "a", resolution: "10/3" });
    expect(m.get(thread("c"))).toEqual({ body: "c" });
  });
});
