import { describe, expect, it } from "vitest";
import { buildSupport, chineseNumeralValue, extractClaims, unsupportedClaims } from "../../src/wording/llm-claims.js";

const OPENING = "预防腐败问题不限成员名额政府间工作组第十五次会议将于 2024 年 9 月 3 日星期二下午 3 时在维也纳国际中心 M 楼 B/M1 会议厅开幕。";

describe("extractClaims", () => {
  it.each([
    ["2024年9月3日", "2024-09-03"],
    ["2024 年 9 月 3 日", "2024-09-03"],
    ["２０２４年９月３日", "2024-09-03"],
    ["3 September 2024", "2024-09-03"],
    ["September 3, 2024", "2024-09-03"],
    ["3 Sept. 2024", "2024-09-03"],
    ["2024-09-03", "2024-09-03"],
  ])("reads the date in %s as %s", (text, iso) => {
    expect(extractClaims(`The meeting opens on ${text}.`).dates).toEqual([iso]);
  });

  it("reads both ends of a date range in Chinese and English", () => {
    expect(extractClaims("2019年9月4日至6日").dates.sort()).toEqual(["2019-09-04", "2019-09-06"]);
    expect(extractClaims("from 4 to 6 September 2019").dates.sort()).toEqual(["2019-09-04", "2019-09-06"]);
    expect(extractClaims("September 4-6, 2019").dates.sort()).toEqual(["2019-09-04", "2019-09-06"]);
  });

  it("keeps a date without a year as month and day only", () => {
    const c = extractClaims("It continues on 4 September.");
    expect(c.dates).toEqual([]);
    expect(c.monthDays).toEqual(["09-04"]);
  });

  it("does not read the modal verb may as a month", () => {
    expect(extractClaims("Item 3 may be taken up later.").monthDays).toEqual([]);
  });

  it("reads English and Chinese clock times on a 24-hour clock", () => {
    expect(extractClaims("at 3 p.m.").times).toEqual(["15:00"]);
    expect(extractClaims("at 15:00").times).toEqual(["15:00"]);
    expect(extractClaims("下午 3 时至 6 时").times.sort()).toEqual(["15:00", "18:00"]);
    expect(extractClaims("上午 10 时—下午 1 时").times.sort()).toEqual(["10:00", "13:00"]);
    expect(extractClaims("from 10 a.m. to 1 p.m.").times.sort()).toEqual(["10:00", "13:00"]);
  });

  it("reads resolution numbers and document symbols without counting their digits as numbers", () => {
    const c = extractClaims("Resolution 10/3 is described in CAC/COSP/WG.4/2024/2.");
    expect(c.resolutions).toEqual(["10/3"]);
    expect(c.symbols).toEqual(["CAC/COSP/WG.4/2024/2"]);
    expect(c.numbers).toEqual([]);
  });

  it("reads plain numbers as digit strings", () => {
    expect(extractClaims("730 entries, 50% of them, from 35 States and 1,200 experts; the 15th meeting").numbers.sort()).toEqual(
      ["1200", "15", "35", "50", "730"].sort(),
    );
  });

  it("ignores citation markers the model may have written", () => {
    expect(extractClaims("Opens soon [1] [P2] 【3】.").numbers).toEqual([]);
  });

  it("collects quoted spans", () => {
    expect(extractClaims("It is called “《马拉喀什预防腐败宣言》的后续行动”.").quotes).toContain("《马拉喀什预防腐败宣言》的后续行动");
  });
});

describe("chineseNumeralValue", () => {
  it.each([
    ["十五", 15],
    ["二十", 20],
    ["七百三十", 730],
    ["三十五", 35],
    ["二〇二四", 2024],
    ["一万二千", 12000],
  ])("reads %s as %d", (s, n) => {
    expect(chineseNumeralValue(s)).toBe(n);
  });
});

describe("unsupportedClaims", () => {
  const support = buildSupport([OPENING, "CAC/COSP/WG.4/2024/1", "1(a)"]);

  it("accepts an English sentence whose date, time and ordinal the Chinese passage states", () => {
    const c = extractClaims("The 15th meeting opens on Tuesday, 3 September 2024, at 3 p.m. in room B/M1.");
    expect(unsupportedClaims(c, support)).toEqual([]);
  });

  it("accepts the date written as September 3, 2024 or 2024-09-03", () => {
    expect(unsupportedClaims(extractClaims("It opens September 3, 2024 (2024-09-03)."), support)).toEqual([]);
  });

  it("names a date that the passage does not give", () => {
    expect(unsupportedClaims(extractClaims("It opens on 4 September 2024."), support)).toEqual(["date 2024-09-04"]);
  });

  it("names a time, a number, a resolution, a symbol and a quote that the passage does not give", () => {
    const missing = unsupportedClaims(
      extractClaims("At 10 a.m., 730 delegates discussed resolution 9/1 and CAC/COSP/2023/19, calling it “全面胜利”."),
      support,
    );
    expect(missing).toEqual(expect.arrayContaining(["time 10:00", "number 730", "resolution 9/1", "symbol CAC/COSP/2023/19", "quote 全面胜利"]));
  });

  it("does not take a symbol for a longer one that starts the same way", () => {
    const s = buildSupport(["见 CAC/COSP/WG.4/2024/10。"]);
    expect(unsupportedClaims(extractClaims("See CAC/COSP/WG.4/2024/1."), s)).toEqual(["symbol CAC/COSP/WG.4/2024/1"]);
  });

  it("matches full-width digits and spaced-out resolution numbers", () => {
    const s = buildSupport(["缔约国会议第 １０/３ 号决议；共有百分之五十。"]);
    expect(unsupportedClaims(extractClaims("Resolution 10/3 covers 50% of them."), s)).toEqual([]);
  });
});
