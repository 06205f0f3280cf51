/**
 * An acronym spelled out from the names the corpus holds keeps the name's capitals ("Convention
 * on Cluster Munitions"), so the name and its acronym are one concept; the article a glossary term
 * takes before the name ("the Convention", the glossary's word for UNCAC) is part of that name, not
 * another instrument the passage must name. "Central American" reaches 中美洲. Paraphrases not used
 * to write the rules; the fact read off A/RES/80/52 by hand (since 2014 every Central American
 * State has joined the Convention).
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { createAcronymExpander } from "../../src/knowledge/lang/acronyms.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { realGlossary } from "../knowledge/corpus.js";

const g = realGlossary();

describe("a name spelled out keeps its capitals", () => {
  it("expands CCM as written in a title", () => {
    expect(createAcronymExpander(["Implementation of the Convention on Cluster Munitions"]).expand("CCM")).toBe("Convention on Cluster Munitions");
  });
  it("reads the Convention on Cluster Munitions (CCM) as one concept", () => {
    const labels = questionConcepts("which States joined the Convention on Cluster Munitions (CCM) in 2024?", "en", g, () => true).map((c) => c.label);
    expect(labels).toContain("CCM");
    expect(labels).not.toContain("the Convention");
  });
  it("reads Central American as a region", () => {
    const c = questionConcepts("have all Central American States joined?", "en", g, () => true).find((x) => x.label === "Central American");
    expect(c?.zh.map((z) => z.term)).toContain("中美洲");
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("a fact of another convention's resolution, asked by its acronym", () => {
  it("answers since when every Central American State has been a party", async () => {
    const reply = await ask("Since what year have all Central American States been parties to the CCM?");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/2014/);
  });
});

describe("a name written with accents that no document holds", () => {
  it.each([
    ["What did the meeting in Yaoundé decide?", "Yaoundé"],
    ["anything about the Lomé centre?", "Lomé"],
    ["which conference was held in Asunción?", "Asunción"],
  ])("%s is refused, naming %s whole", async (question, name) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toContain(`nothing on: ${name}`);
  });
});
