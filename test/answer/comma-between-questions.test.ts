/**
 * Two Chinese questions a comma apart ("…什么时候开，议程项目3是什么？"): the clause that asks when or
 * where is a part of its own, and the next asks its own fact of the same meeting; and a secretariat
 * report on a resolution's progress ("关于第7/4号决议执行进展的秘书处报告") names the report, not the
 * resolution asked about. Paraphrases written before the rules.
 */
import { describe, expect, it } from "vitest";
import { questionParts } from "../../src/answer/compound.js";
import { useTestAssistant } from "../core/test-assistant.js";

describe("a comma after a clause that asks when or where", () => {
  it.each([
    "预防腐败工作组第十五次会议什么时候开，议程项目3是什么？",
    "第十五次会议几号开幕，妇女和青年的专题安排在哪天？",
    "缔约国会议第十届会议在哪里开，临时议程项目7是什么？",
  ])("parts the question: %s", (q) => expect(questionParts(q, "zh")).toHaveLength(2));
  it.each(["第十五次会议在维也纳什么地方开？", "什么时候开的会，你知道吗"])("not a clause that asks nothing more: %s", (q) => expect(questionParts(q, "zh")).toHaveLength(1));

  const ask = useTestAssistant();
  it.each([
    ["预防腐败工作组第十五次会议什么时候开，议程项目3是什么？", ["2024年9月3日", "今后在预防腐败方面的优先事项"]],
    ["第十五次会议几号开幕，妇女和青年的专题安排在哪天？", ["2024年9月3日", "2024年9月5日"]],
    ["缔约国会议第十届会议在哪里开，临时议程项目7是什么？", ["亚特兰大", "特别会议的后续行动"]],
    ["实施情况审议组第十二届会议什么时候开，关于第7/4号决议执行进展的秘书处报告放在哪个议程项目下？", ["2021年6月14日", "项目2"]],
  ])("answers both parts: %s", async (q, facts) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    const own = reply.text.split("\n出处：")[0];
    for (const f of facts) expect(own).toContain(f);
  });
});
