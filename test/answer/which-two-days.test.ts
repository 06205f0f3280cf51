/**
 * "哪两天", "哪三天", "哪些天" ask when, as "哪几天" does: the meeting's dates answer them.
 * Paraphrases not used to write the rule; the dates read off the 2020 background paper of the
 * Working Group on Prevention by hand (its eleventh meeting, Vienna, 9 and 10 June 2020).
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";


describe("哪两天 asks when", () => {
  it.each(["会议是哪两天？", "审议组第六届会议开了哪三天？", "工作组哪些天开会？"])("%s", (q) => {
    expect(read(q).asks.has("when")).toBe(true);
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("the dates of a meeting asked by 哪两天", () => {
  it.each(["工作组第十一次会议在哪两天举行？", "预防腐败工作组第11次会议是哪两天？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/2020年6月9日至10日|2020年6月9日和10日/);
  });
});
