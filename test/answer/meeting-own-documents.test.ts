/**
 * A passage of a document prepared for the named meeting, which the question names by a word of its
 * title (the synergies report, the report on resolution 7/4 for the twelfth session of the review
 * group), answers what the question asks of that document, though it names another meeting ("this
 * report builds on the report submitted at the second resumed tenth session"); the meeting's report
 * asked as such, and who did something at the meeting, are not read from a passage telling of
 * another meeting. Paraphrases not used to write the rule, over the bundled documents.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";
import { beforeSources as own } from "../core/answer-text.js";

const ask = useTestAssistant();

describe("a fact of a document prepared for the meeting named, where the passage names another meeting", () => {
  it.each([
    ["In the synergies report for the IRG's twelfth session, what UNODC publication on gender from 2020 is mentioned?", /刻不容缓/, "18"],
    ["The report on resolution 7/4 prepared for the Implementation Review Group's twelfth session builds on which earlier report?", /CAC\/COSP\/IRG\/2019\/11/, "4"],
    ["Which earlier report is the 7/4 progress report for IRG 12 based on? Give the symbol.", /CAC\/COSP\/IRG\/2019\/11/, "4"],
    ["IRG第十二届会议的那份7/4号决议进展报告提到的2020年出版物叫什么名字？", /刻不容缓/, "18"],
    ["给实施情况审议组第十二届会议的协同效应报告是以哪份报告为基础编写的？给文号", /CAC\/COSP\/IRG\/2019\/11/, "4"],
    ["审议组第十二届会议那份协同效应报告，是在哪份早先报告的基础上写的？", /CAC\/COSP\/IRG\/2019\/11/, "4"],
  ])("%s", async (question, fact, paragraph) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(fact);
    expect(reply.citations[0]?.paragraph).toBe(paragraph);
  });

  it("does not say who presented the meeting's report from a passage on another meeting", async () => {
    const reply = await ask("which rapporteur presented the report of the 12th IRG session?");
    expect(reply.answered, reply.text).toBe(false);
  });
});
