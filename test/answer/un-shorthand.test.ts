/**
 * UN shorthand for the organs of a review process: "PrepCom" is the Preparatory Committee, and
 * "by consensus" is 协商一致. Paraphrases not used to write the glossary entries.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("shorthand of a review process", () => {
  it.each([
    ["NPT PrepCom: when did its third session meet?", /third sessions of the Preparatory Committee for the 2026 Review Conference/],
    ["the prepcom for the 2026 NPT review - dates of its first session?", /31 July to 11 August 2023/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("Sources:")[0]).toMatch(fact);
  });
});

describe("the Disarmament Commission, by its Chinese names", () => {
  it.each(["裁军审议委员会讨论核裁军的授权来自哪项决定？", "裁审会讨论核裁军的授权是哪项决定给的？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("出处")[0]).toMatch(/52\/492/);
  });
});
