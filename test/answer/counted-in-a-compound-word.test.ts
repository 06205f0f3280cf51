/**
 * A count written into a compound word ("its 22-point action plan", "a 15-member board") counts
 * what the word after the hyphen names, as "22 points" would. Paraphrases not used to write the
 * rule; the fact read off A/RES/80/24 by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("how many points the 2010 action plan has", () => {
  it.each([
    "how many points are in the 2010 NPT review conference action plan on nuclear disarmament mentioned in 80/24?",
    "80/24 refers to an action plan on nuclear disarmament from 2010 — how many points does it have?",
    "80/24号决议里提到的2010年审议大会核裁军行动计划一共有多少点？",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/22-point action plan/);
  });
});
