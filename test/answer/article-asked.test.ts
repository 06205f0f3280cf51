/**
 * "公约第几条", "哪个条款", "which article of the Convention": an answer must name an article by its
 * number ("article 11", "第十一条", "articles III and IV"); a list of documents names none; the word
 * for an article and the verb of citing (援引, 引用) are what is asked, no concept a passage must hold. "哪条建议"
 * asks which recommendation, not an article. "线上" is online. Paraphrases not used to write the
 * rule; the fact read off the Working Group on Prevention's page for its fourth intersessional
 * meeting by hand (CAC/COSP/WG.4/2013/2, article 11).
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { projectGlossary as glossary, readQuestion as read } from "../core/read-question.js";


describe("which article is asked", () => {
  it.each(["公约第几条讲利益冲突？", "这份文件对应《公约》哪一条？", "Which article of UNCAC covers whistle-blowers?", "what articles of the treaty does it stress?", "涉及的是哪条？", "这一段依据的是哪个条款？", "它引用了《宪章》的哪一个条？", "决议援用的是公约哪项条款，依据是什么"])("%s", (q) => {
    expect(read(q).asks.has("article")).toBe(true);
  });
  it.each(["工作组提出的哪条建议涉及公共采购？", "哪条路线被称为可卡因路线？", "What does the article in the Journal say?"])("not: %s", (q) => {
    expect(read(q).asks.has("article")).toBe(false);
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("an article asked is answered by its number", () => {
  it("answers with the article, not the list of the meeting's documents", async () => {
    const reply = await ask("2013年预防工作组闭会期间会议上，关于司法廉正的那份文件涉及公约哪一条？");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/article 11|第十一条|第11条/);
  });
});

describe("线上 is online", () => {
  it("reads 线上 as a concept with the English 'online'", () => {
    const c = questionConcepts("线上参会的有多少人？", "zh", glossary, () => true).find((x) => x.label === "线上");
    expect(c?.en.map((e) => e.term)).toContain("onlin");
  });
});

describe("an article a resolution cites, asked as 哪个条款", () => {
  it.each([
    "80/42号决议提到和平解决争端，援用了《联合国宪章》哪一个条款？",
    "关于区域和次区域建立信任措施的那项决议，重申和平解决争端时引用的是宪章哪项条款？",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/Article 33|第三十三条|第33条/);
    expect(reply.citations.some((c) => c.file?.endsWith("A_RES_80_42.md"))).toBe(true);
  });
});
