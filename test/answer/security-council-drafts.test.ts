/**
 * Answers from Security Council draft resolutions in PDF, the kind of document whose title names
 * only its sponsors: the draft is placed by the date on its cover, and what its paragraphs say is
 * found in the asker's words. Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withPdfDocuments);
/** The answer's own text, before its sources. */
const own = (text: string) => text.split(/\nSources:|\n出处：/)[0];

describe("a past form that is also a word of its own asks for its verb too ('found' -> 'find'), and a draft is placed by its cover's month", () => {
  it.each([
    "Residual Mechanism draft of June 2022: the Prosecutor found whose deaths?",
    "in the jun 2022 IRMCT draft, which fugitives did the prosecutor find had died?",
    "June 2022 Mechanism draft — the prosecutor found whose deaths, and when?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/Mpiranya/);
  });
});

describe("of several dates a paragraph states, the answer gives those of the clause asked about, not those of the draft's year", () => {
  it.each([
    "the feb 2020 draft: until when is the panel's mandate extended?",
    "In the US draft of February 2020, until what date is the Panel of Experts extended?",
    "2020年2月美国的草案把专家小组的任期延长到什么时候？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/12 March 2021|2021年3月12日/);
    expect(own(reply.text)).not.toMatch(/Dates?: 12 August 2020|日期：2020年8月12日/);
  });
});
