/** Refusals say what the documents hold about the meeting a question names, never that its number is missing. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAssistant, type TestAssistant } from "../core/test-assistant.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
}, 120_000);
afterAll(async () => t?.cleanup());

describe("a refusal about a meeting the documents hold", () => {
  it.each([
    ["who attended the 15th meeting of the prevention working group?", "They cover the 15th meeting of the Working Group on Prevention, 3–6 September 2024, Vienna, but not what is asked.", /nothing on: [^)]*\b15\b/],
    ["第十五次会议的成果是什么？", "文件涵盖预防腐败问题工作组第十五次会议，2024年9月3日至6日，维也纳，但没有所问的内容。", /未找到：[^）]*(15|十五)/],
  ])("“%s” names what the documents cover about it, and not its number as missing", async (question, covered, wrong) => {
    const r = await t.ask(question);
    expect(r).toMatchObject({ answered: false });
    expect(r.text).toContain(covered);
    expect(r.text).not.toMatch(wrong);
  });

  it.each([
    ["who attended the 16th meeting?", "(nothing on: the 16th meeting"],
    ["第十六次会议的成果是什么？", "（未找到：第十六次会议"],
  ])("“%s” names a meeting the documents do not hold as a meeting, not as a stray number", async (question, said) => {
    const r = await t.ask(question);
    expect(r).toMatchObject({ answered: false });
    expect(r.text).toContain(said);
  });
});
