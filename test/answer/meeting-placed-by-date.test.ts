/**
 * A meeting placed by its month and city, with what it decided asked: the answer states the
 * decision from the passage that reports it, not the list of meetings held that month.
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();

describe("what a meeting placed by its date decided", () => {
  it.each(["What was decided at the meeting held in Rabat in January 2020?", "2020年1月在拉巴特召开的会议决定了什么？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    // The decision (a mechanism to assess implementation of the Arab convention), in the answer's own text.
    expect(reply.text).toMatch(/建立一个评估《公约》实施情况的机制/);
    expect(reply.text).not.toMatch(/^文件记载的在该期间举行的会议|^Meetings held/);
  });
});
