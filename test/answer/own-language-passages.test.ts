/**
 * A question's translations do not crowd out the passages written in its own language: an
 * English question about a group whose English name translates into many Chinese words ("open-ended
 * working group" -> 不限成员名额政府间工作组) is answered from the English resolution that names it,
 * not from the Chinese reports of another open-ended working group. A passage in the question's
 * language that matches little of it is not raised over one in another language that answers.
 * Paraphrases not used to write the rule; facts read off A/RES/80/30 and the report on the
 * political declaration by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);
const flat = (s: string) => s.replace(/\s+/g, "");

describe("an English question is answered from the English passage its own words find", () => {
  it.each([
    "Under which symbol was the report of the open-ended working group on the fourth special session devoted to disarmament issued?",
    "which document is the report of the open-ended working group on the fourth special session on disarmament?",
    "the open-ended working group on a fourth special session on disarmament: what is the symbol of its report?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain("A/AC.268/2017/2");
    expect(reply.citations.some((c) => c.symbol === "A/RES/80/30"), reply.text).toBe(true);
  });
});

describe("a passage in the question's language that matches little of it does not push out one that answers", () => {
  it.each([
    "Where is the repository of information on implementing the political declaration kept online?",
    "on which portal is the repository for information on the political declaration?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(flat(reply.text)).toMatch(/反腐败知识工具与资源库|TRACK/);
  });
});
