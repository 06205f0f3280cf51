/**
 * Replies in Teams channel threads over real HTTP, with a real lowdb file: once the bot answered
 * in a thread, a reply there is answered without an @mention (the app's resource-specific consent
 * makes Teams send it); other channel messages without a mention are not answered.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/core/log.js";
import { createStore, type LowdbStore } from "../../../src/store/index.js";
import { fakeAssistant, fixture, postActivity, startBot, startCapture, type CaptureServer, type RunningBot } from "./helpers.js";

const CHANNEL = "19:d3b1c4e5f6a74b8c9d0e1f2a3b4c5d6e@thread.tacv2";
const ROOT = "1725523262345";

/** A reply in a channel thread, without any @mention, as Teams sends it under resource-specific consent. */
function threadReply(thread: string, text: string, id: string) {
  const a = fixture("channel-mention");
  return { ...a, id, text, entities: a.entities.filter((e: { type: string }) => e.type !== "mention"), replyToId: thread, conversation: { ...a.conversation, id: `${CHANNEL};messageid=${thread}` } };
}

describe("Teams channel thread replies", () => {
  let dir: string;
  let capture: CaptureServer;
  let store: LowdbStore;
  let bot: RunningBot;
  let assistant: ReturnType<typeof fakeAssistant>;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "teams-threads-"));
    capture = await startCapture();
    store = await createStore({ file: join(dir, "db.json"), logger: silentLogger });
    assistant = fakeAssistant();
    bot = await startBot({ assistant, teams: { appType: "MultiTenant" }, store });
  });
  afterEach(async () => {
    await bot.close();
    await store.close();
    await capture.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("answers a reply without a mention in a thread where it answered a mention", async () => {
    await postActivity(bot.url, { ...fixture("channel-mention"), serviceUrl: capture.url });
    expect(capture.calls).toHaveLength(1);

    const res = await postActivity(bot.url, { ...threadReply(ROOT, "and item 3?", "1725523300000"), serviceUrl: capture.url });

    expect(res.status).toBe(200);
    expect(assistant.requests.map((r) => r.text)).toEqual(["agenda 15", "and item 3?"]);
    expect(assistant.requests[1].conversation).toMatchObject({ id: CHANNEL, thread: ROOT });
    expect(capture.calls).toHaveLength(2);
    expect(capture.calls[1].path).toBe(`/v3/conversations/${CHANNEL};messageid=${ROOT}/activities/1725523300000`);
  });

  it("does not answer channel messages without a mention in threads it never answered in", async () => {
    await postActivity(bot.url, { ...fixture("channel-mention"), serviceUrl: capture.url });

    await postActivity(bot.url, { ...threadReply("1725523999999", "what about item 5?", "1725524000000"), serviceUrl: capture.url });
    const topLevel = threadReply("x", "lunch at noon?", "1725524100000");
    await postActivity(bot.url, { ...topLevel, replyToId: undefined, conversation: { ...topLevel.conversation, id: `${CHANNEL};messageid=1725524100000` }, serviceUrl: capture.url });

    expect(assistant.requests.map((r) => r.text)).toEqual(["agenda 15"]);
    expect(capture.calls).toHaveLength(1);
  });

  it("answers a reply quoting one of its messages without a mention, with the quoted message as the question's context", async () => {
    const res = await postActivity(bot.url, { ...fixture("channel-quoted-reply"), serviceUrl: capture.url });

    expect(res.status).toBe(200);
    expect(assistant.requests).toHaveLength(1);
    expect(assistant.requests[0]).toMatchObject({ text: "and item 2?", earlier: ["The 16th meeting of the Working Group on Prevention (2–4 June 2025)"], conversation: { id: CHANNEL, thread: "1725523399000" } });
    expect(capture.calls).toHaveLength(1);
  });

  it("does not answer a reply quoting someone else's message without a mention", async () => {
    const a = fixture("channel-quoted-reply");
    a.entities[0].quotedReply.senderId = "29:someone-else";
    await postActivity(bot.url, { ...a, serviceUrl: capture.url });
    expect(assistant.requests).toHaveLength(0);
    expect(capture.calls).toHaveLength(0);
  });

  it("reads the quoted message from the text/html attachment older clients send", async () => {
    await postActivity(bot.url, { ...fixture("group-chat-quoted-reply"), serviceUrl: capture.url });
    expect(assistant.requests).toHaveLength(1);
    expect(assistant.requests[0]).toMatchObject({ text: "第二项呢？", earlier: ["预防腐败问题工作组第十六次会议 (2025年6月2日至4日)"] });
  });

  it("still answers replies in the thread after a restart", async () => {
    await postActivity(bot.url, { ...fixture("channel-mention"), serviceUrl: capture.url });
    await bot.close();
    await store.close();

    store = await createStore({ file: join(dir, "db.json"), logger: silentLogger });
    bot = await startBot({ assistant, teams: { appType: "MultiTenant" }, store });
    await postActivity(bot.url, { ...threadReply(ROOT, "and the documents?", "1725523400000"), serviceUrl: capture.url });

    expect(assistant.requests.at(-1)?.text).toBe("and the documents?");
    expect(capture.calls).toHaveLength(2);
  });
});
