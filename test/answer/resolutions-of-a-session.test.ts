/**
 * "Which resolutions did the Conference adopt at its tenth session", "第九届会议通过了哪些决议":
 * the resolutions and decisions the documents mention that bear the session's number before the
 * slash, each with its title, said to be those the documents mention (not every one adopted).
 * Read off the bundled documents (10/1, 10/3, 10/4, 10/9, 10/11; 9/1, 9/2). Paraphrases not used
 * to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant();

describe("the resolutions of a session", () => {
  it.each([
    ["list the resolutions the Conference of the States Parties adopted at its tenth session", ["10/1", "10/3", "10/4", "10/9", "10/11"], /that the documents mention/],
    ["缔约国会议第九届会议上通过了哪些决议？", ["9/1", "9/2"], /文件提到的/],
    ["what decisions or resolutions came out of COSP 9?", ["9/1", "9/2"], /that the documents mention/],
  ])("%s", async (q, numbers, said) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    const text = beforeSources(reply.text);
    for (const n of numbers) expect(text).toContain(n);
    expect(text).toMatch(said);
    // Another session's are not among them.
    expect(text).not.toMatch(q.includes("九") || q.includes("9") ? /10\/\d/ : /\b9\/\d/);
  });
});

describe("how many resolutions a session adopted", () => {
  it("is not counted from those the documents mention", async () => {
    const reply = await ask("how many resolutions came out of the Conference's tenth session?");
    expect(reply.text).not.toMatch(/5 in all|共5项/);
  });
});
