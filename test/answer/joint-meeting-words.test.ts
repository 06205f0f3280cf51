/**
 * A joint meeting is asked with "joint" or with "together" after a verb of meeting; "together" in
 * a sentence of context ("putting together a brief") does not turn a body's numbered session into
 * a joint meeting it never held. Read off the IRG's 4th session (Vienna, 27–31 May 2013,
 * CAC/COSP/IRG/2013/12) and the joint meeting of the IRG and the prevention working group
 * (12–16 June 2023, the annotated agenda of the group's 15th meeting). Paraphrases not used to
 * write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("'together' in the question", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["I'm putting together a brief on the review mechanism. When was the IRG's 4th session held?", /4th session[\s\S]*27–31 May 2013/],
    ["Getting my notes together - fourth session of the Implementation Review Group, where and when?", /27–31 May 2013[\s\S]*Vienna/],
    ["we're bringing together the history of the review group: dates of its 4th session?", /27–31 May 2013/],
  ])("of context: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
  it.each([
    "when did the review group and the prevention working group sit together?",
    "dates the IRG and the WG on prevention met together",
  ])("of meeting: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/joint meeting[\s\S]*12–16 June 2023/);
  });
});
