/**
 * Cover layouts of UN documents, each read from texts written here for the purpose (other
 * numbers, bodies and wording than the real documents they imitate), so that a rule fitted to one
 * file fails them.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/knowledge/parse/parse-document.js";
import { isLossyCopy } from "../../src/knowledge/parse/header.js";
import { bitextColumns } from "../../src/knowledge/parse/plain-cover.js";
import type { ParsedDocument } from "../../src/knowledge/model.js";
import { buildIndexFromTexts } from "../../src/knowledge/load.js";
import { realGlossary } from "./corpus.js";

const parse = (text: string, file = "cover.txt"): ParsedDocument => {
  const g = realGlossary();
  const places = g.data.venues.flatMap((v) => [v.zh, v.en]).filter(Boolean);
  return parseDocument(text, { file, places, resolveBody: (n) => g.resolveBodyName(n) });
};
const lines = (...l: string[]) => l.join("\n");
const headers = (d: ParsedDocument) => d.passages.filter((p) => p.kind === "header").map((p) => p.text).join("\n");

describe("the organ's session and agenda item printed above the Distr. line", () => {
  it("reads a Chinese General Assembly cover's session and agenda item from above the Distr. line", () => {
    const d = parse(
      lines("第五十七届会议", "议程项目98 预防犯罪和刑事司法", "联合国 A/57/158", "大会", "Distr.: General", "10 July 2002", "Chinese", "Original: English", "秘书长的报告", "一. 导言", "1. 本报告系根据大会第56/123号决议提交。"),
    );
    expect(d.meta.meeting).toEqual({ ordinal: 57, kind: "session" });
    expect(d.meta.agendaItem).toEqual({ number: "98", title: "预防犯罪和刑事司法" });
    expect(d.meta).toMatchObject({ body: "ga", date: "2002-07-10", title: "秘书长的报告", kind: "secretariat-report" });
    expect(d.passages.find((p) => p.locator === "header, meeting")?.text).toBe("第五十七届会议");
  });

  it("reads an English cover's session and lettered agenda item printed above the Distr. line", () => {
    const d = parse(
      lines("United Nations A/58/422", "General Assembly", "Fifty-eighth session", "Agenda item 108 (a) Crime prevention and criminal justice", "Distr.: General", "7 October 2003", "Original: English", "Note by the Secretary-General", "1. The Secretary-General has the honour to transmit the report."),
    );
    expect(d.meta.meeting).toEqual({ ordinal: 58, kind: "session" });
    expect(d.meta.agendaItem).toEqual({ number: "108(a)", title: "Crime prevention and criminal justice" });
    expect(d.meta).toMatchObject({ body: "ga", title: "Note by the Secretary-General", kind: "secretariat-report" });
  });
});

describe("a transmittal note's cover", () => {
  it("tells the agenda item's title on the line after its number from the note's title", () => {
    const d = parse(lines("United Nations A/56/312", "General Assembly", "Distr.: General", "24 August 2001", "Original: English", "Fifty-sixth session", "Agenda item 110", "Crime prevention and criminal justice", "Note by the Secretary-General*", "1. The Secretary-General has the honour to transmit the report."));
    expect(d.meta.agendaItem).toEqual({ number: "110", title: "Crime prevention and criminal justice" });
    expect(d.meta).toMatchObject({ title: "Note by the Secretary-General", kind: "secretariat-report", meeting: { ordinal: 56, kind: "session" } });
  });

  it("joins an item title wrapped over two lines, and reads the Chinese cover alike", () => {
    const en = parse(lines("United Nations A/57/100", "General Assembly", "Distr.: General", "3 June 2002", "Original: English", "Fifty-seventh session", "Agenda item 104", "Crime prevention and criminal justice and", "international drug control", "Note by the Secretariat", "1. The Secretariat has the honour to transmit the report."));
    expect(en.meta.agendaItem?.title).toBe("Crime prevention and criminal justice and international drug control");
    expect(en.meta.title).toBe("Note by the Secretariat");
    const zh = parse(lines("联合国 A/57/100", "大会", "Distr.: General", "3 June 2002", "Chinese", "Original: English", "第五十七届会议", "议程项目104", "预防犯罪和刑事司法", "秘书处的说明", "1. 秘书处谨转交该报告。"));
    expect(zh.meta.agendaItem).toEqual({ number: "104", title: "预防犯罪和刑事司法" });
    expect(zh.meta).toMatchObject({ title: "秘书处的说明", kind: "secretariat-report", meeting: { ordinal: 57, kind: "session" }, body: "ga" });
  });

  it("takes a lone line after an item number as the document's title", () => {
    const d = parse(lines("United Nations A/57/101", "General Assembly", "Distr.: General", "3 June 2002", "Original: English", "Fifty-seventh session", "Agenda item 104", "Note by the Secretariat", "1. The Secretariat has the honour to transmit the report."));
    expect(d.meta.agendaItem).toEqual({ number: "104" });
    expect(d.meta.title).toBe("Note by the Secretariat");
  });
});

describe("a cover the text layer printed twice", () => {
  const cnd = lines(
    "联合国 E/2004/28 E/CN.7/2004/13",
    "经济及社会理事会",
    "Distr.: General",
    "2 April 2004",
    "Chinese",
    "Original: English",
    "麻醉药品委员会 第四十七届会议报告 (2004 3 15 日至 22 )",
    "",
    "经济及社会理事会",
    "Distr.: General",
    "2 April 2004",
    "Chinese",
    "Original: English",
    "麻醉药品委员会 第四十七届会议报告 (2004 年 3 月 15 日至 22 日)",
    "",
    "目录",
    "一. 需由经济及社会理事会采取行动的事项",
  );

  const cndEnglish = lines("United Nations E/2004/28 E/CN.7/2004/13", "Economic and Social Council", "Distr.: General", "2 April 2004", "Original: English", "Commission on Narcotic Drugs", "Report on the forty-seventh session (15-22 March 2004)", "Contents", "I. Matters calling for action");

  it("takes the report title printed with its session's dates, not the copy that lost characters nor the repeated cover lines", () => {
    const d = parse(cnd);
    expect(d.meta.title).toBe("麻醉药品委员会 第四十七届会议报告 (2004 年 3 月 15 日至 22 日)");
    expect(d.meta).toMatchObject({ body: "cnd", date: "2004-04-02", language: "zh", meeting: { ordinal: 47, kind: "session", start: "2004-03-15", end: "2004-03-22" } });
  });

  it("cites the session to the report title that carries its dates", () => {
    const index = buildIndexFromTexts([{ file: "cnd-report.txt", text: cndEnglish }], realGlossary());
    const title = index.documents[0].passages.find((p) => p.locator === "header, title")!;
    expect(title.text).toBe("Report on the forty-seventh session (15-22 March 2004)");
    expect(index.meetings({ body: "cnd", ordinal: 47 })[0].sources).toContain(title.id);
  });

  it("keeps each cover line once in the header passages", () => {
    const text = headers(parse(cnd));
    expect(text.match(/Distr\.: General/g)).toHaveLength(1);
    expect(text).not.toContain("(2004 3 15 日至 22 )");
    expect(text).not.toMatch(/经济及社会理事会\nChinese|Chinese\n经济及社会理事会/);
  });

  it("reads an English report title with its session's ordinal and dates on one line", () => {
    const d = parse(cndEnglish);
    expect(d.meta.title).toBe("Report on the forty-seventh session (15-22 March 2004)");
    expect(d.meta).toMatchObject({ body: "cnd", meeting: { ordinal: 47, kind: "session", start: "2004-03-15", end: "2004-03-22" } });
  });

  it("still reads a title that repeats its agenda item's title", () => {
    const d = parse(lines("联合国 CAC/COSP/WG.4/2026/3", "Distr.: General", "1 June 2026", "Chinese", "Original: English", "预防腐败问题不限成员名额政府间工作组", "第十七次会议", "2026年9月7日至9日，维也纳", "临时议程*项目3", "技术援助", "技术援助", "秘书处的报告", "一. 导言", "1. 本报告介绍技术援助。"));
    expect(d.meta.agendaItem).toEqual({ number: "3", title: "技术援助" });
    expect(d.meta).toMatchObject({ title: "技术援助", kind: "secretariat-report" });
  });

  it("tells a line that lost characters from a different line of similar length", () => {
    expect(isLossyCopy("麻醉药品委员会 第四十七届会议报告 (2004 3 15 日至 22 )", "麻醉药品委员会 第四十七届会议报告 (2004 年 3 月 15 日至 22 日)")).toBe(true);
    expect(isLossyCopy("麻醉药品委员会 第四十六届会议报告 (2003 4 8 日至 17 )", "麻醉药品委员会 第四十七届会议报告 (2004 年 3 月 15 日至 22 日)")).toBe(false);
    expect(isLossyCopy("报告", "麻醉药品委员会 第四十七届会议报告 (2004 年 3 月 15 日至 22 日)")).toBe(false);
  });
});

describe("a page of decisions that opens with the session that adopted them", () => {
  it("reads the session, its dates, venue and body from the English opening sentence", () => {
    const d = parse(
      lines(
        "CTOC/COP 2 Decisions",
        "",
        "At its second session, held in Vienna from 10 to 21 October 2005, the Conference of the Parties to the United Nations Convention against Transnational Organized Crime adopted the following decisions:",
        "",
        "Decision 2/1",
        "",
        "Implementation of the Protocol",
        "",
        "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime:",
        "",
        "1. Decides to continue its work;",
      ),
    );
    expect(d.meta.meeting).toEqual({ ordinal: 2, kind: "session", start: "2005-10-10", end: "2005-10-21", venue: "Vienna" });
    expect(d.meta.body).toBe("ctoc-cop");
    // The sentence stays in the text, where it is cited.
    expect(d.passages.some((p) => p.kind !== "header" && p.text.includes("At its second session"))).toBe(true);
  });

  it("reads another body's page, with a two-word venue", () => {
    const d = parse(
      lines(
        "Resolutions",
        "At its fifth session, held in Panama City from 25 to 29 November 2013, the Conference of the States Parties to the United Nations Convention against Corruption adopted the following resolutions:",
        "Resolution 5/1",
        "Enhancing effective cooperation",
      ),
    );
    expect(d.meta.meeting).toEqual({ ordinal: 5, kind: "session", start: "2013-11-25", end: "2013-11-29", venue: "Panama City" });
    expect(d.meta.body).toBe("cosp");
  });

  it("reads the sentence that names the body first", () => {
    const d = parse(
      lines(
        "CTOC/COP 6 Resolutions and Decisions",
        "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime, at its sixth session, held in Vienna from 15 to 19 October 2012, adopted the following resolutions and decisions:",
        "Resolution 6/1",
        "Ensuring effective implementation",
      ),
    );
    expect(d.meta.meeting).toEqual({ ordinal: 6, kind: "session", start: "2012-10-15", end: "2012-10-19", venue: "Vienna" });
    expect(d.meta.body).toBe("ctoc-cop");
  });

  it("reads the Chinese opening sentence", () => {
    const d = parse(lines("决议", "联合国反腐败公约缔约国会议在2013年11月25日至29日于巴拿马城举行的第五届会议上通过了下列决议：", "第5/1号决议", "加强有效合作"));
    expect(d.meta.meeting).toEqual({ ordinal: 5, kind: "session", start: "2013-11-25", end: "2013-11-29", venue: "巴拿马城" });
    expect(d.meta.body).toBe("cosp");
  });

  it("leaves a session named deep in the page to the page's text", () => {
    const d = parse(lines("Decisions", "Decision 2/1", "Implementation", "The Conference notes its work.", "Background", "At its first session, held in Vienna from 28 June to 8 July 2004, the Conference adopted decision 1/1."));
    expect(d.meta.meeting).toBeUndefined();
  });
});

describe("a note whose title the text layer ran into its first line", () => {
  it("takes the Chinese note title that stands between the agenda item's title and the footnote mark", () => {
    const d = parse(lines("打击跨国有组织犯罪秘书长的说明*秘书长谨向大会转交联合国毒品和犯罪问题办公室执行主任的报告。", "*本说明迟交。"));
    expect(d.meta.title).toBe("秘书长的说明");
    expect(d.meta.kind).toBe("secretariat-report");
  });

  it("takes the English note title", () => {
    const d = parse(lines("Crime prevention and criminal justice Note by the Secretary-General* The Secretary-General has the honour to transmit to the General Assembly the report of the Commission."));
    expect(d.meta.title).toBe("Note by the Secretary-General");
  });

  it("takes no title from a sentence that mentions a note", () => {
    expect(parse(lines("In its resolution 55/61, the Assembly took note of the Note by the Secretariat", "and decided to continue.")).meta.title).toBeUndefined();
    expect(parse(lines("如秘书处的说明所述，会议将于维也纳举行。")).meta.title).toBeUndefined();
  });
});

describe("an Official Records report cover", () => {
  it("reads an English cover's title, the body's session with its dates on one line, and the bracketed date", () => {
    const d = parse(
      lines(
        "A/69/46",
        "United Nations",
        "Report of the United Nations Scientific Committee on the Effects of Atomic Radiation",
        "Sixty-first session (21-25 July 2014)",
        "General Assembly",
        "Official Records",
        "Sixty-ninth session",
        "Supplement No. 46",
        "[8 August 2014]",
        "Contents",
        "I. Introduction",
        "1. The Committee held its sixty-first session in Vienna.",
      ),
    );
    expect(d.meta).toMatchObject({ symbol: "A/69/46", title: "Report of the United Nations Scientific Committee on the Effects of Atomic Radiation", date: "2014-08-08", meeting: { ordinal: 61, kind: "session", start: "2014-07-21", end: "2014-07-25" } });
  });

  it("reads a Chinese cover", () => {
    const d = parse(lines("A/68/20", "联合国", "和平利用外层空间委员会的报告", "第五十六届会议", "(2013年6月12日至21日)", "大会", "正式记录", "第六十八届会议", "补编第20号", "[2013年6月28日]", "目录", "一. 导言", "1. 委员会举行了第五十六届会议。"));
    expect(d.meta).toMatchObject({ title: "和平利用外层空间委员会的报告", date: "2013-06-28", meeting: { ordinal: 56, kind: "session", start: "2013-06-12", end: "2013-06-21" } });
  });

  const bitext = lines(
    "A/68/20 V1380001.docx (English)A/68/20 V1380002.docx (Chinese)",
    "A/68/20A/68/20",
    "United Nations联合国",
    "Report of the Committee on the Peaceful Uses of Outer Space和平利用外层空间委员会的报告",
    "Fifty-sixth session第五十六届会议",
    "(12-21 June 2013)(2013年6月12日至21日)",
    "General Assembly大会",
    "Official Records正式记录",
    "Sixty-eighth session第六十八届会议",
    "Supplement No. 20补编第20号",
    "[28 June 2013][2013年6月28日]",
    "Contents目录",
    "Introduction导言",
  );

  it("reads a bilingual English–Chinese cover from its first (English) column", () => {
    const d = parse(bitext);
    expect(d.meta).toMatchObject({ symbol: "A/68/20", title: "Report of the Committee on the Peaceful Uses of Outer Space", date: "2013-06-28", meeting: { ordinal: 56, kind: "session", start: "2013-06-12", end: "2013-06-21" } });
  });

  it("gives the reporting committee's session to the committee, not to the Assembly the report goes to", () => {
    const ccpcj = lines("E/2003/30", "United Nations", "Report of the Commission on Crime Prevention and Criminal Justice", "Twelfth session", "(13-22 May 2003)", "Economic and Social Council", "Official Records, 2003", "Supplement No. 10", "Contents", "I. Matters calling for action");
    const index = buildIndexFromTexts([{ file: "ga-supplement.txt", text: bitext }, { file: "ecosoc-supplement.txt", text: ccpcj }], realGlossary());
    expect(index.meetings({ body: "ga" }).filter((m) => m.start === "2013-06-12")).toEqual([]);
    expect(index.meetings({ body: "ccpcj", ordinal: 12 })[0]).toMatchObject({ start: "2003-05-13", end: "2003-05-22" });
  });

  it("splits each bitext line into its English and its Chinese part", () => {
    const [en, zh] = bitextColumns(bitext.split("\n").map((text, k) => ({ text, lineNo: k + 1 })));
    expect(en).toContain("Fifty-sixth session");
    expect(en).toContain("(12-21 June 2013)");
    expect(zh).toContain("第五十六届会议");
    expect(zh).toContain("(2013年6月12日至21日)");
    expect(zh).toContain("补编第20号");
  });

  it("leaves a Chinese text with English words in some lines as one column", () => {
    const zh = ["联合国 CAC/COSP/2023/1", "Distr.: General", "反腐败公约缔约国会议", "第十届会议", "2023年12月11日至15日，亚特兰大", "Original: English 临时议程", "UNODC 的活动", "一. 导言"];
    expect(bitextColumns(zh.map((text, k) => ({ text, lineNo: k + 1 })))).toHaveLength(1);
  });
});
