/**
 * "Who's presiding", "who will chair", "who heads": the role asked must stand in the passage that
 * answers; a paragraph inviting States to a conference names no one presiding over it. Paraphrases
 * not used to write the rule; read off A/RES/80/52 by hand (it convenes the third Review
 * Conference of the Convention on Cluster Munitions and names no president).
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a role asked and not stated", () => {
  it.each([
    "who's presiding over the third review conference of the cluster munitions convention in Vientiane?",
    "who's heading the 3rd cluster munitions review conference?",
    "Who will preside over the third Review Conference of the Convention on Cluster Munitions?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
});
