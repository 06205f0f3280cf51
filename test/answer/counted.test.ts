/**
 * "How many States attended": of the passages that state a figure, the one that counts what is
 * asked ("118个国家的代表出席了…") is the answer, not a neighbour with another figure ("举行了10次
 * 会议"). Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { ownWords } from "./own-words.js";
import { hasQuantity } from "../../src/answer/answer-search.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the figure that counts what is asked", () => {
  it.each([
    ["特设委员会第十二届会议有多少个国家派代表出席？", /118/],
    ["打击跨国有组织犯罪公约特设委员会第十二届会议有几个国家出席？", /118/],
    ["特设委员会第十二届会议期间一共举行了几次会议？", /10次会议/],
  ])("%s", async (question, figure) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(figure);
  });
});

describe("what is a figure", () => {
  it.each([
    "Pursuant to paragraph 2 of that article, the first session of the Conference was held in Amman from 10 to 14 December 2006",
    "in accordance with rule 3, paragraph 2, of the rules of procedure for the Conference",
    "welcoming also that, since 2014, all Central American States have joined the Convention",
    "在 2019 年第 10 次会议上，工作组建议缔约国会议通过多年期工作计划",
  ])("no figure counts anything in “%s”", (text) => expect(hasQuantity(text)).toBe(false));

  it.each([
    "a total of 124 States have joined the Convention, 112 as States Parties",
    "27 chemical weapons production facilities were destroyed",
    "730 多人报名参加活动",
  ])("“%s” counts something", (text) => expect(hasQuantity(text)).toBe(true));
});

describe("a passage that counts something else does not answer how many", () => {
  it.each([
    "How many resolutions did the Conference of the States Parties adopt at its tenth session?",
    "缔约国会议第十届会议总共通过了几项决议？",
    "How many decisions were adopted by the Conference at its session in Atlanta?",
    "第80/12号决议通过时，有多少个会员国提交了军事支出报告？",
    // A counted word no dictionary knows (签署国) must be counted all the same.
    "反腐败公约一共有多少签署国？",
    "联合国反腐败公约的签署国有几个？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });
});

describe("of the figures a passage gives, those that count what is asked", () => {
  it("gives each count asked for in one question", async () => {
    const reply = await ask("How many signatories did the TPNW have, and how many parties, as at October 2025?");
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(/95/);
    expect(ownWords(reply.text)).toMatch(/74/);
  });

  // What is counted stands before the count, or after it with words between.
  it.each([
    ["反腐败学术举措的资源菜单一共收录了几篇文章？", "1,800"],
    ["按第80/34号决议，叙利亚申报的化学武器生产设施中，有多少个经核实已被销毁？", "27"],
  ])("%s", async (question, figure) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toContain(figure);
  });

  it.each([
    ["第80/52号决议里，集束弹药公约有多少个缔约国？", "112"],
    ["按照80/52号决议，集束弹药公约的缔约国有几个？", "112"],
  ])("%s", async (question, figure) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    const said = ownWords(reply.text).match(/数字：([^。\n]*)/)?.[1] ?? "";
    expect(said).toContain(figure);
    expect(said.split("、")).not.toContain("12");
  });
});
