import { describe, expect, it } from "vitest";
import { composeDigest, findDigestMeeting } from "../../src/digest/compose.js";
import { bodyCatalogOf } from "../../src/digest/bodies.js";
import { createFakeIndex } from "./fixtures/fake-index.js";

const index = createFakeIndex();
const bodies = bodyCatalogOf(index);
const digest = (date: string, extra: { lang?: "en" | "zh"; daysBefore?: number; timeZone?: string; body?: string } = {}) =>
  composeDigest({ index, bodies, body: extra.body ?? "wg-prevention", date, lang: extra.lang ?? "en", daysBefore: extra.daysBefore, timeZone: extra.timeZone });

/** Every [n] marker in the text points at an existing citation, and every citation is used. */
function expectMarkersConsistent(reply: NonNullable<ReturnType<typeof digest>>) {
  const used = new Set([...reply.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
  expect([...used].every((n) => n >= 1 && n <= reply.citations.length)).toBe(true);
  expect(used.size).toBe(reply.citations.length);
}

describe("digest composition", () => {
  it("counts down to the opening and shows the opening slot, its documents and its mandate the day before", () => {
    const r = digest("2024-09-02")!;
    expect(r.kind).toBe("digest");
    expect(r.text).toContain("opens tomorrow, Tuesday 3 September 2024");
    expect(r.text).toContain("3–6 September 2024, Vienna");
    expect(r.text).toMatch(/Opening: Tuesday 3 September 2024 at 15:00 \(Vienna time\), 维也纳国际中心 M 楼 B\/M1 会议厅/);
    expect(r.text).toMatch(/Tomorrow, Tuesday 3 September 2024[\s\S]*15:00–18:00: item 1 组织事项; item 1\(a\) 会议开幕/);
    expect(r.text).toMatch(/Documents to read\*\*\n• CAC\/COSP\/WG\.4\/2024\/3 \(item 2\(a\)\(一\)\)/);
    expect(r.text).toMatch(/Resolution 10\/9, “提升公共采购的透明度和廉正/);
    expectMarkersConsistent(r);
  });

  it("cites the annex row for a slot, the documents list for a document and the annotation for a mandate", () => {
    const r = digest("2024-09-02")!;
    const citeOf = (needle: string) => {
      const line = r.text.split("\n").find((l) => l.includes(needle))!;
      return r.citations[Number(line.match(/\[(\d+)\]\s*$/)![1]) - 1];
    };
    expect(citeOf("15:00–18:00").paragraph).toBe("annex, row 2024-09-03 15:00");
    expect(citeOf("CAC/COSP/WG.4/2024/3").quote).toContain("CAC/COSP/WG.4/2024/3");
    expect(citeOf("Resolution 10/9").quote).toContain("第10/9号决议");
    expect(citeOf("Opening:").quote).toContain("下午 3 时");
  });

  it("counts the days of the meeting while it runs, and calls the last day the last", () => {
    expect(digest("2024-09-03")!.text).toContain("opens today: day 1 of 4");
    expect(digest("2024-09-04")!.text).toContain("day 2 of 4");
    expect(digest("2024-09-05")!.text).toContain("day 3 of 4");
    expect(digest("2024-09-06")!.text).toContain("day 4 of 4, the last day");
  });

  it("shows today's and tomorrow's slots during the meeting, and only today's on the last day", () => {
    const r = digest("2024-09-05")!;
    expect(r.text).toMatch(/Today, Thursday 5 September 2024\*\*\n• 10:00–13:00: item 2\(a\)\(四\)[^\n]*\n• 15:00–18:00: item 2\(a\)\(五\)/);
    expect(r.text).toMatch(/Tomorrow, Friday 6 September 2024\*\*\n• 10:00–13:00: item 2\(b\)[^\n]*item 3 [^\n]*\n• 15:00–18:00: item 4 通过报告/);
    expect(r.text).toContain("CAC/COSP/WG.4/2024/2 (item 2(a)(五))");
    expect(r.text).toContain("Resolution 10/4");
    const last = digest("2024-09-06")!;
    expect(last.text).not.toContain("Tomorrow");
    expect(last.text).not.toContain("Opening:");
  });

  it("shows the opening day's programme earlier in the window, when today and tomorrow have none", () => {
    const r = digest("2024-08-31")!;
    expect(r.text).toContain("opens in 3 days");
    expect(r.text).toContain("Opening day, Tuesday 3 September 2024");
  });

  it("returns null outside the window: before it opens and after the meeting closed", () => {
    expect(digest("2024-08-30")).toBeNull();
    expect(digest("2024-09-07")).toBeNull();
    expect(digest("2024-08-20", { daysBefore: 14 })).not.toBeNull();
    expect(digest("2024-09-02", { daysBefore: 0 })).toBeNull();
  });

  it("returns null for a body with no meeting ahead", () => {
    expect(digest("2024-09-02", { body: "irg" })).toBeNull();
  });

  it("never picks a meeting known only by its month", () => {
    expect(findDigestMeeting(index, "wg-prevention", "2022-06-10", 30)).toBeUndefined();
  });

  it("writes the digest in Chinese, quoting the Chinese source as it is", () => {
    const r = digest("2024-09-02", { lang: "zh" })!;
    expect(r.lang).toBe("zh");
    expect(r.text).toContain("将于明天，即2024年9月3日（星期二）开幕");
    expect(r.text).toContain("**需阅读的文件**");
    expect(r.text).toContain("第10/9号决议“提升公共采购的透明度和廉正以支持《2023年可持续发展议程》”");
    expect(r.text).toContain("15:00–18:00：项目1 组织事项；项目1(a) 会议开幕");
    expectMarkersConsistent(r);
  });

  it("gives slot times in the recipient's zone too when it differs from the venue's", () => {
    expect(digest("2024-09-02", { timeZone: "Asia/Shanghai" })!.text).toContain("15:00–18:00 (Vienna time; 21:00–00:00 Asia/Shanghai)");
    expect(digest("2024-09-02", { timeZone: "Pacific/Auckland" })!.text).toContain("(Vienna time; 01:00–04:00 next day Pacific/Auckland)");
    expect(digest("2024-09-05", { timeZone: "America/Los_Angeles" })!.text).toContain("10:00–13:00 (Vienna time; 01:00–04:00 America/Los_Angeles)");
    // Same offset as Vienna: nothing to convert.
    expect(digest("2024-09-02", { timeZone: "Europe/Berlin" })!.text).toContain("• 15:00–18:00: item 1");
  });
});
