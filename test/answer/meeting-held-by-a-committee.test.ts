/**
 * A session the clause says a committee held ("在2000年7月17日至28日于维也纳举行的第十届会议上，
 * 特设委员会核准了…", "特设委员会在…举行的第十一届会议上", "…特设委员会第一届至第十一届会议"), a
 * committee the glossary does not know, is not a session of the body whose document it is (the
 * General Assembly's, for A/55/383/Add.2): the Assembly's tenth session was not held in Vienna
 * in July 2000. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("a session held by a committee the document's body is not", () => {
  it.each([
    ["When was the tenth session of the General Assembly held?", /July 2000|2000-07-17/],
    ["dates of the GA's 10th session?", /July 2000|2000-07-17/],
    ["大会第十届会议是什么时候举行的？", /2000年7月17日/],
  ])("%s", async (question, wrong) => {
    const reply = await ask(question);
    expect(beforeSources(reply.text)).not.toMatch(wrong);
  });
});
