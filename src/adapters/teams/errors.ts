/**
 * What a failed call to the Teams service means for the caller. Every failure becomes a
 * `PostError` with one of the stable codes of src/core/assistant.ts, so the digest scheduler can
 * decide without knowing Teams: retry later (`rate_limited`, `transient`), stop posting there
 * (`unreachable`), fix the configuration (`auth`), or fix the message (`bad_request`).
 */
import { PostError, type PostErrorCode } from "../../core/assistant.js";

/** A Teams failure reduced to what matters for handling it. */
export interface TeamsFailure {
  code: PostErrorCode;
  /** HTTP status from the Teams service, when there was a response. */
  status?: number;
  /** The service's own error code, e.g. "BotNotInConversationRoster", "ConversationBlockedByUser". */
  teamsCode?: string;
  /** From Retry-After, for 429 and 503 responses. */
  retryAfterMs?: number;
  message: string;
}

/** Error codes Teams sends (in `error.code`) when the bot can no longer post in a conversation. */
export const UNREACHABLE_TEAMS_CODES: ReadonlySet<string> = new Set([
  "BotNotInConversationRoster",
  "ConversationBlockedByUser",
  "BotDisabledByAdmin",
  "ConversationNotFound",
  "NotFound",
]);

/** Network errors worth retrying: the service was not reached or the connection dropped. */
const TRANSIENT_NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EAI_AGAIN", "ENOTFOUND", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT"]);

/** Network failures before a request could reach the service: what it would have sent did not arrive. */
const NEVER_SENT_NETWORK_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);

/** A call that failed before its request left (the bot's token could not be obtained). */
export class RequestNotSent extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RequestNotSent";
  }
}

/** The shape of the Agents SDK's HttpError (a response came back) and of fetch's network errors. */
interface HttpLikeError {
  status?: number;
  code?: string;
  message?: string;
  name?: string;
  cause?: { code?: string; message?: string };
  response?: { status?: number; headers?: { get?(name: string): string | null | undefined }; data?: unknown };
}

/**
 * Classifies an error thrown by the SDK's connector client (an HttpError carrying the HTTP
 * response) or by the network (fetch's TypeError with a cause, or a timeout).
 */
export function classifyTeamsError(err: unknown, now: () => number = Date.now): TeamsFailure {
  const e = (err ?? {}) as HttpLikeError;
  const status = typeof e.status === "number" ? e.status : e.response?.status;
  const body = parseBody(e.response?.data);
  const teamsCode = body?.code;
  const detail = body?.message ?? e.message ?? String(err);
  const retryAfterMs = parseRetryAfter(e.response?.headers?.get?.("retry-after"), now);
  const base = { status, teamsCode, retryAfterMs };

  if (status === undefined) {
    const networkCode = e.cause?.code ?? e.code;
    if (e.name === "TimeoutError" || e.name === "AbortError") return { ...base, code: "transient", message: `Teams service did not answer in time: ${detail}` };
    if (networkCode && TRANSIENT_NETWORK_CODES.has(networkCode)) return { ...base, code: "transient", message: `Teams service not reachable (${networkCode}): ${e.cause?.message ?? detail}` };
    return { ...base, code: "transient", message: `Teams request failed without a response: ${detail}` };
  }
  if (status === 401) return { ...base, code: "auth", message: `Teams refused the bot's credentials (401): check MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD. ${detail}` };
  if (status === 403 || status === 404 || (teamsCode !== undefined && UNREACHABLE_TEAMS_CODES.has(teamsCode))) {
    return { ...base, code: "unreachable", message: `The bot can no longer post in this conversation (${status}${teamsCode ? ` ${teamsCode}` : ""}): ${detail}` };
  }
  if (status === 429) return { ...base, code: "rate_limited", message: `Teams is throttling the bot (429): ${detail}` };
  if (status >= 500 || status === 408 || status === 412) return { ...base, code: "transient", message: `Teams service error (${status}): ${detail}` };
  return { ...base, code: "bad_request", message: `Teams rejected the message (${status}${teamsCode ? ` ${teamsCode}` : ""}): ${detail}` };
}

/**
 * What a failed send says about the activity: "not_posted" when the service refused it (a 4xx,
 * a 429) or the request never left; "unknown" when it was sent and no clear answer came back (a
 * timeout, a dropped connection, a 5xx): the service may have delivered it, and Teams offers a
 * bot no way to read the conversation back and tell.
 */
export function teamsSendOutcome(err: unknown): "not_posted" | "unknown" {
  if (err instanceof RequestNotSent) return "not_posted";
  const e = (err ?? {}) as HttpLikeError;
  const status = typeof e.status === "number" ? e.status : e.response?.status;
  if (status !== undefined) return status >= 500 || status === 408 ? "unknown" : "not_posted";
  const networkCode = e.cause?.code ?? e.code;
  return networkCode !== undefined && NEVER_SENT_NETWORK_CODES.has(networkCode) ? "not_posted" : "unknown";
}

/** The same failure as a PostError, keeping the original error as cause. */
export function toPostError(err: unknown, context: string): PostError {
  if (err instanceof PostError) return err;
  const f = classifyTeamsError(err);
  return new PostError(f.code, `${context}: ${f.message}`, { cause: err, retryAfterMs: f.retryAfterMs });
}

/** The service's error body: `{ error: { code, message } }` (parsed JSON), or text. */
function parseBody(data: unknown): { code?: string; message?: string } | undefined {
  if (data === undefined || data === null || data === "") return undefined;
  if (typeof data === "string") return { message: data.slice(0, 200) };
  if (typeof data !== "object") return undefined;
  const json = data as { error?: { code?: unknown; message?: unknown }; code?: unknown; message?: unknown };
  const src = json.error ?? json;
  return {
    code: typeof src.code === "string" ? src.code : undefined,
    message: typeof src.message === "string" ? src.message : undefined,
  };
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined | null, now: () => number = Date.now): number | undefined {
  if (value === undefined || value === null || value.trim() === "") return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now());
}
