/**
 * Text extraction loses the space where a line ends on a small word ("Organization for Security
 * and" / "Co-operation in Europe" -> "andCo-operation"): the two words are read apart, in the
 * search index as in the words a question's terms are matched against, so a document listing
 * "the Organization for Security andCo-operation in Europe" is found by that name. Names written
 * in mixed case ("CoSP", "McDonald", "iPhone") stay one word.
 */
import { describe, expect, it } from "vitest";
import { englishWords, unglued } from "../../src/knowledge/lang/english.js";
import { normalizeForSearch } from "../../src/knowledge/search.js";

const words = (t: string) => englishWords(t).map((w) => w.word);

describe("a small word glued to the next line's first word", () => {
  it.each([
    ["Organization for Security andCo-operation in Europe", ["organization", "for", "security", "and", "co", "operation", "in", "europe"]],
    ["prevention ofCorruption", ["prevention", "of", "corruption"]],
    ["the report toThe Assembly", ["the", "report", "to", "the", "assembly"]],
  ])("%s", (text, expected) => {
    expect(words(text)).toEqual(expected);
    // Each word where the text has it.
    for (const w of englishWords(text)) expect(text.toLowerCase().slice(w.index, w.index + w.word.length)).toBe(w.word);
  });

  it("is read apart by the search's normalization, which lower-cases the text", () => {
    expect(normalizeForSearch("Security andCo-operation")).toBe("security and co-operation");
    expect(unglued("inEurope ofThe")).toBe("in Europe of The");
  });

  it.each(["CoSP", "McDonald", "iPhone", "theUN", "UNODC's"])("leaves %s one word", (t) => {
    expect(words(t)).toHaveLength(1);
    expect(unglued(t)).toBe(t);
  });
});
