/**
 * "What does resolution 80/46 say about unpaid contributions": of a resolution's statements, those
 * on the subject the question names are shown, not the whole list; and a glossary acronym is
 * matched as written ("say" is not "SAI"). Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments, repoRoot } from "../core/test-assistant.js";
import { loadGlossary } from "../../src/knowledge/index.js";
import { join } from "node:path";

const ask = useTestAssistant(withRealDocuments);

describe("the statements on the subject asked", () => {
  it.each([
    ["What does resolution 80/46 say about unpaid contributions?", /unpaid assessed contributions/, /Twelfth Conference/],
    ["In 80/46, what is said on the unpaid assessed contributions of States?", /unpaid assessed contributions/, /Twelfth Conference/],
  ])("%s", async (question, fact, other) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
    expect(reply.text).not.toMatch(other);
  });
});

describe("an acronym of the glossary is matched as written, not by its stem", () => {
  it("does not read 'say' as SAI, but reads 'SAIs' and 'unodc'", async () => {
    const g = await loadGlossary(join(repoRoot, "data/terms"));
    const labels = (t: string) => g.englishConcepts(t).map((c) => c.en);
    expect(labels("what does the resolution say about it")).not.toContain("SAI");
    expect(labels("what do SAIs audit")).toContain("SAI");
    expect(labels("what does unodc do")).toContain("UNODC");
  });
});
