/**
 * An acronym no glossary entry and no document defines is read first as the capitalized name its
 * letters spell in the passages the rest of the question finds, and only then as a title's or a
 * glossary term's name: "IWG" beside a sanctions draft is its "Informal Working Group", not the
 * intergovernmental working groups the titles name.
 * Read off the real draft S/2024/557 (annex II: the terms of reference of the Informal Working
 * Group). Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("an acronym read in the context of the question", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    "under the draft's IWG terms of reference, what notice must be given before the IWG meets?",
    "the IWG's terms of reference in the sanctions draft — how much notice is due before it meets?",
    "sanctions IWG (annex II of the 2024 draft): what's the minimum notice for its meetings?",
    "how much notice does the IWG get before meetings, per the 2024 sanctions draft?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/five working days/);
  });
});
