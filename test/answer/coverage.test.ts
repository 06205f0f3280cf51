import { describe, expect, it } from "vitest";
import { coverage, hasQuantity } from "../../src/answer/answer-search.js";
import type { Passage } from "../../src/knowledge/model.js";

const passage = (text: string): Passage => ({ id: "p", docId: "d", kind: "paragraph", locator: "1", text, headingPath: [] }) as unknown as Passage;

describe("how much of a question a passage covers", () => {
  const budget = { label: "budget", variants: ["预算"], en: ["budget"], weight: 1 };
  const unknown = { label: "zorblax", variants: [], en: ["zorblax"], weight: 1, neutral: true };

  it("does not count a word neither source knows against a passage without it", () => {
    expect(coverage([budget, unknown], passage("工作组审议了预算。"))).toMatchObject({ hit: 1, total: 1, missing: [] });
  });

  it("counts a word neither source knows for a passage that contains it", () => {
    const c = coverage([budget, unknown], passage("The budget of the zorblax programme."));
    expect(c.hit).toBe(c.total);
    expect(c.total).toBeGreaterThan(1);
  });

  it("matches English passages by stems and Chinese ones by terms", () => {
    const discussed = { label: "discussed", variants: ["讨论"], en: ["discuss"], weight: 1 };
    expect(coverage([discussed], passage("Delegations discussed the matter.")).hit).toBe(1);
    expect(coverage([discussed], passage("各代表团讨论了此事。")).hit).toBe(1);
    expect(coverage([discussed], passage("The budget was adopted.")).missing).toEqual(["discussed"]);
  });
});

describe("what states a quantity", () => {
  it("counts a number of meetings, persons or States", () => {
    expect(hasQuantity("会议期间共举行了十二次会议。")).toBe(true);
    expect(hasQuantity("118个国家的代表出席了会议。")).toBe(true);
  });

  it("does not read an ordinal from the middle of its numeral", () => {
    expect(hasQuantity("在第十二次增进国际合作专家会议上启动了工作。")).toBe(false);
    expect(hasQuantity("委员会第二十三届会议核准了报告。")).toBe(false);
  });

  it("does not take an article (一项, 一个) for a count, but counts one hundred or eleven", () => {
    expect(hasQuantity("大会决定拟订一项关于网络犯罪的公约。")).toBe(false);
    expect(hasQuantity("工作组设立了一个专家小组。")).toBe(false);
    expect(hasQuantity("一百个国家派代表出席。")).toBe(true);
    expect(hasQuantity("共有十一个缔约国提交了资料。")).toBe(true);
  });
});
