/**
 * The Conference of the Parties to the Organized Crime Convention, named as people name it
 * ("the organised crime COP", "conference of the parties to the organized crime convention", an
 * ordinal inside its Chinese name: "跨国有组织犯罪公约第四届缔约方会议"), is that body, not the
 * UNCAC Conference; its opening time ("opening time", "starting hour", 几点) is read off the
 * sentence that states it, not the one whose "9时45分" holds the digit of "第四届". Read off
 * CTOC/COP/2008/INF/1, paragraph 2 (opening 10 a.m. on 8 October 2008; seated by 9.45 a.m.).
 * Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";
import { beforeSources } from "../core/answer-text.js";

describe("the organized crime Conference named", () => {
  it.each([
    "where did the organised crime COP meet for its fourth session?",
    "dates of the 4th session of the conference of the parties to the organized crime convention",
    "跨国有组织犯罪公约第四届缔约方会议在哪开的",
    "有组织犯罪公约第四届缔约方会议是哪天",
  ])("%s", (q) => {
    const question = read(q);
    expect(question.bodies).toEqual(["ctoc-cop"]);
    expect(question.ordinal).toBe(4);
  });

  it.each(["what's the starting hour of the meeting?", "opening time of COSP10?", "time of the opening of the session"])("asks a clock time: %s", (q) => {
    expect(read(q).asks.has("clock")).toBe(true);
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("its opening time", () => {
  it.each([
    ["what's the opening time of the fourth organised crime COP?", /10 a\.m\./],
    ["跨国有组织犯罪公约第四届缔约方会议几点开幕？", /上午10时/],
  ])("%s", async (q, time) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(time);
  });
});
