/** /digest and /meetings through the real assistant (router, registry, index) with a real lowdb store. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createAssistant } from "../../src/app/create-assistant.js";
import { loadConfig } from "../../src/core/config.js";
import { silentLogger } from "../../src/core/log.js";
import type { Assistant } from "../../src/core/assistant.js";
import type { ConversationRef } from "../../src/core/types.js";
import { createStore, type LowdbStore } from "../../src/store/index.js";
import { tempDir } from "../store/fixtures/helpers.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const channel: ConversationRef = { platform: "slack", id: "C0E2E", team: "T1", user: "U1" };
let assistant: Assistant;
let store: LowdbStore;
let cleanup: () => Promise<void>;
const now = () => new Date("2024-09-02T06:00:00Z");

beforeAll(async () => {
  const t = await tempDir("assistant-");
  cleanup = t.cleanup;
  const config = loadConfig({ DB_FILE: join(t.dir, "db.json"), CACHE_DIR: join(t.dir, "cache"), LOG_LEVEL: "silent" }, root);
  store = await createStore({ file: config.dbFile, logger: silentLogger, now });
  assistant = await createAssistant({ config, store, logger: silentLogger, now });
});
afterAll(async () => {
  await store.close();
  await cleanup();
});

const ask = (text: string, conversation = channel) => assistant.handle({ text, conversation });

describe("/digest and /meetings through the assistant", () => {
  it("subscribes, shows the status, previews and unsubscribes a Slack channel", async () => {
    const sub = await ask("/digest subscribe prevention working group at 8:30 Asia/Shanghai");
    expect(sub.kind).toBe("confirmation");
    expect(await store.listSubscriptions()).toMatchObject([{ body: "wg-prevention", time: "08:30", timeZone: "Asia/Shanghai" }]);
    expect((await ask("/digest status")).text).toContain("daily at 08:30 (Asia/Shanghai)");
    const preview = await ask("/digest preview");
    expect(preview).toMatchObject({ kind: "digest", ephemeral: true });
    expect(preview.text).toContain("opens tomorrow");
    expect((await ask("/digest unsubscribe")).text).toBe("Unsubscribed this channel from 1 digest.");
  });

  it("subscribes in Chinese", async () => {
    const r = await ask("/digest 订阅 预防腐败问题工作组 每天早上8点");
    expect(r.kind).toBe("confirmation");
    expect(r.lang).toBe("zh");
    expect(r.text).toContain("每天 08:00（Europe/Vienna）");
    await ask("/digest unsubscribe");
  });

  it("answers a bad argument with an ephemeral bad_argument error naming what was expected", async () => {
    const r = await ask("/digest subscribe wg-prevention at 8:30 Mars/Olympus");
    expect(r).toMatchObject({ kind: "error", ephemeral: true, code: "bad_argument" });
    expect(r.text).toContain('Unknown time zone "Mars/Olympus"');
  });

  it("lists the meetings of a body", async () => {
    const r = await ask("/meetings wg-prevention upcoming");
    expect(r.kind).toBe("answer");
    expect(r.text).toContain("15th meeting of the Working Group on Prevention: 3–6 September 2024, Vienna");
    expect(r.citations.length).toBeGreaterThan(0);
  });
});

describe("what the assistant records for follow-ups and the feedback report", () => {
  const inThread: ConversationRef = { platform: "slack", id: "C0REC", team: "T1", user: "U1", thread: "1700000000.000100" };

  it("keeps a thread's context in the store, where a restarted assistant finds it", async () => {
    await ask("/agenda 15", inThread);
    await new Promise((r) => setTimeout(r, 20));
    const record = await store.thread("slack", "C0REC", "1700000000.000100");
    expect(record?.context).toMatchObject({ lastQuestion: "/agenda 15", meetingId: expect.stringMatching(/15/) });
  });

  it("records questions with whether the documents answered them, but not help", async () => {
    const before = (await store.listQuestions()).length;
    await ask("resolution 99/99", inThread);
    await ask("/help", inThread);
    const recorded = (await store.listQuestions()).slice(before);
    expect(recorded).toEqual([{ conversation: inThread, text: "resolution 99/99", answered: false, kind: expect.stringMatching(/refusal|clarification/), at: now().toISOString() }]);
  });

  it("returns the id of a vote, to which a reason is attached afterwards", async () => {
    const id = await assistant.feedback(inThread, "U1", "doc#1", "down");
    expect(id).toEqual(expect.any(String));
    await assistant.feedbackReason(id!, "  wrong meeting  ");
    expect((await store.listFeedback()).find((f) => f.id === id)).toMatchObject({ vote: "down", reason: "wrong meeting" });
  });
});

describe("who may change a channel's digest, and where limited documents are answered", () => {
  const place: ConversationRef = { platform: "slack", id: "C0ADMIN", team: "T1", user: "U9" };
  const asker = (access: { canManage: boolean; botIsMember: boolean }, text: string) => assistant.handle({ text, conversation: place, checkAccess: async () => access });

  it("refuses a subscription from someone who may not manage the channel, and subscribes nothing", async () => {
    const reply = await asker({ canManage: false, botIsMember: true }, "/digest subscribe wg-prevention at 8:30");
    expect(reply).toMatchObject({ kind: "error", code: "not_allowed" });
    expect(reply.text).toContain("Only a channel manager or an administrator of this app can change this channel's digest");
    expect(await store.subscriptionsFor(place)).toEqual([]);
    expect((await asker({ canManage: false, botIsMember: true }, "/digest unsubscribe wg-prevention")).code).toBe("not_allowed");
    expect((await asker({ canManage: false, botIsMember: true }, "/digest status")).kind).not.toBe("error");
  });

  it("refuses a subscription in a private channel the bot is not in, saying how to add it", async () => {
    const reply = await asker({ canManage: true, botIsMember: false }, "/digest subscribe wg-prevention");
    expect(reply).toMatchObject({ kind: "error", code: "bot_not_in_channel" });
    expect(reply.text).toContain("I am not a member of this private channel");
    expect(await store.subscriptionsFor(place)).toEqual([]);
    expect((await asker({ canManage: true, botIsMember: true }, "/digest subscribe wg-prevention")).kind).toBe("confirmation");
  });

  it("withholds an answer resting on a Distr.: Limited document outside the configured channels, and gives it where configured and on the command line", async () => {
    const question = "/document CAC/COSP/WG.4/2019/L.1/Add.1";
    const onCli = await assistant.handle({ text: question, conversation: { platform: "cli", id: "cli" } });
    expect(onCli.answered).toBe(true);
    expect(onCli.citations.some((c) => c.file === "003_1b44873261f91498.txt")).toBe(true);

    const inChannel = await assistant.handle({ text: question, conversation: place });
    expect(inChannel).toMatchObject({ kind: "refusal", code: "limited_distribution", answered: false, citations: [] });
    expect(inChannel.text).toContain("limited distribution");

    const t = await tempDir("limited-");
    const config = loadConfig({ CACHE_DIR: join(t.dir, "cache"), LOG_LEVEL: "silent", LIMITED_DISTRIBUTION_CHANNELS: "C0SECRETARIAT, C0OTHER" }, root);
    const allowed = await createAssistant({ config, logger: silentLogger, now, index: (assistant as Assistant & { index: never }).index });
    expect((await allowed.handle({ text: question, conversation: { ...place, id: "C0SECRETARIAT" } })).answered).toBe(true);
    expect((await allowed.handle({ text: question, conversation: place })).code).toBe("limited_distribution");
    await t.cleanup();
  });
});
