/**
 * The Teams endpoint with the real assistant, a real lowdb file and two meetings of the Working
 * Group on Prevention in the documents (the 15th and the 16th), over real HTTP: a reply in a
 * channel thread keeps the meeting the thread is about across a restart, and a reply quoting one
 * of the bot's messages takes its meeting from the quoted message.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssistant } from "../../../src/app/create-assistant.js";
import { twoMeetingsConfig } from "../../fixtures/two-meetings.js";
import { silentLogger } from "../../../src/core/log.js";
import { createStore, type LowdbStore } from "../../../src/store/index.js";
import { cardOf, fixture, postActivity, startBot, startCapture, textsOf, type CaptureServer, type RunningBot } from "./helpers.js";

const CHANNEL = "19:d3b1c4e5f6a74b8c9d0e1f2a3b4c5d6e@thread.tacv2";

describe("Teams replies with the real assistant and a lowdb file: thread context", () => {
  const dir = mkdtempSync(join(tmpdir(), "teams-context-"));
  const file = join(dir, "db.json");
  const config = twoMeetingsConfig(dir);
  let capture: CaptureServer;
  let store: LowdbStore;
  let assistant: Awaited<ReturnType<typeof createAssistant>>;
  let bot: RunningBot;

  async function boot() {
    store = await createStore({ file, logger: silentLogger });
    assistant = await createAssistant({ config, store, logger: silentLogger });
    bot = await startBot({ assistant, teams: { appType: "MultiTenant" }, store });
  }
  async function shutdown() {
    await bot.close();
    assistant.close();
    await store.close();
  }
  /** Posts an activity and returns the text of the reply it got. */
  async function ask(activity: Record<string, unknown>): Promise<string> {
    const before = capture.calls.length;
    const res = await postActivity(bot.url, { ...activity, serviceUrl: capture.url });
    expect(res.status).toBe(200);
    await capture.waitFor(before + 1, 20_000);
    return textsOf(cardOf(capture.calls[before])).join("\n");
  }

  beforeAll(async () => {
    capture = await startCapture();
    await boot();
  }, 120_000);
  afterAll(async () => {
    await shutdown();
    await capture.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers a reply in a channel thread on the meeting the thread is about, after a restart", async () => {
    const mention = fixture("channel-mention");
    mention.text = "<at>UNCAC Assistant</at> agenda of the 16th meeting of the prevention working group\n";
    expect(await ask(mention)).toMatch(/16th meeting/);

    await shutdown();
    await boot();

    const reply = fixture("channel-mention");
    const thread = "1725523262345";
    const followUp = { ...reply, id: "1725523300000", text: "and item 2?", entities: [], replyToId: thread, conversation: { ...reply.conversation, id: `${CHANNEL};messageid=${thread}` } };
    const answer = await ask(followUp);
    expect(answer).toMatch(/16th meeting/);
    expect(answer).not.toMatch(/15th meeting/);
  }, 120_000);

  it("answers a reply quoting one of its messages on the meeting the quoted message names", async () => {
    const outOfTheBlue = fixture("group-chat-mention");
    outOfTheBlue.text = "<at>UNCAC Assistant</at> and item 2?";
    expect(await ask({ ...outOfTheBlue, id: "1725523700000" })).toMatch(/15th meeting/);

    const quoting = fixture("channel-quoted-reply");
    expect(await ask(quoting)).toMatch(/16th meeting/);
  });
});
