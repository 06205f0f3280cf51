/**
 * The title of a document named by its symbol is the document's own, from its description: not the
 * title of a sub-item one of its paragraphs puts on an agenda ("the sub-item entitled …"), though
 * that paragraph holds the word. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the title of a document named by its symbol", () => {
  it.each([
    ["A/RES/80/30 — what's its full title?", "A/RES/80/30", /“Convening of the fourth special session of the General Assembly devoted to disarmament”/],
    ["title of A/RES/80/28 pls", "A/RES/80/28", /“Transparency in armaments”/],
    ["A/RES/80/46 full title?", "A/RES/80/46", /“The Arms Trade Treaty”/],
    ["A/RES/80/30的标题是什么", "A/RES/80/30", /Convening of the fourth special session of the General Assembly devoted to disarmament/],
  ])("%s", async (q, symbol, title) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.replace(/\*\*/g, "").startsWith(symbol), reply.text).toBe(true);
    expect(reply.text).toMatch(title);
    expect(reply.text).not.toMatch(/^According to|disarmament:\[/);
  });
});
