/**
 * A question that asks a resolution named by number (whose own text the documents hold) for a
 * fact that only another document states is not answered as though the resolution said it: the
 * reply says the resolution does not say this, and quotes the document that does, with its
 * source. A fact the named resolution states is answered from it. Read off the real General
 * Assembly resolutions 80/12, 80/14, 80/24 and 80/52; paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a resolution named by number that does not state what is asked", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["per resolution 80/24, when was the Treaty of Pelindaba signed?", /^Resolution 80\/24 does not say this\. A\/RES\/80\/14 \(preamble 2\) does: .*11 April 1996/s],
    ["resolution 80/12: where was the Pelindaba Treaty signed?", /^Resolution 80\/12 does not say this\. A\/RES\/80\/14 \(preamble 2\) does: .*Cairo/s],
    ["第80/12号决议里，佩林达巴条约是哪一年签署的？", /^第80\/12号决议没有谈到这一点。A\/RES\/80\/14（preamble 2）谈到：.*1996/s],
  ])("is refused, quoting the document that states it: %s", async (q, said) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(said);
    expect(reply.citations.map((c) => c.symbol)).toContain("A/RES/80/14");
  });

  it.each([
    ["According to resolution 80/52, how many States are parties to the Convention on Cluster Munitions?", /112/],
    ["按照第80/52号决议，集束弹药公约有多少个缔约国？", /112/],
  ])("that does state it answers: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
    expect(reply.citations.map((c) => c.symbol)).toContain("A/RES/80/52");
  });
});
