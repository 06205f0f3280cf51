/**
 * The passage search ranks first may cover too little of the question to answer (a document's
 * title or a meeting page's heading, rich in the question's words); one ranked below it that covers
 * enough answers, instead of a refusal. Read off the real General Assembly resolution 80/50 and
 * the prevention working group's session page; paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a passage ranked below the first that covers the question", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["核武器人道主义后果那项决议说，保证核武器永远不再被使用的唯一办法是什么？", /total elimination/],
    ["预防腐败工作组第三届会议（2012年）期间，美国那份CRP.2讲的是美国的什么制度？", /financial disclosure system/],
  ])("answers: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});
