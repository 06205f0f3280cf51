import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "../../src/knowledge/parse/parse-document.js";
import { parseSidecar } from "../../src/knowledge/parse/sidecar.js";
import type { DocumentMeta, KnowledgeIndex } from "../../src/knowledge/model.js";
import { ALL_DOCS, DOC, at, corpus, doc, documentsDir, englishFile, englishText, realGlossary, sourceText } from "./corpus.js";

/** Meta read from the text alone, without the sidecar. */
function headerOnly(file: string, text: string): DocumentMeta {
  return parseDocument(text, { file, resolveBody: (n) => realGlossary().resolveBodyName(n) }).meta;
}

let index: KnowledgeIndex;
beforeAll(async () => {
  index = (await corpus()).index;
});

describe("header fields read from the text", () => {
  const cases: [string, () => string, Partial<DocumentMeta>][] = [
    [
      DOC.backgroundPaper2020,
      () => sourceText(DOC.backgroundPaper2020),
      {
        distribution: "General",
        date: "2020-04-20",
        language: "zh",
        originalLanguage: "en",
        body: "wg-prevention",
        meeting: { start: "2020-06-09", end: "2020-06-10", venue: "维也纳" },
        agendaItem: { number: "3", title: "今后的优先事项" },
        kind: "background-paper",
        title: "预防腐败问题不限成员名额政府间工作组活动的进展",
        agendaSymbol: "CAC/COSP/WG.4/2020/1",
      },
    ],
    [
      DOC.annotatedAgenda2024,
      () => sourceText(DOC.annotatedAgenda2024),
      {
        distribution: "General",
        date: "2024-06-13",
        language: "zh",
        originalLanguage: "en",
        body: "wg-prevention",
        meeting: { start: "2024-09-03", end: "2024-09-06", venue: "维也纳" },
      },
    ],
    [
      DOC.cospReport2023,
      () => sourceText(DOC.cospReport2023),
      {
        distribution: "General",
        date: "2023-10-09",
        language: "zh",
        originalLanguage: "en",
        body: "cosp",
        meeting: { ordinal: 10, kind: "session", start: "2023-12-11", end: "2023-12-15", venue: "美利坚合众国亚特兰大" },
        agendaItem: { number: "7", title: "关于预防和打击腐败及加强国际合作的挑战和措施的大会特别会议的后续行动" },
        kind: "secretariat-report",
        title: "联合国毒品和犯罪问题办公室为支持落实反腐败问题大会特别会议通过的题为“我们共同承诺有效应对挑战和采取措施，预防和打击腐败，加强国际合作”的政治宣言而开展的活动",
        agendaSymbol: "CAC/COSP/2023/1",
      },
    ],
    [
      DOC.draftReport2019,
      () => sourceText(DOC.draftReport2019),
      {
        distribution: "Limited",
        date: "2019-09-06",
        language: "zh",
        originalLanguage: "en",
        body: "wg-prevention",
        meeting: { ordinal: 10, kind: "meeting", start: "2019-09-04", end: "2019-09-06", venue: "维也纳" },
        kind: "draft-report-addendum",
        title: "报告草稿 增编",
        symbol: "CAC/COSP/WG.4/2019/L.1/Add.1",
      },
    ],
    [
      DOC.irgReport2021,
      () => sourceText(DOC.irgReport2021),
      {
        distribution: "General",
        date: "2021-03-29",
        language: "zh",
        originalLanguage: "en",
        body: "irg",
        meeting: { ordinal: 12, kind: "session", start: "2021-06-14", end: "2021-06-18", venue: "维也纳" },
        agendaItem: { number: "2", title: "联合国反腐败公约实施情况审议机制的执行情况" },
        kind: "secretariat-report",
        title: "缔约国会议关于增进负责反腐败审议机制的相关多边组织之间协同效应的第7/4号决议的执行进展",
        agendaSymbol: "CAC/COSP/IRG/2021/1",
      },
    ],
    [
      englishFile,
      englishText,
      {
        distribution: "General",
        date: "2025-03-10",
        language: "en",
        originalLanguage: "en",
        body: "wg-prevention",
        meeting: { ordinal: 16, kind: "meeting", start: "2025-06-02", end: "2025-06-04", venue: "Vienna" },
        agendaItem: { number: "2", title: "Implementation of the relevant resolutions of the Conference of the States Parties" },
        kind: "background-paper",
        title: "Digital tools for asset and interest declarations",
        symbol: "CAC/COSP/WG.4/2025/2",
        agendaSymbol: "CAC/COSP/WG.4/2025/1",
      },
    ],
  ];

  it.each(cases)("%s: reads distribution, date, languages, body, meeting, agenda item, kind and title", (file, text, expected) => {
    const meta = headerOnly(file.endsWith(".txt") ? file : `${file}.txt`, text());
    expect(meta).toMatchObject(expected);
    expect(meta.meeting).toEqual(expected.meeting);
  });

  it.each([DOC.backgroundPaper2020, DOC.annotatedAgenda2024, DOC.cospReport2023, DOC.irgReport2021])(
    "%s: reports no symbol when the text prints none",
    (id) => {
      expect(headerOnly(`${id}.txt`, sourceText(id)).symbol).toBeUndefined();
    },
  );

  it("takes the language of an English original without a language line from its original language", () => {
    expect(headerOnly(englishFile, englishText()).language).toBe("en");
  });
});

describe("header passages", () => {
  it.each([
    [DOC.backgroundPaper2020, "header", "联合国反腐败公约 缔约国会议\nDistr.: General\n20 April 2020\nChinese\nOriginal: English"],
    [DOC.backgroundPaper2020, "header, meeting", "预防腐败问题不限成员名额政府间工作组\n2020年6月9日和10日，维也纳"],
    [DOC.backgroundPaper2020, "header, agenda item", "临时议程*项目3\n今后的优先事项\n预防腐败问题不限成员名额政府间工作组活动的进展\n秘书处编写的背景文件"],
    [DOC.annotatedAgenda2024, "header, meeting", "预防腐败问题不限成员名额政府间工作组\n2024年9月3日至6日，维也纳"],
    [DOC.cospReport2023, "header, meeting", "第十届会议\n美利坚合众国亚特兰大，2023年12月11日至15日"],
    [DOC.draftReport2019, "header, meeting", "预防腐败问题不限成员名额政府间工作组\n第十次会议\n2019 年 9 月 4 日至 6 日，维也纳"],
    [DOC.draftReport2019, "header, title", "报告草稿\n增编"],
    [DOC.irgReport2021, "header, meeting", "实施情况审议组\n第十二届会议\n2021年6月14日至18日，维也纳"],
  ])("%s: the %s passage holds the header lines as printed", (id, locator, text) => {
    const p = at(index, id, locator);
    expect(p.kind).toBe("header");
    expect(p.text).toBe(text);
  });

  it("reads the English meeting block, with its wrapped body name, into one header passage", () => {
    const d = parseDocument(englishText(), { file: englishFile, resolveBody: (n) => realGlossary().resolveBodyName(n) });
    expect(d.passages.find((p) => p.locator === "header, meeting")!.text).toBe(
      "Open-ended Intergovernmental Working Group\non the Prevention of Corruption\nSixteenth meeting\nVienna, 2–4 June 2025",
    );
    expect(d.passages.find((p) => p.locator === "header, agenda item")!.text.split("\n")[0]).toBe("Item 2 of the provisional agenda*");
  });
});

describe("sidecars", () => {
  it.each(ALL_DOCS)("%s: the index carries the sidecar's fields", (id) => {
    const sidecar = parseSidecar(readFileSync(`${documentsDir}/${id}.meta.json`, "utf8"), `${id}.meta.json`);
    const meta = doc(index, id).meta;
    expect(meta.title).toBe(sidecar.title);
    expect(meta.kind).toBe(sidecar.kind);
    expect(meta.date).toBe(sidecar.date);
    expect(meta.body).toBe(sidecar.body);
    expect(meta.meeting).toMatchObject(sidecar.meeting!);
  });

  it("adds the meeting ordinal the header of the 2020 background paper does not print", () => {
    expect(doc(index, DOC.backgroundPaper2020).meta.meeting).toEqual({ start: "2020-06-09", end: "2020-06-10", venue: "维也纳", ordinal: 11, kind: "meeting" });
  });

  it("wins over the header where both give a value, and keeps the header's other fields", () => {
    const sidecar = parseSidecar(JSON.stringify({ symbol: "CAC/COSP/IRG/2021/2", meeting: { venue: "Wien" } }), "x.meta.json");
    const meta = parseDocument(sourceText(DOC.irgReport2021), { file: "x.txt", sidecar, resolveBody: (n) => realGlossary().resolveBodyName(n) }).meta;
    expect(meta.symbol).toBe("CAC/COSP/IRG/2021/2");
    expect(meta.meeting).toEqual({ ordinal: 12, kind: "session", start: "2021-06-14", end: "2021-06-18", venue: "Wien" });
  });

  it.each([
    ['{"date": "29 March 2021"}', "date must be an ISO date yyyy-mm-dd"],
    ['{"colour": "blue"}', "(root)"],
    ["{not json", "not valid JSON"],
  ])("rejects the sidecar %s and names the problem", (json, problem) => {
    expect(() => parseSidecar(json, "x.meta.json")).toThrow(/^x\.meta\.json: /);
    expect(() => parseSidecar(json, "x.meta.json")).toThrow(problem);
  });
});

describe("citations", () => {
  it("names a document by its symbol when it has one", () => {
    const c = index.cite(at(index, DOC.draftReport2019, "18").id);
    expect(c).toMatchObject({ document: "CAC/COSP/WG.4/2019/L.1/Add.1", file: `${DOC.draftReport2019}.txt`, paragraph: "18" });
    expect(c.quote.startsWith("18. 在专题小组讨论期间，来自缅甸的主讲人")).toBe(true);
  });

  it("names a document without a symbol by its title and date, and cites unnumbered passages by locator", () => {
    const p = at(index, DOC.annotatedAgenda2024, "1(a)");
    expect(index.cite(p.id)).toEqual({ document: "临时议程说明, 2024-06-13", title: "临时议程说明", date: "2024-06-13", file: `${DOC.annotatedAgenda2024}.txt`, paragraph: "1(a)", quote: p.text, passageId: p.id });
  });

  it("gives the title in the asker's language: the sidecar's English title for English, the document's own for Chinese", () => {
    const p = at(index, DOC.annotatedAgenda2024, "1(a)");
    expect(index.cite(p.id, "en")).toMatchObject({ document: "Annotated provisional agenda, 2024-06-13", title: "Annotated provisional agenda" });
    expect(index.cite(p.id, "zh")).toMatchObject({ document: "临时议程说明, 2024-06-13", title: "临时议程说明" });
  });

  it("refuses to cite a passage that does not exist", () => {
    expect(() => index.cite("nope#1")).toThrow("Unknown passage nope#1");
  });
});

describe("cover passages of real documents", () => {
  const real = (path: string) => {
    const file = path.split("/").pop()!;
    const text = readFileSync(new URL(`../fixtures/real-documents/${path}`, import.meta.url), "utf8");
    return parseDocument(text, { file, resolveBody: (n) => realGlossary().resolveBodyName(n) });
  };
  const passage = (path: string, locator: string) => real(path).passages.find((p) => p.locator === locator)?.text.replace(/\s+/g, " ");

  it("quotes an organ's agenda item with the session it is numbered in", () => {
    expect(passage("ga-res-80/A_RES_80_8.md", "header, agenda item")).toMatch(/^Eightieth session Agenda item 11 Sport for development and peace/);
  });
});
