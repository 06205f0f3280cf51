/**
 * The Slack app with the real assistant, a real lowdb file and two meetings of the Working Group
 * on Prevention in the documents (the 15th and the 16th), over Bolt's HTTP receiver with signed
 * requests: a thread keeps the meeting it is about across a restart, a thread the bot is first
 * mentioned in gets its meeting from the earlier messages, a 👎 on Slack's native feedback
 * buttons with a reason reaches the report tool (`npm run -s report`'s main), and /digest refuses a member who may not
 * change the channel's digest and a private channel the bot is not in, saying why.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssistant } from "../../../src/app/create-assistant.js";
import { main as reportMain } from "../../../src/cli/report.js";
import { cleanEnv, runMain } from "../../cli/run-main.js";
import { twoMeetingsConfig } from "../../fixtures/two-meetings.js";
import { silentLogger } from "../../../src/core/log.js";
import { createStore, type LowdbStore } from "../../../src/store/index.js";
import {
  BOT_USER_ID,
  eventBody,
  feedbackButtonsClickBody,
  slashCommandBody,
  startFakeSlackApi,
  startResponseUrlServer,
  TEAM_ID,
  viewSubmission,
  waitFor,
  type FakeSlackApi,
  type ResponseUrlServer,
} from "./fake-slack.js";
import { startSlackApp, type RunningSlackApp } from "./running-app.js";

const CHANNEL = "C0CONTEXT";
const FORM = "application/x-www-form-urlencoded";

describe("the Slack app with the real assistant and a lowdb file: thread context and feedback", () => {
  const dir = mkdtempSync(join(tmpdir(), "slack-context-"));
  const file = join(dir, "db.json");
  const config = twoMeetingsConfig(dir);
  let api: FakeSlackApi;
  let responses: ResponseUrlServer;
  let store: LowdbStore;
  let assistant: Awaited<ReturnType<typeof createAssistant>>;
  let app: RunningSlackApp;
  let n = 0;

  async function boot() {
    store = await createStore({ file, logger: silentLogger });
    assistant = await createAssistant({ config, store, logger: silentLogger });
    app = await startSlackApp(api.url, { assistant, store, access: { commandPrefix: "", digestManagers: "channel-managers", adminUsers: ["U0ADMIN"], limitedDistributionChannels: [] } });
  }
  async function shutdown() {
    await app.stop();
    assistant.close();
    await store.close();
  }

  beforeAll(async () => {
    api = await startFakeSlackApi();
    responses = await startResponseUrlServer();
    await boot();
  }, 120_000);
  afterAll(async () => {
    await shutdown();
    await api.close();
    await responses.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const send = (event: Record<string, unknown>) => app.send(eventBody(`Ev-context-${++n}`, { team: TEAM_ID, user: "U0000001", ...event }));
  const answersIn = (thread: string) => api.messages.filter((m) => m.channel === CHANNEL && m.thread_ts === thread && m.bot_id);
  const nextAnswer = async (thread: string) => {
    const before = answersIn(thread).length;
    return waitFor(() => answersIn(thread).length > before && answersIn(thread).at(-1)!, `an answer in thread ${thread}`, 20_000);
  };

  it("answers 'and item 2?' asked out of the blue about the 15th meeting (the control for what follows)", async () => {
    const ts = "1700005000.000100";
    const answer = nextAnswer(ts);
    await send({ type: "app_mention", channel: CHANNEL, text: `<@${BOT_USER_ID}> and item 2?`, ts });
    expect((await answer).text).toMatch(/15th meeting/);
  });

  it("follows up without a mention on the meeting its thread is about, after a restart", async () => {
    const thread = "1700005100.000100";
    const first = nextAnswer(thread);
    await send({ type: "app_mention", channel: CHANNEL, text: `<@${BOT_USER_ID}> agenda of the 16th meeting of the prevention working group`, ts: thread });
    expect((await first).text).toMatch(/16th meeting/);

    await shutdown();
    await boot();

    const followUp = nextAnswer(thread);
    await send({ type: "message", channel: CHANNEL, channel_type: "channel", user: "U0000002", text: "and item 2?", ts: "1700005101.000100", thread_ts: thread });
    const answer = await followUp;
    expect(answer.text).toMatch(/16th meeting/);
    expect(answer.text).not.toMatch(/15th meeting/);
  }, 120_000);

  it("takes the meeting from the earlier messages of a thread it is first mentioned in", async () => {
    const thread = "1700005200.000100";
    api.addMessage({ channel: CHANNEL, ts: thread, user: "U0000003", text: "Does anyone have the agenda of the 16th meeting of the prevention working group?" });
    api.addMessage({ channel: CHANNEL, ts: "1700005201.000100", thread_ts: thread, user: "U0000004", text: "Not yet, let's ask" });
    const answer = nextAnswer(thread);
    await send({ type: "app_mention", channel: CHANNEL, text: `<@${BOT_USER_ID}> and item 2?`, ts: "1700005202.000100", thread_ts: thread });
    expect((await answer).text).toMatch(/16th meeting/);
  });

  it("records a 👎 on Slack's native feedback buttons with the reason asked for, and npm run -s report shows it with its question", async () => {
    const thread = "1700005300.000100";
    const answered = nextAnswer(thread);
    await send({ type: "app_mention", channel: CHANNEL, text: `<@${BOT_USER_ID}> agenda of the 16th meeting of the prevention working group`, ts: thread });
    await answered;
    const post = api.callsTo("chat.postMessage").filter((c) => c.params.thread_ts === thread).at(-1)!;
    const row = (post.params.blocks as { type: string; block_id?: string; elements?: { type: string; negative_button?: { value: string } }[] }[]).find((b) => b.type === "context_actions")!;
    expect(row.elements![0].type).toBe("feedback_buttons");
    const message = { channel: CHANNEL, ts: answersIn(thread).at(-1)!.ts, thread_ts: thread };

    const opens = api.callsTo("views.open").length;
    await app.send(feedbackButtonsClickBody(row.elements![0].negative_button!.value, row.block_id!, message, "https://hooks.slack.invalid/unused"), FORM);
    const open = await waitFor(() => api.callsTo("views.open").length > opens && api.callsTo("views.open").at(-1)!, "the form asking why");
    const voteId = (open.params.view as { private_metadata: string }).private_metadata;
    await app.send(viewSubmission("item 2 is listed under the wrong session", voteId, "feedback_reason", "reason"), FORM);
    await waitFor(async () => (await store.listFeedback()).some((f) => f.reason !== undefined), "the reason in the store");

    // The report reads the file, which the store writes just after it holds the reason in memory.
    type Report = { thumbsDown: { reason?: string; question?: string; platform: string; answerRef: string }[] };
    const report = await waitFor(async () => {
      const { code, stdout, stderr } = await runMain(reportMain, ["--json"], { env: cleanEnv({ DB_FILE: file }) });
      if (code !== 0) throw new Error(`report exited ${code}: ${stderr}`);
      const r = JSON.parse(stdout) as Report;
      return r.thumbsDown.some((d) => d.reason !== undefined) && r;
    }, "the reason in the report");
    expect(report.thumbsDown).toEqual([
      expect.objectContaining({ platform: "slack", reason: "item 2 is listed under the wrong session", question: "agenda of the 16th meeting of the prevention working group" }),
    ]);
    expect(report.thumbsDown[0].answerRef.length).toBeGreaterThan(0);
  }, 60_000);

  it("refuses /digest subscribe from a member who is neither a channel manager nor an admin, and in a private channel it is not in, saying why; an admin subscribes", async () => {
    const digest = async (id: string, user: string, channel: string) => {
      await app.send(slashCommandBody("/digest", "subscribe wg-prevention", responses.url(id), { user_id: user, channel_id: channel }), FORM);
      const [reply] = await waitFor(() => responses.messages(id).length > 0 && responses.messages(id), `the reply to ${id}`, 20_000);
      return reply as { response_type: string; text: string };
    };
    api.queue("conversations.info", { body: { ok: true, channel: { id: "C0PUBLIC", is_private: false, is_member: true, creator: "U0CREATOR" } } });
    api.queue("users.info", { body: { ok: true, user: { id: "U0MEMBER", is_admin: false, is_owner: false } } });
    const member = await digest("member", "U0MEMBER", "C0PUBLIC");
    expect(member.response_type).toBe("ephemeral");
    expect(member.text).toMatch(/Only a channel manager or an administrator/);

    api.queue("conversations.info", { body: { ok: false, error: "channel_not_found" } });
    const hidden = await digest("private", "U0ADMIN", "G0HIDDEN");
    expect(hidden.response_type).toBe("ephemeral");
    expect(hidden.text).toMatch(/not a member of this private channel.*\/invite/s);

    api.queue("conversations.info", { body: { ok: true, channel: { id: "C0PUBLIC", is_private: false, is_member: true, creator: "U0CREATOR" } } });
    expect((await digest("admin", "U0ADMIN", "C0PUBLIC")).text).toMatch(/daily digest/);
    expect((await store.listSubscriptions()).map((s) => [s.conversation.id, s.body])).toEqual([["C0PUBLIC", "wg-prevention"]]);
  });
});
