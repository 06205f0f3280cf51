/**
 * Follow-ups in Slack threads over Bolt's real HTTP receiver with signed requests, a real lowdb
 * file and a local fake Web API: once the bot answered in a thread, replies there are answered
 * without a mention; everywhere else in the channel nothing is answered; a restart forgets nothing.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/core/log.js";
import { createStore, type LowdbStore } from "../../../src/store/index.js";
import { createFakeAssistant, type FakeAssistant } from "./fake-assistant.js";
import { BOT_ID, BOT_USER_ID, eventBody, startFakeSlackApi, TEAM_ID, waitFor, type FakeSlackApi } from "./fake-slack.js";
import { startSlackApp, type RunningSlackApp } from "./running-app.js";

const CHANNEL = "C0000100";
const PRIVATE = "G0000100";
const ROOT = "1700001000.000100";

describe("Slack thread follow-ups", () => {
  let dir: string;
  let api: FakeSlackApi;
  let assistant: FakeAssistant;
  let store: LowdbStore;
  let app: RunningSlackApp;
  let n = 0;

  async function boot() {
    store = await createStore({ file: join(dir, "db.json"), logger: silentLogger });
    app = await startSlackApp(api.url, { assistant, store });
  }
  async function shutdown() {
    await app.stop();
    await store.close();
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "slack-threads-"));
    api = await startFakeSlackApi();
    assistant = createFakeAssistant();
    await boot();
  });
  afterAll(async () => {
    await shutdown();
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  const send = (event: Record<string, unknown>) => app.send(eventBody(`Ev-thread-${++n}`, event));
  const postsIn = (channel: string, thread: string) => api.callsTo("chat.postMessage").filter((c) => c.params.channel === channel && c.params.thread_ts === thread);
  const reply = (channel: string, text: string, ts: string, thread = ROOT, extra: Record<string, unknown> = {}) => ({
    type: "message",
    channel,
    channel_type: channel.startsWith("G") ? "group" : "channel",
    user: "U0000002",
    text,
    ts,
    thread_ts: thread,
    team: TEAM_ID,
    ...extra,
  });
  /** Sends `ignored`, then a message that is answered, and returns the requests the first one caused. */
  async function requestsCausedBy(ignored: Record<string, unknown>): Promise<string[]> {
    const before = assistant.requests.length;
    await send(ignored);
    const control = `control ${++n}`;
    await send({ type: "app_mention", channel: "C0000999", user: "U0000001", text: `<@${BOT_USER_ID}> ${control}`, ts: `1700009${n}.000100`, team: TEAM_ID });
    await waitFor(() => assistant.requests.some((r) => r.text === control), "the control question");
    await new Promise((r) => setTimeout(r, 100));
    return assistant.requests.slice(before).map((r) => r.text).filter((t) => t !== control);
  }

  it("answers a follow-up without a mention in a thread where it answered a mention", async () => {
    await send({ type: "app_mention", channel: CHANNEL, user: "U0000001", text: `<@${BOT_USER_ID}> agenda of the 15th meeting`, ts: ROOT, team: TEAM_ID });
    await waitFor(() => postsIn(CHANNEL, ROOT).length === 1, "the answer to the mention");

    const res = await send(reply(CHANNEL, "and item 3?", "1700001001.000100"));

    expect(res.status).toBe(200);
    await waitFor(() => postsIn(CHANNEL, ROOT).length === 2, "the answer to the follow-up");
    expect(assistant.requests.at(-1)).toMatchObject({ text: "and item 3?", conversation: { platform: "slack", id: CHANNEL, thread: ROOT, user: "U0000002", team: TEAM_ID } });
    expect(await store.thread("slack", CHANNEL, ROOT)).toBeDefined();
  });

  it("answers a follow-up mentioning the bot once, not twice", async () => {
    const before = postsIn(CHANNEL, ROOT).length;
    const text = `<@${BOT_USER_ID}> and item 4?`;
    await send(reply(CHANNEL, text, "1700001002.000100"));
    await send({ type: "app_mention", channel: CHANNEL, user: "U0000002", text, ts: "1700001002.000100", thread_ts: ROOT, team: TEAM_ID });
    await waitFor(() => postsIn(CHANNEL, ROOT).length === before + 1, "one answer");
    await new Promise((r) => setTimeout(r, 200));
    expect(postsIn(CHANNEL, ROOT)).toHaveLength(before + 1);
  });

  it("ignores a message in a thread it never took part in, a message outside threads, edits and other bots", async () => {
    expect(await requestsCausedBy(reply(CHANNEL, "what about item 5?", "1700001100.000100", "1700001099.000100"))).toEqual([]);
    expect(await requestsCausedBy({ type: "message", channel: CHANNEL, channel_type: "channel", user: "U0000002", text: "lunch at noon?", ts: "1700001101.000100", team: TEAM_ID })).toEqual([]);
    expect(await requestsCausedBy(reply(CHANNEL, "edited", "1700001102.000100", ROOT, { subtype: "message_changed" }))).toEqual([]);
    expect(await requestsCausedBy(reply(CHANNEL, "a bot speaking", "1700001103.000100", ROOT, { bot_id: "B0000OTHER", user: undefined }))).toEqual([]);
    expect(await requestsCausedBy(reply(CHANNEL, "its own answer", "1700001104.000100", ROOT, { user: BOT_USER_ID, bot_id: BOT_ID }))).toEqual([]);
  });

  it("answers follow-ups in private channels too", async () => {
    const root = "1700001200.000100";
    await send({ type: "app_mention", channel: PRIVATE, user: "U0000001", text: `<@${BOT_USER_ID}> resolution 10/3`, ts: root, team: TEAM_ID });
    await waitFor(() => postsIn(PRIVATE, root).length === 1, "the answer in the private channel");
    await send(reply(PRIVATE, "what did it request?", "1700001201.000100", root));
    await waitFor(() => postsIn(PRIVATE, root).length === 2, "the follow-up in the private channel");
  });

  it("reads the earlier messages of a thread it is first mentioned in, once, and passes them on as the question's context", async () => {
    const root = "1700001400.000100";
    api.addMessage({ channel: CHANNEL, ts: root, user: "U0000003", text: "Does anyone have the agenda of the 16th meeting of the prevention working group?" });
    api.addMessage({ channel: CHANNEL, ts: "1700001401.000100", thread_ts: root, user: "U0000004", text: "not yet, <@U0000003>" });
    const readsBefore = api.callsTo("conversations.replies").length;
    await send({ type: "app_mention", channel: CHANNEL, user: "U0000002", text: `<@${BOT_USER_ID}> and item 2?`, ts: "1700001402.000100", thread_ts: root, team: TEAM_ID });
    await waitFor(() => postsIn(CHANNEL, root).length === 1, "the answer in the thread");
    expect(api.callsTo("conversations.replies").slice(readsBefore).map((c) => [c.params.channel, c.params.ts])).toEqual([[CHANNEL, root]]);
    expect(assistant.requests.at(-1)).toMatchObject({ text: "and item 2?", earlier: ["Does anyone have the agenda of the 16th meeting of the prevention working group?", "not yet,"] });

    // The bot is in the thread now: its context is the store's, and Slack is not asked again.
    await send(reply(CHANNEL, "and item 3?", "1700001403.000100", root));
    await waitFor(() => postsIn(CHANNEL, root).length === 2, "the follow-up");
    expect(api.callsTo("conversations.replies").length).toBe(readsBefore + 1);
    expect(assistant.requests.at(-1)?.earlier).toBeUndefined();
  });

  it("answers a mention in a thread whose history it cannot read, without the history", async () => {
    const root = "1700001500.000100";
    api.queue("conversations.replies", { body: { ok: false, error: "missing_scope" } });
    await send({ type: "app_mention", channel: CHANNEL, user: "U0000002", text: `<@${BOT_USER_ID}> and item 2?`, ts: "1700001501.000100", thread_ts: root, team: TEAM_ID });
    await waitFor(() => postsIn(CHANNEL, root).length === 1, "the answer without the history");
    expect(assistant.requests.at(-1)?.earlier).toBeUndefined();
  });

  it("still answers follow-ups in the thread after a restart", async () => {
    await shutdown();
    await boot();
    const before = postsIn(CHANNEL, ROOT).length;
    await send(reply(CHANNEL, "and the documents for item 2?", "1700001300.000100"));
    await waitFor(() => postsIn(CHANNEL, ROOT).length === before + 1, "the follow-up after the restart");
    expect(assistant.requests.at(-1)?.text).toBe("and the documents for item 2?");
  });
});
