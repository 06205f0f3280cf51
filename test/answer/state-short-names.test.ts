/**
 * A State asked by its everyday short name ("Syria", "Iran", "Laos", "the UK", 叙利亚) is the State
 * the documents name officially ("Syrian Arab Republic", "Iran (Islamic Republic of)", "Lao
 * People's Democratic Republic"): a passage naming it officially holds the question's State, and a
 * decision cited by its own symbol (C-25/DEC.9, an OPCW symbol) is answered with that symbol.
 * Paraphrases not used to write the names.
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { stemKey } from "../../src/knowledge/lang/english.js";
import { realGlossary } from "../knowledge/corpus.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { ownWords } from "./own-words.js";

const g = realGlossary();
const variants = (q: string) => questionConcepts(q, "en", g, () => true).flatMap((c) => c.en.map((s) => s.term));

describe("a State's short name reaches its official name", () => {
  it.each([
    ["What does the resolution say about Syria?", "Syrian Arab Republic"],
    ["Which resolutions concern Iran's nuclear programme?", "Islamic Republic of Iran"],
    ["Did Laos report on article 5?", "Lao People's Democratic Republic"],
    ["What did the UK pledge?", "United Kingdom of Great Britain and Northern Ireland"],
    ["Is Tanzania a party?", "United Republic of Tanzania"],
  ])("%s", (question, official) => {
    expect(variants(question)).toContain(stemKey(official));
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("a decision named by the State's short name is answered with its own symbol", () => {
  it.each([
    ["Which OPCW Conference decision of April 2021 on Syria does resolution 80/34 cite?", /C-25\/DEC\.9/],
    ["Which Executive Council decision on Syria of July 2020 is cited in 80/34?", /EC-94\/DEC\.2/],
    ["第80/34号决议援引的禁化武缔约国大会2021年4月关于叙利亚的决定编号是什么？", /C-25\/DEC\.9/],
  ])("%s", async (question, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(symbol);
  });
});

describe("the documents a paragraph cites include those its own text names, not only its footnotes'", () => {
  it("names the decision the paragraph cites in its text before the report its footnote cites", async () => {
    const reply = await ask("What is the symbol of the OPCW Conference decision of April 2021 on Syria's possession and use of chemical weapons cited in 80/34?");
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(/cites C-25\/DEC\.9/);
  });
});

