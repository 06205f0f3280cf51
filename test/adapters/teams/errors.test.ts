import { describe, expect, it } from "vitest";
import { HttpError } from "@microsoft/agents-hosting";
import { classifyTeamsError, parseRetryAfter } from "../../../src/adapters/teams/errors.js";

/** The error the Agents SDK's connector client throws for a response that is not 2xx. */
const rest = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
  const config = { method: "post", url: "/v3/conversations/x/activities" };
  return new HttpError(`Request failed with status ${status}`, { status, statusText: "", data: body ?? "", headers: new Headers(headers), config }, config);
};

describe("classifyTeamsError", () => {
  it.each([
    [401, undefined, "auth"],
    [403, { error: { code: "BotNotInConversationRoster" } }, "unreachable"],
    [403, { error: { code: "ConversationBlockedByUser" } }, "unreachable"],
    [404, { error: { code: "ConversationNotFound" } }, "unreachable"],
    [429, undefined, "rate_limited"],
    [500, undefined, "transient"],
    [503, undefined, "transient"],
    [400, { error: { code: "BadSyntax" } }, "bad_request"],
    [413, { error: { code: "MessageSizeTooBig" } }, "bad_request"],
  ])("maps HTTP %i %j to %s", (status, body, code) => {
    expect(classifyTeamsError(rest(status, body)).code).toBe(code);
  });

  it("keeps the Teams error code and the Retry-After", () => {
    const f = classifyTeamsError(rest(429, { error: { code: "TooManyRequests", message: "slow down" } }, { "retry-after": "3" }));
    expect(f).toMatchObject({ code: "rate_limited", status: 429, teamsCode: "TooManyRequests", retryAfterMs: 3000 });
  });

  it("treats a network failure without a response as transient", () => {
    const refused = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" }) });
    expect(classifyTeamsError(refused)).toMatchObject({ code: "transient", message: expect.stringContaining("ECONNREFUSED") });
  });

  it("treats a request that timed out as transient", () => {
    expect(classifyTeamsError(new DOMException("The operation was aborted due to timeout", "TimeoutError")).code).toBe("transient");
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = () => Date.parse("2024-09-05T08:00:00Z");
    expect(parseRetryAfter("2", now)).toBe(2000);
    expect(parseRetryAfter("Thu, 05 Sep 2024 08:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });
});
