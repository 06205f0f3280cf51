/**
 * A provisional agenda's item is quoted as the document writes it: with the number or letter
 * printed before it ("4. Prevention.", "(b) Election of officers;"), and without one where the
 * document lists its items with bullets (the number is then the list's count, not its text). An
 * item asked alone is quoted in its list, with the items printed before and after it in the same
 * run of text ("3. Technical assistance. 4. Prevention. 5. Asset recovery."): where it stands.
 * A listing of the whole agenda, or of an item with its sub-items, quotes the list as the document
 * prints it, numbered in a row, in one citation; a list with bullets keeps each item's own words.
 * Paraphrases not used to write the rule.
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

  it.each([
    ["/agenda cosp 6", "3. Technical assistance. 4. Prevention. 5. Asset recovery.", "provisional agenda, items 1–10"],
    ["what items did the Conference's sixth session have on its provisional agenda?", "9. Provisional agenda for the seventh session. 10. Adoption of the report.", "provisional agenda, items 1–10"],
    ["缔约国会议第六届会议的临时议程有哪些项目？", "(e) Adoption of the report of the bureau on credentials; (f) General discussion. 2. Review", "provisional agenda, items 1–10"],
    ["list the sub-items of item 1 on the agenda of the sixth session of the Conference", "(c) Adoption of the agenda and organization of work; (d) Participation of observers;", "provisional agenda, items 1–1(f)"],
    ["第六届缔约国会议临时议程项目1包括哪些分项？", "1. Organizational matters: (a) Opening of the sixth session of the Conference;", "provisional agenda, items 1–1(f)"],
  ])("a listing quotes its numbered list in one run: %s", async (question, quote, place) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    const run = reply.citations.find((c) => c.paragraph === place);
    expect(run?.quote, JSON.stringify(reply.citations.map((c) => c.paragraph))).toContain(quote);
    expect(reply.citations.filter((c) => c.paragraph?.startsWith("provisional agenda, item "))).toEqual([]);
  });

  it.each([
    "/agenda cosp 6",
    "what was on the provisional agenda of the sixth session of the Conference of the States Parties?",
    "缔约国会议第六届会议临时议程是什么？",
    "第六届缔约国会议议程项目1有哪些分项？",
  ])("dates the meeting from the agenda's own document: %s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    const first = reply.citations[0];
    expect(first?.symbol).toBe("CAC/COSP/2015/1");
    expect(first?.quote).toContain("2-6 November 2015");
  });
});
