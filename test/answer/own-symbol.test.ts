/**
 * "What's the symbol of the draft that …": a question that names one kind of document asks the
 * symbol of the document of that kind its words describe, not the symbols that document's
 * paragraphs cite (the letter S/2021/147 the Colombia draft acknowledges, the Secretary-General's
 * letter S/2021/186 it refers to). Read off S/2021/443 by hand (paragraph 1: the Verification
 * Mission shall also verify compliance with the sentences of the Special Jurisdiction for Peace).
 * A word for a document in the way the symbol is asked ("doc number", 文件编号) names no kind.
 * Also: a short capitalised glossary term is matched as written, "adds" is no "Add." (addendum).
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { questionConcepts } from "../../src/knowledge/index.js";

const ask = useTestAssistant(withPdfDocuments);

describe("the symbol of the document described", () => {
  it.each([
    "which draft adds SJP sentence checks to the verification mission? give me its symbol",
    "symbol for the draft giving the colombia mission the extra job of checking sentences?",
    "核查特别法庭判决那份草案的文号？",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    const text = beforeSources(reply.text);
    expect(text).toMatch(/S\/2021\/443/);
    expect(text).not.toMatch(/(?:Symbol: |文号：)\**S\/2021\/(?:147|186)/);
  });
});

describe("a short capitalised term", () => {
  const glossary = loadGlossary("data/terms");
  const labels = (q: string) => questionConcepts(q, "en", glossary).map((c) => c.label.toLowerCase());
  it("is not an inflected word", () => {
    expect(labels("the draft that adds a task")).not.toContain("add");
    expect(labels("items added to the agenda")).not.toContain("add");
  });
  it("is the word as written", () => {
    expect(labels("is there an Add.1 to the report")).toContain("add.1");
  });
});
