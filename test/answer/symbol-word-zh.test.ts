/**
 * 文件号 / 文件编号 ask a document's symbol; the 文件 in them names no kind of document, so every
 * document of the corpus is not "of the kind asked" (a Security Council draft answered a question
 * on a Secretariat note). Paraphrases not used to write the rule; the symbol read off the prevention
 * working group's annotated agenda by hand (item 2(a)(ii), (c): CAC/COSP/2023/18).
 */
import { describe, expect, it } from "vitest";
import { DOCUMENT_NOUN_ZH } from "../../src/answer/answer-search.js";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withPdfDocuments);

describe("文件号 is the symbol, not a kind of document", () => {
  it.each([
    ["说明的文件号是什么", ["说明"]],
    ["那份报告的文件编号？", ["报告"]],
    ["会议文件有哪些", ["文件"]],
  ])("the kinds named in %s", (text, kinds) => {
    expect([...text.matchAll(DOCUMENT_NOUN_ZH)].map((m) => m[0])).toEqual(kinds);
  });

  it.each([
    "关于腐败与其他形式犯罪相互联系的议题，秘书处那份说明的文件号是多少？",
    "秘书处就腐败与其他犯罪形式的关联写过一份说明，它的文件号是什么？",
    "秘书处就腐败与其他形式犯罪之间联系编写的说明，文件号是多少？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toContain("CAC/COSP/2023/18");
    expect(reply.text).not.toMatch(/S\/20\d\d\//);
  });
});
