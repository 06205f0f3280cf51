import { describe, expect, it } from "vitest";
import { backoffMs, callWithinBudget, retryAfterMs } from "../../src/wording/llm-call.js";

class HttpError extends Error {
  constructor(readonly status: number, readonly headers = new Headers()) {
    super(`${status}`);
  }
}

const base = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5, random: () => 0.5 };

describe("retryAfterMs", () => {
  it("reads retry-after-ms, Retry-After seconds and Retry-After as an HTTP date", () => {
    expect(retryAfterMs(new HttpError(429, new Headers({ "retry-after-ms": "250" })))).toBe(250);
    expect(retryAfterMs(new HttpError(429, new Headers({ "retry-after": "2" })))).toBe(2000);
    const now = Date.parse("2024-09-03T12:00:00Z");
    expect(retryAfterMs(new HttpError(503, new Headers({ "retry-after": "Tue, 03 Sep 2024 12:00:03 GMT" })), now)).toBe(3000);
    expect(retryAfterMs(new HttpError(500))).toBeUndefined();
  });
});

describe("backoffMs", () => {
  it("doubles per retry within jitter bounds and stops at the cap", () => {
    expect(backoffMs(1, 100, 1000, () => 0)).toBe(50);
    expect(backoffMs(1, 100, 1000, () => 0.999999)).toBe(100);
    expect(backoffMs(3, 100, 1000, () => 0)).toBe(200);
    expect(backoffMs(10, 100, 1000, () => 0.999999)).toBe(1000);
  });
});

describe("callWithinBudget", () => {
  it("retries a 429 and a 503 and returns the success", async () => {
    const errors = [new HttpError(429), new HttpError(503)];
    const retries: number[] = [];
    const r = await callWithinBudget(
      async () => {
        const e = errors.shift();
        if (e) throw e;
        return "ok";
      },
      { ...base, budgetMs: 5000, onRetry: (i) => retries.push(i.status!) },
    );
    expect(r).toEqual({ ok: true, value: "ok", attempts: 3 });
    expect(retries).toEqual([429, 503]);
  });

  it("gives up after maxAttempts on repeated 500s", async () => {
    let calls = 0;
    const r = await callWithinBudget(async () => {
      calls++;
      throw new HttpError(500);
    }, { ...base, budgetMs: 5000 });
    expect(r).toMatchObject({ ok: false, reason: "server_error", status: 500, attempts: 4 });
    expect(calls).toBe(4);
  });

  it("does not retry a 400", async () => {
    let calls = 0;
    const r = await callWithinBudget(async () => {
      calls++;
      throw new HttpError(400);
    }, { ...base, budgetMs: 5000 });
    expect(r).toMatchObject({ ok: false, reason: "http_error", status: 400 });
    expect(calls).toBe(1);
  });

  it("does not wait for a Retry-After that ends past the budget", async () => {
    let calls = 0;
    const r = await callWithinBudget(async () => {
      calls++;
      throw new HttpError(429, new Headers({ "retry-after": "60" }));
    }, { ...base, budgetMs: 2000 });
    expect(r).toMatchObject({ ok: false, reason: "rate_limited", attempts: 1 });
    expect(calls).toBe(1);
  });

  it("aborts a hung call at the budget and reports a timeout", async () => {
    const r = await callWithinBudget(
      (signal) => new Promise((_, reject) => signal.addEventListener("abort", () => reject(new Error("aborted")))),
      { ...base, budgetMs: 50 },
    );
    expect(r).toMatchObject({ ok: false, reason: "timeout", attempts: 1 });
  });

  it("stops at once when the caller aborts", async () => {
    const caller = new AbortController();
    const p = callWithinBudget(
      (signal) => new Promise((_, reject) => signal.addEventListener("abort", () => reject(new Error("aborted")))),
      { ...base, budgetMs: 10_000, signal: caller.signal },
    );
    caller.abort();
    expect(await p).toMatchObject({ ok: false, reason: "aborted" });
  });
});
