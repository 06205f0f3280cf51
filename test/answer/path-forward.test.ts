/**
 * "Way forward" and "path forward" are one term: a question in one finds the paragraph
 * that writes another ("the only viable path forward is dialogue and reconciliation"), and the
 * document named by symbol is not said to be silent on it. Paraphrase not used to write the term.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("the way forward in other words", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it("finds the paragraph that writes 'path forward'", async () => {
    const reply = await ask("S/2022/158 — what's the way forward the Council calls the only viable one?");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/dialogue and reconciliation/);
  });
});
