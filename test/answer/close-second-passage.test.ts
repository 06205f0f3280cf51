/**
 * When a second passage ranks close to the first and covers nearly as much of the question, both
 * are shown, from the same document too: the fact may stand in the one that ranked second.
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a close second passage is shown with the first", () => {
  it.each([
    "Is there an objection in the CD to a convention on security assurances for non-nuclear-weapon States, per 80/18?",
    "According to 80/18, does anyone in the Conference on Disarmament object to the idea of a convention assuring non-nuclear-weapon States?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/there is no objection, in principle/);
    expect(reply.citations.length).toBeLessThanOrEqual(3);
  });
});
