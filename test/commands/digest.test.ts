import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { createDigestCommand, digestArgs } from "../../commands/digest.js";
import { createStore, type LowdbStore } from "../../src/store/index.js";
import { silentLogger } from "../../src/core/log.js";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import type { BodyCatalog } from "../../src/digest/bodies.js";
import { realIndex } from "../digest/fixtures/real-index.js";
import { tempDir } from "../store/fixtures/helpers.js";
import { runCommand, slackChannel } from "./fixtures/context.js";

let index: KnowledgeIndex;
let bodies: BodyCatalog;
let store: LowdbStore;
let cleanup: () => Promise<void>;
const now = new Date("2024-08-30T10:00:00Z");

beforeAll(async () => {
  ({ index, bodies } = await realIndex());
});
beforeEach(async () => {
  const t = await tempDir("digest-cmd-");
  cleanup = t.cleanup;
  store = await createStore({ file: join(t.dir, "db.json"), logger: silentLogger, now: () => now });
});
afterEach(async () => {
  await store.close();
  await cleanup();
});

const run = (args: string, opts: { lang?: "en" | "zh"; now?: Date; withStore?: boolean } = {}) =>
  runCommand(createDigestCommand({ bodies }), args, { index, store: opts.withStore === false ? undefined : store, now: opts.now ?? now, lang: opts.lang });

describe("/digest subscribe", () => {
  it("subscribes the channel with a time, a zone and days before, and says when the first digest comes, citing the meeting", async () => {
    const r = await run("subscribe wg-prevention at 8:30 Asia/Shanghai 5");
    expect(r.kind).toBe("confirmation");
    expect(r.ephemeral).toBeFalsy();
    expect(r.text).toContain("at 08:30 (Asia/Shanghai), from 5 days before");
    expect(r.text).toMatch(/Next: the 15th meeting of the Working Group on Prevention, 3–6 September 2024, Vienna \[1\]; first digest today, within a minute\./);
    expect(r.citations[0].quote).toContain("2024年9月3日至6日");
    const [sub] = await store.listSubscriptions();
    expect(sub).toMatchObject({ body: "wg-prevention", time: "08:30", timeZone: "Asia/Shanghai", daysBefore: 5, createdBy: "U42", lang: "en" });
    expect(sub.conversation).toEqual({ platform: "slack", id: slackChannel.id, team: "T01" });
  });

  it("defaults to 08:00 in the venue's zone (Vienna), 3 days before", async () => {
    const r = await run("subscribe prevention working group");
    expect(r.kind).toBe("confirmation");
    expect(await store.listSubscriptions()).toMatchObject([{ time: "08:00", timeZone: "Europe/Vienna", daysBefore: 3 }]);
    expect(r.text).toContain("first digest Saturday 31 August 2024 at 08:00");
  });

  it("understands a Chinese request with a natural time and answers in Chinese", async () => {
    const r = await run("订阅 预防腐败问题工作组 每天早上8点 Asia/Shanghai 提前3天", { lang: "zh" });
    expect(r.kind).toBe("confirmation");
    expect(r.text).toContain("本频道已订阅预防腐败问题工作组每日简报：每天 08:00（Asia/Shanghai）");
    expect(r.text).toContain("下一次：预防腐败问题工作组第十五次会议，2024年9月3日至6日，维也纳 [1]");
    expect(await store.listSubscriptions()).toMatchObject([{ time: "08:00", timeZone: "Asia/Shanghai", daysBefore: 3, lang: "zh" }]);
  });

  it("changes the time of the channel's only subscription without naming the body again", async () => {
    await run("subscribe wg-prevention at 8:30");
    const r = await run("subscribe at 7pm");
    expect(r.text).toContain("now gets the daily digest");
    expect(await store.listSubscriptions()).toMatchObject([{ body: "wg-prevention", time: "19:00" }]);
  });

  it("asks which body when the channel follows none, listing the bodies", async () => {
    const r = await run("subscribe at 8:30");
    expect(r).toMatchObject({ kind: "error", ephemeral: true, code: "bad_argument" });
    expect(r.text).toContain("Which body");
    expect(r.text).toContain("• wg-prevention: Working Group on Prevention (WG.4)");
    expect(r.text).toContain("• irg: Implementation Review Group");
    expect(r.text).toContain("/digest subscribe wg-prevention at 8:30");
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it("refuses an unknown body, and lists the candidates of an ambiguous one", async () => {
    const unknown = await run("subscribe tea committee at 8:30");
    expect(unknown).toMatchObject({ kind: "error", code: "bad_argument" });
    expect(unknown.text).toContain('Unknown body "tea committee"');
    const ambiguous = await run("subscribe working group at 8:30");
    expect(ambiguous.text).toContain('"working group" could mean several bodies');
    expect(ambiguous.text).toContain("wg-prevention");
    expect(ambiguous.text).toContain("wg-asset-recovery");
  });

  it.each([
    ["subscribe wg-prevention at 25:99", /Could not read the time[\s\S]*at 8:30/],
    ["subscribe wg-prevention at 8:30 Mars/Olympus", /Unknown time zone "Mars\/Olympus"[\s\S]*Europe\/Vienna/],
    ["subscribe wg-prevention at 8:30 Europe/Vienna 45", /Days before must be between 0 and 30 \(got 45\)/],
    ["frobnicate", /Unknown digest action "frobnicate"/],
  ])("rejects %j with a clear, ephemeral error and an example", async (args, message) => {
    const r = await run(args);
    expect(r).toMatchObject({ kind: "error", ephemeral: true, code: "bad_argument" });
    expect(r.text).toMatch(message);
    expect(r.text).toContain("/digest subscribe");
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it("gives argument errors in Chinese to a Chinese asker", async () => {
    const r = await run("订阅 预防腐败问题工作组 每天 Mars/Olympus", { lang: "zh" });
    expect(r.text).toContain("未知的时区“Mars/Olympus”");
  });

  it("explains that subscriptions need a database when none is configured", async () => {
    const r = await run("subscribe wg-prevention", { withStore: false });
    expect(r).toMatchObject({ kind: "error", code: "unavailable" });
  });

  it("parses its argument text through the zod schema", () => {
    expect(digestArgs.parse("subscribe irg at 9pm 2 days before")).toEqual({ action: "subscribe", bodyText: "irg", time: "21:00", daysBefore: 2, timeZone: undefined });
    const bad = digestArgs.safeParse("subscribe irg Mars/Olympus");
    expect(bad.success).toBe(false);
  });
});

describe("/digest unsubscribe and status", () => {
  it("unsubscribes one body, then all, and says when there was nothing to remove", async () => {
    await run("subscribe wg-prevention at 8:30");
    await run("subscribe irg at 9:00");
    expect((await run("unsubscribe irg")).text).toBe("Unsubscribed this channel from the Implementation Review Group digest.");
    expect((await store.listSubscriptions()).map((s) => s.body)).toEqual(["wg-prevention"]);
    expect((await run("unsubscribe irg")).text).toBe("This channel was not subscribed to the Implementation Review Group digest.");
    expect((await run("unsubscribe")).text).toBe("Unsubscribed this channel from 1 digest.");
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it("shows the channel's subscriptions and their next digest, only to the asker", async () => {
    expect((await run("status")).text).toContain("This channel follows no digest yet");
    await run("subscribe wg-prevention at 8:30 America/New_York 2");
    const r = await run("status");
    expect(r.ephemeral).toBe(true);
    expect(r.text).toContain("• Working Group on Prevention: daily at 08:30 (America/New_York), from 2 days before");
    expect(r.text).toContain("first digest Sunday 1 September 2024 at 08:30");
    expect(r.citations).toHaveLength(1);
  });

  it("shows the status in Chinese", async () => {
    await run("订阅 wg-prevention 每天早上8点", { lang: "zh" });
    const r = await run("状态", { lang: "zh" });
    expect(r.text).toContain("**本频道的简报订阅**");
    expect(r.text).toContain("• 预防腐败问题工作组：每天 08:00（Europe/Vienna），开幕前 3 天起");
  });
});

describe("/digest preview", () => {
  it("previews the digest of a given date for the channel's subscription, only to the asker", async () => {
    await run("subscribe wg-prevention at 8:30");
    const r = await run("preview 2024-09-02");
    expect(r).toMatchObject({ kind: "digest", ephemeral: true });
    expect(r.text).toContain("opens tomorrow, Tuesday 3 September 2024");
    expect(r.text).toContain("CAC/COSP/WG.4/2024/3");
  });

  it("previews a named body on a relative or written-out date without any subscription", async () => {
    const tomorrow = await run("preview wg-prevention tomorrow", { now: new Date("2024-09-04T10:00:00Z") });
    expect(tomorrow.text).toContain("day 3 of 4");
    const written = await run("preview wg-prevention 6 September 2024");
    expect(written.text).toContain("day 4 of 4");
    const zh = await run("预览 预防腐败问题工作组 明天", { lang: "zh", now: new Date("2024-09-02T10:00:00Z") });
    expect(zh.text).toContain("今天开幕：第1天，共4天");
  });

  it("says why nothing would be posted on a quiet day and names the next meeting", async () => {
    const r = await run("preview wg-prevention 2024-08-01");
    expect(r.kind).toBe("answer");
    expect(r.text).toContain("No Working Group on Prevention digest would be posted on Thursday 1 August 2024: no meeting within 3 days.");
    expect(r.text).toMatch(/The next meeting: the 15th meeting of the Working Group on Prevention, 3–6 September 2024 \[1\]/);
  });

  it("rejects an impossible date", async () => {
    const r = await run("preview wg-prevention 2024-02-30");
    expect(r).toMatchObject({ kind: "error", code: "bad_argument" });
    expect(r.text).toContain('"2024-02-30" is not a date');
  });

  it("combines the previews of every body the channel follows, renumbering citations", async () => {
    await run("subscribe wg-prevention at 8:30");
    await run("subscribe irg at 8:30");
    const r = await run("preview 2024-09-02");
    const markers = [...r.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(Math.max(...markers)).toBe(r.citations.length);
    expect(r.text).toContain("Working Group on Prevention: daily digest");
  });
});
