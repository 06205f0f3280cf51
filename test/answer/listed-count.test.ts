/**
 * "How many decisions did it adopt": where no passage counts them, the list a passage introduces
 * ("adopted the following decisions:") is counted, and its items named and cited. A list that
 * introduces something else (discussion topics, after a sentence that mentions resolutions) counts
 * nothing. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a list introduced by a passage is counted", () => {
  it.each([
    ["UNTOC COP first session: how many decisions were adopted?", /^6 decisions, according to CTOC\/COP 1 Decisions/],
    ["有组织犯罪公约缔约方会议第一届会议作出了几项决定？", /^据CTOC\/COP 1 Decisions，共6项决定/],
    ["打击跨国有组织犯罪公约缔约方会议第一届会议通过了多少项决定？", /共6项决定/],
  ])("%s", async (question, count) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(count);
    // Each item named, first and last, and cited.
    expect(reply.text).toMatch(/Decision 1\/1/);
    expect(reply.text).toMatch(/Decision 1\/6/);
    expect(reply.citations.length).toBe(7);
  });
});

describe("a list of something else is no count", () => {
  it.each(["亚特兰大那届缔约国会议通过的决议有多少项？", "how many resolutions did the tenth session of the COSP in Atlanta adopt?"])("%s is refused", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });
});
