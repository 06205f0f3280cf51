/**
 * "第几届会议", "which session": the session of a report a resolution considered is answered from
 * the preamble that names it. "第几" asks, it is no word a passage must hold; "会费" is the
 * Organization's assessed contributions, its committee the Committee on Contributions, as the
 * English resolutions write them. Paraphrases not used to write the rule; the fact read off
 * A/RES/80/2 by hand (its committee's eighty-fifth session).
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { realGlossary } from "../knowledge/corpus.js";

const ask = useTestAssistant(withRealDocuments);

describe("the session of a report a resolution considered", () => {
  it.each([
    "80/2号决议审议的会费委员会报告是哪届会议的？",
    "Which session of the Committee on Contributions produced the report considered in resolution 80/2?",
    "关于拖欠会费的第80/2号决议，依据的是会费委员会第几届会议的报告？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/eighty-fifth|第八十五届|85th/);
  });
});

describe("第几 asks which, it names nothing", () => {
  const g = realGlossary();
  it.each(["这是工作组第几次会议？", "公约第几条讲的是公共部门？", "它是第几届缔约国会议通过的？"])("%s", (question) => {
    expect(questionConcepts(question, "zh", g, () => true).map((c) => c.label)).not.toContain("第几");
  });
});
