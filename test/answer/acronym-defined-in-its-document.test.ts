/**
 * An acronym a document defines ("African Union-United Nations Hybrid Operation in Darfur
 * (UNAMID)") names the same thing in its later paragraphs that write only the acronym: a question
 * in the name's words, or in Chinese, finds them ("Decides to extend until 30 June 2019 the mandate
 * of UNAMID"), though the acronym's letters are not the name's initials. Paraphrases not used to
 * write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("an acronym defined in its document", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    ["达尔富尔混合行动的任务期限延长到哪一天？", /30 June 2019|2019年6月30日/],
    ["Who is the head of the UN Assistance Mission in Somalia named in S/2018/257?", /Michael Keating/],
  ])("is read as its name in later paragraphs: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});
