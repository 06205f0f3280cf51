/**
 * Words that point at the document being asked about ("per the text", "in the document") say where
 * to look, not what to look for: they are no concept a passage must hold, and a refusal does not
 * name them as missing. Paraphrases not used to write the word list.
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { realGlossary } from "./corpus.js";

const g = realGlossary();
const labels = (q: string) => questionConcepts(q, "en", g, () => true).map((c) => c.label.toLowerCase());

describe("a reference to the text asked about", () => {
  it.each([
    "who received the 2024 Nobel Peace Prize, per the text of 80/48?",
    "in the text of 80/22, what are member states invited to do?",
    "according to the document's text, when did the working group meet?",
  ])("%s", (question) => {
    expect(labels(question)).not.toContain("text");
  });

  it("keeps the words of what is asked", () => {
    expect(labels("who received the 2024 Nobel Peace Prize, per the text of 80/48?")).toEqual(expect.arrayContaining(["nobel"]));
  });
});
