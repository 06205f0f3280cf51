/**
 * "Ahead of", "in advance of", "prior to", "in the run-up to" say "before": a question that asks
 * what happened in advance of a session looks for 之前 / 以前 / 事先, not for the progress
 * ("advances") nor the place in front ("ahead": 前面) the words mean on their own. Paraphrases not
 * used to write the entry.
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { realGlossary } from "./corpus.js";

const g = realGlossary();
const conceptOf = (q: string, label: string) => questionConcepts(q, "en", g, () => true).find((c) => c.label.toLowerCase() === label);

describe("a preposition of time asks for what came before", () => {
  it.each([
    ["Which States sent in information in advance of the eleventh meeting?", "in advance of"],
    ["What did the secretariat circulate ahead of the session?", "ahead of"],
    ["how many replies came in prior to the deadline", "prior to"],
    ["what consultations were held in the run-up to the special session?", "in the run-up to"],
  ])("%s", (question, label) => {
    const c = conceptOf(question, label);
    expect(c, label).toBeDefined();
    expect(c!.zh.map((t) => t.term)).toContain("之前");
    expect(c!.zh.map((t) => t.term)).not.toContain("进展");
  });
});
