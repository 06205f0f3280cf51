/**
 * A resolution's clause that calls something by a short name ("to actively use the Forum") is
 * given with the full name its paragraph uses elsewhere, in square brackets: the clause alone
 * does not say which forum. Paraphrases not used to write the rule; facts read off A/RES/80/46.
 */
import { describe, expect, it } from "vitest";
import { spelledOutNames } from "../../src/answer/answer-resolution.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

describe("a short name in a clause", () => {
  it("is followed by the one full name its paragraph gives", () => {
    const paragraph = "Welcomes the work of the Investigation and Identification Team and calls upon the Team to continue its work";
    expect(spelledOutNames("calls upon the Team to continue its work", paragraph)).toBe("calls upon the Team [the Investigation and Identification Team] to continue its work");
  });
  it("is left as it is when the paragraph gives no full name, or two", () => {
    expect(spelledOutNames("requests the Secretary-General to report", "Requests the Secretary-General to report")).toBe("requests the Secretary-General to report");
    const two = "Notes the Regional Forum and the Youth Forum, and invites States to use the Forum";
    expect(spelledOutNames("invites States to use the Forum", two)).toBe("invites States to use the Forum");
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("which forum a resolution asks States to use", () => {
  it.each([
    "80/46: which forum does the GA encourage States to use for sharing diversion information?",
    "resolution 80/46 encourages signatory states to actively use what?",
    "第80/46号决议鼓励缔约国和签署国积极利用哪个论坛？",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    // A Chinese answer sets the English words in corner brackets.
    expect(reply.text).toMatch(/\[「?the Diversion Information Exchange Forum」?\]/);
  });
});
