/**
 * A meeting's document the question names as its source ("the COSP6 annotated agenda", "the WG15
 * annotations", "the IRG12 report") does not name the meeting asked about when the question names
 * another ("the very first session", "the 11th expert meeting"); alone, it does. Paraphrases not
 * used to write the rule; the answer read off the sixth session's annotated agenda by hand (the
 * first session was held in Amman).
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";


describe("the meeting asked, not the source's", () => {
  it.each([
    ["per the COSP6 annotated agenda, where did the first session take place?", 1],
    ["the IRG12 report mentions the fourth session - when was it?", 4],
    ["WG15 annotations: when was the 11th expert meeting?", 11],
    ["what does the COSP6 annotated agenda list?", 6],
  ])("%s", (question, ordinal) => {
    expect(read(question).ordinal).toBe(ordinal);
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("a session's place, as another session's document tells", () => {
  it("answers where the first session was held", async () => {
    const reply = await ask("per the COSP6 annotated agenda, where did the first session take place?");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n")[0]).toMatch(/Amman|安曼/);
  });
});
