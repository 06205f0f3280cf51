/** A Store kept in memory, for tests that are about the adapter rather than persistence. */
import type { Feedback, QuestionRecord, Store, Subscription, ThreadRecord } from "../../../src/store/types.js";

export interface MemoryStore extends Store {
  readonly feedback: Feedback[];
  readonly unreachable: Map<string, string>;
}

export function createMemoryStore(): MemoryStore {
  const refs = new Map<string, unknown>();
  const unreachable = new Map<string, string>();
  const feedback: Feedback[] = [];
  const events = new Set<string>();
  const threads = new Map<string, ThreadRecord>();
  const questions: QuestionRecord[] = [];
  const key = (p: string, id: string) => `${p}:${id}`;
  return {
    feedback,
    unreachable,
    async listSubscriptions() {
      return [];
    },
    async subscribe(sub) {
      return { ...sub, id: "s1", createdAt: new Date(0).toISOString() } as Subscription;
    },
    async unsubscribe() {
      return 0;
    },
    async subscriptionsFor() {
      return [];
    },
    async saveConversationReference(p, id, ref) {
      refs.set(key(p, id), structuredClone(ref));
    },
    async conversationReference(p, id) {
      return structuredClone(refs.get(key(p, id)));
    },
    async markUnreachable(p, id, reason) {
      unreachable.set(key(p, id), reason);
    },
    async isUnreachable(p, id) {
      return unreachable.has(key(p, id));
    },
    async claimDigest() {
      return "claimed";
    },
    async markDigestPosting() {},
    async completeDigest() {},
    async digestEntry() {
      return undefined;
    },
    async recordFeedback(f) {
      feedback.push(f);
    },
    async claimEvent(id) {
      if (events.has(id)) return "done";
      events.add(id);
      return "claimed";
    },
    async markEventPosting() {},
    async completeEvent() {},
    async health() {
      return { kind: "lowdb", ok: true };
    },
    async claimRequest() {
      return true;
    },
    async settleRequest() {},
    async pendingRequests() {
      return [];
    },
    async setFeedbackReason(id, reason) {
      const f = feedback.find((x) => x.id === id);
      if (f) f.reason = reason;
      return f !== undefined;
    },
    async listFeedback(since) {
      return feedback.filter((f) => since === undefined || f.at >= since);
    },
    async recordQuestion(q) {
      questions.push(q);
    },
    async listQuestions(since) {
      return questions.filter((q) => since === undefined || q.at >= since);
    },
    async thread(p, id, thread) {
      return structuredClone(threads.get(`${key(p, id)}:${thread}`));
    },
    async saveThread(p, id, thread, context) {
      const old = threads.get(`${key(p, id)}:${thread}`);
      threads.set(`${key(p, id)}:${thread}`, { platform: p, conversationId: id, thread, context: { ...old?.context, ...context }, updatedAt: new Date().toISOString() });
    },
    async close() {},
  };
}
