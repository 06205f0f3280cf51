/**
 * "哪天", "on what date": a question for the day itself is answered by a date, not by a year
 * ("starting in 2026") nor by a session's ordinal, and not by the date a cited resolution bears
 * ("resolutions 75/240 of 31 December 2020"); the refusal names the passage that speaks of it
 * without the day. Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the day asked", () => {
  it.each([
    "80/16: on what date does the Global Mechanism on ICTs hold its organizational session?",
    "which day is the organizational session of the ICT global mechanism?",
    "第80/16号决议的信通技术全球机制组织会议是几号？",
    "信通技术全球机制的组织会议哪一天举行？",
    "80/16提到的全球机制组织会议定在哪天？",
  ])("%s is refused, naming the resolution that speaks of the mechanism", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).not.toMatch(/31 December 2020|2020年12月31日|年份：2026年|Year: 2026/);
    expect(reply.text).toMatch(/A\/RES\/80\/16/);
  });

  it.each([
    ["the joint meetings of the First and Fourth Committees on space security: on what date was the latest?", /30 October 2024/],
    ["一委和四委关于太空安全的联合特别会议，最近一次是哪天？", /2024年10月30日/],
  ])("%s is answered by the paragraph that gives the days", async (question, day) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n").slice(0, 2).join("\n")).toMatch(day);
  });
});

describe("a day asked where the passage gives only the month", () => {
  it.each([
    "On what exact date did the Arab convention's review mechanism begin?",
    "Which day did the Arab anti-corruption convention's conference decide to set up its review mechanism?",
    "what date was the mechanism for the Arab Convention against Corruption decided on?",
    "阿拉伯反腐败公约的评估机制是几号设立的？",
    "阿拉伯公约缔约国会议哪一天决定建立评估机制？",
    "阿拉伯反腐败公约审议机制具体是哪一天决定建立的？",
  ])("%s is refused: January 2020 is no day", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });

  it.each([
    ["When did the Arab convention's conference decide on an implementation review mechanism?", /2020/],
    ["阿拉伯反腐败公约缔约国会议什么时候决定建立评估机制？", /2020\s*年\s*1\s*月/],
  ])("%s, asked without the day, is answered by the month", async (question, month) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(month);
  });
});

describe("when a meeting was held is not when something took effect", () => {
  it.each([
    "When was the thirteenth Meeting of States Parties to the Convention on Cluster Munitions held?",
    "What were the dates of the CCM's 13th meeting of states parties?",
    "on which days did the 13th MSP of the cluster munitions convention meet?",
    "集束弹药公约第十三次缔约国会议是什么时候举行的？",
    "集束弹药公约缔约国第十三次会议的日期是？",
    "《集束弹药公约》第十三次缔约国会议哪天开？",
  ])("%s is refused, not dated by the withdrawal the meeting regretted", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).not.toMatch(/6 March 2025|2025年3月6日/);
  });

  it.each([
    ["When did Lithuania's withdrawal from the CCM take effect?", /6 March 2025/],
    ["立陶宛退出集束弹药公约何时生效？", /2025年3月6日/],
  ])("%s is answered by the date it took effect", async (question, date) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(date);
  });
});
