/**
 * "以多少票赞成", "the recorded vote", "表决结果": only votes recorded, or adoption without a vote,
 * say how a vote went; a number in a paragraph or the date of adoption does not. The resolutions'
 * texts record no votes. Paraphrases not used to write the rule; read off A/RES/80/12, 80/8, 80/46
 * and 80/38 (preamble 23: "without a vote") by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("votes asked where no document records them", () => {
  it.each(["80/12号决议是以多少票通过的？", "第80/8号决议的表决结果如何？", "What was the recorded vote on resolution 80/46?"])("is refused: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
  it("a text that says 'without a vote' answers: 第80/38号决议回顾，开放式工作组最终报告是否经表决通过？", async () => {
    const reply = await ask("第80/38号决议回顾，开放式工作组最终报告是否经表决通过？");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/without a vote/);
  });
});
