/**
 * A body's topics in a year the workplan covers but gives it none: the answer says so and what
 * that year holds, rather than falling to another answerer. A recommendation shown for a subject
 * must speak to it: a question on a subject no recommendation holds does not get the
 * recommendations on something else. Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();

describe("a year of the workplan with no row for the body asked", () => {
  it.each([
    ["Which topics are scheduled for the Implementation Review Group in 2026?", /no topics for 2026/, /Working Group on Prevention/],
    ["What is the Review Group supposed to discuss in 2026 under the workplan?", /no topics for 2026/, /Working Group on Prevention/],
    ["审议组2026年的议题是什么？", /没有为实施情况审议组安排2026年的议题/, /预防腐败问题工作组/],
  ])("%s", async (question, none, other) => {
    const reply = await ask(question);
    expect(reply.text).toMatch(none);
    expect(reply.text).toMatch(other);
  });
});

describe("recommendations on a subject", () => {
  it.each(["What did the working group recommend about codes of conduct for judges?", "工作组对法官行为守则有什么建议？"])("%s does not list recommendations on other subjects", async (question) => {
    const reply = await ask(question);
    expect(reply.text).not.toMatch(/多年期工作计划/);
  });

  it.each(["What did UNODC do in Kenya after the recommendations?", "工作组建议召开非正式会议讨论什么？"])("%s still gets the recommendation or action on its subject", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/肯尼亚|Kenya|工作计划/);
  });
});
