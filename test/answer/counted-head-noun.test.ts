/**
 * What a Chinese count asks of is the head noun after 的 ("多少份资料的分析": analyses, of
 * information), its modifier too: a passage that counts "25 份分析报告 … 所获资料" gives the count.
 * Read off the bundled report on the political declaration (paragraph 11). Paraphrases not used
 * to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("the head noun of what is counted", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    "秘书处给审议组第十四届会议交了多少份资料的分析？",
    "秘书处向审议组第十四届会议交了几份资料的分析？",
    "审议组第十四届会议那次，秘书处一共交了多少份资料的分析？",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/25 份分析报告/);
  });
});
