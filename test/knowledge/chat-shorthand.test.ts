/**
 * Chat shorthand a delegate types ("memo", "prov agenda", "cttee", "nukes", "wen", "whr") is read as the words
 * it stands for: the concept holds the full word's stem and its Chinese terms, so passages that
 * spell it out are found.
 */
import { describe, expect, it } from "vitest";
import { questionConcepts, spelledOut, stemKey } from "../../src/knowledge/index.js";
import { useTestAssistant } from "../core/test-assistant.js";
import { readQuestion } from "../core/read-question.js";
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

describe("question words typed short", () => {
  it.each([
    ["wen does the IRG meet?", "when does the IRG meet?"],
    ["wat did the working group recommend", "what did the working group recommend"],
    ["whr was COSP6 held", "where was COSP6 held"],
    ["hw many states replied", "how many states replied"],
  ])("%s", (typed, meant) => expect(spelledOut(typed)).toBe(meant));
  it("are asked as the question words they stand for", () => {
    expect([...readQuestion("wen and whr was the 4th session of the review group held?").asks]).toEqual(expect.arrayContaining(["when", "where"]));
  });
});

describe("chat shorthand written out in the question itself", () => {
  it.each([
    ["symbol of the prov agenda of the IRG's 12th session?", "symbol of the provisional agenda of the IRG's 12th session?"],
    ["what does res 10/3 ask the SG?", "what does resolution 10/3 ask the secretary-general?"],
    ["Res. 7/4: which cttee?", "resolution 7/4: which committee?"],
  ])("%s", (question, written) => {
    expect(spelledOut(question)).toBe(written);
  });

  it("leaves symbols, web addresses and longer words alone", () => {
    for (const text of ["A/RES/80/8", "see www.unodc.org/res", "the resolutions and the artwork", "prov.1 of CAC/COSP/2024/L.1"]) expect(spelledOut(text)).toBe(text);
  });
});

const ask = useTestAssistant();

describe("a rule that reads the question's words reads the shorthand's long form", () => {
  it.each(["symbol of the IRG 12th session prov agenda?", "IRG 12th session: what's the prov agenda's symbol?", "the prov. agenda of the twelfth IRG session - symbol?"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text, reply.text).toMatch(/CAC\/COSP\/IRG\/2021\/1/);
  });
});
