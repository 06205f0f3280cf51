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
