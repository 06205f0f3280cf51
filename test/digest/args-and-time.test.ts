import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { parseDigestArgs } from "../../src/digest/args.js";
import { createBodyCatalog } from "../../src/digest/bodies.js";
import { addDays, canonicalTimeZone, daysBetween, isIsoDate, localParts, zonedInstant } from "../../src/core/time.js";
import { ordinalEn } from "../../src/answer/compose.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { formatDateRange, toChineseNumber } from "../../src/knowledge/text.js";

const ok = (text: string) => {
  const r = parseDigestArgs(text);
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
};

describe("digest arguments", () => {
  it.each([
    ["subscribe wg-prevention at 8:30 Asia/Shanghai 5", { bodyText: "wg-prevention", time: "08:30", timeZone: "Asia/Shanghai", daysBefore: 5 }],
    ["subscribe prevention working group 8:30am", { bodyText: "prevention working group", time: "08:30" }],
    ["subscribe irg at 7pm tz america/new_york 10 days before", { bodyText: "irg", time: "19:00", timeZone: "America/New_York", daysBefore: 10 }],
    ["订阅 预防工作组 每天早上8点 Asia/Shanghai 提前5天", { bodyText: "预防工作组", time: "08:00", timeZone: "Asia/Shanghai", daysBefore: 5 }],
    ["订阅预防腐败问题工作组每天早上8点半", { bodyText: "预防腐败问题工作组", time: "08:30" }],
    ["subscribe WG.4 晚上9点", { bodyText: "WG.4", time: "21:00" }],
    ["subscribe wg 4", { bodyText: "wg 4" }],
    ["subscribe at 8", { bodyText: "", time: "08:00" }],
  ])("reads %j", (text, expected) => {
    expect(ok(text)).toMatchObject({ action: "subscribe", ...expected });
  });

  it("reads the other actions, in English and Chinese", () => {
    expect(ok("")).toEqual({ action: "status" });
    expect(ok("状态")).toEqual({ action: "status" });
    expect(ok("unsubscribe irg")).toEqual({ action: "unsubscribe", bodyText: "irg" });
    expect(ok("取消订阅")).toEqual({ action: "unsubscribe", bodyText: "" });
    expect(ok("preview wg-prevention 2024-09-02")).toEqual({ action: "preview", bodyText: "wg-prevention", date: "2024-09-02" });
    expect(ok("预览 明天")).toEqual({ action: "preview", bodyText: "", dateText: "明天" });
  });

  it("explains each mistake in both languages with an example", () => {
    for (const text of ["subscribe irg at 25:99", "subscribe irg Mars/Olympus", "subscribe irg at 8:30 31", "launch"]) {
      const r = parseDigestArgs(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) {
        expect(r.error.en).toMatch(/for example: \/digest/);
        expect(r.error.zh).toMatch(/例如：\/digest/);
      }
    }
  });
});

describe("body catalog", () => {
  const bodies = createBodyCatalog(loadGlossary(fileURLToPath(new URL("../../data/terms", import.meta.url))));
  it("resolves ids, abbreviations, names and aliases in either language", () => {
    for (const q of ["wg-prevention", "WG.4", "prevention working group", "预防腐败问题不限成员名额政府间工作组", "预防腐败问题工作组"]) expect(bodies.resolve(q)?.id, q).toBe("wg-prevention");
    expect(bodies.resolve("IRG")?.id).toBe("irg");
  });
  it("resolves nothing for an ambiguous name, and offers the candidates", () => {
    expect(bodies.resolve("working group")).toBeUndefined();
    expect(bodies.candidates("working group").map((b) => b.id).sort()).toEqual(["g20-acwg", "oecd-wgb", "wg-asset-recovery", "wg-prevention"]);
  });
});

describe("time helpers", () => {
  it("finds local dates and times on either side of UTC", () => {
    const t = new Date("2024-09-02T20:00:00Z");
    expect(localParts("Pacific/Auckland", t)).toEqual({ date: "2024-09-03", time: "08:00" });
    expect(localParts("America/Los_Angeles", t)).toEqual({ date: "2024-09-02", time: "13:00" });
    expect(localParts("Europe/Vienna", t)).toEqual({ date: "2024-09-02", time: "22:00" });
  });
  it("turns a Vienna wall-clock time into the right instant in summer and in winter", () => {
    expect(zonedInstant("2024-09-03", "15:00", "Europe/Vienna").toISOString()).toBe("2024-09-03T13:00:00.000Z");
    expect(zonedInstant("2024-12-09", "10:00", "Europe/Vienna").toISOString()).toBe("2024-12-09T09:00:00.000Z");
    expect(zonedInstant("2024-03-31", "12:00", "Europe/Vienna").toISOString()).toBe("2024-03-31T10:00:00.000Z");
  });
  it("does calendar arithmetic and validates dates and zones", () => {
    expect(addDays("2024-08-31", 3)).toBe("2024-09-03");
    expect(daysBetween("2024-09-02", "2024-09-03")).toBe(1);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(canonicalTimeZone("asia/shanghai")).toBe("Asia/Shanghai");
    expect(canonicalTimeZone("Mars/Olympus")).toBeUndefined();
    expect(formatDateRange("2024-09-03", "2024-09-06", "zh")).toBe("2024年9月3日至6日");
    expect(formatDateRange("2024-09-30", "2024-10-02", "en")).toBe("30 September 2024 – 2 October 2024");
  });
  it("names ordinals in English and Chinese", () => {
    expect([1, 2, 3, 11, 12, 15, 21, 22].map(ordinalEn)).toEqual(["1st", "2nd", "3rd", "11th", "12th", "15th", "21st", "22nd"]);
    expect([10, 15, 20, 21, 105].map(toChineseNumber)).toEqual(["十", "十五", "二十", "二十一", "一百零五"]);
  });
});

describe("boundaries", () => {
  it("keeps digests, storage and their commands free of Slack, Teams and OpenAI packages", () => {
    const root = fileURLToPath(new URL("../../", import.meta.url));
    const files = [
      ...readdirSync(join(root, "src/digest")).map((f) => join(root, "src/digest", f)),
      ...readdirSync(join(root, "src/store")).map((f) => join(root, "src/store", f)),
      join(root, "commands/digest.ts"),
      join(root, "commands/meetings.ts"),
    ].filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(readFileSync(f, "utf8"), f).not.toMatch(/from ["'](@slack\/|@microsoft\/agents-|botbuilder|openai|.*adapters\/)/);
  });
});
