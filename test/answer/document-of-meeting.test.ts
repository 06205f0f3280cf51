/**
 * Questions about the documents themselves: a document named by the meeting it was prepared
 * for, and questions with words the documents never use.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAssistant, type TestAssistant } from "../core/test-assistant.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
});
afterAll(async () => {
  await t.cleanup();
});

describe("a document named by the meeting it was prepared for", () => {
  it.each([
    ["What is the title of the background paper prepared for the 11th meeting of the working group?", "Progress in the activities of the Open-ended Intergovernmental Working Group"],
    ["工作组第十一次会议的背景文件题目是什么？", "预防腐败问题不限成员名额政府间工作组活动的进展"],
  ])("“%s” gives the document's title from its own header", async (q, title) => {
    const r = await t.ask(q);
    expect(r.answered, r.text).toBe(true);
    expect(r.text).toContain(title);
    expect(r.citations.some((c) => c.file === "000_3bc8d7f2d14a8734.txt" && c.quote.includes("预防腐败问题不限成员名额政府间工作组活动的进展"))).toBe(true);
  });
});

describe("words the documents never use", () => {
  it.each(["What is the population of Vienna?", "What percentage of the budget is spent on technical assistance?"])("refuses “%s” although its other words occur", async (q) => {
    const r = await t.ask(q);
    expect(r).toMatchObject({ answered: false, kind: "refusal" });
    expect(r.citations).toEqual([]);
  });
});
