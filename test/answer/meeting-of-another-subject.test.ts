/**
 * A meeting named by a year and a subject that no body the documents follow is about ("the 2019
 * meeting on the humanitarian impact of nuclear weapons", "2020年的核武器人道主义影响会议") is not
 * answered with the meetings the documents place in that year; and a passage that names no year
 * the question gives does not say when or where ("the 20 June 2022 conference" placed by a cover
 * page). A question about the year alone still lists its meetings. Paraphrases not used to write
 * the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a meeting of a subject no followed body is about, by its year", () => {
  it.each([
    "where was the 2019 meeting on the humanitarian impact of nuclear weapons held?",
    "when was the 2016 meeting on the humanitarian impact of nuclear weapons?",
    "where did the 2018 meeting on nuclear weapons' humanitarian impact take place?",
    "2020年的核武器人道主义影响会议在什么地方举行？",
    "2021年那次核武器人道主义影响会议是在哪里开的？",
    "2022年6月20日那次核武器人道主义影响会议在哪个城市开的？",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    // No meeting of a followed body (each is listed in bold), no cover page of another report.
    expect(reply.text).not.toMatch(/\*\*|ISSN/);
  });
});

describe("the meetings of a year", () => {
  it.each([
    ["which meetings were held in 2019?", /10th meeting of the Working Group on Prevention/],
    ["2019年9月开了什么会议？", /预防腐败问题工作组第十次会议/],
  ])("%s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});
