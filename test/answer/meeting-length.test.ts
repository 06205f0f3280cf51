/**
 * How long a meeting runs ("how many days does the tenth session last", "COSP10 lasts how long",
 * "持续几天", "一共开多少天") is told by its dates, counted with both ends: the meeting's line and
 * the number of days, not a paragraph that counts something else. A body's mandate is no meeting.
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);
const body = (t: string) => t.split(/\n(?:Sources|出处)/)[0];

describe("how long a meeting runs", () => {
  it.each([
    ["how many days does the tenth session of the Conference last?", /11–15 December 2023/, /That is 5 days\./],
    ["COSP10 lasts how long?", /11–15 December 2023/, /That is 5 days\./],
    ["how long did the IRG's seventh session go on?", /20–24 June 2016/, /That is 5 days\./],
    ["缔约国会议第十届会议持续几天", /2023年12月11日至15日/, /会期共5天。/],
    ["第十五次预防工作组会议一共开多少天", /2024年9月3日至6日/, /会期共4天。/],
  ])("%s", async (q, dates, days) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(body(reply.text)).toMatch(dates);
    expect(body(reply.text)).toMatch(days);
  });

  it("a body's mandate is not a meeting's length", async () => {
    const reply = await ask("how long is the IRG's mandate?");
    expect(reply.text).not.toMatch(/That is \d+ days?/);
  });
});
