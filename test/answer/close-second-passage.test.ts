/**
 * When a second passage ranks close to the first and covers nearly as much of the question, both
 * are shown, from the same document too: the fact may stand in the one that ranked second.
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a close second passage is shown with the first", () => {
  it.each([
    "Is there an objection in the CD to a convention on security assurances for non-nuclear-weapon States, per 80/18?",
    "According to 80/18, does anyone in the Conference on Disarmament object to the idea of a convention assuring non-nuclear-weapon States?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/there is no objection, in principle/);
    expect(reply.citations.length).toBeLessThanOrEqual(3);
  });
});

/**
 * Of two passages ranked close together that both hold the question's words, the one that says
 * them in one clause answers first: "成功进行虚拟国别访问方面确定的良好做法包括…" (paragraph 12 of the
 * bundled report on resolution 7/4), not paragraph 11, which names good practices and virtual
 * country visits in clauses apart.
 */
describe("a passage saying the question's words in one clause comes before a close one saying them apart", () => {
  it.each(["虚拟国别访问的良好做法包括哪些？", "虚拟国别访问的良好做法有哪些？", "虚拟国别访问有什么良好做法？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n").slice(0, 3).join("\n")).toContain("仔细调整日程表");
    expect(reply.citations[0]?.paragraph).toBe("12");
  });
});
