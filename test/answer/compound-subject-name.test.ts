/**
 * A Chinese compound question carries its subject into the later parts: the whole name of what it
 * asks about, not only the ordinal inside it. "第四届裁军特别联大那个OEWG在哪开的？报告文号多少？"
 * asks for the working group's report, not for any "fourth" report (the IRG's). Words after the
 * ordinal that end as a name ends (a body, a meeting, a document, an acronym) are part of the
 * subject; a verb after it ("第5/4号决议重申了…") is not. Paraphrases not used to write the rule;
 * the answer test asks over A/RES/80/30 (footnote: A/AC.268/2017/2).
 */
import { describe, expect, it } from "vitest";
import { questionParts } from "../../src/answer/compound.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("the subject carried into a later part", () => {
  it.each([
    ["第十届缔约国会议在哪开的？报告文号多少？", "第十届缔约国会议"],
    ["第二届审议大会那个工作组哪天开的会？成员有多少？", "第二届审议大会那个工作组"],
  ])("%s", (q, subject) => expect(questionParts(q, "zh")[1]).toContain(subject));
  it("not a verb after the ordinal", () => expect(questionParts("第5/4号决议重申了哪些原则？通过日期是哪天？", "zh")[1]).not.toContain("重申"));
});

describe("answers", () => {
  const ask = useTestAssistant(withRealDocuments);
  it("裁军特别联大第四届会议那个OEWG是哪几年开的？它的报告文号是什么？", async () => {
    const reply = await ask("裁军特别联大第四届会议那个OEWG是哪几年开的？它的报告文号是什么？");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toContain("A/AC.268/2017/2");
    expect(beforeSources(reply.text)).toMatch(/2016/);
  });
});
