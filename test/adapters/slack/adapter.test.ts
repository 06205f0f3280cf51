/**
 * The Slack app over Bolt's real HTTP receiver, mounted on the shared server, with signed
 * requests as Slack sends them; replies land on a local fake Web API and a local response_url.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../../src/core/log.js";
import { createHttpServer, type HttpServer } from "../../../src/server/http.js";
import { createSlackAdapter, type SlackAdapter } from "../../../src/adapters/slack/index.js";
import { CITATION_27, CITATION_28, createFakeAssistant, type FakeAssistant } from "./fake-assistant.js";
import {
  BOT_USER_ID,
  buttonClickBody, selectClickBody,
  eventBody,
  sendSigned,
  slashCommandBody,
  startFakeSlackApi,
  startResponseUrlServer,
  TEAM_ID,
  waitFor,
  type FakeSlackApi,
  type ResponseUrlServer,
} from "./fake-slack.js";

const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";

describe("the Slack app over HTTP", () => {
  let api: FakeSlackApi;
  let responses: ResponseUrlServer;
  let assistant: FakeAssistant;
  let adapter: SlackAdapter;
  let server: HttpServer;
  let url: string;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    api = await startFakeSlackApi();
    responses = await startResponseUrlServer();
    assistant = createFakeAssistant();
    adapter = createSlackAdapter({
      assistant,
      slack: { botToken: "xoxb-test-token", signingSecret: SECRET, apiUrl: api.url },
      logger: createLogger("debug", (line) => logLines.push(JSON.parse(line))),
    });
    server = createHttpServer(adapter.routes);
    await adapter.start();
    const port = await server.listen(0, "127.0.0.1");
    url = `http://127.0.0.1:${port}/slack/events`;
  });

  afterAll(async () => {
    await adapter?.stop();
    await server?.close();
    await api?.close();
    await responses?.close();
  });

  const send = (body: string, type: string, o: { timestamp?: number; signature?: string; headers?: Record<string, string> } = {}) =>
    sendSigned(url, body, type, { secret: SECRET, ...o });
  const postsTo = (channel: string) => api.callsTo("chat.postMessage").filter((c) => c.params.channel === channel);

  it("verifies the bot token with auth.test on start and contributes POST /slack/events", () => {
    expect(adapter.mode).toBe("http");
    expect(adapter.routes.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /slack/events"]);
    expect(api.callsTo("auth.test")[0]?.token).toBe("xoxb-test-token");
  });

  it("acknowledges /agenda 15 at once and answers privately through response_url with sources, the passages menu and a Share in channel button", async () => {
    const res = await send(slashCommandBody("/agenda", "15", responses.url("agenda")), FORM);
    expect(res.status).toBe(200);
    expect(res.body).toBe("");
    const [message] = await waitFor(() => responses.messages("agenda").length > 0 && responses.messages("agenda"), "the /agenda reply");
    expect(message.response_type).toBe("ephemeral");
    expect(message.replace_original).toBe(false);
    expect(message.text).toContain("Fifteenth meeting");
    const blocks = message.blocks as { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string; text?: string | { text: string } }[] }[];
    expect(blocks[0]).toMatchObject({ type: "section", text: { text: expect.stringContaining("*Fifteenth meeting*") } });
    const contexts = blocks.filter((b) => b.type === "context").map((b) => b.elements!.map((e) => (typeof e.text === "string" ? e.text : e.text?.text)).join(" "));
    expect(contexts[0]).toBe("*Sources*");
    expect(contexts[1]).toMatch(/^\[1\]\[2\] \*CAC\/COSP\/WG\.4\/2024\/1\* · ¶ 27, 28 “… Item 2 of the provisional agenda concerns the implementation of resolution 10\/3/);
    const actions = blocks.filter((b) => b.type === "actions" || b.type === "context_actions").flatMap((b) => b.elements!) as { action_id?: string; value?: string; options?: { value: string }[] }[];
    expect(actions.map((a) => a.action_id)).toEqual(["show_passage", "feedback", "share_in_channel"]);
    expect(actions[0].options!.map((o) => o.value)).toEqual([CITATION_27.passageId, CITATION_28.passageId]);
    expect(actions[2].value).toBe("/agenda 15");
    expect(assistant.requests.at(-1)).toEqual({
      text: "/agenda 15",
      conversation: { platform: "slack", id: "C0000001", user: "U0000001", team: TEAM_ID },
      progress: expect.any(Function),
      checkAccess: expect.any(Function),
    });
  });

  it("registers every command of the registry as a slash command", async () => {
    await send(slashCommandBody("/resolution", "10/3", responses.url("resolution")), FORM);
    await waitFor(() => responses.messages("resolution").length > 0, "the /resolution reply");
    expect(assistant.requests.at(-1)?.text).toBe("/resolution 10/3");
  });

  it("answers a bad argument with a helpful message shown only to the asker", async () => {
    await send(slashCommandBody("/agenda", "next week", responses.url("bad")), FORM);
    const [message] = await waitFor(() => responses.messages("bad").length > 0 && responses.messages("bad"), "the error reply");
    expect(message.response_type).toBe("ephemeral");
    expect(message.text).toContain("/agenda 15");
    expect(JSON.stringify(message.blocks)).not.toContain("feedback");
  });

  it("apologises ephemerally and logs when the assistant throws", async () => {
    await send(slashCommandBody("/agenda", "15 boom", responses.url("boom")), FORM);
    const [message] = await waitFor(() => responses.messages("boom").length > 0 && responses.messages("boom"), "the apology");
    expect(message.response_type).toBe("ephemeral");
    expect(message.text).toMatch(/try again/i);
    expect(logLines.some((l) => l.msg === "assistant failed" && l.error === "simulated failure")).toBe(true);
  });

  it("answers an @mention in its thread, without the mention in the question", async () => {
    const res = await send(
      eventBody("Ev-mention-1", { type: "app_mention", user: "U0000001", text: `<@${BOT_USER_ID}> what is on the agenda of the 15th meeting?`, ts: "1700000100.000100", channel: "C0000002", team: TEAM_ID }),
      JSON_TYPE,
    );
    expect(res.status).toBe(200);
    const [post] = await waitFor(() => postsTo("C0000002").length > 0 && postsTo("C0000002"), "the thread reply");
    expect(post.params.thread_ts).toBe("1700000100.000100");
    expect(post.params.text).toContain("Fifteenth meeting");
    expect(post.token).toBe("xoxb-test-token");
    expect(assistant.requests.at(-1)).toEqual({
      text: "what is on the agenda of the 15th meeting?",
      conversation: { platform: "slack", id: "C0000002", thread: "1700000100.000100", user: "U0000001", team: TEAM_ID },
      progress: expect.any(Function),
      checkAccess: expect.any(Function),
    });
  });

  it("keeps a thread's conversation for a follow-up mention in it", async () => {
    await send(
      eventBody("Ev-mention-2", { type: "app_mention", user: "U0000001", text: `<@${BOT_USER_ID}> and item 3?`, ts: "1700000101.000100", thread_ts: "1700000100.000100", channel: "C0000002", team: TEAM_ID }),
      JSON_TYPE,
    );
    await waitFor(() => postsTo("C0000002").length > 1, "the follow-up reply");
    expect(postsTo("C0000002")[1].params.thread_ts).toBe("1700000100.000100");
    const followUp = assistant.requests.find((r) => r.text === "and item 3?");
    expect(followUp?.conversation.thread).toBe("1700000100.000100");
  });

  it("answers a bare mention with help, shown only to the asker", async () => {
    await send(eventBody("Ev-bare", { type: "app_mention", user: "U0000001", text: `<@${BOT_USER_ID}>`, ts: "1700000150.000100", channel: "C0000003", team: TEAM_ID }), JSON_TYPE);
    const [call] = await waitFor(() => api.callsTo("chat.postEphemeral").filter((c) => c.params.channel === "C0000003").length > 0 && api.callsTo("chat.postEphemeral").filter((c) => c.params.channel === "C0000003"), "the help");
    expect(call.params.user).toBe("U0000001");
    expect(call.params.thread_ts).toBe("1700000150.000100");
    expect(call.params.text).toContain("Commands");
    expect(assistant.requests.at(-1)?.text).toBe("/help");
    expect(postsTo("C0000003")).toHaveLength(0);
  });

  it("answers a direct message in the DM and a DM in a thread in that thread", async () => {
    await send(eventBody("Ev-dm-1", { type: "message", channel_type: "im", user: "U0000001", text: "agenda of the 15th meeting", ts: "1700000200.000100", channel: "D0000001" }), JSON_TYPE);
    const [dm] = await waitFor(() => postsTo("D0000001").length > 0 && postsTo("D0000001"), "the DM reply");
    expect(dm.params.thread_ts).toBeUndefined();
    expect(assistant.requests.at(-1)?.conversation).toEqual({ platform: "slack", id: "D0000001", user: "U0000001", team: TEAM_ID });

    await send(eventBody("Ev-dm-2", { type: "message", channel_type: "im", user: "U0000001", text: "and item 3?", ts: "1700000201.000100", thread_ts: "1700000200.000100", channel: "D0000001" }), JSON_TYPE);
    await waitFor(() => postsTo("D0000001").length > 1, "the DM thread reply");
    expect(postsTo("D0000001")[1].params.thread_ts).toBe("1700000200.000100");
  });

  it("ignores its own messages, bots and message subtypes such as edits", async () => {
    const before = assistant.requests.length;
    await send(eventBody("Ev-own", { type: "message", channel_type: "im", user: BOT_USER_ID, text: "an answer", ts: "1700000300.000100", channel: "D0000009" }), JSON_TYPE);
    await send(eventBody("Ev-bot", { type: "message", channel_type: "im", bot_id: "B999", user: "U0000077", text: "bot talk", ts: "1700000301.000100", channel: "D0000009" }), JSON_TYPE);
    await send(
      eventBody("Ev-edit", { type: "message", subtype: "message_changed", channel_type: "im", hidden: true, message: { user: "U0000001", text: "edited" }, ts: "1700000302.000100", channel: "D0000009" }),
      JSON_TYPE,
    );
    await send(eventBody("Ev-me", { type: "message", subtype: "me_message", channel_type: "im", user: "U0000001", text: "is reading", ts: "1700000302.000200", channel: "D0000009" }), JSON_TYPE);
    // A later message shows the three before it have been processed (one connection, in order).
    await send(eventBody("Ev-after", { type: "message", channel_type: "im", user: "U0000001", text: "agenda 15", ts: "1700000303.000100", channel: "D0000009" }), JSON_TYPE);
    await waitFor(() => postsTo("D0000009").length > 0, "the reply to the real message");
    expect(assistant.requests.slice(before).map((r) => r.text)).toEqual(["agenda 15"]);
    expect(postsTo("D0000009")).toHaveLength(1);
  });

  it("answers a retried event once (x-slack-retry-num, same event_id)", async () => {
    const body = eventBody("Ev-retry-1", { type: "app_mention", user: "U0000001", text: `<@${BOT_USER_ID}> agenda 15`, ts: "1700000400.000100", channel: "C0000004", team: TEAM_ID });
    await send(body, JSON_TYPE);
    await waitFor(() => postsTo("C0000004").length > 0, "the first answer");
    // A retry is signed anew (a later timestamp), unlike a replay of the same request.
    const retry = await send(body, JSON_TYPE, { timestamp: Math.floor(Date.now() / 1000) + 1, headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } });
    expect(retry.status).toBe(200);
    // A new event after the retry is answered; by then a second answer to the retry would have been posted too.
    await send(eventBody("Ev-retry-2", { type: "app_mention", user: "U0000001", text: `<@${BOT_USER_ID}> agenda 16`, ts: "1700000401.000100", channel: "C0000004", team: TEAM_ID }), JSON_TYPE);
    await waitFor(() => postsTo("C0000004").some((c) => c.params.thread_ts === "1700000401.000100"), "the next answer");
    expect(postsTo("C0000004").map((c) => c.params.thread_ts)).toEqual(["1700000400.000100", "1700000401.000100"]);
    expect(logLines.some((l) => l.msg === "ignored a repeated slack event" && l.eventId === "Ev-retry-1" && l.retryNum === 1)).toBe(true);
  });

  it("shows the passage chosen in the Show passages menu in full to the person who chose it", async () => {
    const res = await send(selectClickBody({ action_id: "show_passage", block_id: "passages:en:0", value: CITATION_27.passageId! }, responses.url("show")), FORM);
    expect(res.status).toBe(200);
    const [message] = await waitFor(() => responses.messages("show").length > 0 && responses.messages("show"), "the passage");
    expect(message.response_type).toBe("ephemeral");
    expect(message.replace_original).toBe(false);
    const shown = JSON.stringify(message.blocks);
    expect(shown).toContain("resolution 10/3 &amp; related");
    expect(shown).not.toContain("&lt;matters&gt;");
    expect(message.text).toContain("The Working Group will hold its fifteenth meeting in Vienna from 4 to 6 September 2024.");
  });

  it("still shows a passage from the show button of an older message", async () => {
    await send(buttonClickBody({ action_id: "show_passage:2", block_id: "passages:en:0", value: CITATION_28.passageId! }, responses.url("old-show")), FORM);
    const [message] = await waitFor(() => responses.messages("old-show").length > 0 && responses.messages("old-show"), "the passage");
    expect(message.text).toContain(CITATION_28.quote);
  });

  it("shares a private answer in the channel when its asker presses Share in channel, and removes the private copy", async () => {
    await send(buttonClickBody({ action_id: "share_in_channel", block_id: "share:en", value: "/agenda 15" }, responses.url("share"), { channel: { id: "C0000SHARE", name: "wg" } }), FORM);
    const [post] = await waitFor(() => postsTo("C0000SHARE").length > 0 && postsTo("C0000SHARE"), "the shared answer");
    expect(post.params.text).toContain("Fifteenth meeting");
    // Marked with the click it answers, so a process that dies while posting it does not post it twice.
    expect(post.params.metadata).toMatchObject({ event_type: "assistant_delivery", event_payload: { key: expect.stringMatching(/^trigger:/), part: 0 } });
    expect(JSON.stringify(post.params.blocks)).toContain("Shared by <@U0000001>");
    expect(JSON.stringify(post.params.blocks)).not.toContain("share_in_channel");
    const [removal] = await waitFor(() => responses.messages("share").length > 0 && responses.messages("share"), "the private copy removed");
    expect(removal.delete_original).toBe(true);
  });

  it("stores a feedback vote and thanks the voter privately", async () => {
    await send(buttonClickBody({ action_id: "feedback_down", block_id: "feedback:en", value: "001_7da0608a8050477c#27,001_7da0608a8050477c#28" }, responses.url("vote")), FORM);
    const [message] = await waitFor(() => responses.messages("vote").length > 0 && responses.messages("vote"), "the thanks");
    expect(message.response_type).toBe("ephemeral");
    expect(message.text).toMatch(/feedback was recorded/);
    expect(assistant.votes.at(-1)).toEqual({
      conversation: { platform: "slack", id: "C0000001", user: "U0000001", team: TEAM_ID },
      user: "U0000001",
      answerRef: "001_7da0608a8050477c#27,001_7da0608a8050477c#28",
      vote: "down",
    });
  });

  it("rejects a request whose signature is wrong with 401 and answers nothing", async () => {
    const before = assistant.requests.length;
    const res = await send(slashCommandBody("/agenda", "15", responses.url("forged")), FORM, { signature: "v0=" + "0".repeat(64) });
    expect(res.status).toBe(401);
    expect(assistant.requests.length).toBe(before);
  });

  it("rejects a request whose signature is stale with 401", async () => {
    const before = assistant.requests.length;
    const res = await send(slashCommandBody("/agenda", "15", responses.url("stale")), FORM, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    expect(res.status).toBe(401);
    expect(assistant.requests.length).toBe(before);
  });

  it("answers Slack's URL verification challenge", async () => {
    const res = await send(JSON.stringify({ token: "x", challenge: "challenge-123", type: "url_verification" }), JSON_TYPE);
    expect(res.status).toBe(200);
    expect(res.body).toContain("challenge-123");
  });

  it("waits out a 429 from the Web API as Retry-After says, then delivers", async () => {
    api.queue("chat.postMessage", { status: 429, headers: { "retry-after": "1" }, body: { ok: false, error: "ratelimited" } });
    await send(eventBody("Ev-429", { type: "app_mention", user: "U0000001", text: `<@${BOT_USER_ID}> agenda 15`, ts: "1700000500.000100", channel: "C0000005", team: TEAM_ID }), JSON_TYPE);
    const attempts = await waitFor(() => postsTo("C0000005").length > 1 && postsTo("C0000005"), "the retried post");
    expect(attempts).toHaveLength(2);
    expect(attempts[1].params).toEqual(attempts[0].params);
    // Retry-After: 1 means no second attempt before a second has passed.
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(950);
    expect(logLines.some((l) => l.msg === "slack rate limited, retrying" && l.waitMs === 1000)).toBe(true);
  });
});

describe("the Slack app before start", () => {
  it("answers 503 so that Slack retries later", async () => {
    const adapter = createSlackAdapter({ assistant: createFakeAssistant(), slack: { botToken: "xoxb-x", signingSecret: SECRET, apiUrl: "http://127.0.0.1:9/api/" } });
    const server = createHttpServer(adapter.routes);
    try {
      const port = await server.listen(0, "127.0.0.1");
      const res = await sendSigned(`http://127.0.0.1:${port}/slack/events`, slashCommandBody("/agenda", "15", "http://127.0.0.1:9/"), FORM, { secret: SECRET });
      expect(res.status).toBe(503);
    } finally {
      await server.close();
    }
  });

  it("fails to start when Slack rejects the bot token", async () => {
    const api = await startFakeSlackApi();
    try {
      api.queue("auth.test", { body: { ok: false, error: "invalid_auth" } });
      const adapter = createSlackAdapter({ assistant: createFakeAssistant(), slack: { botToken: "xoxb-revoked", signingSecret: SECRET, apiUrl: api.url } });
      await expect(adapter.start()).rejects.toThrow(/invalid_auth/);
    } finally {
      await api.close();
    }
  });
});

describe("the Slack app in Socket Mode", () => {
  it("is chosen by an app-level token and contributes no HTTP route", () => {
    const adapter = createSlackAdapter({ assistant: createFakeAssistant(), slack: { botToken: "xoxb-x", appToken: "xapp-1-x" } });
    expect(adapter.mode).toBe("socket");
    expect(adapter.routes).toEqual([]);
  });

  it("requires a signing secret over HTTP", () => {
    expect(() => createSlackAdapter({ assistant: createFakeAssistant(), slack: { botToken: "xoxb-x" } })).toThrow(/SLACK_SIGNING_SECRET/);
  });
});
