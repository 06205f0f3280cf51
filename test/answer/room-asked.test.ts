/**
 * A room asked of a meeting ("which conference room", "在哪间会议室") is answered by the room its
 * opening names, and where the documents name none, refused with what they do give (its dates and
 * city): a city is no room. A conference room paper is no room asked. Read off the annotated agenda
 * of the 15th meeting of the prevention working group (Building M, room B/M1) and the report of the
 * Implementation Review Group's 12th session (Vienna, no room). Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";
import { beforeSources } from "../core/answer-text.js";

describe("a room asked", () => {
  it.each(["in what meeting room does the IRG's 12th session take place?", "which hall is the conference in", "第十五次会议在哪间会议室？", "审议组会议在哪个会议厅开"])("%s", (q) => {
    expect([...read(q).asks]).toEqual(expect.arrayContaining(["room", "where"]));
  });
  it.each(["which conference room paper was the OSCE's?", "what CRP did Costa Rica send"])("not by a conference room paper: %s", (q) => {
    expect(read(q).asks.has("room")).toBe(false);
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("the room of a meeting", () => {
  it.each([
    ["what conference room is the prevention group's fifteenth meeting held in?", /B\/M1/],
    ["预防工作组第十五次会议在哪间会议室开？", /B\/M1/],
    // A hall asked with its building, and the meeting numbered by "#" in chat shorthand, with the month it is in.
    ["heading to Vienna for prevention WG #15 in Sept 2024 - which building and hall?", /B\/M1/],
  ])("is its opening's: %s", async (q, room) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(room);
  });

  it.each([
    ["in which room did the review group hold its twelfth session?", /name no room/],
    ["实施情况审议组第十二届会议是在哪个会议厅举行的？", /没有载明会议厅/],
  ])("is refused where the documents name none, with what they give: %s", async (q, refusal) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(refusal);
    expect(reply.text).toMatch(/2021/);
  });
});
