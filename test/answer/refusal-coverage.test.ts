/** Refusals say what the documents hold about the meeting a question names, never that its number is missing. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAssistant, withRealDocuments, type TestAssistant } from "../core/test-assistant.js";

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

describe("a refusal about another body's conference that a resolution names", () => {
  let real: TestAssistant;
  beforeAll(async () => {
    real = await createTestAssistant(withRealDocuments);
  }, 120_000);
  afterAll(async () => real?.cleanup());
  // The index dates no third meeting of an anti-corruption body, but the resolution on cluster
  // munitions speaks of the third Review Conference: the refusal quotes it and does not say the
  // documents hold nothing on that meeting.
  it.each([
    ["Who is to preside over the Third Review Conference on cluster munitions?", "A/RES/80/52", /nothing on: the 3rd meeting/],
    ["集束弹药公约第三次审议会议的主席是谁？", "A/RES/80/52", /未找到：第三次会议/],
  ])("“%s” does not call a meeting the nearest passage names missing", async (question, nearest, wrong) => {
    const r = await real.ask(question);
    expect(r).toMatchObject({ answered: false });
    expect(r.text).toContain(nearest);
    expect(r.text).not.toMatch(wrong);
  });
});
