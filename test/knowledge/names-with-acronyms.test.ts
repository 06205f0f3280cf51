/**
 * A name written out with capitals beside its acronym, as the question reader spells out the
 * acronyms it knows ("United Nations Assistance Mission in Somalia (UNSOM)"), is one concept that
 * a passage holds by either form; a name the asker writes in lower case beside an acronym
 * ("crime commission (CCPCJ)") stays the asker's words. And "number of" asks, like "how many":
 * it is no concept ("the document number of the US draft"). A number glued to a name ("IRG14")
 * is the ordinal of its session, found as "第14届" in Chinese text; "4th" in a Chinese question is
 * "fourth" as well.
 */
import { describe, expect, it } from "vitest";
import { questionConcepts, stemKey } from "../../src/knowledge/index.js";
import { realGlossary } from "./corpus.js";

const g = realGlossary();
const concepts = (q: string) => questionConcepts(q, "en", g, () => true);

describe("a name beside its acronym", () => {
  it.each([
    ["Which draft extends United Nations Assistance Mission in Somalia (UNSOM)'s mandate?", "UNSOM", "United Nations Assistance Mission in Somalia"],
    ["What did the Special Jurisdiction for Peace (SJP) decide?", "SJP", "Special Jurisdiction for Peace"],
    ["Who leads the International Residual Mechanism for Criminal Tribunals (IRMCT)?", "IRMCT", "International Residual Mechanism for Criminal Tribunals"],
  ])("%s is one concept", (question, acronym, name) => {
    const c = concepts(question).filter((x) => x.label === acronym);
    expect(c).toHaveLength(1);
    expect(c[0].en.map((e) => e.term)).toEqual(expect.arrayContaining([stemKey(name), stemKey(acronym)]));
    expect(concepts(question).some((x) => x.label.toLowerCase() === name.split(" ").pop()!.toLowerCase())).toBe(false);
  });

  it("leaves a name in lower case as the asker's words", () => {
    const labels = concepts("When was the 12th session of the crime commission (CCPCJ)?").map((c) => c.label.toLowerCase());
    expect(labels).toEqual(expect.arrayContaining(["crime"]));
  });
});

describe("'number of' asks, like 'how many'", () => {
  it.each(["what's the document number of the US draft?", "which document number of the report is it?"])("%s keeps 'document number' and not 'number of'", (question) => {
    const labels = concepts(question).map((c) => c.label.toLowerCase());
    expect(labels).toContain("document number");
    expect(labels).not.toContain("number of");
  });
});

describe("a number glued to a name", () => {
  it.each([
    ["when did the COSP10 bureau approve it?", "10th", "第10届"],
    ["IRG14 venue", "14th", "第14届"],
    ["what did WG15 discuss", "15th", "第15次"],
  ])("may number its session or meeting, found as an ordinal too: %s", (question, ordinal, zh) => {
    const c = concepts(question).find((x) => x.source === "number");
    expect(c?.en.map((e) => e.term)).toContain(ordinal);
    expect(c?.zh.map((z) => z.term)).toContain(zh);
  });
  it("a number standing alone stays a number", () => {
    expect(concepts("how many of the 10 countries replied").find((x) => x.source === "number")?.zh.map((z) => z.term)).toEqual(["10"]);
  });
});

describe("an English ordinal in figures in a Chinese question", () => {
  it.each([
    ["4th special session devoted to disarmament (SSOD)那个工作组的报告文号是啥？", "4th", "fourth"],
    ["审议组12th session的报告在哪里能找到？", "12th", "twelfth"],
  ])("%s: is the ordinal written in words as well", (question, label, word) => {
    const c = questionConcepts(question, "zh", g, () => true).find((x) => x.label === label);
    expect(c, JSON.stringify(questionConcepts(question, "zh", g, () => true).map((x) => x.label))).toBeDefined();
    expect(c!.en.map((e) => e.term)).toContain(stemKey(word));
  });
});
