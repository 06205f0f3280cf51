/**
 * An ordinal inside the name of something else ("no first placement of weapons") numbers no
 * meeting: the passage that answers is not set aside for failing to name a "first" meeting.
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("an ordinal in a resolution's name", () => {
  it.each([
    "what does the no first placement resolution say about treaty articles?",
    "80/20 no first placement text: which outer space treaty articles does it stress?",
    "res 80/20 (no first placement) — which articles of the space treaty are important?",
    "no first placement draft 80/20: the importance of which treaty articles is borne in mind?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("Sources:")[0]).toMatch(/articles III and IV/);
  });
});
