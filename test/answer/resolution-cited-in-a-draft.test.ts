/**
 * "Which resolution" asked within a draft the question describes ("the Darfur draft", "达尔富尔那份
 * 草案") is a resolution the draft cites, not one of the General Assembly's whose title shares a
 * word with the question ("drafting", "arms"); a draft treaty a resolution speaks of ("条约草案") is
 * no such draft. Paraphrases written before the rule.
 */
import { describe, expect, it } from "vitest";
import { speaksOfDraft } from "../../src/answer/resolution-subject.js";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";

describe("a draft described by what it is about", () => {
  it.each([
    ["the Darfur draft: which resolution?", "en"],
    ["in the 2018 Somalia draft, what is recalled?", "en"],
    ["达尔富尔那份草案回顾了什么？", "zh"],
    ["2018年达尔富尔草案里提到哪项决议？", "zh"],
  ] as const)("speaks of a draft: %s", (q, lang) => expect(speaksOfDraft(q, lang)).toBe(true));
  it.each([
    ["第80/20号决议里说的那个条约草案是谁提出的？", "zh"],
    ["大会欢迎的宣言草案是哪一年提出的？", "zh"],
    ["what does resolution 80/20 say about the treaty?", "en"],
  ] as const)("not a draft treaty or declaration: %s", (q, lang) => expect(speaksOfDraft(q, lang)).toBe(false));

  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    "Which resolution on children and armed conflict does the 2018 Darfur draft point to for dialogue on action plans?",
    "the UK's Darfur draft: dialogue with parties on the action plans is to follow which resolution?",
    "达尔富尔那份草案里，与冲突各方就行动计划进行对话要依照哪项决议？",
  ])("is answered with the resolution the draft cites: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/1612 \(2005\)/);
    expect(reply.text).not.toMatch(/80\/32/);
  });
});
