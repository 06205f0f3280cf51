import { describe, expect, it } from "vitest";
import { coverage } from "../../src/answer/answer-search.js";
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
