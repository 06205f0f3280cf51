/**
 * The token lookup finds the same English glossary terms in a question as the glossary's own
 * pattern per term: every name of the glossary in running text, plural, hyphenated and
 * capitalised, next to its neighbours, and questions of every kind.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { englishConceptsOf } from "../../src/answer/english-terms.js";
import { repoRoot } from "../core/test-assistant.js";

const glossary = loadGlossary(join(repoRoot, "data/glossary.json"));
const d = glossary.data;
const names = [
  ...d.terms.flatMap((t) => t.en),
  ...d.venues.map((v) => v.en),
  ...d.countries.map((c) => c.en),
  ...d.organizations.flatMap((o) => [o.en, ...((((o as Record<string, unknown>).aliases as string[] | undefined) ?? []))]),
  ...d.verbs.flatMap((v) => v.en),
];

/** A name as people write it in a question. */
const forms = (n: string): string[] => [
  `What does the document say about ${n}?`,
  `${n.toUpperCase()}s and the ${n.replace(/ /g, "-")}ed measures`,
  `(${n}), ${n}ing; ${n.replace(/y$/, "ies")} or ${n}’s`,
  `${n}x ${n}1 x${n}`,
];

describe("englishConceptsOf", () => {
  // Each reference search runs every pattern: a sample of the names keeps the test quick.
  it("finds what the glossary's patterns find for glossary names in running text", { timeout: 60_000 }, () => {
    expect(names.length).toBeGreaterThan(1000);
    for (let i = 0; i < names.length; i += 41) for (const q of forms(names[i])) expect(englishConceptsOf(glossary, q), q).toEqual(glossary.englishConcepts(q));
  });

  it("finds what they find when neighbouring names overlap or share words", () => {
    for (let i = 0; i + 2 < names.length; i += 97) {
      const q = `${names[i]} ${names[i + 1]}-${names[i + 2]} in ${names[i + 1]}s`;
      expect(englishConceptsOf(glossary, q), q).toEqual(glossary.englishConcepts(q));
    }
  });

  it.each([
    "When does the 15th meeting of the Working Group on Prevention open?",
    "What did the working group recommend about public procurement and conflicts of interest?",
    "Which resolution requests the secretariat to report on asset recovery?",
    "How many States parties took part in the review of beneficial ownership?",
    "Who hosted the tenth session of the Conference in Atlanta, United States of America?",
    "anti-corruption   education — whistle-blower protection; e-procurement & open data",
    "",
    "?!",
  ])("finds what they find in “%s”", (q) => {
    expect(englishConceptsOf(glossary, q)).toEqual(glossary.englishConcepts(q));
  });

  it("finds a term with its plural and in a hyphenated spelling, the longest where terms overlap", () => {
    const found = englishConceptsOf(glossary, "recommendations on public-procurement");
    expect(found.map((c) => c.en.toLowerCase())).toEqual(expect.arrayContaining([expect.stringMatching(/^recommendation/)]));
    expect(found.some((c) => /public procurement/i.test(c.en))).toBe(true);
    expect(found.some((c) => c.en.toLowerCase() === "procurement")).toBe(false);
  });
});
