/**
 * A provisional agenda's item is quoted as the document writes it: with the number or letter
 * printed before it ("4. Prevention.", "(b) Election of officers;"), and without one where the
 * document lists its items with bullets (the number is then the list's count, not its text). An
 * item asked alone is quoted in its list, with the items printed before and after it in the same
 * run of text ("3. Technical assistance. 4. Prevention. 5. Asset recovery."): where it stands.
 * A listing of the whole agenda quotes each item by its own words. Paraphrases not used to write
 * the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("an agenda item's quote", () => {
  it.each([
    ["What is item 4 of the provisional agenda of the sixth session of the Conference?", "3. Technical assistance. 4. Prevention. 5. Asset recovery."],
    ["缔约国会议第六届会议临时议程的项目5是什么？", "4. Prevention. 5. Asset recovery. 6. International cooperation."],
    ["COSP6 provisional agenda: item 1(b)?", "(a) Opening of the sixth session of the Conference; (b) Election of officers; (c) Adoption of the agenda and organization of work;"],
    ["what's the 4th item on the provisional agenda of the sixth session of the Conference?", "3. Technical assistance. 4. Prevention. 5. Asset recovery."],
    ["第六届缔约国会议临时议程的项目6是什么？", "5. Asset recovery. 6. International cooperation."],
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

  it("is the item's own words in a listing of the whole agenda", async () => {
    const reply = await ask("/agenda cosp 6");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.citations.map((c) => c.quote)).toContain("4. Prevention.");
  });
});
