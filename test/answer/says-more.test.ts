/**
 * A document's context (its meeting, its title, the resolution it is) says some of what a question
 * names for every one of its passages; a passage must itself say something of the rest. A list of
 * the fifteenth meeting's background papers does not tell the symbol of its report, nor does a
 * paragraph of the embargo resolution recalling earlier resolutions tell how it was voted.
 * A month does not answer when something happened in the period the question itself names.
 * Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a passage must say more than its document's context", () => {
  it.each([
    "What was the vote count on the resolution about the embargo against Cuba?",
    "How did the General Assembly vote on the Cuba embargo resolution?",
    "古巴禁运决议的表决结果如何？",
    "Under what symbol was the report of the 15th prevention working group meeting issued?",
    "预防腐败问题工作组第十五次会议报告的文号是什么？",
  ])("%s is refused", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });
});

describe("a month does not answer when, in the month the question names", () => {
  it.each([
    "On which days in June 2023 did the prevention working group meet jointly with the Implementation Review Group?",
    "2023年6月实施情况审议组和预防腐败问题工作组的联席会议是哪几天开的？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(/12[–-]16 June 2023|2023年6月12日至16日/);
  });
});
