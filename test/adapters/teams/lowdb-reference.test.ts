/**
 * Conversation references end up in the lowdb database file, where the digest scheduler's
 * poster finds them after a restart.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/core/log.js";
import { createStore } from "../../../src/store/index.js";
import { createTeamsAdapter } from "../../../src/adapters/teams/index.js";
import type { Reply } from "../../../src/core/types.js";
import { cardOf, fakeAssistant, fixture, postActivity, startBot, startCapture, type CaptureServer } from "./helpers.js";

describe("Teams conversation references in lowdb", () => {
  let dir: string;
  let capture: CaptureServer;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "teams-lowdb-"));
    capture = await startCapture();
  });
  afterEach(async () => {
    await capture.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("stores the reference of a channel that talks to the bot and posts a digest there after a restart", async () => {
    const file = join(dir, "db.json");
    const activity = { ...fixture("channel-mention"), serviceUrl: capture.url };
    const channel = "19:d3b1c4e5f6a74b8c9d0e1f2a3b4c5d6e@thread.tacv2";

    const store = await createStore({ file, logger: silentLogger });
    const bot = await startBot({ assistant: fakeAssistant(), teams: { appType: "MultiTenant" }, store });
    await postActivity(bot.url, activity);
    await bot.close();
    await store.close();

    const saved = JSON.parse(await readFile(file, "utf8"));
    expect(JSON.stringify(saved)).toContain(channel);

    const reopened = await createStore({ file, logger: silentLogger });
    try {
      const { poster } = createTeamsAdapter({ assistant: fakeAssistant(), teams: { appType: "MultiTenant" }, store: reopened });
      const digest: Reply = { kind: "digest", answered: true, text: "**Today**: item 2", citations: [], lang: "en" };
      await poster.post({ platform: "teams", id: channel }, digest);
      const last = capture.calls.at(-1)!;
      expect(last.path.startsWith(`/v3/conversations/${channel}/activities`)).toBe(true);
      expect(cardOf(last).body[0].text).toBe("**Today**: item 2");
    } finally {
      await reopened.close();
    }
  });
});
