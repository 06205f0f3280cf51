/**
 * A question about the agenda of a meeting it qualifies with words the one meeting with an
 * organization of work does not answer to ("the biological weapons convention meeting", 化学武器公约缔约国大会)
 * is not answered with that meeting's agenda; words that only say which of its meetings is meant
 * (the next one, this week's, Thursday's, the one in Vienna, the working group's) still are.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();
const FIFTEENTH_AGENDA = /Provisional agenda of the 15th meeting|第十五次会议临时议程|第十五次会议\*{0,2}安排|15th meeting of the Working Group on Prevention\*{0,2}:/;

describe("the agenda of another meeting", () => {
  it.each([
    "outer space conference agenda please",
    "what items are on the agenda of the small arms summit?",
    "化学武器公约缔约国大会的议程",
    "核裁军峰会的议程有哪些",
  ])("is not the organized meeting's: %s", async (question) => {
    const reply = await ask(question);
    expect(reply.text).not.toMatch(FIFTEENTH_AGENDA);
  });

  it.each([
    "what is on the agenda for this week's meeting",
    "agenda of the working group meeting",
    "what's on the agenda of the meeting in Vienna?",
    "agenda of the next meeting",
    "下一次会议议程有哪些",
    "周四下午的会议议程",
  ])("is the organized meeting's when the words only say which of its meetings: %s", async (question) => {
    const reply = await ask(question);
    expect(reply.text).toMatch(FIFTEENTH_AGENDA);
  });
});
