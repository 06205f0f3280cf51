/**
 * A document's symbol, given as an answer, is backed by a quote of the cover where it is printed
 * (the first page's "United Nations   CAC/COSP/IRG/2015/5" line), not only by its title: later
 * pages' running heads stay out of the text. Paraphrases not used to write the change.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);
const flat = (s: string) => s.replace(/\s+/g, "");

describe("the symbol of a report described by its body and session", () => {
  it.each([
    ["symbol of the review group's report on its sixth session?", "CAC/COSP/IRG/2015/5"],
    ["doc number for the IRG report from june 2014", "CAC/COSP/IRG/2014/11"],
    ["实施情况审议组第四届会议报告的文号？", "CAC/COSP/IRG/2013/12"],
  ])("%s", async (question, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(flat(reply.text)).toContain(symbol);
    expect(reply.citations.some((c) => flat(c.quote ?? "").includes(symbol)), JSON.stringify(reply.citations.map((c) => c.quote))).toBe(true);
  });
});
