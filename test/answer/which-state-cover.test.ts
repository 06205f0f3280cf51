/**
 * "Which country": a passage naming a State answers when it covers most of the question, less than
 * another "who" needs (a State's name is easy to tell), though some of the asker's words are their
 * own ("beef up", "audit court"). Paraphrases not used to write the rule; the
 * fact read off the 2020 background paper of the Working Group on Prevention by hand (para. 40:
 * UNODC assisted the Government of Honduras with the asset declaration system of its Tribunal
 * Superior de Cuentas).
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("which country, from a passage that names it", () => {
  it.each([
    "per the prevention WG's 2020 progress note, UNODC helped which country's audit tribunal shore up its asset declaration system?",
    "In the 2020 progress paper of the prevention working group, which country got UNODC help to firm up the asset declaration system of its accounts court?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n").slice(0, 2).join(" ")).toMatch(/Honduras/);
  });
});

describe("which countries a resolution lets do something", () => {
  it("names them from its paragraph, though the asker's words for why are their own", async () => {
    const reply = await ask("Under GA res 80/2, which countries may still vote in the Assembly to the end of the session even though they are behind on their dues?");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n").slice(0, 3).join(" ")).toMatch(/Bolivia/);
    expect(reply.text.split("\n").slice(0, 3).join(" ")).toMatch(/Sao Tome/);
  });
});
