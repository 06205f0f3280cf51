/**
 * "Which resolution" asked of something a passage tells of ("the Second Disarmament Decade
 * declaration: in which resolution's annex?"): the answer's own text states the resolution the
 * passage names, in the asker's language, not only the quoted paragraph; "裁军十年" is the
 * Disarmament Decade, one term. Paraphrases not used to write the rule; the number read off
 * A/RES/80/18 by hand (preambular paragraph: "contained in the annex to its resolution 35/46").
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);
/** The answer's own lines, before the paragraph it quotes and its sources. */
const answerPart = (text: string) => beforeSources(text).split(/\n> |\n「/)[0];

describe("the resolution number a passage gives", () => {
  it.each([
    "消极安全保证那项决议里回顾的“第二个裁军十年”宣言，是联大第几号决议的附件？",
    "80/18提到的第二个裁军十年宣言载于哪项决议？",
    "第二个裁军十年宣言是由联大哪一个决议通过的？（见80/18）",
  ])("is stated in a Chinese answer's own words: %s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(answerPart(reply.text)).toContain("35/46");
  });

  it.each([
    "which resolution annexed the Declaration of the 1980s as the Second Disarmament Decade, per 80/18?",
    "the Second Disarmament Decade declaration recalled in the negative security assurances resolution: what resolution number?",
    "Second Disarmament Decade declaration — contained in which GA resolution?",
  ])("is in an English answer's text: %s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toContain("35/46");
  });
});

describe("the resolution of the session a question names, not one of another session on the same subject", () => {
  it.each([
    ["第八届会议在哪项决议中再次请秘书处加强协同效应？", /8\/2/],
    ["In which resolution did the eighth session again ask the secretariat to strengthen synergies with other mechanisms?", /8\/2/],
    ["缔约国会议第七届会议关于协同效应的决议是第几号？", /7\/4/],
    ["缔约国会议在第六届会议的哪项决议中吁请秘书处与其他机制的秘书处协调？", /6\/1/],
  ])("%s", async (question, number) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(answerPart(reply.text)).toMatch(number);
  });
});
