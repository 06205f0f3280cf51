/**
 * A meeting a resolution tells of, the resolution described rather than numbered ("小武器决议说
 * 第五次审查会议…", "in the small arms resolution, … the ninth biennial meeting"), is looked for in
 * that resolution's text, not among the meetings of the bodies the documents follow: the fifth
 * session of the Implementation Review Group or the ninth meeting of the prevention working group
 * is no answer. Read off the real General Assembly resolution 80/38; paraphrases not used to write
 * the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a meeting told of in a resolution described by its subject", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["小武器决议说第五次审查会议的筹备委员会哪天开会？", /实施情况审议组第五届会议/],
    ["in the small arms resolution, where is the ninth biennial meeting of States to be held?", /^\*\*The 9th meeting of the Working Group on Prevention/],
  ])("is not another body's meeting of that number: %s", async (q, other) => {
    const reply = await ask(q);
    expect(reply.text).not.toMatch(other);
    if (reply.answered) expect(reply.citations.map((c) => c.symbol)).toContain("A/RES/80/38");
  });
  it.each([
    ["the small arms resolution: when does the fifth review conference take place?", /2030/],
    ["按照小武器那项决议，第九次两年期国家会议什么时候开？", /2026/],
  ])("is answered from the resolution's text: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
    expect(reply.citations.map((c) => c.symbol)).toContain("A/RES/80/38");
  });
});
