/**
 * A document the question names by its symbol scopes the search: a question about what it says
 * is answered from its own passages, not with a description of the document. Paraphrases not
 * used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a document named by its symbol scopes the search", () => {
  it.each([
    "A/55/383/Add.2: how many meetings did the Ad Hoc Committee hold at its twelfth session?",
    "According to A/55/383/Add.2, how many meetings were held during the twelfth session?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("Sources:")[0]).toMatch(/\b10\b/);
    expect(reply.citations[0]?.document).toBe("A/55/383/Add.2");
  });
});
