import { describe, expect, it } from "vitest";
import { searchTerms, containmentTerms, termDictionaries } from "../../src/knowledge/index-terms.js";
import { documentTerms, TermCounter, TermDictionary, type DocumentTerms } from "../../src/knowledge/postings.js";
import { tokenize } from "../../src/knowledge/search.js";
import { containmentParts } from "../../src/knowledge/containment.js";
import { cutEach } from "../../src/knowledge/lang/chinese.js";
import { corpus, englishIndex } from "./corpus.js";

const plain = (d: DocumentTerms) => ({ terms: d.terms, starts: [...d.starts], refs: [...d.refs], tfs: [...d.tfs], lengths: [...d.lengths] });

/** Texts that stress the edges: mixed scripts, ordinals, numbers against Chinese, stop words, separators, empty texts. */
const EDGES = [
  "",
  "第十五次会议于2024年9月3日在维也纳举行 (CAC/COSP/WG.4/2024/3)，第10/3号决议",
  "The Conference of the States Parties adopted resolution 10/3 at its 15th session.",
  "会议\n会议 会议，会议；“会议”",
  "a\u0000第8届b",
  "和 的 了 在 是",
  "数字12345在中间，6月和第15次",
  "𠀀𠀁汉字 surrogate pairs",
];

describe("the build's one-pass term counting", () => {
  it("gives every passage of the bundled corpus the search terms tokenize gives, counted the same", async () => {
    const { index } = await corpus();
    const docs = [...index.documents, ...englishIndex().documents];
    for (const d of docs) {
      const texts = d.passages.map((p) => `${p.text}\n${p.headingPath.slice(-1).join(" ")}`);
      expect(plain(searchTerms(texts)), d.meta.file).toEqual(plain(documentTerms(texts.map(tokenize))));
    }
  });

  it("gives every passage of the bundled corpus the containment parts containmentParts gives, each once", async () => {
    const { index } = await corpus();
    for (const d of [...index.documents, ...englishIndex().documents]) {
      const texts = d.passages.map((p) => p.text);
      expect(plain(containmentTerms(texts)), d.meta.file).toEqual(plain(documentTerms(texts.map(containmentParts))));
    }
  });

  it("counts edge texts (mixed scripts, a NUL character, empty texts, characters outside the basic plane) as the per-token functions do", () => {
    expect(plain(searchTerms(EDGES))).toEqual(plain(documentTerms(EDGES.map(tokenize))));
    expect(plain(containmentTerms(EDGES))).toEqual(plain(documentTerms(EDGES.map(containmentParts))));
    expect(searchTerms([]).lengths.length).toBe(0);
  });

  it("counts every document the same with a dictionary shared by the documents, texts seen before taken from it", async () => {
    const { index } = await corpus();
    const docs = [...index.documents, ...englishIndex().documents];
    const searchTexts = (d: (typeof docs)[number]) => d.passages.map((p) => `${p.text}\n${p.headingPath.slice(-1).join(" ")}`);
    const texts = (d: (typeof docs)[number]) => d.passages.map((p) => p.text);
    // Twice over: the second time every text is one the dictionary remembers.
    for (const dicts of [termDictionaries(), { search: new TermDictionary("", 500), containment: new TermDictionary("b", 500) }]) {
      for (const d of [...docs, ...docs]) {
        expect(plain(searchTerms(searchTexts(d), dicts.search)), d.meta.file).toEqual(plain(searchTerms(searchTexts(d))));
        expect(plain(containmentTerms(texts(d), dicts.containment)), d.meta.file).toEqual(plain(containmentTerms(texts(d))));
      }
    }
  });

  it("counts a text repeated within a document, or met again in a later one, as it counts it the first time", () => {
    const doc = [EDGES[1], EDGES[3], EDGES[1], "", EDGES[3], EDGES[2], ""];
    expect(plain(searchTerms(doc))).toEqual(plain(documentTerms(doc.map(tokenize))));
    expect(plain(containmentTerms(doc))).toEqual(plain(documentTerms(doc.map(containmentParts))));
    const dicts = termDictionaries();
    for (const texts of [EDGES, doc, [...doc].reverse(), EDGES]) {
      expect(plain(searchTerms(texts, dicts.search))).toEqual(plain(documentTerms(texts.map(tokenize))));
      expect(plain(containmentTerms(texts, dicts.containment))).toEqual(plain(documentTerms(texts.map(containmentParts))));
    }
  });

  it("cuts a stretch of Chinese met before in another text once per dictionary, and counts each text as cutting it whole does", () => {
    // Paragraphs that differ by a date or a name: their other clauses are cut once.
    const texts = [
      "缔约国会议第十届会议于2023年12月11日至15日在亚特兰大举行，会议通过了第10/3号决议。",
      "缔约国会议第十一届会议于2025年12月15日至19日在多哈举行，会议通过了第10/3号决议。",
      "《联合国反腐败公约》“实施情况审议机制”——预防腐败工作组…\u3000会议通过了第10/3号决议；\r\n资产追回工作组（维也纳）",
      "会议通过了第10/3号决议:预防腐败工作组!资产追回工作组?UNCAC+反腐败_公约&审议#机制%",
    ];
    const dict = new TermDictionary();
    for (const round of [texts, [...texts].reverse()]) {
      expect(plain(searchTerms(round, dict))).toEqual(plain(documentTerms(round.map(tokenize))));
    }
    // The clause the first two share is remembered as blocks (a slash ends one), by the ids of the words kept of them.
    const words = (block: string) => [...(dict.recallBlock(block) ?? [])].map((id) => dict.terms[id]);
    expect(words("会议通过了第10")).toEqual(["会议", "通过", "第"]);
    expect(words("3号决议")).toEqual(["号", "决议"]);
    expect(dict.recallBlock("资产追回工作组")).toBeDefined();
  });

  it("refuses a dictionary whose character pairs are not those of the terms counted", () => {
    const dicts = termDictionaries();
    expect(() => searchTerms(EDGES, dicts.containment)).toThrow(/unprefixed pairs/);
    expect(() => containmentTerms(EDGES, dicts.search)).toThrow(/prefixed "b"/);
  });

  it("cuts several texts in one call as it cuts each alone", () => {
    const texts = ["第十五次会议在维也纳举行", "", "反腐败公约 UNCAC 2024年", "预防腐败工作组"];
    expect(cutEach(texts)).toEqual(texts.map((t) => cutEach([t])[0]));
    expect(cutEach([])).toEqual([]);
  });

  it("counts a pair of Chinese characters given by its codes as the same term as its string, and once only when asked", () => {
    const c = new TermCounter();
    c.add("会议");
    c.addPair("会".charCodeAt(0), "议".charCodeAt(0));
    c.add("会议", true);
    c.add("x", true);
    c.add("x", true);
    c.endPassage();
    const d = c.finish();
    expect(d.terms).toEqual(["会议", "x"]);
    expect([...d.tfs]).toEqual([2, 1]);
    expect([...d.lengths]).toEqual([2]);
  });
});
