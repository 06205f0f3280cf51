/**
 * A dictionary word no document uses ("bound up", "bundled", 吆喝, 嚷嚷) cannot tell one passage
 * from another: it counts for little against the passage that holds everything else the question
 * names, and the fact asked is answered from it. A name or a UN term no document uses still
 * weighs heavily (see near-miss-refusals.test.ts). Paraphrases not used to write the rule, over
 * the real documents.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { ownWords } from "./own-words.js";

const ask = useTestAssistant(withRealDocuments);

describe("a word the documents never use does not keep the passage that says the rest from answering", () => {
  it.each([
    ["80/48 cites a 1994 memo about security assurances, bound up with which state acceding to the NPT?", /Ukraine/],
    ["80/48: the 1994 security-assurances memorandum is bundled with which country acceding to the NPT?", /Ukraine/],
    ["关于奥林匹克休战的决议，国际奥委会最早吆喝休战是在哪一天？", /1992年7月21日/],
    ["关于奥林匹克休战的决议，国际奥委会是哪天嚷嚷要休战的？", /1992年7月21日/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(fact);
  });
});
