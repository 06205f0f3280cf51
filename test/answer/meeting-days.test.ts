/**
 * A day of a meeting named by weekday, date or position ("on Wednesday", "4 sept", "its last day",
 * "周四", "最后一天") is that meeting's day, not this week's; "what time" on such a day is that
 * day's first slot; "what time" needs a clock time in the answer. Paraphrases not used to write
 * the rules, over the bundled documents (the 15th meeting runs Tuesday 3 – Friday 6 September 2024).
 */
import { describe, expect, it } from "vitest";
import { repoRoot, useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { understand } from "../../src/answer/understand.js";
import { loadGlossary } from "../../src/knowledge/index.js";
import { join } from "node:path";

const ask = useTestAssistant();
const g = loadGlossary(join(repoRoot, "data/terms"));
const read = (t: string) => understand(t, g, { now: new Date("2026-12-01T10:00:00Z"), timeZone: "Europe/Vienna" });

describe("a bare weekday is a day of the meeting; 'next Friday' is relative to today", () => {
  it.each([
    ["What is discussed on Thursday at the 15th meeting?", 4],
    ["at the fifteenth meeting, what's scheduled for fri?", 5],
    ["第十五次会议星期三讨论什么？", 3],
    ["第十五次会议礼拜四上午有什么安排？", 4],
  ])("%s", (t, weekday) => {
    const q = read(t);
    expect(q.weekday).toBe(weekday);
    expect(q.dates).toBeUndefined();
  });
  it.each(["Which meetings are next Friday?", "下周五有什么会议？", "What meets this Wednesday?"])("%s", (t) => {
    const q = read(t);
    expect(q.weekday).toBeUndefined();
    expect(q.dates?.precision).toBe("day");
  });
});

describe("the time a day of the meeting starts", () => {
  it.each([
    ["15th wg meeting: what time does it begin on Wednesday?", /10 a\.m\./, /4 September 2024/],
    ["At what time do sessions start on 5 Sept at the fifteenth meeting of the prevention working group?", /10 a\.m\./, /5 September 2024/],
    ["What time does the 15th meeting of the Working Group on Prevention start on its last day?", /10 a\.m\./, /6 September 2024/],
    ["第十五次会议星期三几点开始？", /上午10时/, /2024年9月4日/],
    ["预防工作组第十五次会议9月5日几点开会？", /上午10时/, /2024年9月5日/],
    ["第十五次会议最后一天几点开始？", /上午10时/, /2024年9月6日/],
  ])("%s", async (question, time, day) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(time);
    expect(reply.text).toMatch(day);
  });

  it.each(["What time does the tenth session of the Conference of the States Parties open?", "缔约国会议第十届会议几点开幕？", "At what hour does COSP10 start?"])(
    "a meeting whose documents give no time of day is not answered with its dates: %s",
    async (question) => {
      const reply = await ask(question);
      expect(reply.answered, reply.text).toBe(false);
    },
  );
});

describe("the meeting a question names has its own documents searched, its names their context", () => {
  const askReal = useTestAssistant(withRealDocuments);
  it.each([
    ["有组织犯罪公约缔约方会议第四届会议的开幕式在哪天几点？", /上午10时/],
    ["联合国打击跨国有组织犯罪公约缔约方会议第四届会议：开幕式哪天几点举行？", /上午10时/],
    ["有组织犯罪公约缔约方会议第四届会议开幕式几点开始？", /上午(?:10|9)时/],
  ])("%s", async (question, time) => {
    const reply = await askReal(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(time);
    expect(reply.text).toContain("CTOC/COP/2008/INF/1");
  });
});

describe("what the meeting discusses or has scheduled on a day is answered with that day's slots", () => {
  it.each([
    ["What will the 15th meeting discuss on 5 September?", ["2(a)(iv)", "2(a)(v)"]],
    ["Which items does the fifteenth meeting take up on Wednesday morning?", ["2(a)(ii)"]],
    ["第十五次会议周三上午安排了什么？", ["2(a)(二)", "上午10时"]],
    ["第15次会议9月5日下午审议什么议题？", ["2(a)(五)"]],
  ])("%s", async (q, facts) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    const own = reply.text.split(/Sources|出处/)[0];
    for (const f of facts) expect(own, reply.text).toContain(f);
  });
});
