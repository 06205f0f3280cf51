/**
 * "When was the 2nd review meeting": a passage that names no such meeting by its ordinal dates
 * and places something else (the adoption of the convention the meetings review), and does not
 * answer; the first review meeting, which the resolution does place, is answered. Paraphrases
 * not used to write the rule; facts read off A/RES/80/26 by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a review meeting the resolution does not name by its ordinal", () => {
  it.each([
    "when was the third review meeting of the joint convention on radioactive waste safety held? (80/26)",
    "80/26 — the joint convention's sixth review meeting, when was it?",
    "the 2nd review meeting of the joint convention in 80/26: where was it held?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).not.toMatch(/5 September 1997|Vienna/);
  });
});

describe("the review meeting it names", () => {
  it.each([
    ["80/26: when and where was the first review meeting of the joint convention held?", /Vienna[\s\S]*2003|2003[\s\S]*Vienna/],
    ["第80/26号决议里，联合公约第一次审议会议是在哪里开的？", /维也纳/],
  ])("%s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});
