/**
 * A numbered meeting put to the documents with a city, and nothing else asked ("Was the 10th CoSP
 * held in Abu Dhabi?", "…是在日内瓦开的吗"), is answered with where and when it was held, the
 * wrong city included: the city checked is no name the documents must hold. Chat that only asks
 * to be confirmed ("right?", "correct?") or tells of the asker ("I keep mixing them up", "need it
 * for a briefing") weighs no passage. Read off the Conference's 10th session (Atlanta, 11–15
 * December 2023) and the IRG's 12th session (Vienna, 14–18 June 2021). Paraphrases not used to
 * write the rule.
 */
import { describe, expect, it } from "vitest";
import { askersOwn } from "../../src/answer/answer-search.js";
import { readQuestion as read } from "../core/read-question.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a city put to a numbered meeting", () => {
  it.each(["Was the Conference's tenth session in Doha?", "did the review group's 12th session take place in New York", "缔约国会议第十届会议是在多哈举行的吗？"])("asks where: %s", (q) => {
    expect(read(q).asks.has("where")).toBe(true);
  });
  it.each(["What did the IRG's 12th session in Vienna decide?", "审议组在维也纳举行的第十二届会议讨论了什么？"])("asks no place when something else is asked: %s", (q) => {
    expect(read(q).asks.has("where")).toBe(false);
  });

  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["the Conference's tenth session was in Doha, wasn't it", /Atlanta/],
    ["Was COSP 10 held in Sharm el-Sheikh?", /11–15 December 2023[\s\S]*Atlanta/],
    ["缔约国会议第十届会议是在多哈举行的吗？", /亚特兰大/],
    ["Did the review group hold its twelfth session in New York?", /14–18 June 2021[\s\S]*Vienna/],
    ["审议组第十二届会议是在纽约开的吧？", /维也纳/],
  ])("%s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});

describe("chat that asks only to be confirmed, or tells of the asker", () => {
  it.each([
    ["The IRG met in Vienna in 2021, correct?", "correct"],
    ["Vienna for IRG 12, right? need it for my notes", "right need it for my notes"],
    ["COSP 10 was in Atlanta? thanks", "thanks"],
  ])("%s", (q, own) => expect(askersOwn(q).own).toBe(own));
  it("keeps a question that is all of it", () => expect(askersOwn("Right?").own).toBe(""));
});
