/**
 * Where a meeting asked by its ordinal was held is stated in a clause that names it, or names no
 * other meeting: "the Eleventh Conference … from 25 to 29 August 2025 …, and notes that the Twelfth
 * Conference … will be held in Geneva" does not say where the eleventh met, and does say where the
 * twelfth will. Paraphrases not used to write the rule; the facts read off A/RES/80/46 by hand
 * (paragraph 1).
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the place of the meeting asked, not of the next one", () => {
  it("does not place the eleventh conference in Geneva", async () => {
    const reply = await ask("where did the eleventh Conference of States Parties to the Arms Trade Treaty take place?");
    expect(reply.text.split("\n")[0]).not.toMatch(/Geneva|日内瓦/);
    expect(reply.answered).toBe(false);
  });
  it("places the twelfth in Geneva", async () => {
    const reply = await ask("ATT twelfth Conference of States Parties - where?");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/Geneva/);
  });
});
