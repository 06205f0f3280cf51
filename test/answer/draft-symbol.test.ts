/**
 * The symbol of a resolution's draft is given by its header's adoption line: "without reference
 * to a Main Committee (A/80/L.6)" for a draft put to the plenary, the Main Committee's report
 * that carries it otherwise. It is not the resolution's own symbol (A/RES/80/4). Paraphrases not
 * used to write the cues; the facts read off the resolutions' headers by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the symbol of a resolution's draft", () => {
  it.each([
    ["80/4号决议草案的编号？", "A/80/L.6"],
    ["what's the draft symbol for res 80/4?", "A/80/L.6"],
    ["res 80/12 - number of the draft?", "A/80/534"],
  ])("%s", async (question, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain(symbol);
  });
});
