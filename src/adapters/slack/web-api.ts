/**
 * Calls to Slack's Web API with rate limits respected. The WebClient is built with
 * `rejectRateLimitedCalls`, so a 429 surfaces here at once; we wait out its Retry-After and try
 * again a bounded number of times, then give up with a PostError the caller can act on.
 */
import { webApi } from "@slack/bolt";
import { PostError } from "../../core/assistant.js";

/** WebClient options every client of the adapter uses (Bolt's and the poster's). */
export function webClientOptions(apiUrl?: string): webApi.WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/` } : {}),
    // 429s are retried by withRateLimitRetries (so their count and wait are ours to bound);
    // network errors and 5xx by the client, briefly: a late answer is worth little.
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 },
    timeout: 15_000,
  };
}

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
