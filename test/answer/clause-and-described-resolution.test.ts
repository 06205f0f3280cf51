/**
 * What a resolution says, where the asked fact stands in another clause of the paragraph than the
 * one the question's verb or addressee finds ("Calls upon Member States to remain vigilant …, and
 * underlines the importance of … engaging with experts from industry"): the answer gives the
 * paragraph, not the first clause alone. And a resolution described by the words that qualify
 * "resolution" ("奥林匹克休战决议"), not by the words that ask what it says, which may be another
 * resolution's title ("作用": "Role of science and technology …"). Paraphrases not used to write
 * the rules, over the real documents.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources as own } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("the clause of a resolution's paragraph that holds what is asked", () => {
  it.each([
    ["Under 80/22, Member States should engage which experts in addressing emerging science and technology?", /industry, the research community and civil society/],
    ["80/46 urges States to meet their financial obligations: what concern does it express about contributions?", /serious concern about the unpaid assessed contributions/],
    ["Resolution 80/46 encourages States Parties to use the Forum; what does it acknowledge that is a step towards?", /towards tackling diversion/],
    ["第80/22号决议希望会员国同哪些方面的专家接触，应对科技新发展带来的挑战？", /industry, the research community and civil society/],
    ["第80/22号决议呼吁会员国保持警惕，还强调要与哪些方面的专家接触？", /industry, the research community and civil society/],
    ["80/46号决议呼吁缔约国按时提交初次报告，同时欢迎哪个工作组的努力？", /working group on transparency and reporting/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(fact);
  });

  it("keeps a report's paragraph to what it says after naming the resolution it tells of", async () => {
    const reply = await ask("what amount did the Conference allocate to the Implementation Review Mechanism in resolution 10/1?");
    expect(reply.text).not.toMatch(/缔约国会议在其题为/);
  });
});

describe("a resolution described by the words that qualify “resolution”", () => {
  it.each([
    ["奥林匹克休战决议中强调哪些机构发挥重要作用？"],
    ["关于奥林匹克理想的那项决议强调了哪些组织所起的作用？"],
    ["体育决议强调了哪几个组织的重要作用？"],
    ["In the Olympic Truce resolution, whose important role is emphasized?"],
    ["The resolution on the Olympic ideal: which organizations' role does it emphasize?"],
    ["Which bodies' role does the sport and Olympic ideal resolution stress?"],
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/International Paralympic Committee/);
    expect(own(reply.text)).not.toMatch(/80\/22|science and technology/i);
    expect(reply.citations[0]?.document).toBe("A/RES/80/8");
  });
});
