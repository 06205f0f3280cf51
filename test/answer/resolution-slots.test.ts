/**
 * Who put a resolution forward is asked by its own words in each language, and is not confused
 * with what the resolution asks someone to submit. Paraphrases not used to write the cues.
 */
import { describe, expect, it } from "vitest";
import { resolutionSlots } from "../../src/answer/resolution-slots.js";

describe("a question about who put a resolution forward asks for its sponsors", () => {
  it.each([
    ["en", "Which countries co-sponsored resolution 80/21?"],
    ["en", "who tabled 80/34 in the First Committee?"],
    ["en", "Which group of States proposed the text of resolution 80/2?"],
    ["zh", "第80/21号决议有哪些共同提案国？"],
    ["zh", "80/34号决议是哪个集团起草的？"],
    ["zh", "80/2号决议的草案由谁提交？"],
  ] as const)("%s: %s", (lang, text) => {
    expect(resolutionSlots(text, lang, true)).toContain("sponsors");
  });
});

describe("what a resolution asks someone to submit is not who submitted it", () => {
  it.each([
    ["en", "What does resolution 80/46 request the Secretary-General to submit?"],
    ["en", "Which report is to be submitted under resolution 80/20?"],
    ["zh", "80/46号决议要求秘书长提交什么报告？"],
    ["zh", "第80/20号决议请各国提交哪些资料？"],
  ] as const)("%s: %s", (lang, text) => {
    const slots = resolutionSlots(text, lang, true);
    expect(slots).not.toContain("sponsors");
    expect(slots).toContain("statements");
  });
});

describe("the agenda item a resolution was adopted under, asked by its number in Chinese", () => {
  it.each([
    "第80/44号决议属于大会议程第几项？",
    "80/8号决议是在哪项议程下通过的？",
    "80/12号决议列在议程第几项？",
  ])("%s", (text) => {
    expect(resolutionSlots(text, "zh", false)).toContain("agendaItem");
  });
});

describe("a session asked of what happened is not the session an item comes back to", () => {
  it.each([
    "80/44: the special report was submitted to the space committee at which session?",
    "per 80/28, the expert group's report went to which session of the Assembly?",
    "80/12 - the first standardized report was introduced at what session?",
  ])("en: %s", (text) => {
    expect(resolutionSlots(text, "en", false)).not.toContain("futureAgenda");
  });

  it.each([
    "80/44 - which session is the item on next?",
    "at which session does the GA take up the TCBM item again?",
    "80/12: what session will consider it?",
  ])("en: %s", (text) => {
    expect(resolutionSlots(text, "en", false)).toContain("futureAgenda");
  });
});
