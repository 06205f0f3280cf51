/**
 * A paragraph that opens on what the paragraph before it named ("会议是按照……安排的", "The
 * meeting was …") goes on with its subject: the meeting and the year the question names may stand
 * in the paragraph before. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a paragraph that goes on with the subject of the one before", () => {
  it.each([
    "2022年缔约国会议闭会期间会议安排了多少个专题小组讨论？",
    "那次2022年的闭会期间会议，小组讨论有几个？",
    "2022年闭会期间会议上，专题小组讨论一共几场",
    "2022 intersessional meeting on the political declaration - number of thematic panels?",
    "In the intersessional meeting of 2022, how many panels were there?",
    "How many panel discussions did the 2022 intersessional meeting of the Conference hold?",
  ])("%s is answered from the paragraph on its panels, which speaks of “the meeting” the paragraph before dates", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    const [, facts] = reply.text.split("\n");
    expect(facts).toMatch(/七个专题小组讨论|Figures?: 7\b/);
    expect(reply.citations[0].paragraph).toBe("6");
  });
});
