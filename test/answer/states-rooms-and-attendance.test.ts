/**
 * - A State the question names ("when did Ghana ratify the CTBT", "加纳") must stand in the passage
 *   that answers: a paragraph on another State's ratification does not answer.
 * - "Which room", "which hall" ask a room or hall named, which a building or a city does not give.
 * - "Attendance", "turnout" ask a count.
 * Read off the real General Assembly resolutions and the bundled annotated agenda. Paraphrases not
 * used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a State, a room and an attendance asked", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    "on what date did Ghana ratify the CTBT?",
    "加纳哪一天批准了《全面禁止核试验条约》？",
    "in which conference room will the first TPNW Review Conference meet in New York?",
    "which hall at UN Headquarters is the TPNW review conference held in?",
    "how was attendance at the Summer Youth Olympic Games in Dakar?",
  ])("is refused where no passage states it: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
  it.each([
    ["on what date did Ghana ratify the TPNW?", /26 September 2025/],
    ["加纳是哪天批准《禁止核武器条约》的？", /2025年9月26日/],
    ["which room is the 15th prevention WG meeting in?", /B\/M1/],
  ])("is answered where a passage states it: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});
