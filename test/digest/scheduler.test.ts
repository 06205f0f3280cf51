import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { writeFile } from "node:fs/promises";
import { createDigestScheduler, type DigestScheduler } from "../../src/digest/scheduler.js";
import { StoreUnavailableError } from "../../src/store/errors.js";
import { createStore, type LowdbStore } from "../../src/store/index.js";
import { PostError } from "../../src/core/assistant.js";
import { silentLogger } from "../../src/core/log.js";
import type { ConversationRef } from "../../src/core/types.js";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import type { BodyCatalog } from "../../src/digest/bodies.js";
import { createDigestCommand } from "../../commands/digest.js";
import { realIndex } from "./fixtures/real-index.js";
import { recordingPoster, type RecordingPoster } from "./fixtures/fake-poster.js";
import { recordingLogger, tempDir } from "../store/fixtures/helpers.js";
import { runCommand, slackChannel } from "../commands/fixtures/context.js";

let index: KnowledgeIndex;
let bodies: BodyCatalog;
let dir: string;
let cleanup: () => Promise<void>;
let file: string;
let clockNow: Date;
const clock = () => clockNow;
const stores: LowdbStore[] = [];
const schedulers: DigestScheduler[] = [];

beforeAll(async () => {
  ({ index, bodies } = await realIndex());
});
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir("digest-"));
  file = join(dir, "db.json");
});
afterEach(async () => {
  for (const s of schedulers.splice(0)) await s.stop();
  for (const s of stores.splice(0)) await s.close();
  await cleanup();
});

async function openStore(logger = silentLogger) {
  const store = await createStore({ file, logger, now: clock });
  stores.push(store);
  return store;
}

function scheduler(store: LowdbStore, posters: RecordingPoster[], extra: { retryDelayMs?: number; maxAttempts?: number } = {}) {
  const s = createDigestScheduler({ index, bodies, store, posters, clock, logger: silentLogger, intervalMs: 3_600_000, ...extra });
  schedulers.push(s);
  return s;
}

/** Subscribes through the real /digest command, as a person in the channel would. */
async function subscribe(store: LowdbStore, args: string, conversation: ConversationRef = slackChannel) {
  const reply = await runCommand(createDigestCommand({ bodies }), `subscribe ${args}`, { index, store, now: clock(), conversation });
  expect(reply.kind).toBe("confirmation");
  return reply;
}

const at = (iso: string) => {
  clockNow = new Date(iso);
};

describe("digest scheduler", () => {
  it("subscribes a channel and posts the digest of 2 September 2024 at its local time: countdown, opening slot, documents to read", async () => {
    at("2024-09-01T10:00:00Z");
    const store = await openStore();
    await subscribe(store, "prevention working group at 8:30 Europe/Vienna");
    const [sub] = await store.listSubscriptions();
    expect(sub).toMatchObject({ body: "wg-prevention", time: "08:30", timeZone: "Europe/Vienna", daysBefore: 3, conversation: { platform: "slack", id: "C0PREV", team: "T01" } });
    expect(sub.conversation.thread).toBeUndefined();

    const slack = recordingPoster("slack");
    const s = scheduler(store, [slack]);
    at("2024-09-02T06:29:00Z"); // 08:29 in Vienna
    await s.tick();
    expect(slack.posts).toHaveLength(0);

    at("2024-09-02T06:30:00Z"); // 08:30 in Vienna
    await s.tick();
    expect(slack.posts).toHaveLength(1);
    const { conversation, reply } = slack.posts[0];
    expect(conversation).toEqual({ platform: "slack", id: "C0PREV", team: "T01" });
    expect(reply.kind).toBe("digest");
    expect(reply.text).toContain("opens tomorrow, Tuesday 3 September 2024");
    expect(reply.text).toMatch(/Opening: Tuesday 3 September 2024 at 15:00 \(Vienna time\), 维也纳国际中心 M 楼 B\/M1 会议厅/);
    expect(reply.text).toMatch(/15:00–18:00: item 1 组织事项; item 1\(a\) 会议开幕; item 1\(b\)[^\n]*item 2\(a\)\(一\)/);
    expect(reply.text).toMatch(/Documents to read\*\*\n• CAC\/COSP\/WG\.4\/2024\/3 \(item 2\(a\)\(一\)\)/);
    expect(reply.text).toContain("Resolution 10/9");
    expect(reply.citations.some((c) => c.paragraph === "annex, row 2024-09-03 15:00")).toBe(true);
    expect(reply.citations.every((c) => c.file === "001_7da0608a8050477c.txt")).toBe(true);
    expect(await store.digestEntry(sub.id, "2024-09-02")).toMatchObject({ status: "sent", attempts: 1 });

    at("2024-09-02T15:00:00Z");
    await s.tick();
    expect(slack.posts).toHaveLength(1);
  });

  it("posts once on each day from 3 to 6 September, each with that day's slots", async () => {
    at("2024-09-01T10:00:00Z");
    const store = await openStore();
    await subscribe(store, "wg-prevention at 7:45");
    const slack = recordingPoster();
    const s = scheduler(store, [slack]);
    const expected: Record<string, RegExp[]> = {
      "2024-09-03": [/opens today: day 1 of 4/, /Today, Tuesday 3 September 2024\*\*\n• 15:00–18:00: item 1 /, /Tomorrow, Wednesday 4 September 2024\*\*\n• 10:00–13:00: item 2\(a\)\(二\)/],
      "2024-09-04": [/day 2 of 4\./, /Today[^\n]*\n• 10:00–13:00: item 2\(a\)\(二\)[^\n]*\n• 15:00–18:00: item 2\(a\)\(三\)/, /CAC\/COSP\/WG\.4\/2022\/3/],
      "2024-09-05": [/day 3 of 4\./, /Today[^\n]*\n• 10:00–13:00: item 2\(a\)\(四\)[^\n]*\n• 15:00–18:00: item 2\(a\)\(五\)/, /CAC\/COSP\/WG\.4\/2024\/2 \(item 2\(a\)\(五\)\)/, /Resolution 10\/4/],
      "2024-09-06": [/day 4 of 4, the last day/, /Today[^\n]*\n• 10:00–13:00: item 2\(b\)[^\n]*item 3 [^\n]*\n• 15:00–18:00: item 4 通过报告/],
    };
    for (const [day, patterns] of Object.entries(expected)) {
      at(`${day}T05:45:00Z`); // 07:45 in Vienna (summer time)
      await s.tick();
      at(`${day}T09:00:00Z`);
      await s.tick();
      const todays = slack.posts.filter((p) => p.reply.text.includes(`digest for ${new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`)).replace(",", "")}`));
      expect(todays, day).toHaveLength(1);
      for (const p of patterns) expect(todays[0].reply.text, day).toMatch(p);
    }
    expect(slack.posts).toHaveLength(4);
    expect(slack.posts[3].reply.text).not.toContain("Tomorrow");
  });

  it("posts nothing on a quiet day, and records that it looked", async () => {
    at("2024-08-20T10:00:00Z");
    const store = await openStore();
    await subscribe(store, "wg-prevention at 8:00");
    const slack = recordingPoster();
    const s = scheduler(store, [slack]);
    for (const day of ["2024-08-20", "2024-08-30", "2024-09-07"]) {
      at(`${day}T12:00:00Z`);
      const outcomes = await s.tick();
      expect(outcomes.map((o) => o.outcome), day).toEqual(["nothing"]);
    }
    expect(slack.posts).toHaveLength(0);
    const [sub] = await store.listSubscriptions();
    expect(await store.digestEntry(sub.id, "2024-09-07")).toMatchObject({ status: "skipped" });
  });

  /**
   * A process that subscribed and then froze while posting today's digest (through a poster that
   * can or cannot read the channel back) and died; returns what it tried to post.
   */
  async function diedMidSend(confirms: boolean): Promise<RecordingPoster> {
    at("2024-09-02T07:00:00Z");
    const first = await openStore();
    await subscribe(first, "wg-prevention at 8:30");
    const frozen = recordingPoster("slack", confirms);
    frozen.hang = true;
    void createDigestScheduler({ index, bodies, store: first, posters: [frozen], clock, logger: silentLogger }).tick(); // never settles
    await waitFor(() => frozen.posts.length === 1);
    await first.close(); // what the OS does to the lock of a dead process is covered by the store tests
    stores.splice(stores.indexOf(first), 1);
    at("2024-09-02T07:05:00Z");
    return frozen;
  }

  it("does not post again when the process dies mid-send and restarts the same day on a platform that cannot tell whether it arrived, and records it as uncertain", async () => {
    await diedMidSend(false);
    const second = await openStore();
    const slack = recordingPoster();
    const outcomes = await scheduler(second, [slack]).tick();
    expect(slack.posts).toHaveLength(0);
    expect(outcomes.map((o) => o.outcome)).toEqual(["uncertain"]);
    const [sub] = await second.listSubscriptions();
    expect(await second.digestEntry(sub.id, "2024-09-02")).toMatchObject({ status: "skipped", detail: expect.stringMatching(/^uncertain/) });
  });

  it("asks a poster that can read the channel back to resume, with the digest's delivery key, when the process died mid-send", async () => {
    const frozen = await diedMidSend(true);
    const second = await openStore();
    const slack = recordingPoster("slack", true);
    const outcomes = await scheduler(second, [slack]).tick();
    const [sub] = await second.listSubscriptions();
    expect(frozen.posts[0].options).toEqual({ deliveryKey: `digest:${sub.id}:2024-09-02`, resume: false });
    expect(outcomes.map((o) => o.outcome)).toEqual(["sent"]);
    expect(slack.posts.map((p) => p.options)).toEqual([{ deliveryKey: `digest:${sub.id}:2024-09-02`, resume: true }]);
    expect(await second.digestEntry(sub.id, "2024-09-02")).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("records a resumed digest as uncertain when the poster cannot read the channel back", async () => {
    await diedMidSend(true);
    const second = await openStore();
    const slack = recordingPoster("slack", true);
    slack.failWith.push(new PostError("uncertain", "Slack channel C1 cannot be read back"));
    const outcomes = await scheduler(second, [slack]).tick();
    expect(outcomes.map((o) => o.outcome)).toEqual(["uncertain"]);
    const [sub] = await second.listSubscriptions();
    expect(await second.digestEntry(sub.id, "2024-09-02")).toMatchObject({ status: "skipped", detail: "uncertain: Slack channel C1 cannot be read back" });
  });

  it("sends the digest of a process that died while composing it, once", async () => {
    at("2024-09-02T07:00:00Z");
    const first = await openStore();
    await subscribe(first, "wg-prevention at 8:30");
    const [sub] = await first.listSubscriptions();
    expect(await first.claimDigest(sub.id, "2024-09-02")).toBe("claimed"); // and then the process died
    await first.close();
    stores.splice(stores.indexOf(first), 1);

    const second = await openStore();
    const slack = recordingPoster("slack", true);
    const s = scheduler(second, [slack]);
    expect((await s.tick()).map((o) => o.outcome)).toEqual(["sent"]);
    expect(await s.tick()).toEqual([]);
    expect(slack.posts).toHaveLength(1);
    expect(slack.posts[0].options).toEqual({ deliveryKey: `digest:${sub.id}:2024-09-02`, resume: false });
  });

  it("does not post again after a restart when the digest was already sent", async () => {
    at("2024-09-03T07:00:00Z");
    const first = await openStore();
    await subscribe(first, "wg-prevention at 8:30");
    const slack = recordingPoster();
    await scheduler(first, [slack]).tick();
    expect(slack.posts).toHaveLength(1);
    await schedulers.pop()!.stop();
    await first.close();
    stores.splice(stores.indexOf(first), 1);

    at("2024-09-03T09:00:00Z");
    const second = await openStore();
    await scheduler(second, [slack]).start();
    expect(slack.posts).toHaveLength(1);
  });

  it("posts once when two timers tick at the same moment", async () => {
    at("2024-09-02T07:00:00Z");
    const store = await openStore();
    await subscribe(store, "wg-prevention at 8:30");
    const slack = recordingPoster();
    await Promise.all([scheduler(store, [slack]).tick(), scheduler(store, [slack]).tick(), scheduler(store, [slack]).tick()]);
    expect(slack.posts).toHaveLength(1);
  });

  it("catches up a time missed while down on start the same day, never a past day's digest", async () => {
    at("2024-09-02T05:00:00Z");
    const store = await openStore();
    await subscribe(store, "wg-prevention at 8:30");
    const slack = recordingPoster();
    // Down all of 2 September and until 16:00 on 3 September.
    at("2024-09-03T14:00:00Z");
    await scheduler(store, [slack]).start();
    expect(slack.posts).toHaveLength(1);
    expect(slack.posts[0].reply.text).toContain("opens today: day 1 of 4");
    const [sub] = await store.listSubscriptions();
    expect(await store.digestEntry(sub.id, "2024-09-02")).toBeUndefined();
  });

  it("waits for the time on a restart before it, rather than posting the missed previous day", async () => {
    at("2024-09-02T05:00:00Z");
    const store = await openStore();
    await subscribe(store, "wg-prevention at 8:30");
    const slack = recordingPoster();
    at("2024-09-04T05:00:00Z"); // 07:00 in Vienna on 4 September; 3 September was missed entirely
    await scheduler(store, [slack]).start();
    expect(slack.posts).toHaveLength(0);
    at("2024-09-04T06:30:00Z");
    await schedulers[0].tick();
    expect(slack.posts.map((p) => p.reply.text.match(/day \d of 4/)?.[0])).toEqual(["day 2 of 4"]);
  });

  it("starts although the store does not answer at its first tick, and posts the digest at the next one", async () => {
    at("2024-09-02T06:30:00Z");
    const store = await openStore();
    await subscribe(store, "wg-prevention at 8:30");
    const slack = recordingPoster();
    const listSubscriptions = store.listSubscriptions.bind(store);
    store.listSubscriptions = async () => {
      store.listSubscriptions = listSubscriptions;
      throw new StoreUnavailableError("The database is not answering; reconnecting");
    };
    await scheduler(store, [slack]).start();
    expect(slack.posts).toHaveLength(0);
    await schedulers[0].tick();
    expect(slack.posts).toHaveLength(1);
  });
});

describe("digest scheduler across time zones", () => {
  it("posts at 08:00 in Shanghai (UTC+8), the local date being ahead of UTC's", async () => {
    at("2024-09-01T12:00:00Z");
    const store = await openStore();
    await subscribe(store, "wg-prevention 每天早上8点 Asia/Shanghai");
    const slack = recordingPoster();
    const s = scheduler(store, [slack]);
    at("2024-09-01T23:59:00Z"); // 07:59 on 2 September in Shanghai
    await s.tick();
    expect(slack.posts).toHaveLength(0);
    at("2024-09-02T00:00:00Z"); // 08:00 on 2 September in Shanghai, still 1 September in UTC
    const [outcome] = await s.tick();
    expect(outcome).toMatchObject({ localDate: "2024-09-02", outcome: "sent" });
    expect(slack.posts[0].reply.text).toContain("opens tomorrow");
    expect(slack.posts[0].reply.text).toContain("15:00–18:00 (Vienna time; 21:00–00:00 Asia/Shanghai)");
  });

  it("posts the opening day's digest in Auckland (UTC+12) while it is still the day before in Vienna", async () => {
    at("2024-09-01T12:00:00Z");
    const store = await openStore();
    await subscribe(store, "wg-prevention at 8:00 Pacific/Auckland");
    const slack = recordingPoster();
    at("2024-09-02T20:00:00Z"); // 08:00 on 3 September in Auckland, 22:00 on 2 September in Vienna
    const [outcome] = await scheduler(store, [slack]).tick();
    expect(outcome).toMatchObject({ localDate: "2024-09-03", outcome: "sent" });
    expect(slack.posts[0].reply.text).toContain("opens today: day 1 of 4");
    expect(slack.posts[0].reply.text).toContain("15:00–18:00 (Vienna time; 01:00–04:00 next day Pacific/Auckland)");
  });

  it("posts in New York (UTC-4) by its own clock, not Vienna's", async () => {
    at("2024-09-01T12:00:00Z");
    const store = await openStore();
    await subscribe(store, "wg-prevention at 7am America/New_York");
    const slack = recordingPoster();
    const s = scheduler(store, [slack]);
    at("2024-09-06T10:59:00Z"); // 06:59 in New York, already 12:59 in Vienna
    await s.tick();
    expect(slack.posts).toHaveLength(0);
    at("2024-09-06T11:00:00Z");
    await s.tick();
    expect(slack.posts[0].reply.text).toContain("day 4 of 4, the last day");
    expect(slack.posts[0].reply.text).toContain("15:00–18:00 (Vienna time; 09:00–12:00 America/New_York)");
  });

  it("posts the last day's digest in Los Angeles (UTC-7) after Vienna's day is over", async () => {
    at("2024-09-01T12:00:00Z");
    const store = await openStore();
    await subscribe(store, "wg-prevention at 9pm America/Los_Angeles");
    const slack = recordingPoster();
    at("2024-09-07T04:00:00Z"); // 21:00 on 6 September in Los Angeles, 06:00 on 7 September in Vienna
    const [outcome] = await scheduler(store, [slack]).tick();
    expect(outcome).toMatchObject({ localDate: "2024-09-06", outcome: "sent" });
    expect(slack.posts[0].reply.text).toContain("day 4 of 4");
    at("2024-09-08T04:00:00Z");
    expect((await schedulers[0].tick())[0]).toMatchObject({ localDate: "2024-09-07", outcome: "nothing" });
    expect(slack.posts).toHaveLength(1);
  });
});

describe("digest scheduler failures", () => {
  it("marks a conversation that removed the bot unreachable and stops posting there", async () => {
    at("2024-09-02T07:00:00Z");
    const store = await openStore();
    await subscribe(store, "wg-prevention at 8:00");
    const slack = recordingPoster();
    slack.failWith = [new PostError("unreachable", "channel_not_found")];
    const s = scheduler(store, [slack]);
    expect((await s.tick())[0]).toMatchObject({ outcome: "unreachable" });
    expect(await store.isUnreachable("slack", "C0PREV")).toBe(true);
    at("2024-09-03T07:00:00Z");
    expect(await s.tick()).toEqual([]);
    expect(slack.posts).toHaveLength(0);
  });

  it("retries a rate-limited post on a later tick the same day and posts it exactly once", async () => {
    at("2024-09-02T07:00:00Z");
    const store = await openStore();
    await subscribe(store, "wg-prevention at 8:00");
    const slack = recordingPoster();
    slack.failWith = [new PostError("rate_limited", "ratelimited", { retryAfterMs: 30_000 }), new PostError("transient", "503")];
    const s = scheduler(store, [slack], { retryDelayMs: 60_000 });
    expect((await s.tick())[0]).toMatchObject({ outcome: "failed" });
    at("2024-09-02T07:00:10Z"); // before retry-after has passed
    expect(await s.tick()).toEqual([]);
    at("2024-09-02T07:00:31Z");
    expect((await s.tick())[0]).toMatchObject({ outcome: "failed" });
    at("2024-09-02T07:01:32Z");
    expect((await s.tick())[0]).toMatchObject({ outcome: "sent" });
    at("2024-09-02T08:00:00Z");
    expect(await s.tick()).toEqual([]);
    expect(slack.posts).toHaveLength(1);
    const [sub] = await store.listSubscriptions();
    expect(await store.digestEntry(sub.id, "2024-09-02")).toMatchObject({ status: "sent", attempts: 3 });
  });

  it("gives up for the day on an auth error, and after too many transient failures", async () => {
    at("2024-09-02T07:00:00Z");
    const store = await openStore();
    await subscribe(store, "wg-prevention at 8:00");
    await subscribe(store, "irg at 8:00", { platform: "slack", id: "C0IRG" });
    await subscribe(store, "wg-prevention at 8:00", { platform: "slack", id: "C0FLAKY" });
    const slack = recordingPoster();
    slack.failWith = [new PostError("auth", "invalid_auth"), new PostError("transient", "503"), new PostError("transient", "503")];
    const s = scheduler(store, [slack], { retryDelayMs: 0, maxAttempts: 2 });
    expect((await s.tick()).map((o) => o.outcome)).toEqual(["gave_up", "nothing", "failed"]);
    at("2024-09-02T07:10:00Z");
    expect((await s.tick()).map((o) => o.outcome)).toEqual(["gave_up"]);
    at("2024-09-02T07:20:00Z");
    expect(await s.tick()).toEqual([]);
    expect(slack.posts).toHaveLength(0);
  });

  it("leaves subscriptions of a platform without a poster alone", async () => {
    at("2024-09-02T07:00:00Z");
    const store = await openStore();
    await subscribe(store, "wg-prevention at 8:00", { platform: "teams", id: "19:abc@thread.tacv2" });
    const slack = recordingPoster("slack");
    expect(await scheduler(store, [slack]).tick()).toEqual([]);
    expect(await store.digestLog()).toEqual([]);
  });

  it("starts from an empty, working database when the file is corrupt, and reports it", async () => {
    await writeFile(file, "{ this is not json");
    at("2024-09-02T07:00:00Z");
    const logger = recordingLogger();
    const store = await openStore(logger);
    expect(store.recovered?.movedTo).toMatch(/db\.json\.corrupt-2024-09-02T07-00-00-000Z$/);
    // With no good copy to restore from, starting empty is reported as an error.
    expect(logger.events.some((e) => e.level === "error" && e.fields?.movedTo === store.recovered!.movedTo)).toBe(true);
    const slack = recordingPoster();
    const s = scheduler(store, [slack]);
    expect(await s.tick()).toEqual([]);
    await subscribe(store, "wg-prevention at 8:00");
    expect((await s.tick())[0]).toMatchObject({ outcome: "sent" });
  });
});

/** Polls a condition (bounded). */
async function waitFor(cond: () => boolean, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}
