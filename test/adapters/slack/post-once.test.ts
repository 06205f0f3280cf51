/**
 * Answers posted once although Slack's answer to chat.postMessage goes astray: over Bolt's real
 * HTTP receiver with signed requests, a real lowdb file and the local fake Web API, which here
 * answers late, fails after posting, or rate-limits. A post whose outcome is unknown is looked
 * for in the thread before it is sent again; a 429 is a sure "not posted", sent again after
 * Retry-After; and every delivery ends recorded as answered.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, silentLogger } from "../../../src/core/log.js";
import { createStore, type LowdbStore } from "../../../src/store/index.js";
import { createFakeAssistant } from "./fake-assistant.js";
import { BOT_USER_ID, eventBody, startFakeSlackApi, TEAM_ID, waitFor, type CannedResponse, type FakeSlackApi } from "./fake-slack.js";
import { startSlackApp, type RunningSlackApp } from "./running-app.js";

/** The app gives up waiting for chat.postMessage after this long (30 s in production). */
const TIMEOUT_MS = 400;

describe("answers posted once when Slack's answer to a post goes astray", () => {
  let dir: string;
  let api: FakeSlackApi;
  let store: LowdbStore;
  let app: RunningSlackApp;
  const logs: { msg: string; code?: string }[] = [];
  let n = 0;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "slack-post-once-"));
    api = await startFakeSlackApi();
    store = await createStore({ file: join(dir, "db.json"), logger: silentLogger });
    app = await startSlackApp(api.url, {
      assistant: createFakeAssistant(),
      store,
      logger: createLogger("debug", (line) => void logs.push(JSON.parse(line))),
      once: { timeoutMs: TIMEOUT_MS, settleMs: 100 },
    });
  });
  afterAll(async () => {
    await app?.stop();
    await store?.close();
    await api?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Mentions the bot in a new thread of `channel`, Slack answering the first post of the reply with `first`. */
  async function mentionAnsweredWith(channel: string, first: CannedResponse) {
    const id = `Ev-once-${++n}`;
    const ts = `17000030${String(n).padStart(2, "0")}.000100`;
    const text = `<@${BOT_USER_ID}> agenda 15`;
    api.addMessage({ channel, ts, text, user: "U0000001" });
    api.queue("chat.postMessage", first);
    const ack = await app.send(eventBody(id, { type: "app_mention", channel, user: "U0000001", text, ts, team: TEAM_ID }));
    expect(ack.status).toBe(200);
    await waitFor(() => api.callsTo("chat.postMessage").some((c) => c.params.channel === channel), "the reply's first post");
    // Recorded as answered: a redelivery of the event would be dropped.
    await waitFor(async () => (await store.claimEvent(id, 60_000)) === "done", `${id} recorded as answered`);
    return {
      id,
      posts: api.callsTo("chat.postMessage").filter((c) => c.params.channel === channel),
      shown: api.messages.filter((m) => m.channel === channel && m.bot_id),
      readBacks: api.callsTo("conversations.replies").filter((c) => c.params.channel === channel),
    };
  }

  it("posts once when Slack posts the reply but answers after the app stopped waiting: the thread read back shows it arrived", async () => {
    const r = await mentionAnsweredWith("C0NCE0001", { keep: true, delayMs: TIMEOUT_MS * 4 });
    expect(r.posts).toHaveLength(1);
    expect(r.shown.map((m) => m.metadata?.event_payload)).toEqual([{ key: r.id, part: 0 }]);
    expect(r.readBacks).toHaveLength(1);
    expect(logs.some((l) => l.msg === "slack post arrived although its answer did not")).toBe(true);
  });

  it("posts once when Slack posts the reply and then answers 500", async () => {
    const r = await mentionAnsweredWith("C0NCE0002", { keep: true, status: 500, body: { ok: false, error: "internal_server_error" } });
    expect(r.posts).toHaveLength(1);
    expect(r.shown).toHaveLength(1);
    expect(r.readBacks).toHaveLength(1);
  });

  it("posts again when Slack answers 500 without posting, and the reply arrives once", async () => {
    const r = await mentionAnsweredWith("C0NCE0003", { status: 503, body: { ok: false, error: "service_unavailable" } });
    expect(r.posts).toHaveLength(2);
    expect(r.shown.map((m) => m.metadata?.event_payload)).toEqual([{ key: r.id, part: 0 }]);
    expect(r.readBacks).toHaveLength(1);
  });

  it("waits out a 429 and posts again without reading the thread back: a rate-limited post was not made", async () => {
    const r = await mentionAnsweredWith("C0NCE0004", { status: 429, headers: { "retry-after": "1" }, body: { ok: false, error: "ratelimited" } });
    expect(r.posts).toHaveLength(2);
    expect(r.posts[1].at - r.posts[0].at).toBeGreaterThanOrEqual(1000);
    expect(r.shown).toHaveLength(1);
    expect(r.readBacks).toHaveLength(0);
  });

  it("sends nothing again when the post's outcome is unknown and the thread cannot be read back", async () => {
    api.queue("conversations.replies", { body: { ok: false, error: "missing_scope" } });
    const r = await mentionAnsweredWith("C0NCE0005", { status: 502, body: "bad gateway" });
    expect(r.posts).toHaveLength(1);
    expect(r.shown).toHaveLength(0);
    expect(logs.some((l) => l.msg === "slack reply failed" && l.code === "uncertain")).toBe(true);
  });
});
