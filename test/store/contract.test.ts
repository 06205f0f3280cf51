/**
 * The Store contract, run against every store kind in ./fixtures/store-kinds.ts (lowdb and a real
 * PostgreSQL server). A method added to the contract gets its tests here, so that it runs
 * against both.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ConversationRef } from "../../src/core/types.js";
import { storeKinds, type FreshDatabase } from "./fixtures/store-kinds.js";

const channel: ConversationRef = { platform: "slack", id: "C123", team: "T1" };
const sub = (body = "wg-prevention", conversation = channel) => ({ conversation, body, time: "08:30", timeZone: "Europe/Vienna", daysBefore: 3 });

for (const kind of storeKinds) {
  if (kind.skipReason) console.warn(`Store contract on ${kind.name} skipped: ${kind.skipReason}`);
  const title = kind.skipReason ? `the ${kind.name} store (skipped: ${kind.skipReason})` : `the ${kind.name} store`;

  describe.skipIf(kind.skipReason !== undefined)(title, () => {
    let db: FreshDatabase;
    let clock = new Date("2024-09-02T06:00:00Z");
    const now = () => clock;
    const open = () => db.open({ now });

    beforeAll(() => kind.setup(), 60_000);
    afterAll(() => kind.teardown(), 30_000);
    beforeEach(async () => {
      clock = new Date("2024-09-02T06:00:00Z");
      db = await kind.fresh();
    });
    afterEach(() => db.dispose());

    it("keeps subscriptions across a close and a reopen", async () => {
      const first = await open();
      const created = await first.subscribe(sub());
      expect(created).toMatchObject({ ...sub(), id: expect.any(String), createdAt: "2024-09-02T06:00:00.000Z" });
      await first.close();
      const second = await open();
      expect(await second.listSubscriptions()).toEqual([created]);
      expect(await second.subscriptionsFor({ platform: "slack", id: "C123" })).toEqual([created]);
    });

    it("keeps a subscription's optional fields: who subscribed and the language", async () => {
      const store = await open();
      const created = await store.subscribe({ ...sub(), createdBy: "U1", lang: "zh" });
      expect((await store.listSubscriptions())[0]).toEqual(created);
      expect(created).toMatchObject({ createdBy: "U1", lang: "zh" });
    });

    it("updates a conversation's subscription to the same body instead of adding a second one, keeping its id", async () => {
      const store = await open();
      const first = await store.subscribe(sub());
      const again = await store.subscribe({ ...sub(), time: "07:00", timeZone: "Asia/Shanghai" });
      expect(again.id).toBe(first.id);
      expect(await store.listSubscriptions()).toEqual([again]);
      expect(again).toMatchObject({ time: "07:00", timeZone: "Asia/Shanghai" });
    });

    it("lists subscriptions in the order they were made", async () => {
      const store = await open();
      for (const body of ["irg", "wg-prevention", "cosp"]) await store.subscribe(sub(body));
      expect((await store.listSubscriptions()).map((s) => s.body)).toEqual(["irg", "wg-prevention", "cosp"]);
    });

    it("unsubscribes one body or every body of a conversation", async () => {
      const store = await open();
      await store.subscribe(sub("wg-prevention"));
      await store.subscribe(sub("irg"));
      await store.subscribe(sub("irg", { platform: "teams", id: "19:abc" }));
      expect(await store.unsubscribe(channel, "irg")).toBe(1);
      expect((await store.subscriptionsFor(channel)).map((s) => s.body)).toEqual(["wg-prevention"]);
      expect(await store.unsubscribe(channel)).toBe(1);
      expect(await store.subscriptionsFor(channel)).toEqual([]);
      expect(await store.listSubscriptions()).toHaveLength(1);
    });

    it("claims a digest once; a failed one may be claimed again, a sent one never", async () => {
      const store = await open();
      expect(await store.claimDigest("s1", "2024-09-02")).toBe("claimed");
      expect(await store.claimDigest("s1", "2024-09-02")).toBe("taken");
      await store.completeDigest("s1", "2024-09-02", "failed", "rate_limited");
      expect(await store.claimDigest("s1", "2024-09-02")).toBe("claimed");
      expect(await store.digestEntry("s1", "2024-09-02")).toMatchObject({ status: "claimed", attempts: 2, detail: "rate_limited" });
      await store.completeDigest("s1", "2024-09-02", "sent");
      expect(await store.digestEntry("s1", "2024-09-02")).toMatchObject({ status: "sent", attempts: 2, completedAt: "2024-09-02T06:00:00.000Z" });
      expect(await store.claimDigest("s1", "2024-09-02")).toBe("taken");
      expect(await store.claimDigest("s1", "2024-09-03")).toBe("claimed");
      expect(await store.digestEntry("s1", "2024-09-04")).toBeUndefined();
    });

    it("lets only one of several simultaneous claims win", async () => {
      const store = await open();
      const results = await Promise.all([1, 2, 3, 4, 5].map(() => store.claimDigest("s1", "2024-09-02")));
      expect(results.filter((r) => r === "claimed")).toHaveLength(1);
      expect(results.filter((r) => r === "taken")).toHaveLength(4);
    });

    it("marks a claimed digest as being posted, and keeps it its own while this process lives", async () => {
      const store = await open();
      await store.claimDigest("s1", "2024-09-02");
      await store.markDigestPosting("s1", "2024-09-02");
      expect(await store.digestEntry("s1", "2024-09-02")).toMatchObject({ status: "posting", attempts: 1 });
      expect(await store.claimDigest("s1", "2024-09-02")).toBe("taken");
      await store.completeDigest("s1", "2024-09-02", "sent");
      await store.markDigestPosting("s1", "2024-09-02");
      expect(await store.digestEntry("s1", "2024-09-02")).toMatchObject({ status: "sent" });
    });

    it("hands a digest its process stopped composing to the next process as claimed, and one it stopped posting as unconfirmed", async () => {
      const first = await open();
      await first.claimDigest("composing", "2024-09-02");
      await first.claimDigest("posting", "2024-09-02");
      await first.markDigestPosting("posting", "2024-09-02");
      await first.claimDigest("sent", "2024-09-02");
      await first.completeDigest("sent", "2024-09-02", "sent");
      await first.close();
      const second = await open();
      expect(await second.claimDigest("composing", "2024-09-02")).toBe("claimed");
      expect(await second.claimDigest("posting", "2024-09-02")).toBe("unconfirmed");
      expect(await second.claimDigest("sent", "2024-09-02")).toBe("taken");
      // Taken over, the claims are the second process's own: no third taker while it lives.
      expect(await second.claimDigest("composing", "2024-09-02")).toBe("taken");
      expect(await second.claimDigest("posting", "2024-09-02")).toBe("taken");
      expect(await second.digestEntry("posting", "2024-09-02")).toMatchObject({ status: "posting", attempts: 2 });
    });

    it("drops digest log entries older than the retention on open", async () => {
      const first = await open();
      await first.claimDigest("s1", "2024-01-01");
      await first.claimDigest("s1", "2024-09-01");
      await first.close();
      const second = await db.open({ now, keepLogDays: 30 });
      expect((await second.digestLog("s1")).map((e) => e.localDate)).toEqual(["2024-09-01"]);
    });

    it("stores conversation references, unreachable marks and feedback", async () => {
      const store = await open();
      await store.saveConversationReference("teams", "19:abc", { serviceUrl: "http://127.0.0.1:1/", conversation: { id: "19:abc" } });
      await store.saveConversationReference("teams", "19:abc", { serviceUrl: "http://127.0.0.1:2/", conversation: { id: "19:abc" } });
      expect(await store.conversationReference("teams", "19:abc")).toEqual({ serviceUrl: "http://127.0.0.1:2/", conversation: { id: "19:abc" } });
      expect(await store.conversationReference("slack", "19:abc")).toBeUndefined();
      await store.markUnreachable("teams", "19:abc", "BotNotInConversationRoster");
      expect(await store.isUnreachable("teams", "19:abc")).toBe(true);
      expect(await store.isUnreachable("slack", "19:abc")).toBe(false);
      const vote = { conversation: channel, user: "U1", answerRef: "doc#3", vote: "up" as const, at: "2024-09-02T06:00:00.000Z" };
      await store.recordFeedback(vote);
      await store.recordFeedback({ conversation: channel, answerRef: "doc#4", vote: "down", at: "2024-09-02T06:01:00.000Z" });
      expect(await store.listFeedback()).toEqual([vote, { conversation: channel, answerRef: "doc#4", vote: "down", at: "2024-09-02T06:01:00.000Z" }]);
    });

    it("clears an unreachable mark when the conversation subscribes again", async () => {
      const store = await open();
      await store.markUnreachable("slack", "C123", "channel_not_found");
      await store.subscribe(sub());
      expect(await store.isUnreachable("slack", "C123")).toBe(false);
    });

    it("clears an unreachable mark when the conversation stores a reference again (bot re-added)", async () => {
      const store = await open();
      await store.markUnreachable("teams", "19:abc", "BotNotInConversationRoster");
      await store.saveConversationReference("teams", "19:abc", { conversation: { id: "19:abc" } });
      expect(await store.isUnreachable("teams", "19:abc")).toBe(false);
    });

    it("claims an event once: busy while it is being answered, done once answered", async () => {
      const store = await open();
      expect(await store.claimEvent("Ev1", 60_000)).toBe("claimed");
      expect(await store.claimEvent("Ev1", 60_000)).toBe("busy");
      expect(await store.claimEvent("Ev2", 60_000)).toBe("claimed");
      await store.completeEvent("Ev1");
      expect(await store.claimEvent("Ev1", 60_000)).toBe("done");
    });

    it("lets only one of several simultaneous event claims win", async () => {
      const store = await open();
      const results = await Promise.all([1, 2, 3, 4].map(() => store.claimEvent("Ev1", 60_000)));
      expect(results.filter((r) => r === "claimed")).toHaveLength(1);
    });

    it("forgets an event once its claim expired", async () => {
      const store = await open();
      expect(await store.claimEvent("Ev1", 60_000)).toBe("claimed");
      await store.completeEvent("Ev1");
      clock = new Date(clock.getTime() + 61_000);
      expect(await store.claimEvent("Ev1", 60_000)).toBe("claimed");
    });

    it("remembers an answered event across a reopen, and takes over one whose process stopped before answering it", async () => {
      const first = await open();
      await first.claimEvent("answered", 60_000);
      await first.completeEvent("answered");
      await first.claimEvent("abandoned", 60_000);
      await first.close();
      const second = await open();
      expect(await second.claimEvent("answered", 60_000)).toBe("done");
      expect(await second.claimEvent("abandoned", 60_000)).toBe("claimed");
    });

    it("hands an event whose process stopped while posting its answer to the next process as unconfirmed", async () => {
      const first = await open();
      await first.claimEvent("posting", 60_000);
      await first.markEventPosting("posting");
      expect(await first.claimEvent("posting", 60_000)).toBe("busy");
      await first.close();
      const second = await open();
      expect(await second.claimEvent("posting", 60_000)).toBe("unconfirmed");
      expect(await second.claimEvent("posting", 60_000)).toBe("busy");
      await second.completeEvent("posting");
      expect(await second.claimEvent("posting", 60_000)).toBe("done");
    });

    it("reports itself healthy while open and not after close", async () => {
      const store = await open();
      expect(await store.health()).toEqual({ kind: kind.name, ok: true });
      await store.close();
      expect(await store.health()).toMatchObject({ kind: kind.name, ok: false });
    });

    it("refuses every call after close", async () => {
      const store = await open();
      await store.close();
      await expect(store.listSubscriptions()).rejects.toMatchObject({ code: "db_closed" });
      await expect(store.claimDigest("s1", "2024-09-02")).rejects.toMatchObject({ code: "db_closed" });
    });
  });
}
