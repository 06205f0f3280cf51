/**
 * The one retry policy for sending to the Teams service (replies and proactive posts). The Agents
 * SDK's connector client does not retry; here waits are bounded, Retry-After is honoured up to a
 * limit, and tests can observe every attempt. An activity is sent again only when the first one
 * surely did not arrive (throttled, refused, never sent): after a timeout or a 5xx it may have,
 * and since Teams cannot be read back to tell, it is not sent again (PostError "uncertain").
 */
import { PostError } from "../../core/assistant.js";
import type { Logger } from "../../core/log.js";
import { classifyTeamsError, teamsSendOutcome, toPostError } from "./errors.js";

/** How hard to try before giving up with a PostError. */
export interface RetryPolicy {
  /** Attempts in total, first one included. Default 3. */
  maxAttempts: number;
  /** First backoff for transient errors; doubles each time. Default 500 ms. */
  baseDelayMs: number;
  /** No single wait is longer than this; a longer Retry-After gives up at once (the caller reschedules). Default 30 s. */
  maxDelayMs: number;
  /** Injected by tests to record waits instead of sleeping. */
  sleep: (ms: number) => Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Runs `call`, retrying rate-limited and transient failures with bounded backoff.
 * @throws PostError with the code of the last failure.
 */
export async function withTeamsRetry<T>(call: () => Promise<T>, what: string, policy: RetryPolicy, logger: Logger): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const f = classifyTeamsError(err);
      const retryable = f.code === "rate_limited" || f.code === "transient";
      const backoff = f.retryAfterMs ?? policy.baseDelayMs * 2 ** (attempt - 1);
      if (retryable && teamsSendOutcome(err) === "unknown") {
        logger.warn("teams send outcome unknown; not sent again", { what, code: f.code, status: f.status, attempt, error: f.message });
        throw new PostError("uncertain", `${what}: Teams may have delivered it; not sent again: ${f.message}`, { cause: err });
      }
      if (!retryable || attempt >= policy.maxAttempts || backoff > policy.maxDelayMs) {
        logger.warn("teams call failed", { what, code: f.code, status: f.status, teamsCode: f.teamsCode, attempt, error: f.message });
        throw toPostError(err, what);
      }
      logger.info("teams call will be retried", { what, code: f.code, status: f.status, attempt, waitMs: backoff });
      await policy.sleep(backoff);
    }
  }
}
