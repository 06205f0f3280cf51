/**
 * A clause in which the asker speaks of themselves and asks nothing ("这是我第二次参加", "I'm
 * putting together a brief") says nothing a passage must be about: a passage that happens to hold
 * its words ("attended", "briefed") does not outweigh the meeting the question names. Its "第二次"
 * (the asker's second time) numbers no meeting either. Read off the IRG's 12th session (Vienna,
 * 14–18 June 2021) and the organized crime Conference's 4th session (opening at 10 a.m. on
 * 8 October 2008). Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { askersOwn } from "../../src/answer/answer-search.js";
import { readQuestion as read } from "../core/read-question.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("the asker's own clauses", () => {
  it.each([
    ["我们代表团是头一回来，审议组第十二届会议在哪里开？", "我们代表团是头一回来"],
    ["I'm drafting a note for my capital. When did the IRG meet for its 12th session?", "I'm drafting a note for my capital"],
    ["We are preparing our statement - what is on the agenda of the 15th meeting?", "We are preparing our statement"],
    ["When is the next session, we need to know.", "we need to know"],
  ])("%s", (q, own) => expect(askersOwn(q).own).toBe(own));
  it.each([
    "我们想知道审议组第十二届会议在哪里开？",
    "I wonder whether the IRG met in Vienna, or elsewhere?",
    "Our delegation asks: when is the next session?",
  ])("none that asks, or is the last: %s", (q) => expect(askersOwn(q).own).toBe(""));
  it.each([
    ["我第一次参加缔约国会议，第十届会议在哪开？", 10],
    ["这是我们第三次出席，审议组第十二届会议几号开？", 12],
  ])("'第N次' of the asker numbers no meeting: %s", (q, ordinal) => expect(read(q).ordinal).toBe(ordinal));
});

describe("answers past the asker's own clause", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["这是我们第三次出席审议组会议，第十二届会议是什么时候开的？", /2021年6月14日至18日/],
    ["我是第一次参加，审议组第十二届会议在哪个城市举行？", /维也纳/],
    ["I'm writing up a briefing for my mission. When did the Implementation Review Group hold its 12th session?", /14–18 June 2021/],
    ["We attended the last one remotely, where did the IRG hold its twelfth session?", /Vienna/],
    ["我们团第一次参加有组织犯罪公约缔约方会议第四届会议，开幕式几点？", /上午10时|10 a\.m\./],
  ])("%s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});

describe("a clause after the question in which the asker tells what they know is no part to answer", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    "How many experts were on the 2024-2025 group of governmental experts on the Register? I know half of them were women.",
    "the 2024–2025 GGE on the Register: how many members did it have? I'm aware half were women",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });
});
