/**
 * "What is the name of the Prosecutor", "the Mechanism's prosecutor", "which judges" ask a person by an office
 * (prosecutor, registrar, commissioner, coordinator, as well as chair, president, judge …): the
 * paragraph that names the person holding it answers, not what the document named by symbol is.
 * Read off the real Security Council draft S/2022/501. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a person asked by an office", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    "S/2022/501: what's the name of the Residual Mechanism's Prosecutor?",
    "what is the name of the prosecutor the Gabon draft S/2022/501 appoints?",
    "which prosecutor is appointed by S/2022/501?",
  ])("is named by the paragraph on the office: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/Brammertz/);
    expect(beforeSources(reply.text)).not.toMatch(/is the document/);
  });
  it.each([
    "which judges does the Gabon draft S/2022/501 elect?",
    "which rapporteurs presented the 12th IRG session's report?",
  ])("is refused where no paragraph names anyone holding the office: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
});
