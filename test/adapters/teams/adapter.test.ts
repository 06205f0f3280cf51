/**
 * The adapter over real HTTP: activities POSTed to /api/messages, replies captured by a local
 * fake of the Bot Framework connector service that the activities' serviceUrl points at.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Reply } from "../../../src/core/types.js";
import { actionsOf, cardOf, fakeAssistant, fixture, postActivity, sampleCitation, startBot, startCapture, textsOf, type CaptureServer, type RunningBot } from "./helpers.js";
import { createMemoryStore } from "./memory-store.js";
import { ConfigError, loadConfig } from "../../../src/core/config.js";
import { createLogger } from "../../../src/core/log.js";
import { createTeamsAdapter } from "../../../src/adapters/teams/index.js";
import { toAuthConfiguration } from "../../../src/adapters/teams/adapter.js";

const noAuth = { appType: "MultiTenant" };

describe("Teams adapter over HTTP (unauthenticated, as with the Agents Playground)", () => {
  let capture: CaptureServer;
  let bot: RunningBot | undefined;

  beforeEach(async () => {
    capture = await startCapture();
  });
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
    await capture.close();
  });

  it("answers a question in a personal chat with an Adaptive Card sent back to the activity's serviceUrl", async () => {
    const assistant = fakeAssistant();
    bot = await startBot({ assistant, teams: noAuth });
    const activity = { ...fixture("personal-message"), serviceUrl: capture.url };

    const res = await postActivity(bot.url, activity);

    expect(res.status).toBe(200);
    expect(assistant.requests).toHaveLength(1);
    expect(assistant.requests[0]).toMatchObject({
      text: "When is the 15th meeting of the Working Group on Prevention?",
      conversation: { platform: "teams", id: activity.conversation.id, user: activity.from.aadObjectId, team: activity.channelData.tenant.id },
      locale: "en-US",
    });
    expect(capture.calls).toHaveLength(1);
    const [call] = capture.calls;
    expect(call.method).toBe("POST");
    expect(call.path).toBe(`/v3/conversations/${activity.conversation.id}/activities/${activity.id}`);
    const card = cardOf(call);
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    expect(textsOf(card)[0]).toBe("**Answer** to: When is the 15th meeting of the Working Group on Prevention? [1]");
    expect(textsOf(card)).toContain("[1] CAC/COSP/WG.4/2024/1 · ¶ 27");
    const show = actionsOf(card).find((a) => a.type === "Action.ShowCard");
    expect(show.title).toBe("Show passages");
    expect(textsOf(show.card)).toContain(sampleCitation.quote);
    expect(actionsOf(card).filter((a) => a.type === "Action.Submit").map((a) => a.data)).toEqual([
      { action: "feedback", vote: "up", ref: "wg4-2024-1#p27" },
      { action: "feedback", vote: "down", ref: "wg4-2024-1#p27" },
    ]);
    expect(call.body.summary).toBe("Answer to: When is the 15th meeting of the Working Group on Prevention? [1]");
  });

  it("strips the bot @mention in a channel and answers in the message's thread", async () => {
    const assistant = fakeAssistant();
    bot = await startBot({ assistant, teams: noAuth });
    const activity = { ...fixture("channel-mention"), serviceUrl: capture.url };

    const res = await postActivity(bot.url, activity);

    expect(res.status).toBe(200);
    expect(assistant.requests[0].text).toBe("agenda 15");
    expect(assistant.requests[0].conversation).toEqual({
      platform: "teams",
      id: "19:d3b1c4e5f6a74b8c9d0e1f2a3b4c5d6e@thread.tacv2",
      thread: "1725523262345",
      user: "6d2f0a9e-3c41-4b7a-9e55-0c2d7a1b8f34",
      team: "72f988bf-86f1-41af-91ab-2d7cd011db47",
    });
    expect(capture.calls[0].path).toBe(`/v3/conversations/${activity.conversation.id}/activities/${activity.id}`);
    expect(textsOf(cardOf(capture.calls[0]))[0]).toBe("**Answer** to: agenda 15 [1]");
  });

  it("passes a slash command typed in a group chat to the assistant unchanged", async () => {
    const assistant = fakeAssistant();
    bot = await startBot({ assistant, teams: noAuth });
    const activity = { ...fixture("group-chat-mention"), serviceUrl: capture.url };

    await postActivity(bot.url, activity);

    expect(assistant.requests[0].text).toBe("/agenda 15");
    expect(assistant.requests[0].conversation.id).toBe(activity.conversation.id);
    expect(assistant.requests[0].conversation.thread).toBeUndefined();
    expect(capture.calls).toHaveLength(1);
  });

  it("renders bad input as an error card that says what went wrong and what to do", async () => {
    const error: Reply = { kind: "error", code: "bad_argument", answered: false, text: "“agenda” needs a meeting, e.g. agenda 15.", citations: [], lang: "en", ephemeral: true };
    const assistant = fakeAssistant(() => error);
    bot = await startBot({ assistant, teams: noAuth });

    await postActivity(bot.url, { ...fixture("personal-message"), text: "agenda", serviceUrl: capture.url });

    const card = cardOf(capture.calls[0]);
    const texts = textsOf(card);
    expect(texts[0]).toBe("⚠️ That did not work");
    expect(card.body[0].color).toBe("Attention");
    expect(texts).toContain("“agenda” needs a meeting, e.g. agenda 15.");
    expect(texts.at(-1)).toBe("Type **help** to see the commands with examples.");
    expect(actionsOf(card)).toEqual([]);
  });

  it("treats a bare @mention as a request for help", async () => {
    const assistant = fakeAssistant();
    bot = await startBot({ assistant, teams: noAuth });

    await postActivity(bot.url, { ...fixture("channel-mention"), text: "<at>UNCAC Assistant</at>", serviceUrl: capture.url });

    expect(assistant.requests[0].text).toBe("help");
    expect(textsOf(cardOf(capture.calls[0]))[0]).toBe("**Commands**");
  });

  it("stores the conversation reference of every conversation that talks to the bot, addressed to the chat or channel itself", async () => {
    const store = createMemoryStore();
    bot = await startBot({ assistant: fakeAssistant(), teams: noAuth, store });

    for (const name of ["personal-message", "channel-mention", "group-chat-mention"]) {
      await postActivity(bot.url, { ...fixture(name), serviceUrl: capture.url });
    }

    const channel = (await store.conversationReference("teams", "19:d3b1c4e5f6a74b8c9d0e1f2a3b4c5d6e@thread.tacv2")) as any;
    expect(channel).toMatchObject({ serviceUrl: capture.url, channelId: "msteams", conversation: { id: "19:d3b1c4e5f6a74b8c9d0e1f2a3b4c5d6e@thread.tacv2", conversationType: "channel" }, agent: { id: "28:0f7b3c1e-5d2a-4e8f-9b6c-1a2d3e4f5a6b" } });
    expect(channel.activityId).toBeUndefined();
    expect(await store.conversationReference("teams", fixture("personal-message").conversation.id)).toMatchObject({ conversation: { conversationType: "personal" } });
    expect(await store.conversationReference("teams", fixture("group-chat-mention").conversation.id)).toMatchObject({ conversation: { conversationType: "groupChat" } });
  });

  it("welcomes a team with help when the bot is added, and remembers the channel", async () => {
    const store = createMemoryStore();
    const assistant = fakeAssistant();
    bot = await startBot({ assistant, teams: noAuth, store });
    const activity = { ...fixture("bot-added-to-team"), serviceUrl: capture.url };

    const res = await postActivity(bot.url, activity);

    expect(res.status).toBe(200);
    expect(assistant.requests.map((r) => r.text)).toEqual(["help"]);
    expect(capture.calls).toHaveLength(1);
    expect(textsOf(cardOf(capture.calls[0]))).toEqual(["**Commands**", "• agenda <meeting> — the agenda"]);
    expect(await store.conversationReference("teams", activity.conversation.id)).toMatchObject({ serviceUrl: capture.url });
  });

  it("marks a conversation unreachable when the bot is removed from it", async () => {
    const store = createMemoryStore();
    bot = await startBot({ assistant: fakeAssistant(), teams: noAuth, store });
    const activity = { ...fixture("bot-removed-from-team"), serviceUrl: capture.url };

    await postActivity(bot.url, activity);

    expect(await store.isUnreachable("teams", activity.conversation.id)).toBe(true);
    expect(capture.calls).toHaveLength(0);
  });

  it("records a feedback vote sent by a card button and asks for a reason on 👎", async () => {
    const assistant = fakeAssistant();
    bot = await startBot({ assistant, teams: noAuth });
    const activity = { ...fixture("feedback-submit"), serviceUrl: capture.url };

    await postActivity(bot.url, activity);

    expect(assistant.requests).toHaveLength(0);
    expect(assistant.votes).toEqual([
      { conversation: { platform: "teams", id: activity.conversation.id, user: activity.from.aadObjectId, team: activity.channelData.tenant.id }, user: activity.from.aadObjectId, ref: "wg4-2024-1#p27", vote: "down" },
    ]);
    // A 👎 asks what was wrong, with a card whose submit carries the vote's id.
    const card = cardOf(capture.calls[0]);
    expect(textsOf(card)[0]).toBe("Thank you. What was missing or wrong? (optional)");
    expect(card.body[1]).toMatchObject({ type: "Input.Text", id: "reason" });
    expect(card.actions[0]).toMatchObject({ type: "Action.Submit", data: { action: "feedbackReason", voteId: "vote-1" } });
  });

  it("attaches the reason submitted from the 👎 card to the vote, and thanks the person", async () => {
    const assistant = fakeAssistant();
    bot = await startBot({ assistant, teams: noAuth });
    // Teams merges the card's inputs into the submit data.
    const activity = { ...fixture("feedback-submit"), value: { action: "feedbackReason", voteId: "vote-1", reason: "the dates are of the 14th meeting" }, serviceUrl: capture.url };

    await postActivity(bot.url, activity);

    expect(assistant.reasons).toEqual([{ voteId: "vote-1", reason: "the dates are of the 14th meeting" }]);
    expect(assistant.requests).toHaveLength(0);
    expect(capture.calls[0].body.text).toBe("Thank you, the reason was recorded.");
  });

  it("thanks a 👍 without asking anything", async () => {
    const assistant = fakeAssistant();
    bot = await startBot({ assistant, teams: noAuth });
    await postActivity(bot.url, { ...fixture("feedback-submit"), value: { action: "feedback", vote: "up", ref: "wg4-2024-1#p27" }, serviceUrl: capture.url });
    expect(assistant.votes.map((v) => v.vote)).toEqual(["up"]);
    expect(capture.calls[0].body.text).toBe("Thank you for the feedback.");
  });

  it("tells the person, and logs, when answering fails inside the assistant", async () => {
    const assistant = fakeAssistant(() => {
      throw new Error("index not loaded");
    });
    const logs: string[] = [];
    bot = await startBot({ assistant, teams: noAuth, logger: createLogger("error", (l) => logs.push(l)) });

    const res = await postActivity(bot.url, { ...fixture("personal-message"), serviceUrl: capture.url });

    expect(res.status).toBe(200);
    expect(textsOf(cardOf(capture.calls[0]))).toContain("Something went wrong on our side while answering. Please try again in a moment.");
    expect(logs.some((l) => l.includes("teams turn failed") && l.includes("index not loaded"))).toBe(true);
  });

  it("logs a reply that Teams refuses instead of failing silently", async () => {
    capture.respond = () => ({ status: 403, body: { error: { code: "BotNotInConversationRoster", message: "not in roster" } } });
    const logs: string[] = [];
    bot = await startBot({ assistant: fakeAssistant(), teams: noAuth, logger: createLogger("error", (l) => logs.push(l)) });

    await postActivity(bot.url, { ...fixture("personal-message"), serviceUrl: capture.url });

    expect(capture.calls).toHaveLength(1);
    expect(logs.some((l) => l.includes("teams turn failed") && l.includes("BotNotInConversationRoster"))).toBe(true);
  });

  it("sends an answer once when Teams answers it with a 500 or only after the request timed out: it may have arrived", async () => {
    const logs: string[] = [];
    capture.respond = (_c, i) => (i === 0 ? { status: 500, body: { error: { code: "ServiceError", message: "internal" } } } : { status: 200, body: { id: "late" }, delayMs: 600 });
    bot = await startBot({ assistant: fakeAssistant(), teams: noAuth, requestTimeoutMs: 150, retry: { sleep: async () => undefined }, logger: createLogger("warn", (l) => logs.push(l)) });

    await postActivity(bot.url, { ...fixture("personal-message"), serviceUrl: capture.url });
    expect(capture.calls).toHaveLength(1);
    await postActivity(bot.url, { ...fixture("personal-message"), id: "second-question", serviceUrl: capture.url });
    expect(capture.calls).toHaveLength(2);
    // Neither failure was followed by an apology card either: it would arrive beside the answer.
    expect(logs.filter((l) => l.includes("teams send outcome unknown; not sent again"))).toHaveLength(2);
  });

  it("takes the command prefix off a command typed from the menu and tells the assistant who may change digests", async () => {
    const assistant = fakeAssistant();
    const access = { commandPrefix: "uncac-", digestManagers: "channel-managers" as const, adminUsers: ["6d2f0a9e-3c41-4b7a-9e55-0c2d7a1b8f34"], limitedDistributionChannels: [] };
    bot = await startBot({ assistant, teams: noAuth, access });

    await postActivity(bot.url, { ...fixture("channel-mention"), text: "<at>UNCAC Assistant</at> uncac-digest subscribe wg-prevention", serviceUrl: capture.url });
    const other = fixture("channel-mention");
    other.from.aadObjectId = "00000000-1111-2222-3333-444444444444";
    await postActivity(bot.url, { ...other, id: "1725523262999", text: "<at>UNCAC Assistant</at> /uncac-digest status", serviceUrl: capture.url });

    expect(assistant.requests.map((r) => r.text)).toEqual(["digest subscribe wg-prevention", "/digest status"]);
    expect(await Promise.all(assistant.requests.map((r) => r.checkAccess!()))).toEqual([
      { canManage: true, botIsMember: true },
      { canManage: false, botIsMember: true },
    ]);
  });

  it("refuses a body that is not JSON with 400 and asks nothing of the assistant", async () => {
    const assistant = fakeAssistant();
    bot = await startBot({ assistant, teams: noAuth });

    const res = await postActivity(bot.url, "{not json");

    expect(res.status).toBe(400);
    expect(assistant.requests).toHaveLength(0);
  });

  it("refuses a JSON body without an activity type with 400 instead of failing inside the SDK", async () => {
    const assistant = fakeAssistant();
    bot = await startBot({ assistant, teams: noAuth });

    const res = await postActivity(bot.url, "{}");

    expect(res.status).toBe(400);
    expect(assistant.requests).toHaveLength(0);
  });

  it("answers other methods on /api/messages with 405", async () => {
    bot = await startBot({ assistant: fakeAssistant(), teams: noAuth });
    const res = await fetch(`${bot.url}/api/messages`, { signal: AbortSignal.timeout(5000) });
    expect(res.status).toBe(405);
  });
});

describe("Teams adapter configuration from the environment", () => {
  it("runs unauthenticated, for the Agents Playground, when MICROSOFT_APP_ID is not set", () => {
    expect(createTeamsAdapter({ assistant: fakeAssistant(), teams: loadConfig({}).teams }).authenticated).toBe(false);
  });

  it("requires tokens when MICROSOFT_APP_ID is set", () => {
    const teams = loadConfig({ MICROSOFT_APP_ID: "0f7b3c1e-5d2a-4e8f-9b6c-1a2d3e4f5a6b", MICROSOFT_APP_PASSWORD: "secret" }).teams;
    expect(createTeamsAdapter({ assistant: fakeAssistant(), teams }).authenticated).toBe(true);
  });

  it("names MICROSOFT_APP_TENANT_ID when a single-tenant bot has none", () => {
    const teams = loadConfig({ MICROSOFT_APP_ID: "0f7b3c1e-5d2a-4e8f-9b6c-1a2d3e4f5a6b", MICROSOFT_APP_PASSWORD: "secret", MICROSOFT_APP_TYPE: "SingleTenant" }).teams;
    expect(() => createTeamsAdapter({ assistant: fakeAssistant(), teams })).toThrowError(ConfigError);
    expect(() => createTeamsAdapter({ assistant: fakeAssistant(), teams })).toThrowError(/MICROSOFT_APP_TENANT_ID/);
  });

  it("maps the MICROSOFT_APP_* variables onto the Agents SDK's connection settings", () => {
    const single = toAuthConfiguration(loadConfig({ MICROSOFT_APP_ID: "app", MICROSOFT_APP_PASSWORD: "secret", MICROSOFT_APP_TYPE: "SingleTenant", MICROSOFT_APP_TENANT_ID: "tenant" }).teams);
    expect(single).toMatchObject({ clientId: "app", clientSecret: "secret", tenantId: "tenant", authType: "ClientSecret", connectionsMap: [{ serviceUrl: "*", connection: "serviceConnection" }] });
    expect(single.connections?.get("serviceConnection")).toMatchObject({ clientId: "app", clientSecret: "secret", tenantId: "tenant" });
    const multi = toAuthConfiguration(loadConfig({ MICROSOFT_APP_ID: "app", MICROSOFT_APP_PASSWORD: "secret", MICROSOFT_APP_TYPE: "MultiTenant", MICROSOFT_APP_TENANT_ID: "ignored" }).teams);
    expect(multi.tenantId).toBeUndefined();
    const msi = toAuthConfiguration(loadConfig({ MICROSOFT_APP_ID: "app", MICROSOFT_APP_TYPE: "UserAssignedMSI", MICROSOFT_APP_TENANT_ID: "tenant" }).teams);
    expect(msi.authType).toBe("UserManagedIdentity");
  });
});
