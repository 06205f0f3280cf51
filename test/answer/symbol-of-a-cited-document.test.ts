/**
 * The symbol of a document another one cites, asked by its kind ("the symbol of the Panel of
 * Experts' final report the draft takes note of", "回顾的安理会主席声明的文号"), is the cited
 * document's, which the citing paragraph gives, not the citing draft's own. Paraphrases not used
 * to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("the symbol of a cited document", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    ["Yemen draft of 2022: what is the symbol of the Panel of Experts' final report it takes note of?", /S\/2022\/50\b/],
    ["What's the symbol of the Council President's statement recalled in the Residual Mechanism draft on independent oversight?", /S\/PRST\/2022\/2/],
  ])("is the cited document's: %s", async (q, symbol) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text).split("\n")[0]).toMatch(symbol);
  });
});
