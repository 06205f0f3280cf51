/**
 * The passage that ranked first leaves out a name the question gives (the IOC); a paragraph of the
 * same document that holds every name, and more of the question, answers though it leaves out the
 * asker's everyday words ("put out", "originally issue", "call"): those are how the question is
 * put, the names what it is about. Read off A/RES/80/8 by hand (preamble: the appeal launched by
 * the International Olympic Committee on 21 July 1992; the paragraph on resolution 48/11 of 25
 * October 1993 ranks first on "truce" and "resolution"). Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("a paragraph holding every name the question gives", () => {
  it.each([
    "olympic truce: what day did the IOC originally issue its call for a truce?",
    "when did the IOC put out that first olympic truce appeal?",
    "in the olympic truce text, when did the IOC originally make its appeal?",
    "80/8: the IOC's original appeal for a truce dates from when?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text).split("\n").slice(0, 2).join("\n")).toContain("21 July 1992");
  });
});
