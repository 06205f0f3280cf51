/**
 * An event named by its year ("the 2026 NPT Review Conference", "2026年…审议大会") is not dated by a
 * passage whose every date falls in other years: A/RES/80/48 (preambular paragraph 5) dates a working
 * group and the sessions of the Preparatory Committee for that Conference, not the Conference. The
 * sessions of the Preparatory Committee, asked for, are dated by it. Paraphrases not used to write
 * the rule; the dates read off A/RES/80/48 by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("an event named by its year", () => {
  it.each([
    "When is the 2026 NPT Review Conference?",
    "2026 NPT RevCon: when does it open?",
    "what dates were given for the 2026 Review Conference of the NPT?",
    "《不扩散核武器条约》2026年审议大会哪天开幕？",
    "2026年不扩散核武器条约审议大会的会期是哪几天？",
    "2026年审议大会（不扩散条约）的日期是？",
  ])("is not dated by other years' sessions: %s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });

  it.each([
    ["when did the first session of the Preparatory Committee for the 2026 Review Conference of the NPT take place?", /31 July 2023/],
    ["PrepCom for the 2026 NPT RevCon — dates of its second session?", /22 July 2024/],
    ["2026年不扩散条约审议大会筹备委员会第二届会议的日期？", /2024年7月22日/],
    ["2026年审议大会的筹备委员会第三届会议什么时候开的？", /2025年4月28日/],
  ])("still dates the sessions of the body preparing it: %s", async (question, date) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(date);
  });
});
