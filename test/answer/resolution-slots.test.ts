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

describe("a sponsorship programme a resolution speaks of is not who sponsored it", () => {
  it.each([
    "which States does 80/46 encourage to fund the sponsorship programme?",
    "how is the ATT sponsorship programme financed under 80/46?",
    "what does 80/46 say about the sponsorship fund?",
  ])("%s", (text) => {
    expect(resolutionSlots(text, "en", true)).not.toContain("sponsors");
  });
  it.each(["who are the sponsors of 80/46?", "which delegations sponsored the draft of 80/46?", "what was the sponsorship of the draft of 80/46?"])("still asks its sponsors: %s", (text) => {
    expect(resolutionSlots(text, "en", true)).toContain("sponsors");
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
    // "哪一项议程", "哪一个项目", and the item's number asked for.
    "第80/16号决议放在哪一项议程之下？",
    "80/28号决议归在哪一个项目下面？",
    "80/40号决议的议程项目编号是多少？",
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

describe("the committee report a resolution was adopted on, named or asked, is the committee's line and not a document its paragraphs cite", () => {
  it.each([
    ["en", "on which committee's report did the assembly adopt 80/40?"],
    ["en", "80/16 — the Main Committee report it was adopted on, symbol please"],
    ["en", "what's the First Committee report behind 80/30?"],
    ["en", "resolution 80/46 came out of the report of which committee, and what's that report's symbol?"],
    ["zh", "80/40号决议依据的第一委员会报告文号是什么"],
    ["zh", "第80/30号决议所根据的委员会报告是哪份"],
    ["zh", "80/16号决议是根据第一委员会的报告通过的吗？报告文号？"],
  ] as const)("%s: %s", (lang, text) => {
    const slots = resolutionSlots(text, lang, false);
    expect(slots).toContain("committee");
    expect(slots).not.toContain("cited");
  });

  it.each([
    ["en", "80/22 takes note of an updated report of the Secretary-General: what's its symbol?"],
    ["zh", "80/40号决议注意到的秘书长报告文号是什么？"],
    ["en", "what's the symbol of the Committee on Contributions report that 80/2 considers?"],
    ["zh", "80/2号决议审议了会费委员会的报告，文号是多少？"],
  ] as const)("but a report of the Secretary-General or of another committee stays a cited document — %s: %s", (lang, text) => {
    expect(resolutionSlots(text, lang, false)).toEqual(expect.arrayContaining(["cited"]));
    expect(resolutionSlots(text, lang, false)).not.toContain("committee");
  });
});

describe("who is to do something under a resolution asks what it asks of whom, even with a session named", () => {
  it.each([
    "under 80/30, who's expected to keep consulting on the special session?",
    "80/16: who has to support the Global Mechanism from 2026?",
    "in 80/40 who is supposed to seek member states' views, and by which session?",
    "80/22 - who needs to report back, and at what session?",
  ])("en: %s", (text) => {
    const slots = resolutionSlots(text, "en", false);
    expect(slots).toContain("statements");
    expect(slots).not.toContain("futureAgenda");
  });
});

describe("who is to do something, asked in Chinese, asks what the resolution asks of whom", () => {
  it.each(["80/30号决议里谁应当继续磋商？", "根据80/40号决议，谁必须避免采取单方面行动？", "80/22号决议中谁需要提交最新报告？"])("zh: %s", (text) => {
    expect(resolutionSlots(text, "zh", false)).toContain("statements");
  });
});
