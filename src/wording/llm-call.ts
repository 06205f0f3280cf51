/**
 * One model request under a hard time budget: retries on 429, 5xx and dropped connections
 * with exponential backoff and jitter, honouring Retry-After, but never past the budget. The
 * openai client's own retries are off (maxRetries 0) because they do not know the budget.
 */

/** Why a call produced no reply. */
export type CallFailure = "timeout" | "aborted" | "rate_limited" | "server_error" | "http_error" | "connection_error";

/** Outcome of {@link callWithinBudget}. */
export type CallOutcome<T> =
  | { ok: true; value: T; attempts: number }
  | { ok: false; reason: CallFailure; attempts: number; status?: number; error?: unknown };

/** Retry and budget settings; all times in milliseconds. */
export interface CallBudgetConfig {
  budgetMs: number;
  /** Caller's signal (e.g. the conversation moved on): aborts at once with reason "aborted". */
  signal?: AbortSignal;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** First backoff step; doubled each retry, with full jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Source of jitter in [0, 1); injectable for tests. */
  random?: () => number;
  /** Told before each retry (attempt number about to start, delay). */
  onRetry?: (info: { attempt: number; delayMs: number; status?: number }) => void;
}

interface HttpishError {
  status?: number;
  headers?: { get(name: string): string | null } | Record<string, string>;
  name?: string;
}

function header(err: HttpishError, name: string): string | null {
  const h = err.headers;
  if (!h) return null;
  if (typeof (h as { get?: unknown }).get === "function") return (h as { get(n: string): string | null }).get(name);
  return (h as Record<string, string>)[name] ?? null;
}

/** Delay a server asked for through `retry-after-ms` or `Retry-After` (seconds or HTTP date), if any. */
export function retryAfterMs(err: unknown, now: number = Date.now()): number | undefined {
  const e = err as HttpishError;
  const ms = header(e, "retry-after-ms");
  if (ms && /^\d+(\.\d+)?$/.test(ms.trim())) return Number(ms);
  const ra = header(e, "retry-after");
  if (!ra) return undefined;
  if (/^\d+(\.\d+)?$/.test(ra.trim())) return Number(ra) * 1000;
  const at = Date.parse(ra);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with full jitter: uniform in [step/2, step], step = base·2^(retry-1), capped. */
export function backoffMs(retry: number, baseDelayMs: number, maxDelayMs: number, random: () => number = Math.random): number {
  const step = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}

function classify(err: unknown): { retryable: boolean; reason: CallFailure; status?: number } {
  const status = (err as HttpishError)?.status;
  if (typeof status === "number") {
    if (status === 429) return { retryable: true, reason: "rate_limited", status };
    if (status >= 500) return { retryable: true, reason: "server_error", status };
    return { retryable: false, reason: "http_error", status };
  }
  return { retryable: true, reason: "connection_error" };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

/**
 * Runs `send` until it succeeds, fails for good, or the budget runs out. `send` receives the
 * signal that aborts at the budget; a hung request is cut there and reported as "timeout".
 */
export async function callWithinBudget<T>(send: (signal: AbortSignal) => Promise<T>, cfg: CallBudgetConfig): Promise<CallOutcome<T>> {
  const started = Date.now();
  const deadline = started + cfg.budgetMs;
  const controller = new AbortController();
  let abortedBy: "timeout" | "aborted" | undefined;
  const timer = setTimeout(() => {
    abortedBy ??= "timeout";
    controller.abort();
  }, Math.max(0, cfg.budgetMs));
  const onCallerAbort = () => {
    abortedBy ??= "aborted";
    controller.abort();
  };
  if (cfg.signal?.aborted) onCallerAbort();
  else cfg.signal?.addEventListener("abort", onCallerAbort, { once: true });

  let attempts = 0;
  try {
    for (;;) {
      if (abortedBy) return { ok: false, reason: abortedBy, attempts };
      attempts++;
      try {
        const value = await send(controller.signal);
        if (abortedBy) return { ok: false, reason: abortedBy, attempts };
        return { ok: true, value, attempts };
      } catch (err) {
        if (abortedBy) return { ok: false, reason: abortedBy, attempts, error: err };
        const c = classify(err);
        const delay = retryAfterMs(err) ?? backoffMs(attempts, cfg.baseDelayMs, cfg.maxDelayMs, cfg.random);
        // A retry that could not even start before the deadline would only burn the budget.
        if (!c.retryable || attempts >= cfg.maxAttempts || Date.now() + delay >= deadline) {
          return { ok: false, reason: c.reason, attempts, status: c.status, error: err };
        }
        cfg.onRetry?.({ attempt: attempts + 1, delayMs: delay, status: c.status });
        await sleep(delay, controller.signal);
      }
    }
  } finally {
    clearTimeout(timer);
    cfg.signal?.removeEventListener("abort", onCallerAbort);
  }
}
