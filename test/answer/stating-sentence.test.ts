/**
 * The answer text states the kind of fact asked: of a passage's sentences, one that gives a
 * quantity for "how many", a date for "when", a place for "where" is the one put in the text.
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();

describe("the sentence that states the quantity asked stands in the answer text", () => {
  it.each([
    "How many registrations did the intersessional meeting of September 2022 receive?",
    "What was the number of people registered for the 2022 intersessional meeting on the political declaration?",
    "2022年9月闭会期间会议有多少人报名参加？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/730/);
  });
});

describe("words that only place the question in time or sum it up (already, altogether, 现在, 一共) do not stand between it and the passage", () => {
  it.each([
    ["How many panel discussions did the intersessional meeting hold altogether?", /seven|7|七/],
    ["闭会期间会议总共举行了几场专题小组讨论？", /七|7/],
    ["Which language versions of the resource guide on good practices in the protection of reporting persons are already out?", /French|法文/],
    ["《保护举报人良好做法资源指南》现在已经有哪些语文版本？", /法文/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});

describe("a short passage is shown whole when no particular kind of fact is asked", () => {
  it.each([
    ["2023年9月的联席会议上，两场专题小组讨论各讲了什么？", ["公证人", "房地产经纪人"]],
    ["2023年9月联席会议上关于打击洗钱的专题小组讨论涉及哪些行业？", ["公证人", "房地产经纪人"]],
  ])("%s", async (question, facts) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    for (const f of facts) expect(reply.text.split("\n\n")[0]).toContain(f);
  });
});
