/**
 * Questions the documents do not answer, in English and Chinese: the reply says so (answered
 * false, code not_covered), invents no quote, and says what the documents do cover.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../src/core/types.js";
import { createTestAssistant, type TestAssistant } from "../core/test-assistant.js";
import { expectQuotesFromSources, factAppears, type Fact } from "./citation-checks.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
});
afterAll(async () => {
  await t.cleanup();
});

interface RefusalCase {
  q: string;
  lang: Lang;
  /** What the documents do cover, which the refusal must name. */
  covers: Fact;
  /** Set when the product answers instead of refusing. */
}

const CASES: RefusalCase[] = [
  // A meeting the documents never mention: the refusal names the meetings they do.
  { q: "When is the 17th meeting of the Working Group on Prevention?", lang: "en", covers: "15th" },
  { q: "预防腐败问题工作组第十七次会议什么时候举行？", lang: "zh", covers: "第15次" },
  // A resolution never mentioned: the refusal lists the ones that are.
  { q: "What did resolution 9/7 ask the secretariat to do?", lang: "en", covers: "10/3" },
  { q: "第8/5号决议请秘书处做什么？", lang: "zh", covers: "10/3" },
  // Who chaired a meeting: no document says.
  { q: "Who chaired the tenth meeting of the prevention working group?", lang: "en", covers: "10th meeting" },
  { q: "谁担任了工作组第十次会议的主席？", lang: "zh", covers: "第十次会议" },
  // Where the 7th session met: mentioned, but never its city.
  { q: "In which city was the seventh session of the Conference held?", lang: "en", covers: "7th session" },
  { q: "缔约国会议第七届会议在哪个城市举行？", lang: "zh", covers: "第七届会议" },
  // Budget figures: none in the documents.
  { q: "What is the budget of the working group for 2024?", lang: "en", covers: "They cover" },
  {
    q: "工作组2024年的预算是多少？",
    lang: "zh",
    covers: "文件涵盖",
  },
  // People the documents never name.
  {
    q: "What is the name of the Executive Director of UNODC?",
    lang: "en",
    covers: "They cover",
  },
  {
    q: "毒品和犯罪问题办公室执行主任叫什么名字？",
    lang: "zh",
    covers: "文件涵盖",
  },
];

describe("refusals", () => {
  for (const c of CASES) {
    it(`refuses “${c.q}” and says what the documents cover`, async () => {
      const r = await t.ask(c.q);
      expect(r, r.text).toMatchObject({ kind: "refusal", answered: false, code: "not_covered", lang: c.lang });
      expectQuotesFromSources(r);
      expect(factAppears({ text: r.text, citations: [] }, c.covers), r.text).toBe(true);
    });
  }

  it("never cites a passage in a refusal that its text does not point at", async () => {
    for (const c of CASES) {
      const r = await t.ask(c.q);
      const markers = [...r.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      expect(markers.every((n) => n >= 1 && n <= r.citations.length), c.q).toBe(true);
      expect(r.citations.length, c.q).toBeLessThanOrEqual(new Set(markers).size);
    }
  });
});

describe("a meeting the documents name but neither date nor place", () => {
  it.each([
    ["when and where will the 16th meeting of the prevention WG take place?", /when or where/],
    ["prevention working group, 16th meeting: dates and venue?", /when or where/],
    ["预防工作组第十六次会议什么时候在哪里举行？", /日期和地点/],
  ])("%s says that both are missing", async (q, said) => {
    const r = await t.ask(q);
    expect(r.answered, r.text).toBe(false);
    expect(r.text).toMatch(said);
  });
});
