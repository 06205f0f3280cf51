/**
 * A past form that is also a word of its own ("found": to establish, or the past of "find";
 * "left", "saw") asks for both: the question's concept of it holds the verb's stem as well as its
 * own senses, so that "the prosecutor found" finds "the Prosecutor's findings" and "the year it was
 * founded" still finds "established".
 */
import { describe, expect, it } from "vitest";
import { questionConcepts, stemKey } from "../../src/knowledge/index.js";
import { realGlossary } from "./corpus.js";

const g = realGlossary();
const conceptOf = (q: string, word: string) => questionConcepts(q, "en", g, () => true).find((c) => c.en.some((e) => e.term === stemKey(word)) || c.label.toLowerCase() === word);

describe("a past form that is also a word of its own", () => {
  it.each([
    ["What had the review found about the fugitives?", "found", "find"],
    ["Which delegations left before the vote?", "left", "leave"],
    ["What risks did the secretariat say it saw?", "saw", "see"],
  ])("%s: '%s' also asks for '%s'", (question, word, verb) => {
    const c = conceptOf(question, word);
    expect(c, JSON.stringify(questionConcepts(question, "en", g, () => true).map((x) => x.label))).toBeDefined();
    expect(c!.en.map((e) => e.term)).toContain(stemKey(verb));
  });

  it("keeps its own senses: 'founded' still finds 'established'", () => {
    const c = questionConcepts("When was the academy founded?", "en", g, () => true).find((x) => /found/i.test(x.label));
    expect(c!.en.map((e) => e.term)).toContain(stemKey("established"));
  });

  it("a form that is no other verb's past is left as it is", () => {
    const c = questionConcepts("Which body adopted the plan?", "en", g, () => true).find((x) => /adopt/i.test(x.label));
    expect(c!.en.map((e) => e.term)).not.toContain(stemKey("find"));
  });
});
