/**
 * A date dates the clause it stands in: a passage that gives a date for one event ("the expiration
 * in February 2026 of the Treaty") and says of another only in an undated relative clause ("which
 * has purportedly been suspended unilaterally") does not say when the second happened, and the
 * refusal names it as the nearest passage. A clause after a date describes what the date dates
 * ("resolution 35/142 B of 12 December 1980, which introduced …"). Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a date and the clause it dates", () => {
  it.each([
    ["on what date was the New START treaty unilaterally suspended?", /A\/RES\/80\/48/],
    ["New START - when did the unilateral suspension happen?", /A\/RES\/80\/48/],
    ["新START条约什么时候被暂停的？", /A\/RES\/80\/48/],
    ["新START是在哪一天被暂停执行的？", /A\/RES\/80\/48/],
  ])("%s is refused, not answered with the treaty's expiry, naming the passage that speaks of it", async (question, nearest) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).not.toMatch(/February 2026|2026年2月/);
    expect(reply.text).toMatch(nearest);
  });

  it.each([
    ["when did the new START treaty expire?", /February 2026/],
    ["when was the UN standardized reporting of military expenditures introduced?", /12 December 1980/],
    ["联合国军事支出标准化报告制度是什么时候推出的？", /1980年12月12日/],
  ])("%s is answered with the date of the clause that says it", async (question, date) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n").slice(0, 3).join("\n")).toMatch(date);
  });
});
