/**
 * A question asking which year(s) is not answered by an answer whose text states no year (a
 * resolution's operative paragraph "by 31 May annually" for "over which years did participation
 * rise"): passage search gets the question. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { kindLeftOut } from "../../src/answer/select.js";
import { understand } from "../../src/answer/understand.js";
import type { AnswerContext } from "../../src/answer/context.js";
import { realGlossary } from "../knowledge/corpus.js";

const now = { now: new Date("2026-01-01T00:00:00Z"), timeZone: "Europe/Vienna" };
const states = (question: string, text: string) => {
  const ctx = { q: understand(question, realGlossary(), now), glossary: realGlossary() } as unknown as AnswerContext;
  return kindLeftOut(ctx, { answered: true, text, citations: [] } as never) === undefined;
};

describe("an answer to 'which year' states a year", () => {
  it.each([
    "In resolution 80/28, over which calendar years did Register participation increase?",
    "which year did the Assembly first take up the item?",
    "res 80/28: Register participation went up in which years?",
    "第80/28号决议欢迎登记册参与度提高，是指哪些年份？",
    "大会是哪一年首次审议这个项目的？",
    "80/28决议：登记册的参与在哪一年有所增加？",
  ])("%s", (question) => {
    expect(states(question, "Calls upon Member States to provide the requested data by 31 May annually.")).toBe(false);
    expect(states(question, "The increase in Register participation for the calendar years 2020–2024 compared with 2016–2019.")).toBe(true);
    expect(states(question, "2020年至2024年登记册参与度提高。")).toBe(true);
  });
});
