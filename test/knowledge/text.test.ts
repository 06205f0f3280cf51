import { describe, expect, it } from "vitest";
import {
  findDates,
  formatDate,
  formatDateRange,
  formatTime,
  joinBroken,
  parseChineseNumber,
  parseTimeRange,
  squash,
  toChineseNumber,
  toHalfWidth,
} from "../../src/knowledge/text.js";
import { itemKey } from "../../src/knowledge/extract/item-key.js";
import { parseOrdinalLine } from "../../src/knowledge/parse/header.js";
import { parseEnglishOrdinal as englishOrdinal } from "../../src/knowledge/lang/ordinal.js";

describe("Chinese numerals", () => {
  it.each([
    ["一", 1],
    ["十", 10],
    ["十五", 15],
    ["二十", 20],
    ["二十一", 21],
    ["一百零二", 102],
    ["15", 15],
    ["１５", 15],
  ])("reads %s as %i", (text, n) => {
    expect(parseChineseNumber(text)).toBe(n);
  });

  it.each(["", "届", "十五届", "abc"])("returns undefined for %j, which is not a numeral", (text) => {
    expect(parseChineseNumber(text)).toBeUndefined();
  });

  it.each([
    [1, "一"],
    [10, "十"],
    [15, "十五"],
    [20, "二十"],
    [36, "三十六"],
  ])("writes %i as %s", (n, text) => {
    expect(toChineseNumber(n)).toBe(text);
    expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
  });

  it("turns full-width digits and the ideographic space into ASCII", () => {
    expect(toHalfWidth("第１０次　会议（Ａ）")).toBe("第10次 会议(A)");
  });
});

describe("ordinals in header lines", () => {
  it.each([
    ["第十五次会议", 15, "meeting"],
    ["第十届会议", 10, "session"],
    ["第 10 次会议", 10, "meeting"],
    ["Sixteenth meeting", 16, "meeting"],
    ["Tenth session", 10, "session"],
    ["15th meeting", 15, "meeting"],
  ])("reads %j as ordinal %i (%s)", (line, ordinal, kind) => {
    expect(parseOrdinalLine(line)).toEqual({ ordinal, kind });
  });

  it.each([
    ["twenty-first", 21],
    ["eleventh", 11],
    ["3rd", 3],
  ])("reads the English ordinal %j as %i", (word, n) => {
    expect(englishOrdinal(word)).toBe(n);
  });
});

describe("agenda item keys", () => {
  it.each([
    ["2(a)(五)", "2(a)(v)"],
    ["2 (a) (v)", "2(a)(v)"],
    ["2(a)(5)", "2(a)(v)"],
    ["2.a.v", "2(a)(v)"],
    ["2（a）（一）", "2(a)(i)"],
    ["1(b)", "1(b)"],
    ["3", "3"],
    // A General Assembly agenda runs past item 100.
    ["140", "140"],
    ["101(a)", "101(a)"],
    ["99(b)", "99(b)"],
  ])("normalises %j to %j", (raw, key) => {
    expect(itemKey(raw)).toBe(key);
  });
});

describe("findDates", () => {
  const only = (text: string) => {
    const found = findDates(text);
    expect(found).toHaveLength(1);
    return found[0];
  };

  it("reads a day range within one month with spaces around the numbers", () => {
    expect(only("2019 年 9 月 4 日至 6 日，维也纳")).toMatchObject({ start: "2019-09-04", end: "2019-09-06" });
  });

  it("reads a range that crosses a month", () => {
    expect(only("2023 年 8 月 31 日至 9 月 1 日在维也纳举行")).toMatchObject({ start: "2023-08-31", end: "2023-09-01" });
  });

  it("reads two days joined by 和", () => {
    expect(only("2020年6月9日和10日，维也纳")).toMatchObject({ start: "2020-06-09", end: "2020-06-10" });
  });

  it("reads a month without a day as month precision", () => {
    const d = only("为 2022 年 6 月举行的工作组第十三次会议编写");
    expect(d.month).toBe("2022-06");
    expect(d.end).toBeUndefined();
  });

  it("reads a single date with its weekday", () => {
    expect(only("将于 2024 年 9 月 3 日星期二下午 3 时开幕")).toMatchObject({ start: "2024-09-03", end: undefined });
  });

  it("reads English dates and day ranges", () => {
    expect(only("Vienna, 2–4 June 2025")).toMatchObject({ start: "2025-06-02", end: "2025-06-04" });
    expect(only("a note verbale of 14 November 2024")).toMatchObject({ start: "2024-11-14", end: undefined });
  });

  it("reads dates written month first, as some drafts write them", () => {
    expect(only("provide written monthly reports, through July 1, 2024, to the Security Council")).toMatchObject({ start: "2024-07-01", end: undefined });
    expect(only("held in New York on December 4-6, 2023")).toMatchObject({ start: "2023-12-04", end: "2023-12-06" });
    expect(only("from   March  15th,  2021 onwards")).toMatchObject({ start: "2021-03-15" });
    // A number after a word that is no month is no date.
    expect(findDates("under Article 19, 2024 and item 5, 2023")).toEqual([]);
  });

  it("reports where each date stands in the text, in order", () => {
    const text = "在 2018 年 9 月 5 日至 7 日和 2019 年 9 月 4 日至 6 日在维也纳举行的会议";
    const found = findDates(text);
    expect(found.map((d) => [d.start, d.end])).toEqual([
      ["2018-09-05", "2018-09-07"],
      ["2019-09-04", "2019-09-06"],
    ]);
    for (const d of found) expect(text.slice(d.index, d.index + d.length)).toBe(d.raw);
  });

  it("gives days written before another date of the same year that year", () => {
    const dates = (text: string) => findDates(text).map((d) => [d.start, d.end]);
    expect(dates("to be held in Los Angeles from 14 to 30 July and from 15 to 27 August 2028, respectively")).toEqual([
      ["2028-07-14", "2028-07-30"],
      ["2028-08-15", "2028-08-27"],
    ]);
    expect(dates("in Brisbane, from 23 July to 8 August and from 24 August to 5 September 2032")).toEqual([
      ["2032-07-23", "2032-08-08"],
      ["2032-08-24", "2032-09-05"],
    ]);
    expect(dates("on 3 May and on 9 June 2026")).toEqual([
      ["2026-05-03", undefined],
      ["2026-06-09", undefined],
    ]);
    // Days and a year with no month between them are not a date.
    expect(dates("items 3 and 4 of 2026")).toEqual([]);
  });

  it("finds no date in text that has none", () => {
    expect(findDates("工作组第十五次会议的报告")).toEqual([]);
  });
});

describe("parseTimeRange", () => {
  it.each([
    ["下午 3 时至 6 时", { start: "15:00", end: "18:00" }],
    ["上午 10 时—下午 1 时", { start: "10:00", end: "13:00" }],
    ["上午 10 时至 12 时", { start: "10:00", end: "12:00" }],
    ["下午3时", { start: "15:00" }],
    ["3 p.m.–6 p.m.", { start: "15:00", end: "18:00" }],
    ["10 a.m. to 1 p.m.", { start: "10:00", end: "13:00" }],
    ["10.30 a.m.", { start: "10:30" }],
  ])("reads %j", (text, range) => {
    expect(parseTimeRange(text)).toEqual(range);
  });

  it("returns undefined for text without a time", () => {
    expect(parseTimeRange("组织事项")).toBeUndefined();
  });
});

describe("joinBroken", () => {
  it("joins Chinese pieces without a space", () => {
    expect(joinBroken("在加强廉正、透明度、问责制和法治方面，毒品", "和犯罪问题办公室支持了")).toBe("在加强廉正、透明度、问责制和法治方面，毒品和犯罪问题办公室支持了");
  });

  it("joins a Chinese piece and a number without a space", () => {
    expect(joinBroken("协助", "10 个缔约国")).toBe("协助10 个缔约国");
  });

  it("joins English words with one space", () => {
    expect(joinBroken("to continue to serve as an international  ", "  observatory, collecting")).toBe("to continue to serve as an international observatory, collecting");
  });

  it("rejoins a word hyphenated at the line end", () => {
    expect(joinBroken("use risk scores to choose the in-", "depth checks")).toBe("use risk scores to choose the in-depth checks");
  });

  it("returns the other piece when one is empty", () => {
    expect(joinBroken("", "会议")).toBe("会议");
    expect(joinBroken("会议", "   ")).toBe("会议");
  });
});

describe("squash", () => {
  it("ignores whitespace, case, full-width forms, tags and link targets", () => {
    expect(squash("见 [CAC/COSP/2019/2](#)。<sup>1</sup>")).toBe("见[cac/cosp/2019/2]。1");
    expect(squash("Ｃａｃ / cosp")).toBe("cac/cosp");
  });
});

describe("formatting", () => {
  it("formats dates and ranges in both languages", () => {
    expect(formatDate("2024-09-03", "en")).toBe("3 September 2024");
    expect(formatDate("2024-09-03", "zh")).toBe("2024年9月3日");
    expect(formatDateRange("2024-09-03", "2024-09-06", "en")).toBe("3–6 September 2024");
    expect(formatDateRange("2023-08-31", "2023-09-01", "zh")).toBe("2023年8月31日至9月1日");
  });

  it("formats clock times in both languages", () => {
    expect(formatTime("15:00", "en")).toBe("3 p.m.");
    expect(formatTime("10:00", "zh")).toBe("上午10时");
  });
});
