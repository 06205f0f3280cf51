/**
 * "When" asked of what a resolution decides or calls for is answered only by an answer that says
 * when: a date, a year or a session in its text or the statements it quotes; "which day" asks a
 * day. A resolution's statements on the subject that give none are not an answer
 * ("第80/24号决议呼吁召开的…高级别国际会议定于何时举行", "80/16 … 组织会议将于哪一天举行"), and the
 * refusal says the documents do not say when. So is who chairs something: a person or a State in
 * the chair. "决议是几号" asks the resolution's number, not a day.
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";
import { understand } from "../../src/answer/understand.js";
import { realGlossary } from "../knowledge/corpus.js";

describe("when, asked of what a resolution decides", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    "第80/24号决议呼吁召开的联合国核裁军问题高级别国际会议定于何时举行？",
    "第80/16号决议要求运作的信息和通信技术全球机制将于哪一天举行其组织会议？",
  ])("is refused when its statements say nothing of when: %s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });

  it.each([
    ["决议80/38决定何时召开第九次两年期国家会议？", /2026年6月1日/],
    ["resolution 80/46: when will the twelfth CSP of the Arms Trade Treaty be held?", /24–28 August 2026/],
  ])("is answered when they say it: %s", async (question, date) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(date);
  });
});

describe("who chairs, asked of what a resolution says", () => {
  const ask = useTestAssistant(withRealDocuments);
  it("is refused when its statements name no person nor State in the chair", async () => {
    const reply = await ask("大会第80/16号决议中，依照第75/240号决议设立的2021-2025年信息和通信技术安全问题不限成员名额工作组的主席是谁？");
    expect(reply.answered, reply.text).toBe(false);
  });
});

describe("几号 after a resolution", () => {
  const glossary = realGlossary();
  it.each(["关于外空不首先放置武器的决议是几号？", "那项决定是几号？"])("asks its number, not a day: %s", (q) => {
    expect(understand(q, glossary, { now: new Date("2026-01-01"), timeZone: "UTC" }).asks.has("when")).toBe(false);
  });
  it("still asks a day of a meeting", () => {
    expect(understand("会议几号开？", glossary, { now: new Date("2026-01-01"), timeZone: "UTC" }).asks.has("when")).toBe(true);
  });
});
