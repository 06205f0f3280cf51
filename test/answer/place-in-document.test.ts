/**
 * Where in a document a question places what it asks ("at the beginning of S/2018/257", "草案开篇",
 * "文末") is no word a passage writes: it never counts against the paragraph that answers.
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("where in the document a question places what it asks", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    ["at the beginning of S/2018/257, which terrorist attack is condemned - on what date?", /14 October 2017/],
    ["索马里那份草案开篇谴责的摩加迪沙袭击是哪天发生的？", /2017年10月14日/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text).replace(/「[^」]*」/g, "")).toMatch(fact);
  });
});
