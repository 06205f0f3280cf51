/**
 * A provisional agenda's item is quoted as the document writes it: with the number or letter
 * printed before it ("4. Prevention.", "(b) Election of officers;"), and without one where the
 * document lists its items with bullets (the number is then the list's count, not its text).
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("an agenda item's quote", () => {
  it.each([
    ["What is item 4 of the provisional agenda of the sixth session of the Conference?", "4. Prevention."],
    ["缔约国会议第六届会议临时议程的项目5是什么？", "5. Asset recovery."],
    ["COSP6 provisional agenda: item 1(b)?", "(b) Election of officers;"],
  ])("%s", async (question, quote) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.citations.map((c) => c.quote)).toContain(quote);
  });

  it("has no number where the document lists its items with bullets", async () => {
    const reply = await ask("/agenda 15");
    const item1 = reply.citations.find((c) => c.paragraph === "provisional agenda, item 1");
    expect(item1?.quote).toBe("组织事项：");
  });
});
