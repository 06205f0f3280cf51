/**
 * Two meetings of one series named by their ordinals in one question ("the ninth and tenth
 * meetings", "第九次和第十次会议", "IRG 11 and IRG 12", "COSP8 and 9") are two parts, each
 * answered: not only the first or the last.
 * Paraphrases not used to write the rule; the dates read off the Working Group on Prevention's
 * documents by hand (ninth meeting 5–7 September 2018, tenth 4–6 September 2019).
 */
import { describe, expect, it } from "vitest";
import { questionParts } from "../../src/answer/compound.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

describe("two ordinals make two parts", () => {
  it.each([
    ["when were the 11th and the 12th expert meetings held?", "en", ["when were the 11th expert meetings held?", "when were the 12th expert meetings held?"]],
    ["工作组第十一次和第十二次会议在哪里开？", "zh", ["工作组第十一次会议在哪里开？", "工作组第十二次会议在哪里开？"]],
  ] as const)("%s", (question, lang, parts) => {
    expect(questionParts(question, lang)).toEqual(parts);
  });
  it.each([
    ["where were IRG 11 and IRG 12 held?", ["where were IRG 11 held?", "where were IRG 12 held?"]],
    ["COSP8 and 9: dates?", ["COSP 8: dates?", "COSP 9: dates?"]],
  ] as const)("a short name numbered twice: %s", (question, parts) => {
    expect(questionParts(question, "en")).toEqual(parts);
  });
  it("not a count of days after it", () => expect(questionParts("what happened at IRG 12 and 13 days later?", "en")).toHaveLength(1));
  it("leaves one ordinal alone", () => {
    expect(questionParts("when was the 11th expert meeting held?", "en")).toEqual(["when was the 11th expert meeting held?"]);
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("both meetings answered", () => {
  it.each([
    ["When were the ninth and tenth meetings of the prevention working group held?", [/5–7 September 2018/, /4–6 September 2019/]],
    ["预防工作组第九次和第十次会议分别是什么时候开的？", [/2018年9月5日至7日/, /2019年9月4日至6日/]],
  ] as const)("%s", async (question, facts) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    for (const f of facts) expect(reply.text).toMatch(f);
  });
});
