/**
 * Acronyms a document defines where it first uses them ("… devoted to disarmament (SSOD-IV)") are
 * read in questions as the names the document gives them; a group named by its subject ("the
 * working group on …") is not the prevention group; "met" and "held" are the verbs "meet" and
 * "hold"; a passage holding a name the question writes beats a meeting list that does not; a
 * resolution a footnote points to answers "which resolution"; "who chaired" needs a passage that
 * names the chair. Paraphrases not used to write the rules; facts read off A/RES/80/14, 80/30 and
 * 80/40 by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { definedBefore, definitionsIn, expandAcronyms } from "../../src/knowledge/lang/acronyms.js";
import { stem } from "../../src/knowledge/lang/english.js";

const ask = useTestAssistant(withRealDocuments);

describe("the name a document gives an acronym where it defines it", () => {
  it.each([
    ["SSOD", "pursue work that could support preparation of a fourth special session devoted to disarmament", "special session devoted to disarmament"],
    ["OEWG", "recalling the report of the Open-ended Working Group", "Open ended Working Group"],
    ["CTBT", "the entry into force of the Comprehensive Nuclear-Test-Ban Treaty", "Comprehensive Nuclear Test Ban Treaty"],
    ["LAWS", "the group of experts on lethal autonomous weapons systems", "lethal autonomous weapons systems"],
  ])("%s after “…%s”", (acronym, before, name) => {
    expect(definedBefore(acronym, before)).toBe(name);
  });

  it("is no name where the words before the parenthesis do not spell it", () => {
    expect(definedBefore("SSOD", "the report of the Secretary-General on the work")).toBeUndefined();
  });

  it("is read at each definition of a text, with a numeral or plural after the acronym", () => {
    const text = "a fourth special session devoted to disarmament (SSOD-IV), and transparency and confidence-building measures (TCBMs) in outer space";
    expect(definitionsIn(text, "SSOD")).toEqual(["special session devoted to disarmament"]);
    expect(definitionsIn(text, "TCBM")).toEqual(["transparency and confidence building measures"]);
  });

  it("spells out an acronym with a roman numeral as an ordinal", () => {
    const names = { expand: (a: string) => (a === "SSOD" ? "special session devoted to disarmament" : undefined) };
    expect(expandAcronyms("when is SSOD-IV?", names, () => false)).toBe("when is 4th special session devoted to disarmament (SSOD)?");
  });
});

describe("irregular past forms share their verb's stem", () => {
  it.each([["met", "meet"], ["held", "hold"], ["took", "take"], ["began", "begin"], ["sought", "seek"]])("%s is %s", (form, verb) => {
    expect(stem(form)).toBe(stem(verb));
  });
});

describe("a group asked about by an acronym its document defines", () => {
  it.each([
    "when and where did the OEWG on SSOD-IV meet?",
    "In what years did the OEWG for SSOD-IV meet?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/2016/);
    expect(reply.text).toMatch(/2017/);
    expect(reply.citations.some((c) => c.file?.endsWith("A_RES_80_30.md"))).toBe(true);
    expect(reply.text).not.toMatch(/Working Group on Prevention/);
  });
});

// The Chinese translations of "open-ended working group" and "meeting" fill the passages found
// first with the prevention group's Chinese documents; the English paragraph that answers is
// found by the question's own words and weighed on the same scale.
it("where did the SSOD-IV open-ended working group hold its meetings, and in which years?", async () => {
  const reply = await ask("where did the SSOD-IV open-ended working group hold its meetings, and in which years?");
  expect(reply.answered, reply.text).toBe(true);
  expect(reply.text).toMatch(/New York/);
  expect(reply.text).toMatch(/2016/);
  expect(reply.text).not.toMatch(/do not answer/);
});

describe("a working group named by another subject is not the prevention group", () => {
  it.each([
    "who chaired the open-ended working group on the fourth special session devoted to disarmament?",
    "Who was in the chair of the working group on the fourth special session on disarmament?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.text).not.toMatch(/session of the Working Group on Prevention/);
    // Nothing in the documents names that group's chair.
    expect(reply.answered, reply.text).toBe(false);
  });
});

describe("a passage that holds the name asked about beats a list of meetings that does not", () => {
  it.each(["Pelindaba CSPs - where are they all held?", "where do the Pelindaba Treaty's conferences of States parties meet?"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain("Addis Ababa");
    expect(reply.citations.some((c) => c.file?.endsWith("A_RES_80_14.md"))).toBe(true);
  });
});

describe("the resolution a footnote points to answers which resolution", () => {
  it.each([
    ["en", "which resolution is the Millennium Declaration that 80/40 mentions?", "resolution 55/2"],
    ["zh", "80/40号决议提到的千年宣言是哪项决议？", "55/2"],
    ["zh", "第80/40号决议回顾的《千年宣言》对应的是哪一项决议？", "55/2"],
  ])("%s: %s", async (_lang, q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain(fact);
  });
});
