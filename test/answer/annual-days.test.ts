/**
 * "Which day is the International Day of …": a day written without its year ("6 April", "4月6日")
 * is a date for "when" questions, and stands in the answer's own words in the asker's language.
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { ownWords } from "./own-words.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { findDaysOfYear, formatDayOfYear } from "../../src/knowledge/index.js";

const ask = useTestAssistant(withRealDocuments);

describe("an annual day is answered with its day of the year", () => {
  it.each([
    ["On what day is the International Day of Sport for Development and Peace observed?", "6 April"],
    ["When is the international day of sport for development and peace?", "6 April"],
    ["体育促进发展与和平国际日是几月几号？", "4月6日"],
  ])("%s", async (question, day) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toContain(day);
  });
});

// Known limit: the segmenter cuts "和平日" as 和 + 平日 (weekdays), a word no passage holds.
it.fails("国际体育促进发展与和平日在哪一天？ (segmentation of 和平日)", async () => {
  const reply = await ask("国际体育促进发展与和平日在哪一天？");
  expect(ownWords(reply.text)).toContain("4月6日");
});

describe("reading days of the year written without a year", () => {
  it.each([
    ["the designation of 6 April as the Day", [4, 6]],
    ["observed each year on April 6", [4, 6]],
    ["每年4月6日为国际日", [4, 6]],
  ] as const)("%s", (text, [month, day]) => {
    expect(findDaysOfYear(text).map((d) => [d.month, d.day])).toEqual([[month, day]]);
  });

  it.each(["on 3 September 2024", "2024年9月3日", "in March 2020", "September 3, 2024"])("leaves a date with its year to findDates: %s", (text) => {
    expect(findDaysOfYear(text)).toEqual([]);
  });

  it("writes a day of the year in either language", () => {
    expect(formatDayOfYear({ month: 4, day: 6 }, "en")).toBe("6 April");
    expect(formatDayOfYear({ month: 4, day: 6 }, "zh")).toBe("4月6日");
  });
});
