/**
 * A compound question whose later part carries the subject of the first ("关于第五条的那份报告，
 * …？第十次会议前又补交了几个？") reads that part first in the document the first part was
 * answered from: the next paragraph of the same report says it, without naming the report again.
 * Read off the bundled report on the working group's progress (paragraph 46: material from 23
 * countries when it was drafted; paragraph 47: 11 more before the tenth meeting). Paraphrases not
 * used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("a later part read in the first part's document", () => {
  it.each([
    "关于第五条的那份报告，写的时候收到了多少国家的材料？第十次会议前又补交了几个？",
    "第五条的那篇报告，起草的时候多少国家提供了材料？第十次会议以前又多了几个国家？",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    const own = beforeSources(reply.text);
    expect(own).toMatch(/\b23\b/);
    expect(own).toMatch(/\b11\b/);
  });
});
