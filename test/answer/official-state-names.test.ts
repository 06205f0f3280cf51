/**
 * A State named by its official United Nations name ("Democratic People's Republic of Korea",
 * "Syrian Arab Republic", "Viet Nam"), with its apostrophe printed straight or curly, is a State:
 * an answer naming it says which country was asked, though the CLDR short names ("North Korea",
 * "Syria", "Vietnam") are written otherwise.
 */
import { describe, expect, it } from "vitest";
import { namesState } from "../../src/answer/answer-search.js";
import type { AnswerContext } from "../../src/answer/context.js";
import { realGlossary } from "../knowledge/corpus.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ctx = { glossary: realGlossary() } as AnswerContext;

describe("official names of States", () => {
  it.each([
    "the announcement by the Democratic People’s Republic of Korea of 9 September 2022",
    "the Democratic People's Republic of Korea",
    "the Lao People’s Democratic Republic",
    "the Syrian Arab Republic",
    "Viet Nam and the Republic of Moldova",
    "Iran (Islamic Republic of)",
    "朝鲜民主主义人民共和国",
    "大不列颠及北爱尔兰联合王国",
  ])("%s names a State", (text) => {
    expect(namesState(ctx, text)).toBe(true);
  });

  it("a text naming no State names none", () => {
    expect(namesState(ctx, "the People’s Republic of nowhere held a conference")).toBe(false);
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("which State a resolution notes something of, asked as 'which country' or 'which state'", () => {
  it.each([
    "which state's nuclear policy law lowering the threshold for use does 80/48 note with concern?",
    "which country's updated nuclear law does 80/48 note with concern?",
    "80/48 notes with serious concern an updated law on nuclear policy by which state?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/Democratic People['’]s Republic of Korea/);
  });
});
