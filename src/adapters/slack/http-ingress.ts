/**
 * Slack over HTTP, in front of Bolt: a Bolt Receiver that reads, verifies and checks each request
 * before Bolt sees it, so that Bolt's listeners only ever get well-formed, fresh, first-time
 * requests with text no longer than Slack's own limit.
 *
 * - the signature is checked (HMAC-SHA256, v0) and the timestamp must be within five minutes in
 *   the past and a small skew in the future;
 * - a signature seen before within its window is a replay and is answered no more;
 * - a body of the wrong shape (JSON `null`, `payload=null`, a command without its fields) is a
 *   400 with a code;
 * - retries of an event or a slash command (same event_id or trigger_id, new signature) are
 *   answered once, remembered in the store so a restart does not forget them; the request is
 *   stored before it is acknowledged and settled once answered, so a crash loses nothing;
 * - a command, event or click is acknowledged (200, empty) as soon as it is stored, before Bolt
 *   sees it; only a form's submission waits for its listener, whose acknowledgement carries the
 *   form's errors.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { App, Receiver, ReceiverEvent } from "@slack/bolt";
import { z } from "zod";
import type { Logger } from "../../core/log.js";
import { readBody } from "../../server/http.js";
import type { Store } from "../../store/types.js";
import { acksAtOnce } from "./once.js";

/** Slack's own limit on a message's text: longer text is cut here, before any work. */
export const SLACK_TEXT_LIMIT = 40_000;

export interface SlackIngressConfig {
  signingSecret: string;
  logger: Logger;
  /** Remembers event and command ids across restarts, and keeps acknowledged work until answered. */
  store?: Store;
  now?: () => number;
  /** How far in the future a timestamp may be (clock skew). Default 60 s. */
  futureSkewSeconds?: number;
  /** How old a timestamp may be. Default 300 s, as Slack recommends. */
  maxAgeSeconds?: number;
  /** Largest body read. Default 1 MB. */
  bodyLimitBytes?: number;
  /** How long an event or command id is remembered. Default one hour (Slack retries within minutes). */
  rememberIdsMs?: number;
  /** Pending work older than this is not finished after a restart (a response_url lives 30 minutes). Default 25 minutes. */
  resumeWithinMs?: number;
}

/** Why a request was refused: the HTTP status and a stable code. */
export class IngressError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "IngressError";
  }
}

const str = z.string();
const commandSchema = z.looseObject({
  command: str.regex(/^\/\S+$/),
  text: str,
  team_id: str,
  channel_id: str,
  user_id: str,
  response_url: str.regex(/^https?:\/\//),
  trigger_id: str.optional(),
});
const interactionSchema = z.looseObject({ type: str.min(1), user: z.looseObject({ id: str }) });
const eventEnvelopeSchema = z.looseObject({
  type: z.literal("event_callback"),
  event_id: str.min(1),
  team_id: str.optional(),
  event: z.looseObject({ type: str.min(1), text: str.optional() }),
});
const challengeSchema = z.looseObject({ type: z.literal("url_verification"), challenge: str });
const rateLimitedSchema = z.looseObject({ type: z.literal("app_rate_limited") });

/** A request that passed every check, as Bolt will get it. */
interface Checked {
  body: Record<string, unknown>;
  /** The id retries share: "event:<event_id>" or "command:<trigger_id>"; none for interactions. */
  id?: string;
  /** What to answer without Bolt (url_verification, ssl_check, app_rate_limited). */
  direct?: { status: number; body: string; type: string };
  retryNum?: number;
  retryReason?: string;
}

export interface SlackIngress extends Receiver {
  /** The HTTP handler for POST /slack/events. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Finishes work acknowledged before a crash (call once the app is ready). */
  resumePending(): Promise<number>;
}

/** Creates the receiver; pass it to `new App({ receiver })` and mount `handle`. */
export function createSlackIngress(config: SlackIngressConfig): SlackIngress {
  const { logger, store } = config;
  const now = config.now ?? Date.now;
  const skew = config.futureSkewSeconds ?? 60;
  const maxAge = config.maxAgeSeconds ?? 300;
  const rememberMs = config.rememberIdsMs ?? 3_600_000;
  const resumeWithinMs = config.resumeWithinMs ?? 25 * 60_000;
  // Signatures seen within their window (each until its timestamp could no longer pass), in
  // insertion order, which is expiry order; bounded so a flood cannot grow it without limit.
  const signatureExpiry = new Map<string, number>();
  const maxSignatures = 200_000;
  let app: App | undefined;

  function verify(raw: string, headers: IncomingMessage["headers"]): string {
    const signature = headers["x-slack-signature"];
    const tsHeader = headers["x-slack-request-timestamp"];
    if (typeof signature !== "string" || typeof tsHeader !== "string" || !/^\d{1,12}$/.test(tsHeader)) {
      throw new IngressError(401, "signature_missing", "x-slack-signature and x-slack-request-timestamp are required");
    }
    const ts = Number(tsHeader);
    const nowSec = Math.floor(now() / 1000);
    if (nowSec - ts > maxAge) throw new IngressError(401, "timestamp_stale", "the request timestamp is more than five minutes old");
    if (ts - nowSec > skew) throw new IngressError(401, "timestamp_future", "the request timestamp is in the future");
    const expected = Buffer.from(`v0=${createHmac("sha256", config.signingSecret).update(`v0:${tsHeader}:${raw}`).digest("hex")}`);
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new IngressError(401, "signature_invalid", "the signature does not match");
    return signature;
  }

  /** True the first time a signature is seen within its window. */
  function firstSighting(signature: string): boolean {
    const t = now();
    for (const [s, exp] of signatureExpiry) {
      if (exp > t) break; // insertion order is expiry order (same window for all)
      signatureExpiry.delete(s);
    }
    if (signatureExpiry.has(signature)) return false;
    if (signatureExpiry.size >= maxSignatures) signatureExpiry.delete(signatureExpiry.keys().next().value as string);
    signatureExpiry.set(signature, t + (maxAge + skew) * 1000);
    return true;
  }

  function parse(raw: string, headers: IncomingMessage["headers"]): Checked {
    const type = String(headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
    const retryNum = Number(headers["x-slack-retry-num"]);
    const retry = {
      ...(Number.isInteger(retryNum) ? { retryNum } : {}),
      ...(typeof headers["x-slack-retry-reason"] === "string" ? { retryReason: headers["x-slack-retry-reason"] } : {}),
    };
    if (type === "application/x-www-form-urlencoded") {
      const form = Object.fromEntries(new URLSearchParams(raw));
      if (form.payload !== undefined) {
        const payload = parseJson(form.payload, "payload");
        const checked = interactionSchema.safeParse(payload);
        if (!checked.success) throw shapeError("payload", checked.error);
        return { body: checked.data, ...retry };
      }
      const checked = commandSchema.safeParse(form);
      if (!checked.success) throw shapeError("command", checked.error);
      const body = { ...checked.data, text: cut(checked.data.text) };
      return { body, id: `slack:command:${checked.data.trigger_id ?? checked.data.response_url}`, ...retry };
    }
    if (type === "application/json") {
      const json = parseJson(raw, "body");
      const kind = (json as { type?: unknown } | null)?.type;
      if (kind === "url_verification") {
        const c = challengeSchema.safeParse(json);
        if (!c.success) throw shapeError("url_verification", c.error);
        return { body: c.data, direct: { status: 200, body: JSON.stringify({ challenge: c.data.challenge }), type: "application/json" } };
      }
      if (kind === "app_rate_limited" && rateLimitedSchema.safeParse(json).success) {
        logger.warn("slack rate limited the app's events", {});
        return { body: {}, direct: { status: 200, body: "", type: "text/plain" } };
      }
      const e = eventEnvelopeSchema.safeParse(json);
      if (!e.success) throw shapeError("event_callback", e.error);
      const event = e.data.event.text !== undefined ? { ...e.data.event, text: cut(e.data.event.text) } : e.data.event;
      return { body: { ...e.data, event }, id: `slack:event:${e.data.event_id}`, ...retry };
    }
    throw new IngressError(415, "unsupported_content_type", "Slack sends application/json or application/x-www-form-urlencoded");
  }

  /** Hands a request to Bolt; `res` is where its acknowledgement goes, none when already sent. */
  async function dispatch(body: Record<string, unknown>, res: ServerResponse | undefined, extra: Pick<ReceiverEvent, "retryNum" | "retryReason">): Promise<void> {
    let acked = false;
    const event: ReceiverEvent = {
      body,
      ...extra,
      ack: async (response?: unknown) => {
        if (acked || !res) return;
        acked = true;
        if (response === undefined || response === "") send(res, 200, "", "text/plain");
        else if (typeof response === "string") send(res, 200, response, "text/plain; charset=utf-8");
        else send(res, 200, JSON.stringify(response), "application/json");
      },
    };
    try {
      await app!.processEvent(event);
    } finally {
      // Nothing listened (an unknown command, an unhandled event type): say so rather than hang.
      if (!acked && res && !res.writableEnded) send(res, 404, JSON.stringify({ error: "no_listener" }), "application/json");
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let checked: Checked;
    let signature: string;
    try {
      const raw = await readBody(req, config.bodyLimitBytes ?? 1_000_000).catch((err: { code?: string }) => {
        throw err.code === "body_too_large" ? new IngressError(413, "body_too_large", "the request body is too large") : err;
      });
      // Slack's certificate check carries no signature and asks for nothing but a 200.
      if (/^application\/x-www-form-urlencoded/i.test(String(req.headers["content-type"] ?? "")) && new URLSearchParams(raw).get("ssl_check") === "1") {
        send(res, 200, "", "text/plain");
        return;
      }
      signature = verify(raw, req.headers);
      checked = parse(raw, req.headers);
    } catch (err) {
      if (!(err instanceof IngressError)) throw err;
      logger.info("slack request refused", { status: err.status, code: err.code });
      send(res, err.status, JSON.stringify({ error: err.code, detail: err.message }), "application/json");
      return;
    }
    if (!firstSighting(signature)) {
      logger.warn("slack request replayed; not answered again", { code: "replayed" });
      send(res, 200, "", "text/plain");
      return;
    }
    if (checked.direct) {
      send(res, checked.direct.status, checked.direct.body, checked.direct.type);
      return;
    }
    // Stored before the acknowledgement, so that work acknowledged but not answered when the
    // process died is finished by the next one. Whether a retry is answered is decided by the
    // delivery claims (once.ts), which also hand a dead replica's delivery to a live one: a
    // retry of a request this store remembers is passed on to them, not dropped here.
    let pending = false;
    if (checked.id && store) {
      try {
        pending = await store.claimRequest(checked.id, new Date(now() + rememberMs), { body: checked.body });
        if (!pending) logger.info("slack retry of a request seen before; the delivery claim decides", { id: checked.id, retryNum: checked.retryNum, retryReason: checked.retryReason });
      } catch (err) {
        logger.warn("slack request not remembered: the store does not answer", { id: checked.id, error: (err as Error).message });
      }
    }
    // Acknowledged here, once stored, when Bolt's listeners would acknowledge it empty anyway:
    // the acknowledgement then waits for nothing else (Bolt's middleware, other requests' work).
    const early = acksAtOnce(checked.body);
    if (early) {
      send(res, 200, "", "text/plain");
      // Bolt takes it up after the requests already received are read and acknowledged.
      await new Promise((resolve) => setImmediate(resolve));
    }
    try {
      await dispatch(checked.body, early ? undefined : res, { retryNum: checked.retryNum, retryReason: checked.retryReason });
    } finally {
      if (pending) await store!.settleRequest(checked.id!).catch((err: Error) => logger.error("slack request not settled", { id: checked.id, error: err.message }));
    }
  }

  return {
    init(a: App) {
      app = a;
    },
    async start() {},
    async stop() {},
    handle,
    async resumePending() {
      if (!store || !app) return 0;
      let resumed = 0;
      for (const p of await store.pendingRequests()) {
        const body = (p.payload as { body?: Record<string, unknown> } | undefined)?.body;
        const age = now() - Date.parse(p.claimedAt);
        if (body && age <= resumeWithinMs) {
          logger.info("finishing slack work acknowledged before a restart", { id: p.key });
          await dispatch(body, undefined, {}).catch((err: Error) => logger.error("slack pending work failed", { id: p.key, error: err.message }));
          resumed++;
        } else logger.warn("slack work acknowledged before a restart is too old to answer", { id: p.key, claimedAt: p.claimedAt });
        await store.settleRequest(p.key);
      }
      return resumed;
    },
  };
}

/** Text cut to Slack's own limit (never splitting a surrogate pair). */
function cut(text: string): string {
  if (text.length <= SLACK_TEXT_LIMIT) return text;
  const end = /[\uD800-\uDBFF]/.test(text[SLACK_TEXT_LIMIT - 1]) ? SLACK_TEXT_LIMIT - 1 : SLACK_TEXT_LIMIT;
  return text.slice(0, end);
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new IngressError(400, "invalid_json", `${what} is not valid JSON`);
  }
}

function shapeError(kind: string, error: z.ZodError): IngressError {
  const issue = error.issues[0];
  return new IngressError(400, "bad_shape", `not a Slack ${kind}: ${issue.path.join(".") || "(body)"}: ${issue.message}`);
}

function send(res: ServerResponse, status: number, body: string, type: string): void {
  if (res.writableEnded) return;
  if (!res.headersSent) res.writeHead(status, { "content-type": type });
  res.end(body);
}
