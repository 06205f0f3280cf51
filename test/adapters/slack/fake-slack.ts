/**
 * Local stand-ins for Slack in tests: a Web API server (point SLACK_API_URL at it), a
 * response_url server, and request signing as Slack does it (HMAC-SHA256, v0).
 */
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  token?: string;
  /** performance.now() when received. */
  at: number;
}

export interface CannedResponse {
  status?: number;
  headers?: Record<string, string>;
  /** What Slack answers; with `keep`, chat.postMessage's ordinary answer when absent. */
  body?: unknown;
  /** Whether Slack posts the message of a chat.postMessage (on receipt) before answering this; default false. */
  keep?: boolean;
  /** How long Slack takes to answer; the message, when kept, is in the channel meanwhile. */
  delayMs?: number;
}

/** A message as the fake workspace keeps it (what conversations.history and .replies return). */
export interface StoredMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  user?: string;
  bot_id?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface HoldOptions {
  /** Whether Slack keeps the message although it never answers (the request reached it); default true. */
  keep?: boolean;
}

export interface FakeSlackApi {
  /** Base URL ending in "/", as SLACK_API_URL expects. */
  url: string;
  calls: ApiCall[];
  /** Messages in the workspace: those the app posted with chat.postMessage and those added by the test. */
  messages: StoredMessage[];
  /** Adds a message someone else wrote (a thread's earlier messages). */
  addMessage(message: StoredMessage): void;
  /** Answers the next call of `method` with `response` (queued, first in first out). */
  queue(method: string, response: CannedResponse): void;
  /**
   * Takes the next call of `method` that `match` accepts and never answers it, keeping (or not)
   * the message it posts, as when the app dies mid-call; resolves with the call once received.
   * Until releaseHolds(), later calls it accepts (the client's own retries after a time-out) are
   * swallowed too, neither answered nor kept: the process holding them is as good as dead.
   */
  hold(method: string, match: (params: Record<string, unknown>) => boolean, options?: HoldOptions): Promise<ApiCall>;
  /** Ends every hold: calls are answered again (the next process is running). */
  releaseHolds(): void;
  callsTo(method: string): ApiCall[];
  close(): Promise<void>;
}

export const BOT_USER_ID = "UBOT0001";
export const BOT_ID = "BBOT0001";
export const TEAM_ID = "T0000001";

async function readAll(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/**
 * Starts a fake Slack Web API answering auth.test, chat.postMessage, chat.postEphemeral,
 * views.publish, views.open and chat.unfurl with ok: true, and conversations.history and
 * conversations.replies from the messages it keeps (metadata only with include_all_metadata).
 */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: ApiCall[] = [];
  const messages: StoredMessage[] = [];
  const queued = new Map<string, CannedResponse[]>();
  const holds: { method: string; match: (p: Record<string, unknown>) => boolean; keep: boolean; fired: boolean; resolve: (c: ApiCall) => void }[] = [];
  // Message timestamps of today, as conversations.history reads them against `oldest`.
  let ts = Math.floor(Date.now() / 1000);
  const keepPost = (params: Record<string, unknown>, at: string) => {
    const metadata = params.metadata as StoredMessage["metadata"] | undefined;
    messages.push({
      channel: String(params.channel),
      ts: at,
      text: String(params.text ?? ""),
      user: BOT_USER_ID,
      bot_id: BOT_ID,
      ...(typeof params.thread_ts === "string" ? { thread_ts: params.thread_ts } : {}),
      ...(metadata ? { metadata } : {}),
    });
  };
  const shown = (m: StoredMessage, withMetadata: boolean) => {
    const { channel: _channel, metadata, ...rest } = m;
    return { type: "message", ...rest, ...(withMetadata && metadata ? { metadata } : {}) };
  };
  const server = createServer(async (req, res) => {
    const method = (req.url ?? "/").split("?")[0].replace(/^\/api\//, "").replace(/^\//, "");
    const raw = await readAll(req);
    const params: Record<string, unknown> = {};
    if ((req.headers["content-type"] ?? "").includes("application/json")) Object.assign(params, JSON.parse(raw || "{}"));
    else
      for (const [k, v] of new URLSearchParams(raw)) {
        // The client sends nested values (blocks) as JSON strings.
        params[k] = /^[[{]/.test(v) ? safeJson(v) : v;
      }
    const token = (req.headers.authorization ?? "").replace(/^Bearer /, "") || undefined;
    const call = { method, params, token, at: performance.now() };
    calls.push(call);
    const held = holds.find((h) => h.method === method && h.match(params));
    if (held) {
      if (!held.fired && held.keep && method === "chat.postMessage") keepPost(params, `${ts++}.000100`);
      held.fired = true;
      held.resolve(call);
      return; // never answered: the caller dies waiting
    }
    const canned = queued.get(method)?.shift();
    if (canned) {
      let body = canned.body;
      if (canned.keep && method === "chat.postMessage") {
        const at = `${ts++}.000100`;
        keepPost(params, at);
        body ??= { ok: true, channel: params.channel, ts: at, message: { text: params.text } };
      }
      if (canned.delayMs) await new Promise((r) => setTimeout(r, canned.delayMs));
      // The caller may have given up waiting: the answer then goes nowhere.
      if (res.destroyed) return;
      res.writeHead(canned.status ?? 200, { "content-type": "application/json", ...canned.headers });
      res.end(JSON.stringify(body));
      return;
    }
    let body: Record<string, unknown>;
    switch (method) {
      case "auth.test":
        body = { ok: true, url: "https://example.slack.com/", team: "Example", user: "assistant", team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID };
        break;
      case "chat.postMessage": {
        const at = `${ts++}.000100`;
        keepPost(params, at);
        body = { ok: true, channel: params.channel, ts: at, message: { text: params.text } };
        break;
      }
      case "conversations.history": {
        const oldest = Number(params.oldest ?? 0);
        const top = messages.filter((m) => m.channel === params.channel && (!m.thread_ts || m.thread_ts === m.ts) && Number(m.ts) >= oldest);
        body = { ok: true, messages: top.reverse().map((m) => shown(m, params.include_all_metadata === "true" || params.include_all_metadata === true)), has_more: false };
        break;
      }
      case "conversations.replies": {
        const thread = messages.filter((m) => m.channel === params.channel && (m.ts === params.ts || m.thread_ts === params.ts));
        body = thread.length
          ? { ok: true, messages: thread.map((m) => shown(m, params.include_all_metadata === "true" || params.include_all_metadata === true)), has_more: false }
          : { ok: false, error: "thread_not_found" };
        break;
      }
      case "chat.postEphemeral":
        body = { ok: true, message_ts: `${ts++}.000200` };
        break;
      case "views.publish":
      case "views.open":
        body = { ok: true, view: { id: `V${ts++}`, ...(params.view as object) } };
        break;
      case "chat.unfurl":
        body = { ok: true };
        break;
      default:
        body = { ok: false, error: "unknown_method" };
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    messages,
    addMessage: (m) => void messages.push(m),
    queue(method, response) {
      queued.set(method, [...(queued.get(method) ?? []), response]);
    },
    hold: (method, match, options = {}) => new Promise((resolve) => holds.push({ method, match, keep: options.keep ?? true, fired: false, resolve })),
    releaseHolds: () => void holds.splice(0),
    callsTo: (method) => calls.filter((c) => c.method === method),
    close: () => close(server),
  };
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

export interface ResponseUrlServer {
  /** A fresh response_url. */
  url(id: string): string;
  /** Messages posted to response_url `id`, in order. */
  messages(id: string): Record<string, unknown>[];
  close(): Promise<void>;
}

/** Starts a server that records what the app POSTs to response_urls. */
export async function startResponseUrlServer(): Promise<ResponseUrlServer> {
  const received = new Map<string, Record<string, unknown>[]>();
  const server = createServer(async (req, res) => {
    const id = (req.url ?? "").replace(/^\/respond\//, "");
    const body = JSON.parse((await readAll(req)) || "{}") as Record<string, unknown>;
    received.set(id, [...(received.get(id) ?? []), body]);
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("ok");
  });
  const port = await listen(server);
  return {
    url: (id) => `http://127.0.0.1:${port}/respond/${id}`,
    messages: (id) => received.get(id) ?? [],
    close: () => close(server),
  };
}

/** Slack's request signature: `v0=` + HMAC-SHA256(secret, `v0:${timestamp}:${body}`). */
export function sign(secret: string, body: string, timestamp: number): string {
  return "v0=" + createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex");
}

export interface SendOptions {
  secret: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature. */
  signature?: string;
  headers?: Record<string, string>;
}

/** POSTs a signed request to the app as Slack would; returns the HTTP status and body. */
export async function sendSigned(url: string, body: string, contentType: string, o: SendOptions): Promise<{ status: number; body: string }> {
  const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": o.signature ?? sign(o.secret, body, timestamp),
      ...o.headers,
    },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, body: await res.text() };
}

let triggers = 0;
/** Slack gives every command invocation and click its own trigger_id; a redelivery keeps it. */
const nextTriggerId = () => `${++triggers}.2.3`;

/** A slash command as Slack posts it (form-encoded). */
export function slashCommandBody(command: string, text: string, responseUrl: string, over: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: "verification-token-unused",
    team_id: TEAM_ID,
    team_domain: "example",
    channel_id: "C0000001",
    channel_name: "wg-prevention",
    user_id: "U0000001",
    user_name: "delegate",
    command,
    text,
    api_app_id: "A0000001",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: nextTriggerId(),
    ...over,
  }).toString();
}

/** An Events API envelope around `event`. */
export function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: "verification-token-unused",
    team_id: TEAM_ID,
    api_app_id: "A0000001",
    event: { event_ts: event.ts, ...event },
    type: "event_callback",
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

/** A block_actions interaction (a button click), form-encoded as `payload=`. */
export function buttonClickBody(action: { action_id: string; block_id: string; value: string }, responseUrl: string, over: Record<string, unknown> = {}): string {
  const { actionType = "button", ...rest } = over as { actionType?: string };
  const element = actionType === "button" ? { type: "button", text: { type: "plain_text", text: "Show [1]", emoji: true } } : { type: actionType };
  const payload = {
    type: "block_actions",
    user: { id: "U0000001", username: "delegate", name: "delegate", team_id: TEAM_ID },
    api_app_id: "A0000001",
    token: "verification-token-unused",
    container: { type: "message", message_ts: "1700000001.000100", channel_id: "C0000001", is_ephemeral: false },
    trigger_id: nextTriggerId(),
    team: { id: TEAM_ID, domain: "example" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: "C0000001", name: "wg-prevention" },
    message: { type: "message", user: BOT_USER_ID, ts: "1700000001.000100", bot_id: BOT_ID, text: "answer", blocks: [] },
    state: { values: {} },
    response_url: responseUrl,
    actions: [{ ...action, ...element, action_ts: "1700000002.000300" }],
    ...rest,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** The user and team interaction payloads name. */
export const SLACK_USER = { id: "U0000001", username: "delegate", name: "delegate", team_id: TEAM_ID };
export const SLACK_TEAM = { id: TEAM_ID, domain: "example" };

/** An interaction payload (shortcut, view submission, …), form-encoded as `payload=`. */
export const interaction = (payload: Record<string, unknown>) =>
  new URLSearchParams({ payload: JSON.stringify({ api_app_id: "A0000001", token: "verification-token-unused", is_enterprise_install: false, enterprise: null, ...payload }) }).toString();

// Slack gives every submission its own trigger id (a repeated one is a redelivery, answered once).
let submissions = 0;
/** A modal's submission with one plain-text input (`block`.text) holding `value`. */
export function viewSubmission(value: string, privateMetadata: string, callbackId = "ask_modal", block = "question"): string {
  return interaction({
    type: "view_submission",
    team: SLACK_TEAM,
    user: SLACK_USER,
    trigger_id: `4.5.${++submissions}`,
    view: {
      id: "V0000001",
      team_id: TEAM_ID,
      type: "modal",
      callback_id: callbackId,
      private_metadata: privateMetadata,
      state: { values: { [block]: { text: { type: "plain_text_input", value } } } },
      hash: "1700000000.abc",
      app_id: "A0000001",
      bot_id: "BBOT0001",
    },
    response_urls: [],
  });
}

/**
 * A click on Slack's native feedback buttons (a feedback_buttons element): the action carries the
 * pressed button's value; `message` is the answer it sits under.
 */
export function feedbackButtonsClickBody(value: string, blockId: string, message: { channel: string; ts: string; thread_ts?: string }, responseUrl: string): string {
  return buttonClickBody({ action_id: "feedback", block_id: blockId, value }, responseUrl, {
    container: { type: "message", message_ts: message.ts, channel_id: message.channel, is_ephemeral: false, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) },
    channel: { id: message.channel, name: "wg-prevention" },
    message: { type: "message", user: BOT_USER_ID, ts: message.ts, bot_id: BOT_ID, text: "answer", blocks: [], ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) },
    actionType: "feedback_buttons",
  });
}

/** A block_actions payload for an option chosen in a static select menu ("Show passages"). */
export function selectClickBody(action: { action_id: string; block_id: string; value: string }, responseUrl: string, over: Record<string, unknown> = {}): string {
  const payload = JSON.parse(new URLSearchParams(buttonClickBody(action, responseUrl, over)).get("payload")!);
  payload.actions = [
    { action_id: action.action_id, block_id: action.block_id, type: "static_select", selected_option: { text: { type: "plain_text", text: "[1] passage", emoji: false }, value: action.value }, action_ts: "1700000002.000300" },
  ];
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Polls `check` until it returns a value other than undefined/false, failing after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
