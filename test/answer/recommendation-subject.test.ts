/**
 * Of a meeting's recommendations, the one that speaks to most of the question's subject comes
 * first: the search's score, which also counts the words that place the meeting (the
 * recommendations are already of that meeting), weighs less than the share of the subject held.
 * A report restating a recommendation nearly word for word does not crowd out another. Read off
 * the 2020 progress report of the prevention working group: at its tenth meeting it recommended
 * adding the private sector (article 12) to its workplan, beside two restatements of its
 * recommendation to adopt a multi-year workplan. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("a recommendation ranked by the subject it speaks to", () => {
  it.each([
    "Which topic did the working group on prevention recommend adding to its workplan at the tenth meeting?",
    "prevention WG 10th mtg: what theme did it recommend be included in the work plan?",
    "What new topic did the prevention working group, at its tenth meeting, recommend including in its workplan?",
    "第十次会议时预防工作组建议工作计划纳入什么专题？",
    "工作组第十次会议建议把哪个专题列入工作计划？",
    "预防腐败工作组第十次会议建议往工作计划里列入哪个专题",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toContain("私营部门");
  });
});
