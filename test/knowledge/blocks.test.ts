import { describe, expect, it } from "vitest";
import { cleanLines, findSymbols } from "../../src/knowledge/parse/clean.js";
import { detectWrapWidth, splitBlocks } from "../../src/knowledge/parse/blocks.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, lineNo: i + 1 }));

describe("page furniture", () => {
  it("drops job numbers, bar codes, page numbers and later pages' running heads, and keeps the printed symbol and the cover's line", () => {
    const cleaned = cleanLines(
      [" 联 合 国   CAC/COSP/WG.4/2019/L.1/Add.1 ", "Distr.: Limited", "V.19-08845 (C)    060919    060919", "*1908845*", "1. 正文。", "2/3", "联 合 国   CAC/COSP/WG.4/2019/L.1/Add.1", "CAC/COSP/WG.4/2019/L.1/Add.1", "2. 正文。"].join("\n"),
    );
    expect(cleaned.printedSymbol).toBe("CAC/COSP/WG.4/2019/L.1/Add.1");
    expect(cleaned.lines.map((l) => l.text)).toEqual([" 联 合 国   CAC/COSP/WG.4/2019/L.1/Add.1", "Distr.: Limited", "1. 正文。", "2. 正文。"]);
    expect(cleaned.lines.map((l) => l.lineNo)).toEqual([1, 2, 5, 9]);
    expect(cleaned.dropped).toBe(5);
  });

  it("keeps a symbol line when no running head printed that symbol", () => {
    expect(cleanLines("CAC/COSP/2023/1\n1. 正文。").lines.map((l) => l.text)).toEqual(["CAC/COSP/2023/1", "1. 正文。"]);
  });

  it("keeps table rows even when a cell looks like a page number", () => {
    expect(cleanLines("日期\t项目\n3\t\t").lines).toHaveLength(2);
  });

  it("finds symbols in markdown links and strips trailing punctuation", () => {
    expect(findSymbols("（[CAC/COSP/WG.4/2024/3](#)）和 CAC/COSP/2019/2。").map((s) => s.symbol)).toEqual(["CAC/COSP/WG.4/2024/3", "CAC/COSP/2019/2"]);
  });

  it("keeps a symbol whole across the line break or space a conversion left after its period", () => {
    expect(findSymbols("报告(A/AC.\n260/2和Corr.\n1).（E/2001/30/Rev.\n1）; E/2001/30/Rev. 1").map((s) => s.symbol)).toEqual(["A/AC.260/2", "E/2001/30/Rev.1", "E/2001/30/Rev.1"]);
  });

  it("finds the OPCW decisions resolutions cite, of its Conference and its Executive Council", () => {
    expect(findSymbols("Decision C-25/DEC.9 of the Conference of the States Parties; decision EC-94/DEC.2 of the Executive Council; 第C-26/DEC.10号决定").map((s) => s.symbol)).toEqual(["C-25/DEC.9", "EC-94/DEC.2", "C-26/DEC.10"]);
    expect(findSymbols("a GC-12/X note and UNESC-3/A are not symbols")).toEqual([]);
  });

  it("finds the symbols of the disarmament treaties' meetings resolutions cite, roman-numbered segments whole", () => {
    const text = "TPNW/MSP/2022/6, annex II; NPT/CONF.2026/PC.I/1; BWC/CONF.IX/9; APLC/MSP.21/2023/1; CCW/MSP/2023/7; ATT/CSP10/2024/1";
    expect(findSymbols(text).map((s) => s.symbol)).toEqual(["TPNW/MSP/2022/6", "NPT/CONF.2026/PC.I/1", "BWC/CONF.IX/9", "APLC/MSP.21/2023/1", "CCW/MSP/2023/7", "ATT/CSP10/2024/1"]);
    expect(findSymbols("the NPT/Treaty's and TPNW/2 are no symbols; CTOC/COP/2008/INF.1Final is cut before the glued word").map((s) => s.symbol)).not.toContain("TPNW/2");
  });

  it("finds the Conference on Disarmament's documents, numbered in one series, but no series letter with a session alone", () => {
    expect(findSymbols("See CD/1985. In accordance with CD/1299 and CD/WP.620;").map((s) => s.symbol)).toEqual(["CD/1985", "CD/1299", "CD/WP.620"]);
    expect(findSymbols("A/80 and CD/19 are no symbols")).toEqual([]);
  });
});

describe("blocks", () => {
  it("ends a paragraph at its full stop when a footnote marker follows", () => {
    const blocks = splitBlocks(lines("会议讨论了这一议题。<sup>1</sup>\n对这一议题的审议将以专题小组讨论开始。"));
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ["text", "会议讨论了这一议题。<sup>1</sup>"],
      ["text", "对这一议题的审议将以专题小组讨论开始。"],
    ]);
  });

  it("continues an unfinished paragraph after a footnote at the foot of the page", () => {
    const blocks = splitBlocks(lines("1. 缔约国会议决定工作组为缔约国会议执\n* CAC/COSP/WG.4/2020/1。\n行其任务提供建议。"), { hasStarFootnote: true });
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ["paragraph", "1. 缔约国会议决定工作组为缔约国会议执行其任务提供建议。"],
      ["footnote", "* CAC/COSP/WG.4/2020/1。"],
    ]);
  });

  it("tells a numbered heading from a numbered paragraph by the paragraph sequence", () => {
    const blocks = splitBlocks(lines("1. 第一段。\n2. 第二段。\n1. 交流经验教训\n3. 第三段。"));
    expect(blocks.map((b) => [b.kind, b.number ?? b.label])).toEqual([
      ["paragraph", "1"],
      ["paragraph", "2"],
      ["heading", "1."],
      ["paragraph", "3"],
    ]);
  });

  it("detects the width of fixed-width wrapped text, and none for one-line paragraphs", () => {
    const wrapped = Array.from({ length: 20 }, (_, i) => (i % 4 === 3 ? "short end." : "x".repeat(76)));
    expect(detectWrapWidth(lines(wrapped.join("\n")))).toBe(76);
    const long = Array.from({ length: 20 }, () => "y".repeat(200));
    expect(detectWrapWidth(lines(long.join("\n")))).toBe(0);
  });
});

describe("a resolution's preamble set with no blank line between its paragraphs", () => {
  const texts = (text: string) => splitBlocks(lines(text)).map((b) => b.text);

  it("starts a paragraph at each participle after a comma, from the organ's opening line to the first numbered paragraph", () => {
    const preamble = [
      "The Security Council,",
      "Recalling its resolutions on the situation in the region,",
      "Taking note of the letter dated 6 December 2023 of the",
      "Secretary-General, addressed to the President of the Council (S/2023/962),",
      "Deeply concerned at the situation of the civilian population,",
      "Mindful of its primary responsibility,",
      "1. Demands an immediate ceasefire;",
      "2. Requests the Secretary-General to report,",
      "Expressing no preamble any more.",
    ].join("\n");
    expect(texts(preamble)).toEqual([
      "The Security Council,",
      "Recalling its resolutions on the situation in the region,",
      "Taking note of the letter dated 6 December 2023 of the Secretary-General, addressed to the President of the Council (S/2023/962),",
      "Deeply concerned at the situation of the civilian population,",
      "Mindful of its primary responsibility,",
      "1. Demands an immediate ceasefire;",
      "2. Requests the Secretary-General to report, Expressing no preamble any more.",
    ]);
  });

  it("starts a paragraph after a blank line when the one before ends on its footnote's marker after the comma", () => {
    const preamble = [
      "The General Assembly,",
      "",
      "Recalling the report of the Secretary-General on the standardized reporting system,1",
      "",
      "Recalling also the report of the Group of Governmental Experts,2",
      "",
      "Welcoming the new interactive web platform of the Secretariat,3 as well as the new online reporting tool,",
      "",
      "Recalling the Humanitarian Pledge issued following the third Conference, 15",
      "",
      "Recalling also the signing of the Protocol,",
      "",
      "1. Calls upon Member States to report;",
    ].join("\n");
    expect(texts(preamble)).toEqual([
      "The General Assembly,",
      "Recalling the report of the Secretary-General on the standardized reporting system,1",
      "Recalling also the report of the Group of Governmental Experts,2",
      "Welcoming the new interactive web platform of the Secretariat,3 as well as the new online reporting tool,",
      "Recalling the Humanitarian Pledge issued following the third Conference, 15",
      "Recalling also the signing of the Protocol,",
      "1. Calls upon Member States to report;",
    ]);
  });

  it("joins such lines as one paragraph outside a preamble", () => {
    expect(texts("The delegations of Norway,\nBeijing and others met,\nFollowing the plan.")).toEqual(["The delegations of Norway, Beijing and others met, Following the plan."]);
  });
});

describe("a name that ends like a participle does not open a preambular paragraph", () => {
  it("joins 'United States of America' and 'Beijing' to the line before", () => {
    const text = ["The General Assembly,", "Welcoming the Games to be held in Los Angeles,", "United States of America, in 2028, and those held in", "Paris,", "Beijing and other cities,", "1. Decides to act;"].join("\n");
    expect(splitBlocks(lines(text)).map((b) => b.text)).toEqual([
      "The General Assembly,",
      "Welcoming the Games to be held in Los Angeles, United States of America, in 2028, and those held in Paris, Beijing and other cities,",
      "1. Decides to act;",
    ]);
  });
});

describe("an annex numbers its paragraphs afresh", () => {
  it("reads '1.' after 'Annex I' as a numbered paragraph, not a line of text", () => {
    const text = ["1. Decides to act;", "2. Requests the Secretary-General to report;", "3. Decides to remain seized of the matter.", "", "Annex I", "", "1. Upon receipt of a request, the Focal Point will act.", "2. The Focal Point will then report."].join("\n");
    const paragraphs = splitBlocks(lines(text)).filter((b) => b.kind === "paragraph").map((b) => b.number);
    expect(paragraphs).toEqual(["1", "2", "3", "1", "2"]);
  });
});

describe("a heading set in capitals", () => {
  it("continues no paragraph and heads the lines after it", () => {
    const blocks = splitBlocks(lines(["CAC/COSP/WG.2/2013/4 Report on the meeting of the working group", "held in Vienna from 26 to 28 August 2013", "INFORMATION DOCUMENTS", "Document Symbol Topic", "CAC/COSP/WG.2/2013/INF.1 List of participants"].join("\n")));
    expect(blocks[0].text).toBe("CAC/COSP/WG.2/2013/4 Report on the meeting of the working group held in Vienna from 26 to 28 August 2013");
    expect(blocks[1]).toMatchObject({ kind: "heading", text: "INFORMATION DOCUMENTS", level: 3 });
  });

  it("is words of capitals alone: not language codes, a symbol or a sentence", () => {
    for (const t of ["EN FR SP RU AR CH", "CAC/COSP/2015/1", "IMPORTANT NOTICE: documents are printed in limited quantities"]) {
      const blocks = splitBlocks(lines(`The meeting was held in Vienna\n${t}`));
      expect(blocks.some((b) => b.kind === "heading" && b.level === 3), t).toBe(false);
    }
  });
});
