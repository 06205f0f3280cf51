/**
 * A year asked of something a document named by its symbol tells of ("per A/RES/80/46, what year
 * did the Treaty enter into force") is a fact in its text, not the document's description; a year
 * of the document's own life ("what year was A/RES/80/30 adopted") is its description's. The
 * document's symbol is what its paragraphs are about: it is not a word they must hold. When the
 * paragraph on the subject gives no year ("the first session … was held in Amman from 10 to 14
 * December"), the answer says so. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a year a document named by its symbol tells of", () => {
  it.each([
    ["per A/RES/80/46, what year did the Arms Trade Treaty enter into force?", /24 December 2014/],
    ["A/RES/80/54 says the TPNW entered into force in which year?", /22 January 2021/],
  ])("%s: the paragraph that gives it", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\nSources")[0]).toMatch(fact);
  });

  it.each([
    "CAC/COSP/2015/1 — in which year did the Conference's first session meet in Amman?",
    "CAC/COSP/2015/1里说第一届会议在安曼开，是哪一年？",
  ])("%s: refused, the paragraph gives no year", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(/gives no such year|没有给出年份/);
  });

  it.each([
    ["what year was A/RES/80/30 adopted?", /adopted by the General Assembly on 1 December 2025/],
    ["A/RES/80/30哪年通过的", /大会于2025年12月1日通过/],
  ])("%s: the document's own year, from its description", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});
