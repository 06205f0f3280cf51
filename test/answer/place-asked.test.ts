/**
 * "Which city", "在哪里": an answer from the graph that names no place does not say where. A
 * resolution's decisions are no answer to where the session that adopted it met; the passage
 * that places the session is. Paraphrases not used to write the rule; facts read off the
 * documents by hand (the Conference's third session, Doha, 9–13 November 2009).
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a question asking where is answered with a place", () => {
  it.each([
    "the session that adopted res 3/2 on prevention, where was it?",
    "resolution 3/2 of the Conference, setting up the working group: which city?",
    "设立预防工作组的第3/2号决议，是在哪座城市通过的？",
    "3/2号决议那届会议在什么地方举行？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/Doha|多哈/);
  });
});
