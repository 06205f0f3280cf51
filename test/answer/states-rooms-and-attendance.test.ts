/**
 * - A State the question names ("when did Ghana ratify the CTBT", "加纳") must stand in the passage
 *   that answers, also within a resolution named by number on something else: a paragraph on
 *   another State's ratification does not answer.
 * - "Which room", "which hall" ask a room or hall named, which a building or a city does not give.
 * - "Attendance", "turnout" ask a count; "多少人", "几个人", "人数", "几位", "多少名", "how many
 *   people", "how many delegates" a count of people ("730 多人", "2,500 personnel", "15 fellows"),
 *   which a count of discussions, of universities or "一名发言者" is not.
 * Read off the real General Assembly resolutions, the Security Council drafts and the bundled documents. Paraphrases not
 * used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a State, a room and an attendance asked", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    "on what date did Ghana ratify the CTBT?",
    "加纳哪一天批准了《全面禁止核试验条约》？",
    "in which conference room will the first TPNW Review Conference meet in New York?",
    "which hall at UN Headquarters is the TPNW review conference held in?",
    "how was attendance at the Summer Youth Olympic Games in Dakar?",
    // A resolution named, on something else than the State: its paragraph on another State's
    // ratification does not answer (nor does 批准 make it the resolution's "approves").
    "According to resolution 80/24, when did Ghana ratify the Comprehensive Nuclear-Test-Ban Treaty?",
    "按照80/24号决议，加纳是哪天批准《全面禁止核试验条约》的？",
  ])("is refused where no passage states it: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
  it.each([
    ["on what date did Ghana ratify the TPNW?", /26 September 2025/],
    ["加纳是哪天批准《禁止核武器条约》的？", /2025年9月26日/],
    ["which room is the 15th prevention WG meeting in?", /B\/M1/],
    ["According to resolution 80/24, when did Papua New Guinea ratify the CTBT?", /13 March 2024/],
  ])("is answered where a passage states it: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});

describe("a count of people asked", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    "预防腐败工作组第十次会议有多少人出席？",
    "预防工作组第十次会议到会的有几个人？",
    "how many people attended the tenth meeting of the prevention working group?",
    // People named by their part ("delegates", "participants", "几位代表"): 400 universities are no count of them.
    "How many delegates took part in the tenth session of the prevention working group?",
    "What was the number of participants at the 10th prevention WG meeting?",
    "预防腐败问题工作组第十次会议有几位代表参加？",
  ])("is refused where no passage counts people (a count of discussions, one speaker): %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
  it.each([
    ["2022年9月闭会期间会议有多少人报名参加？", /730/],
    ["S/2018/693里，UNAMID警察最多可以部署多少人？", /2,500/],
    ["how many fellows from each region does the disarmament fellowship on small arms train?", /\b15\b/],
    ["每个区域有几位学员参加小武器研修金培训？", /15/],
  ])("is answered by the passage that counts them: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});
