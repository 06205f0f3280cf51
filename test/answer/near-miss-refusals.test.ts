/**
 * A passage that speaks of something near the question is not an answer to it: the bot refuses,
 * and says what the documents do hold, when the evidence is about another meeting (another
 * ordinal), lacks the kind of fact asked (an amount for "how much did it cost", a State for
 * "which countries"), names nothing the question names, or when a resolution's text does not
 * hold the fact asked of it. Paraphrases not used to write the rules, over the real documents.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a passage about another meeting is not an answer about the one asked", () => {
  it.each([
    "Which States were drawn by lot at the second session of the Implementation Review Group?",
    "At its third session, which countries did the review group pick by lot?",
    "What is the document symbol of the report on the fifteenth meeting of the prevention working group?",
    "实施情况审议组第二届会议抽签选出了哪些国家？",
    "审议组第三届会议上通过抽签确定了哪些缔约国？",
    "预防工作组第十五次会议报告的文号是什么？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });
});
describe("how much something cost needs an amount of money", () => {
  it.each([
    "How much did the fifteenth meeting of the Working Group on Prevention cost?",
    "What was the cost of the September 2022 intersessional meeting?",
    "How much money was spent on the special session against corruption?",
    "预防腐败问题工作组第十五次会议花了多少钱？",
    "2022年9月的闭会期间会议费用是多少？",
    "反腐败问题大会特别会议的经费是多少？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });
});
