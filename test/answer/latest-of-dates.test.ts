/**
 * "When did they last meet": a passage listing several dates answers with the latest of them;
 * and a best passage that gives only a session's ordinal is not the answer to "when" where a
 * paragraph of the same document states the dates. Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the most recent of listed dates", () => {
  it.each([
    ["When was the most recent joint ad hoc meeting of the First and Fourth Committees?", /30 October 2024/, /22 October 2015/],
    ["First and Fourth Committee joint meeting on space security: when was the latest one held?", /30 October 2024/, /12 October 2017/],
    ["第一委员会和第四委员会关于空间安全的联合会议上一次是什么时候？", /2024年10月30日/, /2015年10月22日/],
  ])("%s states the latest date on the line after the source", async (question, latest, earlier) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    const [, factLine] = reply.text.split("\n");
    expect(factLine).toMatch(latest);
    expect(factLine).not.toMatch(earlier);
  });
});
