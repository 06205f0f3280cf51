/**
 * Words the stemmer would join with a word of other meaning keep stems of their own:
 * "conventional" arms are not the Convention, "universal" participation is not a university, an
 * organization is not an organ of the United Nations. Spellings of one word still share a stem.
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { stem } from "../../src/knowledge/lang/english.js";
import { realGlossary } from "./corpus.js";

describe("stems kept apart", () => {
  it.each([
    ["conventional", "convention"],
    ["conventional", "conventions"],
    ["universal", "universities"],
    ["universality", "university"],
    ["organization", "organ"],
    ["organizations", "organs"],
  ])("%s is not %s", (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it.each([
    ["organisation", "organizations"],
    ["universal", "universally"],
    ["Conventional", "conventional"],
  ])("%s and %s share a stem", (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each(["which conventional weapons does the register count?", "the conventional arms register: when is the next review?"])("reads no Convention in %s", (q) => {
    const labels = questionConcepts(q, "en", realGlossary(), () => true).map((c) => c.label.toLowerCase());
    expect(labels).not.toContain("the convention");
  });
});
