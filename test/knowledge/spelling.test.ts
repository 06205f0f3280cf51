/**
 * Typing slips in English questions are corrected to the one glossary word they are a slip away
 * from; names and words the dictionary knows stay as written.
 */
import { describe, expect, it } from "vitest";
import { correctSpelling, slips } from "../../src/knowledge/lang/spelling.js";
import { realGlossary } from "./corpus.js";

describe("a misspelt word of the glossary's terms", () => {
  it.each([
    ["when is the review conference of the convention on cluster munitons", "munitions"],
    ["what does the resolutoin on nuclear disarmament ask", "resolution"],
    ["how many jurisdictons joined", "jurisdictions"],
    ["which recomendations did the working group adopt", "recommendations"],
    // The dictionary knows this slip only as a single character's sense: it is no word.
    ["who chairs the goverment experts group", "government"],
  ])("is corrected in %s", (question, word) => {
    expect(correctSpelling(question, realGlossary())).toContain(word);
  });
});

describe("words that are not slips", () => {
  it.each([
    "when did the Pelindaba treaty enter into force",
    "what did the working group recommend on whistle-blowers",
    "where is Vientiane",
    "what about the Kuala Lumpur statement",
  ])("stay as written: %s", (question) => {
    expect(correctSpelling(question, realGlossary())).toBe(question);
  });
});

describe("the slip count", () => {
  it("counts a swap of two neighbours as one slip", () => {
    expect(slips("resolutoin", "resolution")).toBe(1);
    expect(slips("munitons", "munitions")).toBe(1);
    expect(slips("abc", "xyz")).toBe(3);
  });
});
