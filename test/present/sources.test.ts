import { describe, expect, it } from "vitest";
import type { Citation } from "../../src/core/types.js";
import { answerLength, identityText, markers, placeOf, placesText, sourceLines } from "../../src/present/sources.js";

const agenda = (n: number, paragraph: string, quote: string): Citation => ({
  document: "CAC/COSP/WG.4/2024/1",
  symbol: "CAC/COSP/WG.4/2024/1",
  title: "Annotated provisional agenda",
  date: "2024-06-13",
  url: "https://documents.un.org/api/symbol/access?s=CAC%2FCOSP%2FWG.4%2F2024%2F1&l=E&t=pdf",
  file: "agenda.txt",
  paragraph,
  quote,
  passageId: `agenda#${n}`,
});
const paper: Citation = { document: "Progress in the activities of the Working Group, 2020-04-20", title: "Progress in the activities of the Working Group", date: "2020-04-20", file: "paper.txt", paragraph: "18", quote: "18. 工作组建议通过多年期工作计划。", passageId: "paper#18" };

describe("source lines", () => {
  it("gives one line per document, in citing order, with its markers, title, date, paragraphs and link", () => {
    const citations = [agenda(1, "header, meeting", "2024年9月3日至6日，维也纳"), paper, agenda(3, "1(a)", "第十五次会议将于2024年9月3日开幕。")];
    const lines = sourceLines({ text: "The 15th meeting opens on 3 September 2024[1][3]; the group recommended a workplan[2].", citations, lang: "en" });
    expect(lines.map((l) => identityText(l, "en"))).toEqual([
      "[1][3] CAC/COSP/WG.4/2024/1 · Annotated provisional agenda · 13 June 2024 · cover page, 1(a)",
      "[2] Progress in the activities of the Working Group · 20 April 2020 · ¶ 18",
    ]);
    expect(lines[0].url).toBe(citations[0].url);
    expect(lines[1].url).toBeUndefined();
    expect(lines[0].passages.map((p) => p.passageId)).toEqual(["agenda#1", "agenda#3"]);
  });

  it("writes the date and places in Chinese for a Chinese answer", () => {
    const [line] = sourceLines({ text: "第十五次会议[1][2]。", citations: [agenda(1, "27", "a"), agenda(2, "28", "b")], lang: "zh" });
    expect(identityText(line, "zh")).toBe("[1][2] CAC/COSP/WG.4/2024/1 · Annotated provisional agenda · 2024年6月13日 · 第27、28段");
  });

  it("keeps the sources no longer than the answer, except the first document's sentence", () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ ...paper, file: `paper${i}.txt`, title: `Paper ${i}`, passageId: `p${i}` }));
    const text = "The group recommended a workplan[1][2][3][4][5].";
    const lines = sourceLines({ text, citations: many, lang: "en" });
    expect(lines.filter((l) => l.excerpt)).toHaveLength(1);
    const long = "The Working Group recommended that the Conference adopt a multi-year workplan to guide its work and proposed topics for it[1][2][3][4][5]. ".repeat(3);
    const roomy = sourceLines({ text: long, citations: many, lang: "en" });
    const shown = roomy.reduce((n, l) => n + identityText(l, "en").length + (l.excerpt?.length ?? 0), 0);
    expect(shown).toBeLessThanOrEqual(answerLength(long) + 80);
    expect(roomy.filter((l) => l.excerpt).length).toBeGreaterThan(1);
  });

  it("writes locators for people in either language", () => {
    expect(placeOf("27", "en")).toBe("¶ 27");
    expect(placeOf("header, meeting", "zh")).toBe("封面");
    expect(placeOf("annex, row 2024-09-03 15:00", "en")).toBe("annex, 3 September 2024 3 p.m.");
    expect(placeOf("provisional agenda, item 2(a)(三)", "en")).toBe("agenda item 2(a)(iii)");
    expect(placeOf("2(a)(一), para 4", "zh")).toBe("2(a)(一)第4段");
    expect(placeOf("footnote a", "zh")).toBe("脚注a");
    expect(placeOf("footnote 4", "en")).toBe("footnote 4");
    expect(placeOf("preamble 3", "zh")).toBe("序言部分第3段");
    expect(placeOf(null, "en")).toBe("");
  });

  it("counts the places beyond four and compacts the markers of neighbouring passages", () => {
    expect(placesText(["¶ 1", "¶ 2", "cover page", "¶ 7", "¶ 9", "¶ 11"], "en")).toBe("¶ 1, 2, cover page, ¶ 7 and 2 more");
    expect(placesText(["第1段", "封面", "附件", "第2段", "第3段"], "zh")).toBe("第1段、封面、附件、第2段等5处");
    expect(markers([1, 2, 3, 5, 7, 8])).toBe("[1]–[3][5][7][8]");
  });
});
