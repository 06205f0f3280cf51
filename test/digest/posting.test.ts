/**
 * Digests posted by the scheduler through the real Slack and Teams posters, against local fake
 * platform servers: a Slack Web API answering chat.postMessage, and a Bot Framework connector
 * service answering the Teams activity calls. Subscriptions, conversation references and
 * unreachable marks live in a real lowdb file.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { webApi } from "@slack/bolt";
import { createSlackPoster } from "../../src/adapters/slack/poster.js";
import { webClientOptions } from "../../src/adapters/slack/web-api.js";
import { createTeamsAdapter } from "../../src/adapters/teams/index.js";
import type { Assistant } from "../../src/core/assistant.js";
import { silentLogger } from "../../src/core/log.js";
import type { ConversationRef } from "../../src/core/types.js";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import type { BodyCatalog } from "../../src/digest/bodies.js";
import { createDigestScheduler } from "../../src/digest/scheduler.js";
import { createStore, type LowdbStore } from "../../src/store/index.js";
import { createDigestCommand } from "../../commands/digest.js";
import { realIndex } from "./fixtures/real-index.js";
import { tempDir } from "../store/fixtures/helpers.js";
import { runCommand } from "../commands/fixtures/context.js";

interface Call {
  path: string;
  body: any;
  headers: Record<string, string | string[] | undefined>;
}

/** A local HTTP server that records calls and answers through `respond`. */
async function fakeServer(respond: (call: Call) => { status: number; body: unknown }) {
  const calls: Call[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const type = String(req.headers["content-type"] ?? "");
      const body = type.includes("json") ? JSON.parse(raw || "{}") : Object.fromEntries(new URLSearchParams(raw));
      const call = { path: decodeURIComponent(req.url ?? ""), body, headers: req.headers };
      calls.push(call);
      const out = state.respond(call);
      res.writeHead(out.status, { "content-type": "application/json" });
      res.end(JSON.stringify(out.body));
    });
  });
  const state = { respond };
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    state,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const TEAMS_CHANNEL = "19:5e3f8a2b9c1d4e6f8a0b2c4d6e8f0a1b@thread.tacv2";
const slackChannel: ConversationRef = { platform: "slack", id: "C0PREVENT", team: "T0000001", user: "U1" };
const teamsChannel: ConversationRef = { platform: "teams", id: TEAMS_CHANNEL, user: "29:1abc" };

// The Teams adapter needs an Assistant for incoming messages; posting never calls it.
const unusedAssistant: Assistant = {
  handle: async () => {
    throw new Error("not used");
  },
  passage: () => undefined,
  feedback: async () => undefined,
  feedbackReason: async () => undefined,
  commands: () => [],
  languageOf: () => "en",
  library: () => ({ documents: 0, bodies: [] }),
  documentInfo: () => undefined,
};

let index: KnowledgeIndex;
let bodies: BodyCatalog;
beforeAll(async () => {
  ({ index, bodies } = await realIndex());
});

describe("digests posted through the Slack and Teams adapters", () => {
  let store: LowdbStore;
  let cleanup: () => Promise<void>;
  let slackApi: Awaited<ReturnType<typeof fakeServer>>;
  let connector: Awaited<ReturnType<typeof fakeServer>>;
  let now: Date;

  beforeEach(async () => {
    const t = await tempDir("posting-");
    cleanup = t.cleanup;
    now = new Date("2024-09-01T12:00:00Z");
    store = await createStore({ file: join(t.dir, "db.json"), logger: silentLogger, now: () => now });
    slackApi = await fakeServer((call) =>
      call.path.endsWith("chat.postMessage") ? { status: 200, body: { ok: true, channel: call.body.channel, ts: "1725258600.000100" } } : { status: 200, body: { ok: false, error: "unknown_method" } },
    );
    connector = await fakeServer(() => ({ status: 200, body: { id: "activity-1" } }));
    // What the Teams adapter stores when the bot is added to a channel.
    await store.saveConversationReference("teams", TEAMS_CHANNEL, {
      channelId: "msteams",
      serviceUrl: `${connector.url}/`,
      conversation: { id: TEAMS_CHANNEL, conversationType: "channel", isGroup: true, tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47" },
      bot: { id: "28:0f7b3c1e-5d2a-4e8f-9b6c-1a2d3e4f5a6b", name: "UNCAC Assistant" },
    });
  });
  afterEach(async () => {
    await store.close();
    await slackApi.close();
    await connector.close();
    await cleanup();
  });

  function scheduler() {
    const slack = createSlackPoster({ client: new webApi.WebClient("xoxb-test", { ...webClientOptions(`${slackApi.url}/api/`), retryConfig: { retries: 0 } }), retry: { maxRetries: 0 } });
    const teams = createTeamsAdapter({ assistant: unusedAssistant, teams: { appType: "MultiTenant" }, store, logger: silentLogger, retry: { sleep: async () => undefined, maxAttempts: 1 } }).poster;
    return createDigestScheduler({ index, bodies, store, posters: [slack, teams], clock: () => now, logger: silentLogger });
  }

  async function subscribe(conversation: ConversationRef, args: string, lang: "en" | "zh" = "en") {
    const r = await runCommand(createDigestCommand({ bodies }), `subscribe ${args}`, { index, store, now, conversation, lang });
    expect(r.kind).toBe("confirmation");
  }

  it("posts the digest of 2 September 2024 into a Slack channel and a Teams channel, once each", async () => {
    await subscribe(slackChannel, "wg-prevention at 8:30");
    await subscribe(teamsChannel, "预防腐败问题工作组 每天早上8点 Asia/Shanghai", "zh");
    const s = scheduler();

    now = new Date("2024-09-02T06:30:00Z"); // 08:30 in Vienna, 14:30 in Shanghai
    const outcomes = await s.tick();
    expect(outcomes.map((o) => o.outcome)).toEqual(["sent", "sent"]);

    const posts = slackApi.calls.filter((c) => c.path.endsWith("chat.postMessage"));
    expect(posts).toHaveLength(1);
    expect(posts[0].headers.authorization).toBe("Bearer xoxb-test");
    expect(posts[0].body.channel).toBe("C0PREVENT");
    expect(posts[0].body.text).toContain("opens tomorrow");
    const blocks = JSON.stringify(JSON.parse(posts[0].body.blocks));
    expect(blocks).toContain("CAC/COSP/WG.4/2024/3");
    expect(blocks).toContain("annex, 3 September 2024 3 p.m.");

    const activities = connector.calls.filter((c) => c.path.startsWith(`/v3/conversations/${TEAMS_CHANNEL}/activities`));
    expect(activities.length).toBeGreaterThanOrEqual(1);
    const card = activities[0].body.attachments[0];
    expect(card.contentType).toBe("application/vnd.microsoft.card.adaptive");
    const cardText = JSON.stringify(card.content);
    expect(cardText).toContain("将于明天，即2024年9月3日（星期二）开幕");
    expect(cardText).toContain("21:00–00:00");

    await s.tick();
    expect(slackApi.calls.filter((c) => c.path.endsWith("chat.postMessage"))).toHaveLength(1);
    expect(connector.calls).toHaveLength(activities.length);
  });

  it("stops posting where Slack says the channel is gone and Teams says the bot was removed", async () => {
    await subscribe(slackChannel, "wg-prevention at 8:30");
    await subscribe(teamsChannel, "wg-prevention at 8:30");
    slackApi.state.respond = () => ({ status: 200, body: { ok: false, error: "channel_not_found" } });
    connector.state.respond = () => ({ status: 403, body: { error: { code: "BotNotInConversationRoster", message: "The bot is not part of the conversation roster." } } });
    const s = scheduler();

    now = new Date("2024-09-03T06:30:00Z");
    expect((await s.tick()).map((o) => o.outcome)).toEqual(["unreachable", "unreachable"]);
    expect(await store.isUnreachable("slack", "C0PREVENT")).toBe(true);
    expect(await store.isUnreachable("teams", TEAMS_CHANNEL)).toBe(true);

    const before = slackApi.calls.length + connector.calls.length;
    now = new Date("2024-09-04T06:30:00Z");
    expect(await s.tick()).toEqual([]);
    expect(slackApi.calls.length + connector.calls.length).toBe(before);
  });
});
