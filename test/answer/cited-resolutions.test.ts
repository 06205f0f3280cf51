/**
 * Resolutions the documents only cite, and meetings a passage names among others. A resolution's
 * number is one number ("35/46", not a 35 and a 46 anywhere in a list), its part too ("56/24 T" is
 * not 56/24 D); the date a citing text gives it is its adoption date, in the answer's own words; a
 * resolution the documents hold no text of is not answered with the one that cites it; a special
 * session's resolution ("S-32/1") is the Assembly's. Of several meetings a passage names by their
 * ordinals, the place of the one asked, and for "which city" the place it was held at before its
 * State; a date before the document's own year does not say when something still to come is held.
 * Paraphrases not used to write the rules, over the real documents.
 */
import { describe, expect, it } from "vitest";
import { findResolutionMentions } from "../../src/knowledge/index.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources as own } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("the adoption date of a resolution another resolution cites, in the answer's words", () => {
  it.each([
    ["When was resolution 45/54 adopted?", /4 December 1990/, /6 December 1991/, "A/RES/80/18"],
    ["On what date did the Assembly adopt resolution 61/89?", /6 December 2006/, /24 December 2008/, "A/RES/80/46"],
    ["What is the adoption date of resolution 46/36 L?", /9 December 1991/, /15 December 1992/, "A/RES/80/28"],
    ["第45/54号决议是什么时候通过的？", /1990年12月4日/, /1991年12月6日/, "A/RES/80/18"],
    // The part is part of the number: 56/24 D, cited in A/RES/80/30 with the same date, is another resolution.
    ["决议56/24 T是哪一天通过的？", /2001年11月29日/, /1994年/, "A/RES/80/40"],
    // A number and its date in a messy paragraph that runs two preambular paragraphs together.
    ["When was resolution 35/46 adopted?", /3 December 1980/, /1 December 2025/, "A/RES/80/18"],
  ])("%s", async (question, date, other, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(date);
    expect(own(reply.text).split("\n").find((l) => /^(?:Date|日期)/.test(l)) ?? "").not.toMatch(other);
    expect(reply.citations[0]?.document).toBe(symbol);
  });

  it("does not describe the resolution that cites it as the one asked", async () => {
    const reply = await ask("When was resolution 35/46 adopted?");
    expect(reply.text).not.toMatch(/Resolution 80\/18\*\*/);
  });

  it("says where the documents cite a resolution they hold no text of, and that they hold none", async () => {
    const reply = await ask("What does resolution 35/46 request of the Secretary-General?");
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/do not hold the text of resolution 35\/46/);
    expect(reply.text).toMatch(/35\/46 of 3 December 1980/);
    expect(reply.citations.map((c) => c.document)).toContain("A/RES/80/18");
    const zh = await ask("35/46号决议请秘书长做什么？");
    expect(zh.text).toMatch(/没有载有第35\/46号决议的案文/);
  });

  it("quotes the passage that cites it when asked what it says", async () => {
    const reply = await ask("What does resolution 35/46 say?");
    expect(own(reply.text)).toMatch(/35\/46 of 3 December 1980/);
    expect(reply.citations[0]?.document).toBe("A/RES/80/18");
  });

  it("says which other resolution holds what the one named does not, weighed without the named number", async () => {
    const reply = await ask("80/12 — anything in there about the Treaty of Pelindaba?");
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/Resolution 80\/12 does not say this\. A\/RES\/80\/1[48]/);
  });
});

describe("of several meetings a passage names by their ordinals, the place of the one asked", () => {
  it.each([
    ["Where was the Thirteenth Non-Aligned summit held?", /Place: Kuala Lumpur\./],
    ["Where and when was the seventeenth Non-Aligned summit held?", /13–18 September 2016; Place: Venezuela\./],
    ["不结盟国家第十七次首脑会议在哪里召开？", /地点：委内瑞拉。/],
    ["不结盟国家第十三次首脑会议在哪里举行？", /地点：吉隆坡。/],
  ])("%s", async (question, place) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(place);
  });
});

describe("a city asked where a passage names only the State after the place it was held at", () => {
  it.each([
    ["In which city did the seventeenth conference of Non-Aligned heads of state meet?", /Place: Margarita Island; Venezuela\./],
    ["不结盟国家第十七次首脑会议在哪个城市举行？", /地点：Margarita Island、委内瑞拉。/],
  ])("%s", async (question, place) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(place);
  });
  it("still gives the city a passage names with its State", async () => {
    const reply = await ask("In which city was the Thirteenth Non-Aligned summit held?");
    expect(own(reply.text)).toMatch(/Place: Kuala Lumpur\./);
  });
});

describe("what is still to come is not dated by what a document says happened before its own year", () => {
  it("refuses when the only dates are of another body's past meetings", async () => {
    const reply = await ask("When does the next special session devoted to disarmament open?");
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).not.toMatch(/2016|2017|1978/);
  });
  it.each([
    ["When will the next group of experts on the Register of Conventional Arms be convened?", /2027/],
    ["常规武器登记册的下一个政府专家组什么时候召开？", /2027年/],
  ])("still dates what a passage puts after its year: %s", async (question, year) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(year);
  });
});

describe("the words that qualify a numbered meeting in Chinese, with 的, say which kind is asked", () => {
  it("is no followed body's meeting of that number", async () => {
    const reply = await ask("第四届专门讨论裁军问题的特别会议什么时候举行？");
    expect(reply.answered).toBe(false);
    expect(reply.text).not.toMatch(/闭会期间会议|2013年/);
  });
});

describe("a special session's resolution is numbered after its S-", () => {
  it("is read as a mention in both languages", () => {
    expect(findResolutionMentions("政治宣言（大会第 S-32/1 号决议，附件）").map((m) => m.number)).toEqual(["S-32/1"]);
    expect(findResolutionMentions("the political declaration (resolution S-32/1, annex)").map((m) => m.number)).toEqual(["S-32/1"]);
  });
  it.each([
    "Which General Assembly resolution contains the political declaration of the special session against corruption?",
    "政治宣言载于大会哪项决议？",
    "特别会议通过的政治宣言附在大会哪一项决议后面？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/S-32\/1/);
    expect(own(reply.text)).not.toMatch(/\*\*(?:Resolution |第)9\/2/);
  });
});

// A passage that names a resolution the question does not says more than its document's title,
// where the question asks which resolution: the working group 80/16's title names was set up
// under 75/240, which its first preambular paragraph recalls. (Read off A/RES/80/16 by hand.)
describe("which resolution set up what a resolution's title names", () => {
  it("第80/16号决议所涉的那个2021-2025年信息和通信技术安全工作组，是依照大会哪项决议设立的？", async () => {
    const reply = await ask("第80/16号决议所涉的那个2021-2025年信息和通信技术安全工作组，是依照大会哪项决议设立的？");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/75\/240/);
  });
});
