/**
 * A Chinese question that names an instrument by words before 条约 ("非洲无核区条约") and a
 * session by its number is about that treaty's meetings, not the sessions of this Convention's
 * bodies that bear the number; and 开会 is the word for a meeting, which names no subject.
 * Paraphrases not used to write the rules; dates read off A/RES/80/14, paragraph 3, by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { ownWords as own } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("a numbered session of a treaty named in Chinese", () => {
  it.each(["非洲无核区条约的第6届CSP是哪天开会的？", "非洲无核区条约第六届CSP什么时候开会？"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/2024年10月24日/);
    // Not the sessions of the Conference or the review group numbered six.
    expect(reply.text).not.toMatch(/圣彼得堡|2015年/);
  });
});
