/**
 * Acronyms in questions are read as the initials of names the corpus and the glossary hold:
 * every word of the name gives its initial, a function word ("of", "the") may or may not.
 */
import { describe, expect, it } from "vitest";
import { createAcronymExpander, expandAcronyms, spelledBy } from "../../src/knowledge/lang/acronyms.js";

const words = (s: string) => s.split(" ");

describe("an acronym is the initials of a run of a name's words", () => {
  it.each([
    ["WMD", "Preventing terrorists from acquiring weapons of mass destruction", "weapons of mass destruction"],
    ["COSP", "Conference of the States Parties", "Conference of the States Parties"],
    ["CSP", "Conference of States Parties", "Conference of States Parties"],
    ["SALW", "The illicit trade in small arms and light weapons in all its aspects", "small arms and light weapons"],
    ["OEWG", "Report of the Open-ended Working Group", "Open ended Working Group"],
    ["NWFZ", "African Nuclear-Weapon-Free Zone Treaty", "Nuclear Weapon Free Zone"],
  ])("%s in %s", (acronym, name, run) => {
    expect(spelledBy(acronym, name.split(/[\s-]+/))).toBe(run);
  });

  it("does not start or end a name on a function word, nor skip a word that is not one", () => {
    expect(spelledBy("TAT", words("the Arms Trade Treaty"))).toBeUndefined();
    expect(spelledBy("ATF", words("Arms Trade Treaty Forum"))).toBeUndefined();
  });
});

describe("the expander picks the name most titles spell", () => {
  const expander = createAcronymExpander([
    "The Arms Trade Treaty",
    "Arms Trade Treaty",
    "Annual Technical Talks",
    "Confidence-building measures in the regional and subregional context",
  ]);
  it("reads plural acronyms, matches names whatever their case and gives a name as first written", () => {
    expect(expander.expand("ATT")).toBe("Arms Trade Treaty");
    expect(expander.expand("CBMs")).toBe("Confidence building measures");
    expect(expander.expand("XYZQ")).toBeUndefined();
  });

  it("keeps the acronym beside its name and sets a glued meeting number off as an ordinal", () => {
    const known = () => false;
    expect(expandAcronyms("ATT CSP12 venue?", createAcronymExpander(["Arms Trade Treaty", "Conference of States Parties"]), known)).toBe(
      "Arms Trade Treaty (ATT) 12th Conference of States Parties (CSP) venue?",
    );
  });

  it("leaves roman numerals, symbols, known acronyms and names already spelled out alone", () => {
    const e = createAcronymExpander(["Victims In Institutions", "Review Enhancing Strategy", "Comprehensive Overview Of Programmes"]);
    expect(expandAcronyms("chapter VII of the report", e, () => false)).toBe("chapter VII of the report");
    expect(expandAcronyms("RES/80/4 and COP/2008", e, () => false)).toBe("RES/80/4 and COP/2008");
    expect(expandAcronyms("the COP met", e, (a) => a === "COP")).toBe("the COP met");
    expect(expandAcronyms("RES (review enhancing strategy)", e, () => false)).toBe("RES (review enhancing strategy)");
  });
});
