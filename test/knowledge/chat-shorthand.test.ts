/**
 * Chat shorthand a delegate types ("memo", "prov agenda", "cttee", "nukes") is read as the words
 * it stands for: the concept holds the full word's stem and its Chinese terms, so passages that
 * spell it out are found.
 */
import { describe, expect, it } from "vitest";
import { questionConcepts, stemKey } from "../../src/knowledge/index.js";
import { realGlossary } from "./corpus.js";

const g = realGlossary();
const concept = (q: string, word: string) => questionConcepts(q, "en", g, () => true).find((c) => c.label.toLowerCase() === word);

describe("chat shorthand", () => {
  it.each([
    ["which 1994 memo on security assurances does it recall?", "memo", "memorandum"],
    ["symbol of the prov agenda of the 12th session?", "prov", "provisional"],
    ["who chairs the ad hoc cttee?", "cttee", "committee"],
    ["what should the NWS do with their nukes?", "nukes", "nuclear weapons"],
  ])("%s: '%s' is '%s'", (question, short, long) => {
    const c = concept(question, short);
    expect(c, JSON.stringify(questionConcepts(question, "en", g, () => true).map((x) => x.label))).toBeDefined();
    expect(c!.en.map((e) => e.term)).toContain(stemKey(long));
  });
});
