/**
 * The warm-up at start: each of its steps runs on the bundled documents (a step that fails is
 * swallowed at start, leaving its work to the first request, so only a test sees it), it takes
 * each body's next numbered meeting as the one to read ahead, and answers are the same after it.
 */
import { describe, expect, it } from "vitest";
import { nextSession } from "../../src/answer/answer-meeting.js";
import { answerQuestion } from "../../src/answer/ask.js";
import { understand } from "../../src/answer/understand.js";
import { warmUpSteps } from "../../src/answer/warm.js";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import { corpus } from "../knowledge/corpus.js";

const now = new Date("2024-09-01T08:00:00Z");
const timeZone = "Europe/Vienna";
const answer = (index: KnowledgeIndex, text: string) =>
  answerQuestion({ index, glossary: index.glossary, q: understand(text, index.glossary, { now, timeZone }), now, timeZone, thread: {} }).answer;

describe("the warm-up", () => {
  it("takes a body's next numbered meeting on or after today, none once it has begun", async () => {
    const { index } = await corpus();
    const bundled = { index, glossary: index.glossary };
    expect(nextSession(bundled, "wg-prevention", "2024-09-01")?.id).toBe("wg-prevention/15");
    expect(nextSession(bundled, "wg-prevention", "2024-09-03")?.id).toBe("wg-prevention/15");
    expect(nextSession(bundled, "wg-prevention", "2024-09-04")).toBeUndefined();
  });

  it("runs every step without an error, and answers after it as before it", async () => {
    const { index } = await corpus();
    const questions = ["When and where is the 15th meeting of the Working Group on Prevention held?", "预防腐败问题工作组第十五次会议在哪里举行？议程是什么？"];
    const before = questions.map((q) => answer(index, q));
    for (const step of warmUpSteps(index, { now: () => now, timeZone })) expect(step).not.toThrow();
    for (const [i, q] of questions.entries()) {
      const a = answer(index, q);
      expect(a.answered, a.text).toBe(true);
      expect(a).toEqual(before[i]);
    }
  });
});
