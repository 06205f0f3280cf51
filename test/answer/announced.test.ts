/**
 * "Announced" in an English question finds a Chinese report's "公布" ("（肯尼亚总统乌胡鲁·肯雅塔 2019 年
 * 12 月公布成立的）架设桥梁倡议工作队"): the glossary gives the verb its Chinese form, so the passage
 * that says who announced something answers instead of a refusal for want of the word.
 * Paraphrases not used to write the term.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";
import { beforeSources as own } from "../core/answer-text.js";

const ask = useTestAssistant();

describe("who announced something, and when, from a Chinese report", () => {
  it.each([
    ["When was the Building Bridges Initiative taskforce announced?", /2019/],
    ["The taskforce UNODC engaged with in Kenya on whistle-blower protection was announced by whom?", /肯雅塔/],
    ["Who announced the BBI taskforce that UNODC talked to about protecting whistle-blowers?", /肯雅塔/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(fact);
    expect(reply.citations[0]?.paragraph).toBe("41");
  });
});
