/** /recommendations through the real assistant, and its argument schema. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recommendationsArgs } from "../../commands/recommendations.js";
import { createTestAssistant, type TestAssistant } from "../core/test-assistant.js";
import { FILES, citing, expectQuotesFromSources, markersOf } from "../answer/citation-checks.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
});
afterAll(async () => {
  await t.cleanup();
});

describe("/recommendations <meeting>", () => {
  it.each([
    ["/recommendations 10", "en", "10th meeting of the Working Group on Prevention", /\(action taken: “[^”]+”\[\d+\]( and \d+ more paragraphs?)?\)/, /\n\nThe documents hold (\d+) recommendations; all are shown\.$/],
    ["/建议 10", "zh", "预防腐败问题工作组第十次会议", /（采取的行动：“[^”]+”\[\d+\](，另有\d+段)?）/, /\n\n文件载有(\d+)条建议，已全部列出。$/],
  ] as const)("“%s” lists the 10th meeting's recommendations from 000 once each, cited, with what was done and how many the documents hold", async (text, lang, heading, action, count) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "answer", answered: true, lang });
    expectQuotesFromSources(r);
    expect(r.text).toContain(heading);
    expect(r.text).toMatch(action);
    expect(r.citations.every((c) => c.file === FILES.progress2020)).toBe(true);
    const bullets = r.text.split("\n").filter((l) => l.startsWith("• "));
    expect(bullets.length).toBeGreaterThanOrEqual(4);
    expect(Number(count.exec(r.text)?.[1])).toBe(bullets.length);
    // Paragraphs 19 and 28 state the same recommendation: one bullet cites both.
    const joint = bullets.filter((b) => b.includes("与实施情况审议组举行联席会议"));
    expect(joint).toHaveLength(1);
    expect(markersOf(joint[0]).map((n) => r.citations[n - 1].paragraph)).toEqual(expect.arrayContaining(["19", "28"]));
    for (const b of bullets) expect(markersOf(b).length, b).toBeGreaterThan(0);
    // The recommendations that section three of 000 reports for the 10th meeting.
    for (const passage of ["列有开放数据举措和来源的清单", "与实施情况审议组举行联席会议", "预防私营部门腐败", "在 2019 年第 10 次会议上"]) {
      expect(citing(r, FILES.progress2020, passage).length, passage).toBeGreaterThan(0);
    }
    // Not the 9th meeting's (paragraph 14 of 000).
    expect(r.citations.some((c) => c.paragraph === "14")).toBe(false);
  });

  it("lists the recommendations of every meeting, grouped by meeting, when none is named", async () => {
    const r = await t.ask("/recommendations");
    expect(r).toMatchObject({ kind: "answer", answered: true });
    expect(r.text).toContain("**9th meeting of the Working Group on Prevention**");
    expect(r.text).toContain("**10th meeting of the Working Group on Prevention**");
    expect(r.citations.some((c) => c.paragraph === "14")).toBe(true);
  });

  it.each([
    ["/recommendations bananas", /^The documents record no recommendation on “bananas”\. They record recommendations of the 9th meeting/],
    ["/建议 香蕉", /^文件中没有关于“香蕉”的建议。/],
  ])("says “%s” matches nothing rather than listing unrelated recommendations", async (text, said) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "refusal", answered: false });
    expect(r.text).toMatch(said);
    expect(r.citations).toEqual([]);
  });

  it("refuses /recommendations 99", async () => {
    const r = await t.ask("/recommendations 99");
    expect(r).toMatchObject({ kind: "refusal", answered: false, code: "not_covered", citations: [] });
  });

  it("“/recommendations 99” says which meetings' recommendations the documents record", async () => {
    const r = await t.ask("/recommendations 99");
    expect(r.text).toContain("The documents record recommendations of the");
    expect(r.text).toContain("10th meeting of the Working Group on Prevention");
  });
});

describe("/recommendations <topic>", () => {
  it.each([
    ["/recommendations open data", "列有开放数据举措和来源的清单"],
    ["/recommendations 10 private sector", "预防私营部门腐败"],
    ["/建议 开放数据", "列有开放数据举措和来源的清单"],
  ])("“%s” gives the matching recommendation, cited", async (text, passage) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "answer", answered: true });
    expectQuotesFromSources(r);
    expect(citing(r, FILES.progress2020, passage).length).toBeGreaterThan(0);
    expect(r.text).toContain(passage);
  });
});

describe("recommendationsArgs", () => {
  it.each([
    ["10", { ordinal: 10, text: "" }],
    ["tenth", { ordinal: 10 }],
    ["第十次", { ordinal: 10 }],
    ["10 private sector", { ordinal: 10, text: "private sector" }],
    ["open data", { ordinal: undefined, text: "open data" }],
    ["", { ordinal: undefined, text: "" }],
  ] as const)("reads “%s”", (raw, want) => {
    expect(recommendationsArgs.parse(raw)).toMatchObject(want);
  });
});
