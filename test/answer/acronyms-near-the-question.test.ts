/**
 * An acronym no title, glossary term or definition spells out is read as the capitalized name
 * whose initials it is in the passages the rest of the question finds ("the 9th BMS" of the small
 * arms programme: its Biennial Meeting of States; "CCM": the Convention on Cluster Munitions). A
 * run of capitals that is no Roman numeral as written ("CCM") is an acronym; "XIV" stays a numeral.
 * A name written out beside its acronym counts as the acronym after "how many". A region in a
 * body's name ("Council of Europe", "欧洲委员会") is no place. Paraphrases not used to write the
 * rules; the facts read off A/RES/80/38 (paragraph 10) and A/RES/80/52 (paragraph 8) by hand.
 */
import { describe, expect, it } from "vitest";
import { acronymsAlone } from "../../src/knowledge/index.js";
import { expandAcronyms } from "../../src/knowledge/lang/acronyms.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("an acronym read from the passages the rest of the question finds", () => {
  it.each([
    ["when is the ninth BMS under the small arms programme of action?", /1 to 5 June 2026/],
    ["CCM third review conference - venue?", /Vientiane/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});

describe("Roman numerals as written, not every run of their letters", () => {
  const expander = { expand: (a: string) => (a === "CCM" ? "Convention on Cluster Munitions" : a === "XIV" ? "Xenon Iodine Vanadium" : undefined) };
  it("spells out CCM", () => {
    expect(expandAcronyms("the CCM review", expander, () => false)).toBe("the Convention on Cluster Munitions (CCM) review");
  });
  it("keeps XIV a numeral", () => {
    expect(expandAcronyms("session XIV", expander, () => false)).toBe("session XIV");
  });
});

describe("a name written out beside its acronym is the acronym", () => {
  it.each([
    ["how many Organisation for the Prohibition of Chemical Weapons (OPCW) inspections were there?", "how many OPCW inspections were there?"],
    ["the Group of Governmental Experts (GGE) met", "the GGE met"],
    ["no name (XYZ) here", "no name (XYZ) here"],
    ["a  (AB) b", "a  (AB) b"],
  ])("%s", (text, alone) => {
    expect(acronymsAlone(text)).toBe(alone);
  });
});

describe("a region in a body's name is no place", () => {
  it("does not answer where with the Council of Europe's region", async () => {
    const reply = await ask("which city hosts the 3rd Review Conference of the CCM?");
    expect(reply.text).not.toMatch(/Place: Europe|地点：欧洲/);
  });
});
