/**
 * A digest posted once although Slack's answer to chat.postMessage goes astray: the scheduler,
 * a real lowdb file and the Slack poster against the local fake Web API, which answers late,
 * fails after posting, or rate-limits. Each digest ends posted exactly once and recorded as sent,
 * or, where Slack cannot tell whether it arrived, recorded as uncertain and not posted again.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { webApi } from "@slack/bolt";
import { createSlackPoster } from "../../src/adapters/slack/poster.js";
import { webClientOptions } from "../../src/adapters/slack/web-api.js";
import { silentLogger } from "../../src/core/log.js";
import type { RenderOptions } from "../../src/adapters/slack/render.js";
import type { BodyCatalog } from "../../src/digest/bodies.js";
import { createDigestScheduler } from "../../src/digest/scheduler.js";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import { createStore, type LowdbStore } from "../../src/store/index.js";
import { createDigestCommand } from "../../commands/digest.js";
import { realIndex } from "./fixtures/real-index.js";
import { tempDir } from "../store/fixtures/helpers.js";
import { runCommand } from "../commands/fixtures/context.js";
import { startFakeSlackApi, type CannedResponse, type FakeSlackApi } from "../adapters/slack/fake-slack.js";

/** The poster gives up waiting for chat.postMessage after this long (30 s in production). */
const TIMEOUT_MS = 400;
const CHANNEL = "C0DIGEST1";

let index: KnowledgeIndex;
let bodies: BodyCatalog;
beforeAll(async () => {
  ({ index, bodies } = await realIndex());
});

describe("a Slack digest posted once when Slack's answer to the post goes astray", () => {
  let store: LowdbStore;
  let cleanup: () => Promise<void>;
  let api: FakeSlackApi;
  // 08:30 in Vienna on the eve of the fifteenth meeting: the digest is due.
  const now = new Date("2024-09-02T06:30:00Z");
  const date = "2024-09-02";

  beforeEach(async () => {
    const t = await tempDir("post-once-");
    cleanup = t.cleanup;
    store = await createStore({ file: join(t.dir, "db.json"), logger: silentLogger, now: () => now });
    api = await startFakeSlackApi();
    const r = await runCommand(createDigestCommand({ bodies }), "subscribe wg-prevention at 8:30", { index, store, now, conversation: { platform: "slack", id: CHANNEL, user: "U1" }, lang: "en" });
    expect(r.kind).toBe("confirmation");
  });
  afterEach(async () => {
    await store.close();
    await api.close();
    await cleanup();
  });

  /** Scheduler ticks with Slack answering the digest's first posts with `answers`, then as usual. */
  async function tickAnswered(first: CannedResponse, options: { ticks?: number; answers?: CannedResponse[]; render?: RenderOptions } = {}) {
    for (const answer of [first, ...(options.answers ?? [])]) api.queue("chat.postMessage", answer);
    // The client the app builds: it retries network errors and 5xx by itself, which a delivery's post must not.
    const client = new webApi.WebClient("xoxb-test", webClientOptions(api.url));
    const poster = createSlackPoster({ client, logger: silentLogger, once: { timeoutMs: TIMEOUT_MS, settleMs: 100 }, retry: { maxRetries: 1 }, render: options.render });
    const scheduler = createDigestScheduler({ index, bodies, store, posters: [poster], clock: () => now, logger: silentLogger, retryDelayMs: 0 });
    const outcomes: string[] = [];
    for (let tick = 0; tick < (options.ticks ?? 1); tick++) outcomes.push(...(await scheduler.tick()).map((o) => o.outcome));
    const [sub] = await store.listSubscriptions();
    return {
      outcomes,
      entry: await store.digestEntry(sub.id, date),
      posts: api.callsTo("chat.postMessage"),
      shown: api.messages.filter((m) => m.channel === CHANNEL).map((m) => m.metadata?.event_payload),
      readBacks: api.callsTo("conversations.history"),
      key: `digest:${sub.id}:${date}`,
    };
  }

  it("posts once and records it sent when Slack posts the digest but answers after the poster stopped waiting", async () => {
    const r = await tickAnswered({ keep: true, delayMs: TIMEOUT_MS * 4 });
    expect(r.outcomes).toEqual(["sent"]);
    expect(r.entry).toMatchObject({ status: "sent", attempts: 1 });
    expect(r.posts).toHaveLength(1);
    expect(r.shown).toEqual([{ key: r.key, part: 0 }]);
    expect(r.readBacks).toHaveLength(1);
  });

  it("posts once and records it sent when Slack posts the digest and then answers 500", async () => {
    const r = await tickAnswered({ keep: true, status: 500, body: { ok: false, error: "internal_server_error" } });
    expect(r.outcomes).toEqual(["sent"]);
    expect(r.entry?.status).toBe("sent");
    expect(r.posts).toHaveLength(1);
    expect(r.shown).toEqual([{ key: r.key, part: 0 }]);
  });

  it("posts again when Slack says fatal_error without having posted, and the digest arrives once", async () => {
    const r = await tickAnswered({ body: { ok: false, error: "fatal_error" } });
    expect(r.outcomes).toEqual(["sent"]);
    expect(r.posts).toHaveLength(2);
    expect(r.shown).toEqual([{ key: r.key, part: 0 }]);
    expect(r.readBacks).toHaveLength(1);
  });

  it("waits out a 429 and posts once more, without reading the channel back", async () => {
    const r = await tickAnswered({ status: 429, headers: { "retry-after": "1" }, body: { ok: false, error: "ratelimited" } });
    expect(r.outcomes).toEqual(["sent"]);
    expect(r.posts).toHaveLength(2);
    expect(r.posts[1].at - r.posts[0].at).toBeGreaterThanOrEqual(1000);
    expect(r.shown).toEqual([{ key: r.key, part: 0 }]);
    expect(r.readBacks).toHaveLength(0);
  });

  it("records the digest as uncertain and posts nothing again when the answer is lost and the channel cannot be read back", async () => {
    api.queue("conversations.history", { body: { ok: false, error: "not_in_channel" } });
    const r = await tickAnswered({ keep: true, delayMs: TIMEOUT_MS * 4 });
    expect(r.outcomes).toEqual(["uncertain"]);
    expect(r.entry?.status).toBe("skipped");
    expect(r.entry?.detail).toMatch(/^uncertain: /);
    expect(r.posts).toHaveLength(1);
    expect(r.shown).toHaveLength(1);
  });

  it("retries a long digest whose second message Slack refused by posting only that message", async () => {
    const limited: CannedResponse = { body: { ok: false, error: "ratelimited" } };
    // Two refusals use up the rate-limit retries of the first tick; the next tick tries again.
    const r = await tickAnswered({ keep: true }, { answers: [limited, limited], ticks: 2, render: { maxBlocks: 3 } });
    expect(r.outcomes).toEqual(["failed", "sent"]);
    expect(r.entry).toMatchObject({ status: "sent", attempts: 2 });
    // The digest is two messages at three blocks each; the first is not posted again.
    expect(r.shown.map((p) => p?.part)).toEqual([0, 1]);
    expect(r.posts.map((c) => (c.params.metadata as { event_payload: { part: number } }).event_payload.part)).toEqual([0, 1, 1, 1]);
    expect(r.readBacks).toHaveLength(1);
  });
});
