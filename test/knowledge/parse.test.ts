import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument, ParseError } from "../../src/knowledge/parse/parse-document.js";
import type { KnowledgeIndex, ParsedDocument, Passage } from "../../src/knowledge/model.js";
import { ALL_DOCS, DOC, at, corpus, doc, englishFile, englishIndex, englishText, realGlossary, sourceText } from "./corpus.js";

let index: KnowledgeIndex;
let en: ParsedDocument;
beforeAll(async () => {
  index = (await corpus()).index;
  en = englishIndex().documents[0];
});

const noSpace = (s: string) => s.replace(/\s+/g, "");

/**
 * Lines a page foot or head holds: footnotes, job numbers, bar codes, running heads, page
 * numbers. A paragraph broken by a page break has these between its two halves in the source.
 */
const PAGE_FURNITURE = [
  /^\s*(?:\*\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]|<sup>)/,
  /^\s*[A-Z]\.\d{2}-\d{5}\s*\([A-Z]\)/,
  /^\s*\*\d{7,}\*\s*$/,
  /^\s*(?:联\s*合\s*国|United\s+Nations)\s+(?:CAC|A|E|S)\//,
  /^\s*(?:CAC|A|E|S)\/[A-Z0-9.]+(?:\/[A-Za-z0-9.]+)+\s*$/,
  /^\s*\d{1,3}(?:\/\d{1,3})?\s*$/,
];
const withoutPageFurniture = (source: string) =>
  source
    .split(/\r?\n/)
    .filter((l) => !PAGE_FURNITURE.some((re) => re.test(l)))
    .join("\n");

/** The passage text occurs in the source once whitespace is ignored (a page break may fall inside it). */
function foundInSource(p: Passage, source: string): boolean {
  const needle = noSpace(p.text);
  return noSpace(source).includes(needle) || noSpace(withoutPageFurniture(source)).includes(needle);
}

const JOB_NUMBER = /[A-Z]\.\d{2}-\d{5}/;
const BAR_CODE = /\*\d{7,}\*/;
const RUNNING_HEAD = /(?:联\s*合\s*国|United\s+Nations)\s+(?:CAC|A|E|S)\//;
const PAGE_NUMBER_LINE = /^\s*\d{1,3}(?:\/\d{1,3})?\s*$/m;

const SOURCES: [string, () => ParsedDocument, () => string][] = [
  ...ALL_DOCS.map((id): [string, () => ParsedDocument, () => string] => [id, () => doc(index, id), () => sourceText(id)]),
  [englishFile, () => en, englishText],
];

describe("numbered paragraphs", () => {
  it.each([
    [DOC.backgroundPaper2020, 55],
    [DOC.cospReport2023, 20],
    [DOC.draftReport2019, 20],
    [DOC.irgReport2021, 27],
  ])("%s has its %i numbered paragraphs, numbered 1 to N in document order", (id, count) => {
    const paragraphs = doc(index, id).passages.filter((p) => p.kind === "paragraph");
    expect(paragraphs.map((p) => p.number)).toEqual(Array.from({ length: count }, (_, i) => String(i + 1)));
    for (const p of paragraphs) {
      expect(p.locator).toBe(p.number);
      expect(p.text.startsWith(`${p.number}.`)).toBe(true);
    }
  });

  it("finds no numbered paragraphs in the annotated agenda, whose item headings carry numbers instead", () => {
    const d = doc(index, DOC.annotatedAgenda2024);
    expect(d.passages.filter((p) => p.kind === "paragraph")).toEqual([]);
    expect(d.passages.filter((p) => p.kind === "heading" && p.item).map((p) => p.item)).toEqual([
      "1", "1(a)", "1(b)", "2", "2(a)", "2(a)(一)", "2(a)(一)", "2(a)(二)", "2(a)(三)", "2(a)(四)", "2(a)(五)", "2(a)(五)", "2(b)", "3", "4",
    ]);
  });
});

describe("heading-path locators in the annotated agenda", () => {
  it.each([
    ["1(a)", "1(a)", "预防腐败问题不限成员名额政府间工作组第十五次会议将于 2024 年 9 月 3 日星期二下午 3 时"],
    ["1(b), para 2", "1(b)", "第十五次会议的拟议工作安排（见附件）"],
    ["2, (a)", "2", "(a) 协助缔约国会议发展和积累预防腐败方面的知识；"],
    ["2(a)(一), para 2", "2(a)(一)", "工作组第一、第六、第七和第十三次会议讨论了公共采购"],
    ["2(a)(二), para 2", "2(a)(二)", "是 2022 年 11 月 7 日至 11 日在维也纳举行的第十一次增进"],
    ["2(a)(二), para 3", "2(a)(二)", "对这一议题的审议将以专题小组讨论开始"],
    ["2(a)(二), (b)", "2(a)(二)", "(b) 秘书处为 2023 年 9 月 4 日至 8 日举行的第十二次"],
    ["2(a)(四)", "2(a)(四)", "请工作组考虑将腐败对妇女和青年的负面影响"],
    ["2(a)(五), para 2", "2(a)(五)", "2023 年 8 月 31 日至 9 月 1 日在维也纳举行的利用数据改进腐败情况衡量工作全球会议"],
    ["4", "4", "工作组将通过第十五次会议的报告。"],
  ])("locates the passage at %j under agenda item %s", (locator, item, excerpt) => {
    const p = at(index, DOC.annotatedAgenda2024, locator);
    expect(p.item).toBe(item);
    expect(p.text).toContain(excerpt);
  });

  it("ends a paragraph at its closing full stop even when a footnote marker follows it", () => {
    const first = at(index, DOC.annotatedAgenda2024, "2(a)(二), para 2");
    expect(first.text.endsWith("的讨论议题。<sup>1</sup>")).toBe(true);
    expect(first.text).not.toContain("对这一议题的审议");
  });

  it("gives every passage of a document its own locator", () => {
    for (const id of ALL_DOCS) {
      const locators = doc(index, id).passages.map((p) => p.locator);
      expect(new Set(locators).size, id).toBe(locators.length);
    }
  });
});

describe("every document", () => {
  it.each(SOURCES)("%s: every passage's text is found in the source once whitespace is ignored", (_name, parsed, source) => {
    const src = source();
    const missing = parsed().passages.filter((p) => !foundInSource(p, src)).map((p) => p.locator);
    expect(missing).toEqual([]);
  });

  it.each(SOURCES)("%s: no passage carries page furniture; the cover's own symbol line stands in its header passage alone", (_name, parsed) => {
    for (const p of parsed().passages) {
      expect(p.text, p.locator).not.toMatch(JOB_NUMBER);
      expect(p.text, p.locator).not.toMatch(BAR_CODE);
      if (p.locator !== "header") expect(p.text, p.locator).not.toMatch(RUNNING_HEAD);
      else expect(p.text.match(new RegExp(RUNNING_HEAD.source, "g"))?.length ?? 0, p.locator).toBeLessThanOrEqual(1);
      expect(p.text, p.locator).not.toMatch(PAGE_NUMBER_LINE);
    }
  });

  it.each(SOURCES)("%s: passage ids are the document id and the position", (_name, parsed) => {
    const d = parsed();
    d.passages.forEach((p, i) => {
      expect(p.seq).toBe(i);
      expect(p.id).toBe(`${d.meta.id}#${i}`);
      expect(p.docId).toBe(d.meta.id);
    });
  });
});

describe("lines broken by PDF extraction", () => {
  it("joins Chinese lines without inserting spaces and keeps the spaces the source puts around numbers", () => {
    const p = at(index, DOC.draftReport2019, "4");
    expect(p.text).toContain("制定或修订国家反腐败政策和战略");
    expect(p.text).toContain("毒品和犯罪问题办公室支持了几项不同的举措");
    expect(p.text).toContain("协助 10 个缔约国");
    expect(p.text).not.toContain("\n");
  });

  it("joins a heading wrapped over three lines", () => {
    const h = doc(index, DOC.draftReport2019).passages.find((p) => p.kind === "heading")!;
    expect(h.text).toBe("三. 执行缔约国会议题为“促进预防腐败措施”的第 7/5 号决议和题为“《马拉喀什预防腐败宣言》的后续行动”的第 7/6 号决议以及工作组 2018 年 9 月举行的会议商定的建议");
  });

  it("continues a paragraph after the footnote printed at the foot of its page", () => {
    const p = at(index, DOC.backgroundPaper2020, "4");
    expect(p.text).toContain("为缔约国会议执行其预防腐败任务提供建议和协助。在第 5/4 号决议中");
    expect(p.text.endsWith("以便在会议期间讨论不同的专题。")).toBe(true);
    expect(at(index, DOC.backgroundPaper2020, "footnote *").text).toBe("* CAC/COSP/WG.4/2020/1。");
  });

  it("keeps the markup of the source in the passage text", () => {
    expect(at(index, DOC.annotatedAgenda2024, "2(a)(五), para 4").text).toContain("（[CAC/COSP/WG.4/2024/2](#)）");
  });
});

describe("footnotes", () => {
  it.each([
    [DOC.backgroundPaper2020, "30", "footnote 1", "¹ 可查阅 www.track.unodc.org。"],
    [DOC.backgroundPaper2020, "48", "footnote 4", "⁴ 网址：www.unodc.org/unodc/en/corruption/WG-Prevention/session10.html。"],
    [DOC.annotatedAgenda2024, "2(a)(五), para 5", "footnote 3", "<sup>3</sup> <https://grace.unodc.org/"],
    [DOC.cospReport2023, "9", "footnote 1", "¹ 可查阅 <https://track.unodc.org/"],
    [DOC.backgroundPaper2020, "header, agenda item", "footnote *", "* CAC/COSP/WG.4/2020/1。"],
  ])("%s: the passage at %s links the footnote it marks (%s)", (id, locator, noteLocator, noteStart) => {
    const note = at(index, id, noteLocator);
    expect(note.kind).toBe("footnote");
    expect(note.text.startsWith(noteStart)).toBe(true);
    expect(at(index, id, locator).footnotes).toEqual([note.id]);
  });
});

describe("structure", () => {
  it("records the headings above a paragraph, outermost first", () => {
    expect(at(index, DOC.backgroundPaper2020, "27").headingPath).toEqual(["三. 工作组第十次会议所提建议的最新执行情况", "A. 发展和积累预防腐败领域的知识", "建议"]);
    expect(at(index, DOC.irgReport2021, "11").headingPath).toEqual(["三. 为落实缔约国会议第 7/4 号决议而开展的工作概览", "A. 秘书处之间继续对话", "1. 交流经验教训"]);
  });

  it.each([
    [DOC.backgroundPaper2020, ["2(a)", "2(b)", "2(c)", "2(d)"]],
    [DOC.irgReport2021, ["21(a)", "21(b)", "21(c)", "21(d)", "21(e)"]],
  ])("%s: lettered sub-items are located under their paragraph", (id, locators) => {
    const items = doc(index, id).passages.filter((p) => p.kind === "list-item");
    expect(items.map((p) => p.locator)).toEqual(locators);
  });

  it("reads the provisional agenda list into numbered items with Chinese sub-sub-item numerals", () => {
    const items = doc(index, DOC.annotatedAgenda2024).passages.filter((p) => p.locator.startsWith("provisional agenda, item "));
    expect(items.map((p) => p.item)).toEqual(["1", "1(a)", "1(b)", "2", "2(a)", "2(a)(一)", "2(a)(二)", "2(a)(三)", "2(a)(四)", "2(a)(五)", "2(b)", "3", "4"]);
  });
});

describe("an English document of the same layout", () => {
  it("has its eight numbered paragraphs under roman chapters and lettered sections", () => {
    const paragraphs = en.passages.filter((p) => p.kind === "paragraph");
    expect(paragraphs.map((p) => p.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(en.passages.filter((p) => p.kind === "heading").map((p) => p.text)).toEqual([
      "I. Introduction",
      "II. Information received from States parties",
      "A. Electronic submission",
      "B. Verification and data analytics",
      "III. Conclusions",
    ]);
    expect(paragraphs.find((p) => p.number === "6")!.headingPath).toEqual(["II. Information received from States parties", "B. Verification and data analytics"]);
  });

  it("joins wrapped English lines with single spaces", () => {
    const p1 = en.passages.find((p) => p.number === "1")!;
    expect(p1.text).toBe(
      '1. In its resolution 10/14, entitled "Strengthening the use of digital tools in asset and interest declaration systems", the Conference of the States Parties to the United Nations Convention against Corruption requested the working group to consider, at its sixteenth meeting, the use of digital tools for the submission, publication and verification of asset and interest declarations of public officials.',
    );
  });

  it("continues the paragraph broken by the page break, leaving out the footnote, job number, bar code and running head", () => {
    const p3 = en.passages.find((p) => p.number === "3")!;
    expect(p3.text).toContain("to continue to serve as an international observatory, collecting information");
    expect(p3.text.endsWith("on the thematic website of the working group.¹")).toBe(true);
    expect(p3.text).not.toContain("CAC/COSP/WG.4/2025");
    expect(p3.footnotes).toEqual([en.passages.find((p) => p.locator === "footnote 1")!.id]);
    expect(en.passages.find((p) => p.locator === "footnote *")!.text).toBe("* CAC/COSP/WG.4/2025/1.");
  });

  it("rejoins a word hyphenated at a line end", () => {
    expect(en.passages.find((p) => p.number === "6")!.text).toContain("to choose the in-depth checks to be carried out each year.");
  });

  it("locates the sub-items (a) to (c) under their paragraph", () => {
    const items = en.passages.filter((p) => p.kind === "list-item");
    expect(items.map((p) => p.locator)).toEqual(["4(a)", "4(b)", "4(c)"]);
    expect(items[1].text).toBe("(b) Automatic checks of completeness before a declaration can be filed;");
  });
});

describe("documents that cannot be parsed", () => {
  const parse = (text: string, file = "broken.txt") => () => parseDocument(text, { file, resolveBody: (n) => realGlossary().resolveBodyName(n) });

  it.each([
    ["an empty file", "", "the file is empty"],
    ["a file of blank lines", "\n \n\t\n", "the file is empty"],
    ["a binary file", "PK\u0003\u0004\u0000\u0000binary", "the file is binary, not text (NUL bytes found)"],
  ])("rejects %s with a ParseError naming the file and the reason", (_what, text, reason) => {
    expect(parse(text)).toThrow(ParseError);
    expect(parse(text)).toThrow(`broken.txt: ${reason}`);
  });

  it("indexes a cover with nothing after it as its header passages, and says the text had no structure", () => {
    const doc = parse("Distr.: General\n20 April 2020\nChinese\nOriginal: English\n")();
    expect(doc.meta.date).toBe("2020-04-20");
    expect(doc.passages.map((p) => p.locator)).toEqual(["header"]);
    expect(doc.meta.structure?.reason).toMatch(/only a cover/);
  });
});
