/**
 * "What's the deadline": a date something is due by ("by 30 April annually", "no later than …"),
 * not any date of what the question names, and not the dates of a meeting it names ("the
 * deadline to register for the 15th meeting" is not the meeting's opening). A deadline named as
 * the subject ("the 54/237 C deadline") is asked nothing of. Read off A/RES/80/12 (paragraph 1:
 * military expenditures reported to the Secretary-General by 30 April annually) and the annotated
 * agenda of the 15th meeting of the prevention working group (no registration deadline).
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";
import { beforeSources } from "../core/answer-text.js";

describe("a deadline asked", () => {
  it.each(["what's the yearly deadline for the report?", "Deadline for submissions?", "报名的截止日期是哪天？", "what is the registration deadline", "whats the deadline to apply"])("%s", (q) => {
    expect([...read(q).asks]).toEqual(expect.arrayContaining(["deadline", "when"]));
  });
  it.each(["where's the SG to post news of the 54/237 C deadline?", "does the resolution mention a deadline"])("names one, asks none: %s", (q) => {
    expect(read(q).asks.has("deadline")).toBe(false);
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("the date something is due by", () => {
  it.each([
    ["what is the deadline for member states' military expenditure reports each year?", /30 April/],
    ["每年各国向秘书长提交军事开支报告的截止日期是什么时候？", /4月30日/],
  ])("%s", async (q, date) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(date);
  });

  it.each(["whats the deadline for countries to share their experience before the prevention WG meets?", "what's the deadline for governments to send information ahead of each meeting of the working group on prevention?"])("is not a meeting's date in a paragraph that asks for something before each meeting (之前 of no date): %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });

  it("is not a meeting's dates", async () => {
    const reply = await ask("what's the deadline to register for the prevention working group's 15th meeting?");
    expect(reply.answered, reply.text).toBe(false);
  });
});
