/**
 * A glossary term of two words written as one ("cellphones" for "cell phones") is the term: its
 * Chinese and its other English forms come with it, so a passage that says 移动电话 or "mobile
 * telephones" holds it. A word the dictionary knows ("smartphones") is read as itself. Paraphrases not used to write the rule; the answer test
 * asks over the organized crime Conference's 2008 information note.
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";
import { realGlossary } from "./corpus.js";

const g = realGlossary();
const concept = (q: string, label: string) => questionConcepts(q, "en", g, () => true).find((c) => c.label === label);

describe("a two-word term written solid", () => {
  it.each([
    ["are cellphones allowed in the plenary?", "cellphones", "移动电话"],
    ["is there a cellphone rule in the meeting rooms?", "cellphone", "手机"],
  ])("%s", (q, label, zh) => {
    const c = concept(q, label);
    expect(c?.source).toBe("terminology");
    expect(c?.zh.map((s) => s.term)).toContain(zh);
  });
  it("a word the dictionary knows stays itself", () => expect(concept("may smartphones be used at the session?", "smartphones")?.source).toBe("dictionary"));
});

describe("answers", () => {
  const ask = useTestAssistant(withRealDocuments);
  it("UNTOC COP 4th session in 2008: what should participants do with their cellphones?", async () => {
    const reply = await ask("UNTOC COP 4th session in 2008: what should participants do with their cellphones?");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/静音|关机|silent|switched off/);
  });
});
