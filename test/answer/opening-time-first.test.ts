/**
 * "What time does it open on day 1": a meeting's fact asked in its own words (what time, where,
 * who chaired) is answered as that fact, though the question also fits the first day's agenda.
 * Paraphrases not used to write the rule; a named item still goes to the agenda.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";

const ask = useTestAssistant();

describe("the opening time asked with the first day", () => {
  it.each([
    ["what time does the 15th meeting of the prevention WG open on its first day?", /opens on Tuesday 3 September 2024 at 3 p\.m\./],
    ["At what time on the first day does the fifteenth meeting of the Working Group on Prevention start?", /opens on Tuesday 3 September 2024 at 3 p\.m\./],
    ["prevention working group, 15th meeting: opening time on day one?", /opens on Tuesday 3 September 2024 at 3 p\.m\./],
    ["预防工作组第十五次会议第一天几点开幕？", /开幕：2024年9月3日（星期二）下午3时/],
    ["第十五次会议第一天几点开始？", /开幕：2024年9月3日（星期二）下午3时/],
    ["工作组第十五次会议首日什么时间开会？", /开幕：2024年9月3日（星期二）下午3时/],
  ])("%s states the opening time", async (question, opening) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(opening);
  });

  it.each([
    ["第十五次会议议程项目2(a)(三)安排在哪天什么时间？", /2024年9月\d+日/],
    ["at the 15th meeting, on which day and at what time is item 2(a)(iii) taken up?", /September 2024/],
  ])("%s: an item named by number is still the agenda's", async (question, day) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(day);
    expect(reply.text).toMatch(/2\(a\)\((?:三|iii)\)/);
  });
});

describe("a meeting's time of day asked", () => {
  it.each(["工作组第十五次会议几点开会？", "第十五次会议的开会时间是几点", "首日什么时间开会"])("by words that ask it: %s", (q) => {
    expect(read(q).asks.has("time")).toBe(true);
  });
  it.each(["各国每次开会前要做什么？", "工作组建议以后开会前各国交流哪些经验", "开会以后谁起草报告"])("not by 'before (or after) meeting': %s", (q) => {
    expect(read(q).asks.has("time")).toBe(false);
  });
});
