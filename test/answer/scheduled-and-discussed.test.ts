/**
 * "Scheduled" asks when, and a subject a body is to discuss is found in the workplan's rows:
 * - "when is it scheduled", "for which year is it scheduled" ask the meeting's date or year, not
 *   its agenda ("what is scheduled for the 15th meeting" still asks the agenda);
 * - "when will the asset recovery group discuss illicit financial flows" asks when that subject
 *   comes up, not the group's meetings: the workplan row read under its header ("…议程项目下讨论的…")
 *   and its year, which rows after the first of a year do not repeat ("annex, row 2025年 (4)").
 * Read off the annex of the bundled report on the political declaration; paraphrases not used to
 * write the rules.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { understand } from "../../src/answer/understand.js";
import { readIntent } from "../../src/answer/intent.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { repoRoot, useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const glossary = loadGlossary(join(repoRoot, "data", "terms"));
const opts = { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" };
const read = (text: string) => understand(text, glossary, opts);

describe("\"scheduled\" with when or which year asks the time, not the agenda", () => {
  it.each(["When is the eleventh session of the Conference scheduled?", "For which year is the 11th session of the Conference of the States Parties scheduled?", "What year is COSP11 scheduled for?"])("%s", (q) => {
    expect(read(q).asks.has("agenda")).toBe(false);
  });
  it.each(["What is scheduled for the fifteenth meeting of the prevention working group?", "What is on the schedule of the prevention working group's fifteenth meeting?"])("%s still asks the agenda", (q) => {
    expect(read(q).asks.has("agenda")).toBe(true);
  });
  it.each(["When will the asset recovery working group discuss illicit financial flows?", "资产追回问题工作组什么时候讨论非法资金流动？"])("%s asks when a subject comes up, not the group's meetings", (q) => {
    expect(readIntent(read(q), { namesDocumentTitle: false, threadMeeting: false }).intent.kind).not.toBe("meetingDates");
  });
});

describe("a meeting or a subject scheduled, answered with its year", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    ["What year is the eleventh session of the Conference of the States Parties scheduled for?", /2026/],
    ["When will the asset recovery working group discuss illicit financial flows?", /2024[\s\S]*非法资金流动/],
    ["In what year is the expert meeting on international cooperation scheduled to discuss refusal of asylum?", /2025[\s\S]*拒绝给予庇护/],
    // (The workplan row of 2024, or the 15th meeting's afternoon of 5 September 2024 on measuring corruption.)
    ["Which year is the prevention working group scheduled to take up corruption measurement?", /2024/],
  ])("%s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
  it("refuses a special session the workplan leaves without a date, saying so", async () => {
    const reply = await ask("When is the asset recovery special session of the Conference scheduled to take place?");
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(/待定|to be determined/);
  });
});

/**
 * A slot of a programme of work goes under its day ("annex, row 2024-09-06 15:00", the row itself
 * holding only "下午 3 时至 6 时 4 通过报告"): that day dates it, and the answer states it.
 */
describe("a programme of work's slot is dated by the day it goes under", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    ["When is the adoption of the report scheduled?", /Date: 6 September 2024/],
    ["通过报告安排在哪一天？", /日期：2024年9月6日/],
    ["Which day is set aside for future priorities in preventing corruption?", /6 September 2024/],
  ])("%s", async (q, day) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(day);
  });
});
