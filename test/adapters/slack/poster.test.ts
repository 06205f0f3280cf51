/** The Slack poster against a local fake Web API: what it posts and how Slack's errors map to PostError codes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webApi } from "@slack/bolt";
import { PostError } from "../../../src/core/assistant.js";
import { createSlackPoster } from "../../../src/adapters/slack/poster.js";
import { webClientOptions } from "../../../src/adapters/slack/web-api.js";
import type { Poster } from "../../../src/core/assistant.js";
import { cannedAnswer } from "./fake-assistant.js";
import { startFakeSlackApi, type FakeSlackApi } from "./fake-slack.js";

describe("the Slack poster", () => {
  let api: FakeSlackApi;
  let poster: Poster;
  const waits: number[] = [];

  beforeAll(async () => {
    api = await startFakeSlackApi();
    const client = new webApi.WebClient("xoxb-poster", { ...webClientOptions(api.url), retryConfig: { retries: 0 } });
    poster = createSlackPoster({
      client,
      retry: {
        maxRetries: 2,
        sleep: async (ms) => {
          waits.push(ms);
        },
      },
    });
  });
  afterAll(() => api?.close());

  const failWith = async (response: Parameters<FakeSlackApi["queue"]>[1], times = 1): Promise<PostError> => {
    for (let i = 0; i < times; i++) api.queue("chat.postMessage", response);
    const err = await poster.post({ platform: "slack", id: "C0000009" }, cannedAnswer()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PostError);
    return err as PostError;
  };

  it("posts a reply to a channel with blocks and a text fallback, in a thread when given", async () => {
    await poster.post({ platform: "slack", id: "C0000001", thread: "1700000000.000100" }, cannedAnswer());
    const [call] = api.callsTo("chat.postMessage").filter((c) => c.params.channel === "C0000001");
    expect(call.token).toBe("xoxb-poster");
    expect(call.params.thread_ts).toBe("1700000000.000100");
    expect(call.params.text).toContain("Fifteenth meeting");
    expect(JSON.stringify(call.params.blocks)).toContain('"action_id":"show_passage"');
  });

  it.each([
    ["channel_not_found", "unreachable"],
    ["not_in_channel", "unreachable"],
    ["is_archived", "unreachable"],
    ["account_inactive", "unreachable"],
    ["invalid_auth", "auth"],
    ["token_revoked", "auth"],
    ["invalid_blocks", "bad_request"],
    ["internal_error", "transient"],
  ])("reports Slack's %s as %s", async (error, code) => {
    const err = await failWith({ body: { ok: false, error } });
    expect(err.code).toBe(code);
    expect(err.message).toContain(error);
  });

  it("retries after a 429 as Retry-After says and then succeeds", async () => {
    waits.length = 0;
    api.queue("chat.postMessage", { status: 429, headers: { "retry-after": "3" }, body: { ok: false, error: "ratelimited" } });
    await poster.post({ platform: "slack", id: "C0000002" }, cannedAnswer());
    expect(waits).toEqual([3000]);
    expect(api.callsTo("chat.postMessage").filter((c) => c.params.channel === "C0000002")).toHaveLength(2);
  });

  it("gives up as rate_limited after the retries, with the wait Slack asked for", async () => {
    waits.length = 0;
    const err = await failWith({ status: 429, headers: { "retry-after": "7" }, body: { ok: false, error: "ratelimited" } }, 3);
    expect(err.code).toBe("rate_limited");
    expect(err.retryAfterMs).toBe(7000);
    expect(waits).toEqual([7000, 7000]);
  });

  it("reports an unreachable Web API as transient", async () => {
    const client = new webApi.WebClient("xoxb-x", { ...webClientOptions("http://127.0.0.1:9/api/"), retryConfig: { retries: 0 } });
    const err = await createSlackPoster({ client })
      .post({ platform: "slack", id: "C1" }, cannedAnswer())
      .catch((e: unknown) => e);
    expect((err as PostError).code).toBe("transient");
  });
});
