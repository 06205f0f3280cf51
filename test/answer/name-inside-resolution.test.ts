/**
 * A resolution named by number, a party it addresses named (the Secretariat), and a name asked of
 * something else the question describes ("a compendium among the Secretariat's tools: what is it
 * called"): the name is in its text, not in what it asks of that party. Paraphrases not used to
 * write the rule; the name read off A/RES/80/38 by hand (preambular paragraph 7).
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { realGlossary } from "../knowledge/corpus.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the name of something a resolution's text describes", () => {
  it.each([
    "the Secretariat's web-based tools listed in 80/38 include a compendium - what is it called?",
    "In 80/38, the Secretariat has a searchable database and a compendium: what is that compendium called?",
    "res 80/38: among the tools developed by the Secretariat there's a compendium. its name?",
    "80/38里提到秘书处开发的网络工具中有一个汇编，叫什么名字？",
    "80/38号决议里秘书处开发的网络工具包括一个汇编，它叫什么名字？",
    "80/38：秘书处开发的工具中有个汇编，名称？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain("Modular Small-arms-control Implementation Compendium");
    expect(reply.text).not.toMatch(/Requests the Secretariat \(paragraph|请秘书处：/);
  });
});

describe("prepositions are no subject of a question", () => {
  it.each([
    ["Among the tools of the Secretariat, which compendium?", "among"],
    ["which countries may vote despite their arrears?", "despite"],
    ["reports submitted via the online platform", "via"],
    ["measures taken throughout the cycle", "throughout"],
  ])("%s", (question, word) => {
    const labels = questionConcepts(question, "en", realGlossary()).map((c) => c.label.toLowerCase());
    expect(labels).not.toContain(word);
  });
});
