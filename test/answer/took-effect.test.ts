/**
 * "Took effect", "take effect" are entry into force (生效): A/RES/80/46 recalls the Arms Trade
 * Treaty's adoption and entry into force on 2 April 2013 and 24 December 2014. "Plus" joins two
 * things asked and is no word to look for. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("taking effect is entering into force", () => {
  it.each([
    "when did the Arms Trade Treaty take effect?",
    "on what date did the ATT take effect?",
    "Arms Trade Treaty: the date it was adopted plus the date it took effect",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/24 December 2014/);
  });
});
