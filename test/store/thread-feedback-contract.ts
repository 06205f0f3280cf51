/**
 * The parts of the Store contract every implementation must honour, as one suite each store
 * runs against a fresh instance of itself (lowdb here; other stores call it the same way).
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/types.js";

export interface ContractHarness {
  /** A fresh, empty store. */
  open(): Promise<Store>;
  /** The same store's data through a new instance, as after a restart (closes the old one). */
  reopen(store: Store): Promise<Store>;
}

export function storeContract(name: string, harness: ContractHarness): void {
  describe(`${name}: Store contract`, () => {
    const opened: Store[] = [];
    const open = async () => {
      const s = await harness.open();
      opened.push(s);
      return s;
    };
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
    });

    describe("threads", () => {
      it("knows no thread it was never told about", async () => {
        const store = await open();
        expect(await store.thread("slack", "C1", "1700000000.000100")).toBeUndefined();
      });

      it("creates a thread record on first save and merges later context into it", async () => {
        const store = await open();
        await store.saveThread("slack", "C1", "1700000000.000100", {});
        expect(await store.thread("slack", "C1", "1700000000.000100")).toMatchObject({ platform: "slack", conversationId: "C1", thread: "1700000000.000100", context: {} });
        await store.saveThread("slack", "C1", "1700000000.000100", { meetingId: "wg-prevention/15", lastQuestion: "/agenda 15" });
        await store.saveThread("slack", "C1", "1700000000.000100", { lastQuestion: "and item 3?" });
        expect((await store.thread("slack", "C1", "1700000000.000100"))?.context).toEqual({ meetingId: "wg-prevention/15", lastQuestion: "and item 3?" });
      });

      it("keeps threads of different platforms, conversations and threads apart", async () => {
        const store = await open();
        await store.saveThread("slack", "C1", "1", { body: "a" });
        expect(await store.thread("teams", "C1", "1")).toBeUndefined();
        expect(await store.thread("slack", "C2", "1")).toBeUndefined();
        expect(await store.thread("slack", "C1", "2")).toBeUndefined();
        expect(await store.thread("slack", "C1", "")).toBeUndefined();
      });

      it("keeps thread records across a restart", async () => {
        const store = await open();
        await store.saveThread("teams", "19:x@thread.tacv2", "1725523262345", { resolution: "10/3" });
        const again = await harness.reopen(store);
        opened.push(again);
        expect((await again.thread("teams", "19:x@thread.tacv2", "1725523262345"))?.context).toEqual({ resolution: "10/3" });
      });
    });

    describe("questions and feedback", () => {
      const conversation = { platform: "slack" as const, id: "C1", thread: "1" };

      it("lists the questions asked, oldest first, from a date on when asked", async () => {
        const store = await open();
        await store.recordQuestion({ conversation, text: "agenda 15", answered: true, kind: "answer", at: "2024-09-01T08:00:00.000Z" });
        await store.recordQuestion({ conversation, text: "who chairs?", answered: false, kind: "refusal", at: "2024-09-03T08:00:00.000Z" });
        expect((await store.listQuestions()).map((q) => q.text)).toEqual(["agenda 15", "who chairs?"]);
        expect(await store.listQuestions("2024-09-02")).toEqual([{ conversation, text: "who chairs?", answered: false, kind: "refusal", at: "2024-09-03T08:00:00.000Z" }]);
      });

      it("attaches a reason to a recorded vote by its id, and says when there is no such vote", async () => {
        const store = await open();
        await store.recordFeedback({ id: "v1", conversation, user: "U1", answerRef: "p#27", vote: "down", at: "2024-09-03T08:01:00.000Z" });
        await store.recordFeedback({ id: "v0", conversation, user: "U1", answerRef: "p#1", vote: "up", at: "2024-08-01T08:01:00.000Z" });
        expect(await store.setFeedbackReason("v1", "wrong session")).toBe(true);
        expect(await store.setFeedbackReason("nope", "x")).toBe(false);
        expect(await store.listFeedback("2024-09-01")).toEqual([{ id: "v1", conversation, user: "U1", answerRef: "p#27", vote: "down", at: "2024-09-03T08:01:00.000Z", reason: "wrong session" }]);
        const again = await harness.reopen(store);
        opened.push(again);
        expect((await again.listFeedback()).find((f) => f.id === "v1")?.reason).toBe("wrong session");
        expect(await again.listQuestions()).toEqual([]);
      });
    });
  });
}
