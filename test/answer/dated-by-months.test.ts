/**
 * A free question asking when: the sentence that says what is asked may date it by months alone
 * ("秘书处在 2022 年 7 月和 2023 年 9 月通过普通照会邀请各国提交资料。截至 2023 年 9 月 21 日，…");
 * its months answer, not the day another sentence of the paragraph gives. Read off the bundled
 * report on the political declaration (paragraph 10) and A/RES/80/34 and 80/48 by hand; the
 * questions are paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { formatMonth } from "../../src/knowledge/index.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a month of a year, written out", () => {
  it.each([
    ["2022-07", "en", "July 2022"],
    ["2023-09", "zh", "2023年9月"],
  ] as const)("%s (%s)", (month, lang, written) => expect(formatMonth(month, lang)).toBe(written));
});

describe("a sentence dated by months alone answers when", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["When did the secretariat invite States by note verbale to submit information for the repository?", [/July 2022/, /September 2023/], /21 September/],
    ["最后一件申报库存的化学武器是什么时候核实销毁的？", [/2023年7月/], /2025年9月24日|2013年9月27日/],
    ["When did the DPRK reveal uranium enrichment facilities?", [/September 2024/, /January 2025/], /9 September 2022/],
  ])("%s", async (q, months, notThisDay) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    const own = beforeSources(reply.text).split("\n").filter((l) => /^(?:Dates?|日期)[:：]/.test(l)).join("\n");
    for (const m of months) expect(own, reply.text).toMatch(m);
    expect(own).not.toMatch(notThisDay);
  });
});
