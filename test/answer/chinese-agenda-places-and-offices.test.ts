/**
 * Two Chinese ways of naming what is asked:
 * - "议程第5项", "临时议程（CAC/COSP/2015/1）第3项": an item counted on the agenda the question names,
 *   answered by that item;
 * - "由谁担任主席", "谁出任主席": the office after the verb of holding it is the role asked, which the
 *   passage that answers must name (not the meeting before "由谁": "审议大会由谁担任主席" is not
 *   answered by a paragraph that dates the review conference), nor is it whom a resolution tasks.
 * Read off the Conference's sixth-session agenda and the real General Assembly resolutions.
 * Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("an item counted on an agenda named in Chinese", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["缔约国会议第六届会议议程第5项是什么？", /Asset recovery|资产追回/],
    ["CAC/COSP/2015/1 临时议程里第3项讲的是什么？", /Technical assistance|技术援助/],
    ["第六届缔约国会议的议程中第6项是哪个议题？", /International cooperation|国际合作/],
    // With the agenda's symbol named: the item, not what the document is.
    ["第六届会议临时议程（CAC/COSP/2015/1）第7项涉及公约哪一条？", /article 63/],
    ["缔约国会议第六届会议议程(CAC/COSP/2015/1)中第2项是关于什么的？", /Review of the implementation/],
  ])("is that item: %s", async (q, title) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(title);
  });
});

describe("an office asked after the verb of holding it", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    "《武器贸易条约》第十一次缔约国会议由谁担任主席？（第80/46号决议）",
    "按第80/54号决议，禁止核武器条约第一次审议大会谁出任主席？",
    "第80/24号决议提到的不扩散条约审议大会由谁担任主席？",
  ])("is not answered by a paragraph that names no one holding it: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
});
