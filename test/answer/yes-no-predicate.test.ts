/**
 * "Did Kenya pass the bill?", "缔约国会议有没有撤销审议组？": a yes/no question asks whether
 * something happened to its subject; a passage that speaks of the subject and its object but not
 * of the happening does not answer it, however much else of the question it holds. A follow-up
 * ("…? when?") asks of the same happening. Read off the report on the progress of the working
 * group on prevention (paragraph 41: UNODC engaged with Kenya on the status of its Whistleblower
 * Protection Bill; nothing says the bill was passed) and the annotated agenda of the fifteenth
 * meeting (item 2 discussed jointly with the Implementation Review Group; nothing abolishes it).
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a yes/no question whose happening no passage states", () => {
  it.each([
    "did the conference of the states parties abolish the implementation review group?",
    "did kenya ever enact the whistleblower protection bill?",
    "so did kenya pass its whistleblower protection bill in the end? when?",
    "大会是否废除了实施情况审议组？",
    "肯尼亚最后通过了举报人保护法案吗？",
  ])("%s is refused", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
});

describe("a yes/no question whose happening the passage states", () => {
  it.each([
    "did UNODC engage with Kenya on the whistleblower protection bill?",
    "毒品和犯罪问题办公室有没有就举报人保护法案跟肯尼亚接触？",
  ])("%s is answered from paragraph 41", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.citations[0].quote).toContain("举报人保护法案");
  });

  it("keeps the adoption asked of a resolution by number", async () => {
    const reply = await ask("did the GA adopt resolution 80/8 without a vote?");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain("19 November 2025");
  });
});
