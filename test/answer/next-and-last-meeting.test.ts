/**
 * "The next meeting", "上届会议" of a body: of its own sessions or meetings (not joint meetings or
 * resumed parts), the first that starts on or after the asker's today, or the latest before it,
 * read off their dates; when the documents record none after today, a refusal that says so and
 * gives the latest they record. Read off the annotated agenda of the prevention working group's
 * 15th meeting (3–6 September 2024, Vienna) and the IRG's 12th session (14–18 June 2021, Vienna).
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";
import { beforeSources } from "../core/answer-text.js";

describe("the next or the last meeting asked", () => {
  it.each([
    ["upcoming prevention working group meeting - dates?", "next"],
    ["下一次预防工作组会议在哪开", "next"],
    ["where did the review group meet most recently? its latest session", "last"],
    ["上一届审议组会议是哪天", "last"],
  ])("%s", (q, which) => expect(read(q).relativeMeeting).toBe(which));
  it.each(["what was the last item on the agenda", "下次请告诉我议程", "next, the recommendations"])("not without a meeting: %s", (q) => expect(read(q).relativeMeeting).toBeUndefined());
});

describe("before the meeting (the clock in August 2024)", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["upcoming prevention working group meeting?", /15th meeting[\s\S]*3–6 September 2024/],
    ["下一次预防工作组会议在哪开", /第十五次会议[\s\S]*维也纳/],
    ["where did the review group hold its most recent session?", /12th session[\s\S]*Vienna/],
  ])("%s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});

describe("after the last meeting the documents record (the clock in December 2026)", () => {
  const ask = useTestAssistant(withRealDocuments, { now: () => new Date("2026-12-04T12:00:00Z") });
  it.each([
    ["when's the upcoming prevention working group meeting?", /no meeting of the Working Group on Prevention on or after[\s\S]*15th meeting[\s\S]*3–6 September 2024/],
    ["预防工作组下一次会议什么时候开？", /没有记载[\s\S]*以后的会议[\s\S]*第十五次会议/],
  ])("%s", async (q, refusal) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(refusal);
  });
});
