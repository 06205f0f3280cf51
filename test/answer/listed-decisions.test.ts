/**
 * A decision a page lists by number and title, with no text of its own ("Decision 1/6 Protocol
 * against the Smuggling of Migrants …"), answers which number a decision on that subject bears,
 * in either language; "决定编号" asks that number, not what a resolution decides, nor a document's
 * symbol. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ownText = (text: string) => text.split(/\n(?:Sources|出处)[:：]/)[0];

describe("the number of a listed decision", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["UNTOC缔约方会议第一届会议关于技术援助活动的决定编号是多少？", "1/4"],
    ["有组织犯罪公约缔约方会议第一届会议关于偷运移民议定书的决定编号是多少？", "1/6"],
    ["有组织犯罪公约缔约方会议第一届会议关于工作方案的决定的编号是什么？", "1/2"],
    ["At COP1 of the organized crime convention, what number did the decision on the migrant smuggling protocol get?", "1/6"],
    ["which COP 1 decision of UNTOC concerns notifications, declarations and reservations?", "1/3"],
  ])("%s", async (question, number) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownText(reply.text)).toContain(number);
    expect(ownText(reply.text)).not.toMatch(/CTOC\/COP\/2008\/INF\/1/);
  });
});
