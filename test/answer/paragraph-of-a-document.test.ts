/**
 * A question that names a paragraph of a document by its number ("背景文件第16段", "80/24 para 8",
 * "第21段(b)项") is answered from that paragraph or its items; and 谁 after a verb whose subject is
 * 缔约国 ("鼓励缔约国强化谁的问责") asks whose, not which State. Paraphrases not used to write the
 * rules; facts read off the documents by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { ownWords as own } from "../core/answer-text.js";
import { paragraphNamedIn } from "../../src/answer/paragraph-named.js";

const ask = useTestAssistant(withRealDocuments);

describe("the paragraph a question names", () => {
  it.each([
    ["报告第21段(b)项说什么", "21(b)"],
    ["paragraph 21(b) of the report", "21(b)"],
    ["80/24 para. 8", "8"],
    ["序言部分第3段", "preamble 3"],
    ["preambular paragraph 6", "preamble 6"],
  ])("%s is paragraph %s", (text, locator) => {
    expect(paragraphNamedIn(text)).toBe(locator);
  });
  it.each(["第12、21段", "paras 7 and 9", "政治宣言第70段", "paragraph 70 of the political declaration"])("%s names no one paragraph of a document", (text) => {
    expect(paragraphNamedIn(text)).toBeUndefined();
  });
});

describe("answered from the paragraph named", () => {
  it("a State word before 谁's verb is who acts: 强化谁的问责 asks whose", async () => {
    const reply = await ask("2020年预防工作组活动进展第16段里，工作组鼓励缔约国强化谁的问责？");
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toContain("公职人员");
  });
  it("a resolution's bare number with its paragraph (80/24 para 8)", async () => {
    const reply = await ask("80/24 para 8 calls on nuclear-weapon States to do what?");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/specified framework of time/);
    expect(reply.text).toMatch(/paragraph 8/);
  });
  it("a paragraph's lettered item (第21段(b)项)", async () => {
    const reply = await ask("第7/4号决议执行进展报告第21段(b)项提到要探讨什么访问的可能性？");
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toContain("联合国别访问");
  });
});
