/**
 * A Chinese term of two words is found where a text writes its words apart ("交流经验" in
 * "交流在实施所审议条款方面的经验"), close together, and not where they stand far apart.
 */
import { describe, expect, it } from "vitest";
import { termParts } from "../../src/knowledge/index.js";
import { coverage } from "../../src/answer/answer-search.js";

const concept = (label: string) => ({ label, variants: [label], en: [], weight: 1, neutral: false });
const passage = (text: string) => ({ text, headingPath: [] });

describe("a two-word Chinese term written apart", () => {
  it("splits a term of two words, not a one-word term or a short one", () => {
    expect(termParts("交流经验")).toEqual(["交流", "经验"]);
    expect(termParts("工作组")).toEqual([]);
    expect(termParts("经验")).toEqual([]);
  });

  it.each([
    ["交流经验", "邀请缔约国交流在实施所审议条款方面的经验，最好是利用自评清单开展交流"],
    ["提交报告", "请秘书处向工作组下一次会议提交关于执行情况的报告"],
  ])("finds %s in “%s”", (term, text) => {
    expect(coverage([concept(term)], passage(text)).hit).toBe(1);
  });

  it("does not find the words of a term that stand far apart", () => {
    const text = "各国交流了信息。" + "会议讨论了许多其他议题，包括资产追回、国际合作和技术援助的各个方面以及今后的工作安排。" + "缔约国分享了经验。";
    expect(coverage([concept("交流经验")], passage(text)).hit).toBe(0);
  });
});
