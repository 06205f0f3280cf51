/**
 * "Which decision" asks a decision: of two paragraphs in the same words, "the Conference, in its
 * resolution 6/1, requested the secretariat to arrange the provisional agendas …" and "in its
 * decision 7/1 … requested the secretariat to arrange …", the decision's answers. Paraphrases not
 * used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a decision asked", () => {
  const ask = useTestAssistant();
  it.each([
    "Which decision of the Conference asks the secretariat to organize the provisional agendas of its subsidiary bodies so as to avoid duplication?",
    "缔约国会议在哪项决定中请秘书处编排附属机构的临时议程以避免重复？",
  ])("is answered by the decision: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/7\/1/);
    expect(beforeSources(reply.text)).not.toMatch(/Resolution 6\/1|第6\/1号决议/);
  });
});
