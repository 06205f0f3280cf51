/**
 * "The Convention" in a question that names another instrument (cluster munitions) is that
 * instrument, not the Convention against Corruption the glossary reads it as alone. Paraphrases
 * not used to write the rule; the year read off A/RES/80/52, preamble 11, by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a bare 'the Convention' beside another instrument", () => {
  it.each([
    "cluster munitions: per the GA text, in what year had every Central American State joined the Convention?",
    "By which year were all the States of Central America party to the Convention, according to the cluster munitions resolution?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain("2014");
    expect(reply.citations.some((c) => c.file?.endsWith("A_RES_80_52.md"))).toBe(true);
  });
});
