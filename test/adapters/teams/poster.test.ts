/**
 * Proactive posts through stored conversation references, against a local fake connector
 * service answering with the statuses Teams uses, each mapped to a stable PostError code.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PostError } from "../../../src/core/assistant.js";
import { createLogger } from "../../../src/core/log.js";
import type { ConversationRef, Reply } from "../../../src/core/types.js";
import { createTeamsAdapter } from "../../../src/adapters/teams/index.js";
import { cardOf, fakeAssistant, sampleCitation, startCapture, textsOf, type CaptureServer } from "./helpers.js";
import { createMemoryStore, type MemoryStore } from "./memory-store.js";

const CHANNEL = "19:d3b1c4e5f6a74b8c9d0e1f2a3b4c5d6e@thread.tacv2";
const conversation: ConversationRef = { platform: "teams", id: CHANNEL };
const digest: Reply = { kind: "digest", answered: true, text: "**Today** at the Working Group on Prevention\n• 10:00 item 2 [1]", citations: [sampleCitation], lang: "en" };

describe("Teams poster", () => {
  let capture: CaptureServer;
  let store: MemoryStore;
  let sleeps: number[];
  let logs: { level: string; msg: string; code?: string }[];

  beforeEach(async () => {
    capture = await startCapture();
    store = createMemoryStore();
    sleeps = [];
    logs = [];
    await store.saveConversationReference("teams", CHANNEL, {
      channelId: "msteams",
      serviceUrl: capture.url,
      conversation: { id: CHANNEL, conversationType: "channel", isGroup: true, tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47" },
      bot: { id: "28:0f7b3c1e-5d2a-4e8f-9b6c-1a2d3e4f5a6b", name: "UNCAC Assistant" },
    });
  });
  afterEach(async () => {
    await capture.close();
  });

  function poster(over: { requestTimeoutMs?: number } = {}) {
    const logger = createLogger("debug", (line) => logs.push(JSON.parse(line)));
    return createTeamsAdapter({
      ...over,
      assistant: fakeAssistant(),
      teams: { appType: "MultiTenant" },
      store,
      logger,
      retry: { sleep: async (ms) => void sleeps.push(ms) },
    }).poster;
  }

  async function failure(p: Promise<unknown>): Promise<PostError> {
    const err = await p.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PostError);
    return err as PostError;
  }

  it("posts a digest card into the channel through its stored conversation reference", async () => {
    await poster().post(conversation, digest);

    expect(capture.calls).toHaveLength(1);
    expect(capture.calls[0].path.startsWith(`/v3/conversations/${CHANNEL}/activities`)).toBe(true);
    const card = cardOf(capture.calls[0]);
    expect(textsOf(card).slice(0, 2)).toEqual(["**Today** at the Working Group on Prevention", "• 10:00 item 2 [1]"]);
    // The reference was stored in botbuilder's shape (`bot`); the post still comes from the bot.
    expect(capture.calls[0].body.from).toMatchObject({ id: "28:0f7b3c1e-5d2a-4e8f-9b6c-1a2d3e4f5a6b" });
  });

  it("posts to the channel itself when the conversation names a thread", async () => {
    await poster().post({ ...conversation, id: `${CHANNEL};messageid=1725523262345`, thread: "1725523262345" }, digest);
    expect(capture.calls[0].path.startsWith(`/v3/conversations/${CHANNEL}/`)).toBe(true);
  });

  it("maps 403 BotNotInConversationRoster to unreachable, marks the conversation and does not retry", async () => {
    capture.respond = () => ({ status: 403, body: { error: { code: "BotNotInConversationRoster", message: "The bot is not part of the conversation roster." } } });

    const err = await failure(poster().post(conversation, digest));

    expect(err.code).toBe("unreachable");
    expect(err.message).toContain("BotNotInConversationRoster");
    expect(capture.calls).toHaveLength(1);
    expect(await store.isUnreachable("teams", CHANNEL)).toBe(true);
    expect(logs.some((l) => l.level === "error" && l.msg === "teams post failed" && l.code === "unreachable")).toBe(true);
  });

  it("maps 403 ConversationBlockedByUser to unreachable", async () => {
    capture.respond = () => ({ status: 403, body: { error: { code: "ConversationBlockedByUser", message: "User blocked the conversation with the bot." } } });
    const err = await failure(poster().post(conversation, digest));
    expect(err.code).toBe("unreachable");
    expect(await store.isUnreachable("teams", CHANNEL)).toBe(true);
  });

  it("maps 404 conversation not found to unreachable", async () => {
    capture.respond = () => ({ status: 404, body: { error: { code: "ConversationNotFound", message: "Conversation not found." } } });
    const err = await failure(poster().post(conversation, digest));
    expect(err.code).toBe("unreachable");
    expect(await store.isUnreachable("teams", CHANNEL)).toBe(true);
  });

  it("maps 401 to auth without retrying or marking the conversation", async () => {
    capture.respond = () => ({ status: 401, body: { message: "Authorization has been denied for this request." } });
    const err = await failure(poster().post(conversation, digest));
    expect(err.code).toBe("auth");
    expect(capture.calls).toHaveLength(1);
    expect(await store.isUnreachable("teams", CHANNEL)).toBe(false);
  });

  it("retries a 429 after the Retry-After the service asked for, then succeeds", async () => {
    capture.respond = (_c, i) => (i === 0 ? { status: 429, headers: { "retry-after": "2" }, body: { error: { code: "TooManyRequests" } } } : { status: 200, body: { id: "1" } });

    await poster().post(conversation, digest);

    expect(capture.calls).toHaveLength(2);
    expect(sleeps).toEqual([2000]);
  });

  it("gives up on persistent 429 with rate_limited after a bounded number of attempts", async () => {
    capture.respond = () => ({ status: 429, headers: { "retry-after": "1" }, body: { error: { code: "TooManyRequests" } } });
    const err = await failure(poster().post(conversation, digest));
    expect(err.code).toBe("rate_limited");
    expect(capture.calls).toHaveLength(3);
    expect(sleeps).toEqual([1000, 1000]);
    expect(await store.isUnreachable("teams", CHANNEL)).toBe(false);
  });

  it("does not wait out a Retry-After longer than the limit and reports it to the caller", async () => {
    capture.respond = () => ({ status: 429, headers: { "retry-after": "120" } });
    const err = await failure(poster().post(conversation, digest));
    expect(err.code).toBe("rate_limited");
    expect(err.retryAfterMs).toBe(120_000);
    expect(sleeps).toEqual([]);
    expect(capture.calls).toHaveLength(1);
  });

  it("sends once when the service answers 5xx: the card may have arrived, so the post is reported uncertain, not sent again", async () => {
    capture.respond = () => ({ status: 502, body: { error: { code: "ServiceError", message: "Bad gateway" } } });
    const err = await failure(poster().post(conversation, digest));
    expect(err.code).toBe("uncertain");
    expect(capture.calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(logs.some((l) => l.msg === "teams send outcome unknown; not sent again")).toBe(true);
  });

  it("sends once when the service answers only after the request timed out, and reports the post uncertain", async () => {
    capture.respond = () => ({ status: 201, body: { id: "late" }, delayMs: 600 });
    const err = await failure(poster({ requestTimeoutMs: 150 }).post(conversation, digest));
    expect(err.code).toBe("uncertain");
    expect(capture.calls).toHaveLength(1);
  });

  it("sends again after a 412, which Teams answers without delivering", async () => {
    capture.respond = (_c, i) => (i === 0 ? { status: 412, body: { error: { code: "PreconditionFailed" } } } : { status: 201, body: { id: "2" } });
    await poster().post(conversation, digest);
    expect(capture.calls).toHaveLength(2);
    expect(sleeps).toEqual([500]);
  });

  it("maps 400 to bad_request without retrying", async () => {
    capture.respond = () => ({ status: 400, body: { error: { code: "BadSyntax", message: "Activity is malformed" } } });
    const err = await failure(poster().post(conversation, digest));
    expect(err.code).toBe("bad_request");
    expect(capture.calls).toHaveLength(1);
  });

  it("reports transient when the service cannot be reached at all", async () => {
    const url = capture.url;
    await capture.close();
    await store.saveConversationReference("teams", CHANNEL, { channelId: "msteams", serviceUrl: url, conversation: { id: CHANNEL }, bot: { id: "28:bot" } });
    const err = await failure(poster().post(conversation, digest));
    expect(err.code).toBe("transient");
    capture = await startCapture();
  });

  it("refuses to post where no conversation reference was stored, without calling Teams", async () => {
    const err = await failure(poster().post({ platform: "teams", id: "19:unknown@thread.tacv2" }, digest));
    expect(err.code).toBe("unreachable");
    expect(err.message).toContain("must be added");
    expect(capture.calls).toHaveLength(0);
  });

  it("stops posting to a conversation already marked unreachable", async () => {
    await store.markUnreachable("teams", CHANNEL, "bot removed");
    const err = await failure(poster().post(conversation, digest));
    expect(err.code).toBe("unreachable");
    expect(capture.calls).toHaveLength(0);
  });
});
