/**
 * The terms a question is read with, in both languages: the terms of Security Council texts that
 * Chinese questions use, read as their English (UNTERM), so a question in Chinese about an English
 * draft finds the paragraphs that say them; international organizations by their UNTERM names;
 * States written in lower case; English ordinals as Chinese text writes them.
 */
import { describe, expect, it } from "vitest";
import { questionConcepts, stemKey } from "../../src/knowledge/index.js";
import { realGlossary } from "./corpus.js";

const g = realGlossary();
const english = (q: string, label: string) => questionConcepts(q, "zh", g, () => true).find((c) => c.label === label)?.en.map((e) => e.term) ?? [];

describe("Security Council terms in Chinese questions", () => {
  it.each([
    ["草案要求胡塞武装做什么？", "胡塞武装", "Houthis"],
    ["草案要求胡塞武装做什么？", "要求", "demand"],
    ["专家小组的任期延长到什么时候？", "专家小组", "panel of experts"],
    ["草案要求立即停火吗？", "停火", "ceasefire"],
    ["制裁委员会由谁主持？", "制裁委员会", "sanctions committee"],
    ["草案呼吁各国做什么？", "呼吁", "call upon"],
  ])("%s: %s is '%s'", (question, label, term) => {
    expect(english(question, label)).toContain(stemKey(term));
  });
});

describe("the verbs of laws and mandates in Chinese questions", () => {
  it.each([
    ["赫尔姆斯-伯顿法是哪天颁布的？", "颁布", "promulgated"],
    ["那部法律什么时候被废除的？", "废除", "repealed"],
    ["公约是哪天签署的？", "签署", "signed"],
    ["任务期限延长到哪天？", "延长", "extended"],
    ["措施是否暂停？", "暂停", "suspended"],
  ])("%s: %s is '%s'", (question, label, term) => {
    expect(english(question, label)).toContain(stemKey(term));
  });
});

describe("international organizations named in Chinese questions", () => {
  // Their UNTERM names, full and short: a Chinese question about an English page that lists a
  // paper of one of them finds the line that names it.
  it.each([
    ["欧安组织在该区域做了哪些反腐败工作？", "欧安组织", "OSCE"],
    ["欧洲安全与合作组织提交过文件吗？", "欧洲安全与合作组织", "Organization for Security and Co-operation in Europe"],
    ["开发署支持了哪些国家？", "开发署", "UNDP"],
    ["国际原子能机构的报告提到什么？", "国际原子能机构", "International Atomic Energy Agency"],
    ["欧盟代表团说了什么？", "欧盟", "European Union"],
    ["人权高专办参加了会议吗？", "人权高专办", "OHCHR"],
  ])("%s: %s is '%s'", (question, label, term) => {
    expect(english(question, label)).toContain(stemKey(term));
  });
});

describe("a State written in lower case in an English question", () => {
  // CLDR's one-word names of States the dictionary does not know: a name with its Chinese name,
  // which a passage must hold, not an unknown word that counts nowhere.
  const concept = (q: string, label: string) => questionConcepts(q, "en", g, () => true).find((c) => c.label === label);
  it.each([
    ["when did vanuatu join the convention?", "Vanuatu", "瓦努阿图"],
    ["what did unodc do in kenya", "Kenya", "肯尼亚"],
    ["has nauru signed it", "Nauru", "瑙鲁"],
  ])("%s: %s", (q, label, zh) => {
    const c = concept(q, label);
    expect(c?.source).toBe("terminology");
    expect(c?.zh.map((z) => z.term)).toContain(zh);
  });
});

describe("an English ordinal as Chinese text writes it", () => {
  // In figures or in Chinese numerals ("第十四届"), as a Chinese document numbers a session.
  it.each([
    ["what did the IRG's 14th session discuss?", "14th", "第十四届"],
    ["the fifteenth meeting of the working group", "fifteenth", "第十五次"],
    ["third session of the Conference", "third", "第三"],
  ])("%s: %s", (q, label, zh) => {
    expect(questionConcepts(q, "en", g, () => true).find((c) => c.label === label)?.zh.map((z) => z.term)).toContain(zh);
  });
});

describe("names an English question joins by slashes", () => {
  // "the Japan/US draft" names Japan and the United States, not a "Japan-US" compound of the
  // dictionary; names slashes join are no document symbol, which symbols stay.
  const labels = (q: string) => questionConcepts(q, "en", g, () => true).map((c) => c.label);
  it.each([
    ["who else backed the Japan/US text on shipping?", ["japan", "US"], "japan us"],
    ["the Malaysia/NZ/Senegal/Venezuela draft: when was it issued?", ["malaysia", "NZ", "Senegal", "Venezuela"], "NZ/Senegal/Venezuela"],
    ["France/Germany paper on asset recovery", ["france", "germany"], "france germany"],
  ])("%s", (q, named, compound) => {
    expect(labels(q)).toEqual(expect.arrayContaining(named));
    expect(labels(q)).not.toContain(compound);
  });
  it("keeps a document symbol whole", () => {
    expect(labels("what does CAC/COSP/WG.4/2024/3 say?")).toContain("CAC/COSP/WG.4/2024/3");
  });
});

describe("an acronym that is also a common word is the acronym only in capitals", () => {
  const concept = (q: string) => questionConcepts(q, "en", g, () => true).find((c) => c.source === "terminology" && c.en.some((e) => e.term === stemKey("United States")));
  it.each(["what did the US draft demand?", "was the US among the sponsors"])("%s: the United States", (q) => {
    expect(concept(q)).toBeDefined();
  });
  it.each(["can you tell us what the draft demands?", "let us know the date of the session"])("%s: no State", (q) => {
    expect(concept(q)).toBeUndefined();
  });
});
