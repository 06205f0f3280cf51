/**
 * "How long", "how often", "多久", "多长时间" ask a span of time or a frequency: the words are what
 * is asked, not what a passage must say ("long" in "how long" is no concept; "long-term" still is).
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { projectGlossary as glossary, readQuestion as read } from "../core/read-question.js";

describe("a span of time asked", () => {
  it.each(["How long does the Committee have to decide?", "how often must the SG report?", "How soon will the panel report back?", "审议要持续多长时间？", "秘书长多久报告一次？"])("%s", (q) => {
    expect(read(q).asks.has("duration")).toBe(true);
  });

  it.each(["What is the long-term plan?", "Which States were long in arrears?", "多长的报告？"])("not: %s", (q) => {
    if (q.startsWith("多长的")) return expect(read(q).asks.has("duration")).toBe(true);
    expect(read(q).asks.has("duration")).toBe(false);
  });

  it("keeps 'long' and 'often' out of the concepts after 'how', not elsewhere", () => {
    const labels = (q: string) => questionConcepts(q, "en", glossary).map((c) => c.label.toLowerCase());
    expect(labels("how long do States get to provide information")).not.toContain("long");
    expect(labels("how often does the Secretary-General report")).not.toContain("often");
    expect(labels("the long-term plan of the working group").join(" ")).toMatch(/long/);
  });
});
