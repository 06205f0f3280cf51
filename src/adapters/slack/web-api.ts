/**
 * Calls to Slack's Web API with rate limits respected. The WebClient is built with
 * `rejectRateLimitedCalls`, so a 429 surfaces here at once; we wait out its Retry-After and try
 * again a bounded number of times, then give up with a PostError the caller can act on.
 * Posts that must arrive once go through a client that never retries by itself
 * ({@link singleAttemptClient}): what a failed post means is {@link postOutcome}'s to say.
 */
import { webApi } from "@slack/bolt";
import { PostError } from "../../core/assistant.js";

/** WebClient options every client of the adapter uses (Bolt's and the poster's). */
export function webClientOptions(apiUrl?: string): webApi.WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/` } : {}),
    // 429s are retried by withRateLimitRetries (so their count and wait are ours to bound);
    // network errors and 5xx by the client, briefly: a late answer is worth little. Posts of a
    // claimed delivery use singleAttemptClient instead: a retried post may arrive twice.
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 },
    timeout: 15_000,
  };
}

/** How long a single-attempt post may take before its outcome is unknown; Slack answers within seconds. */
export const SINGLE_POST_TIMEOUT_MS = 30_000;

const singleAttemptClients = new WeakMap<webApi.WebClient, Map<number, webApi.WebClient>>();

/**
 * A client with `client`'s token and API base that makes exactly one HTTP request per call: the
 * Web API client otherwise sends chat.postMessage again after its timeout, a 5xx or a dropped
 * connection, when Slack may already have posted the message. One per client and timeout.
 */
export function singleAttemptClient(client: webApi.WebClient, timeoutMs = SINGLE_POST_TIMEOUT_MS): webApi.WebClient {
  let byTimeout = singleAttemptClients.get(client);
  if (!byTimeout) singleAttemptClients.set(client, (byTimeout = new Map()));
  let single = byTimeout.get(timeoutMs);
  if (!single) {
    single = new webApi.WebClient(client.token, {
      slackApiUrl: client.slackApiUrl,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      timeout: timeoutMs,
      // A failed call is logged by the caller, with what it means.
      logLevel: webApi.LogLevel.ERROR,
    });
    byTimeout.set(timeoutMs, single);
  }
  return single;
}

/**
 * What a failed post says about the message: "not_posted" when Slack refused it (an error
 * answer, a 429, a 4xx) or the request never left (connection refused, no such host);
 * "unknown" when the request was sent and no clear answer came back (a timeout, a dropped
 * connection, a 5xx, or an error Slack documents as possibly half-done), so that only a look at
 * the conversation can tell.
 */
export function postOutcome(err: unknown): "not_posted" | "unknown" {
  const e = err instanceof PostError ? (err.cause as typeof err) : err;
  const x = e as { code?: string; statusCode?: number; data?: { error?: string }; original?: { name?: string; code?: string; cause?: { code?: string } } };
  switch (x?.code) {
    case webApi.ErrorCode.RateLimitedError:
      return "not_posted";
    case webApi.ErrorCode.PlatformError:
      return x.data?.error !== undefined && maybeHalfDone.has(x.data.error) ? "unknown" : "not_posted";
    case webApi.ErrorCode.HTTPError:
      return x.statusCode !== undefined && (x.statusCode >= 500 || x.statusCode === 408) ? "unknown" : "not_posted";
    case webApi.ErrorCode.RequestError: {
      const network = x.original?.cause?.code ?? x.original?.code;
      return network !== undefined && neverSent.has(network) ? "not_posted" : "unknown";
    }
    default:
      return "unknown";
  }
}

/** Slack's errors that, as documented, may come after part of the operation succeeded. */
const maybeHalfDone = new Set(["internal_error", "fatal_error", "service_unavailable"]);
/** Network failures before a request could reach Slack. */
const neverSent = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);

export interface RateLimitRetryOptions {
  /** Retries after a 429 before giving up. */
  maxRetries?: number;
  /** A Retry-After longer than this is not waited for; the call fails as rate_limited at once. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (waitMs: number, attempt: number) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs `call`, retrying after Slack rate limits (HTTP 429 or `ratelimited`) as Retry-After says.
 * @throws PostError for every failure, with a stable code (see {@link toPostError}).
 */
export async function withRateLimitRetries<T>(call: () => Promise<T>, options: RateLimitRetryOptions = {}): Promise<T> {
  const { maxRetries = 3, maxWaitMs = 60_000, sleep = defaultSleep, onRetry } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const e = toPostError(err);
      const waitMs = e.retryAfterMs ?? 1000;
      if (e.code !== "rate_limited" || attempt >= maxRetries || waitMs > maxWaitMs) throw e;
      onRetry?.(waitMs, attempt + 1);
      await sleep(waitMs);
    }
  }
}

const unreachable = new Set(["channel_not_found", "not_in_channel", "is_archived", "account_inactive", "user_not_found", "team_access_not_granted", "cannot_dm_bot"]);
const auth = new Set(["invalid_auth", "token_revoked", "token_expired", "not_authed", "no_permission", "missing_scope", "not_allowed_token_type", "ekm_access_denied"]);
const limited = new Set(["ratelimited", "rate_limited", "message_limit_exceeded"]);
const transient = new Set(["internal_error", "fatal_error", "service_unavailable", "request_timeout"]);

/** Maps a Web API failure to a PostError code; the platform error is kept as `cause`. */
export function toPostError(err: unknown): PostError {
  if (err instanceof PostError) return err;
  const e = err as { code?: string; retryAfter?: number; data?: { error?: string }; statusCode?: number; message?: string };
  const detail = e?.message ?? String(err);
  switch (e?.code) {
    case webApi.ErrorCode.RateLimitedError:
      return new PostError("rate_limited", `Slack rate limit: retry after ${e.retryAfter}s`, { cause: err, retryAfterMs: (e.retryAfter ?? 1) * 1000 });
    case webApi.ErrorCode.PlatformError: {
      const code = e.data?.error ?? "unknown_error";
      if (unreachable.has(code)) return new PostError("unreachable", `Slack: ${code}`, { cause: err });
      if (auth.has(code)) return new PostError("auth", `Slack: ${code}`, { cause: err });
      if (limited.has(code)) return new PostError("rate_limited", `Slack: ${code}`, { cause: err });
      if (transient.has(code)) return new PostError("transient", `Slack: ${code}`, { cause: err });
      return new PostError("bad_request", `Slack: ${code}`, { cause: err });
    }
    case webApi.ErrorCode.HTTPError:
      return e.statusCode === 429
        ? new PostError("rate_limited", detail, { cause: err })
        : e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500 && e.statusCode !== 408
          ? new PostError("bad_request", detail, { cause: err })
          : new PostError("transient", detail, { cause: err });
    default:
      // Network failures, timeouts, and anything the client did not classify.
      return new PostError("transient", detail, { cause: err });
  }
}
