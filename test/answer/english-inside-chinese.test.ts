/**
 * English written inside a Chinese question ("ICT安全", "IRG第六届会议的agenda") is read as an
 * English question's words are: the glossary's terms, in both languages. And the document a
 * resolution's paragraph cites, asked with the words of the resolution's own title ("the ICT
 * security working group's final report"), is the one the paragraph that says what else the
 * question says cites (80/16: paragraph 1 endorses the final report, A/80/257). Paraphrases not
 * used to write the rules.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { questionConcepts, stemKey } from "../../src/knowledge/index.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { repoRoot, useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const glossary = loadGlossary(join(repoRoot, "data", "terms"));
const concept = (q: string, label: string) => questionConcepts(q, "zh", glossary, () => true).find((c) => c.label === label);

describe("English terms inside a Chinese question", () => {
  it.each([
    ["ICT安全工作组的报告是哪份？", "ICT", "信息和通信技术"],
    ["IRG第六届会议的agenda有什么？", "agenda", "议程"],
    ["UNODC在肯尼亚做了什么？", "UNODC", "毒品和犯罪问题办公室"],
    ["这份resolution是哪天通过的", "resolution", "决议"],
  ])("%s: %s is %s", (q, label, zh) => {
    expect(concept(q, label)?.zh.map((z) => z.term)).toContain(zh);
  });
  it("keeps an English word the glossary and the dictionary do not know as written", () => {
    expect(concept("A/70/46 中文本的 ISSN 号是多少？", "issn")).toBeDefined();
    expect(concept("检察官发现Mpiranya已经死亡了吗？", "mpiranya")).toBeDefined();
    expect(concept("新START条约什么时候被暂停的？", "start")?.source).toBe("unknown");
  });
  it("leaves a symbol's letters alone", () => {
    expect(concept("A/RES/80/16是什么？", "A")).toBeUndefined();
    expect(questionConcepts("A/RES/80/16是什么？", "zh", glossary, () => true).some((c) => c.label === "80")).toBe(true);
  });
  it("reads an English term's English forms", () => {
    expect(concept("ICT安全", "ICT")?.en.map((e) => e.term)).toContain(stemKey("information and communications technology"));
  });
});

describe("the document a resolution's paragraph cites, asked with its title's words", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    "第80/16号决议核可了ICT安全不限成员名额工作组的哪份最终报告？文号？",
    "80/16号决议赞同的信息和通信技术安全工作组最终报告是哪份文件？",
    "Under 80/16, which document holds the final report of the ICT security open-ended working group that the Assembly endorses?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/A\/80\/257/);
    expect(reply.citations.some((c) => /endorse the final report/.test(c.quote))).toBe(true);
  });
});
