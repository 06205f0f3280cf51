/**
 * A Chinese ordinal of a document or of anything counted ("第三份报告", "第二份") is found as the
 * English ordinal ("The third report of the Investigation and Identification Team, of 27
 * January 2023"), as the ordinals of meetings are. Paraphrases not used to write the rule; facts
 * read off A/RES/80/34 by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the date of the team's report asked by its ordinal in Chinese", () => {
  it.each([
    ["80/34号决议提到的调查和鉴定小组第三份报告是哪天发布的？", /日期：2023年1月27日/],
    ["调查和鉴定小组的第二份报告日期是？（80/34）", /日期：2021年4月12日/],
    ["第80/34号决议里，调查和鉴定小组第一份报告是什么时候的？", /日期：2020年4月8日/],
  ])("%s", async (q, date) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(date);
  });
});
