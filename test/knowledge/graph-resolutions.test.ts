import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeIndex, Resolution } from "../../src/knowledge/model.js";
import { adoptionDateAt, findResolutionMentions } from "../../src/knowledge/extract/resolutions.js";
import { toHalfWidth } from "../../src/knowledge/text.js";
import { DOC, at, corpus, englishIndex } from "./corpus.js";

let index: KnowledgeIndex;
beforeAll(async () => {
  index = (await corpus()).index;
});

const res = (n: string): Resolution => {
  const r = index.resolution(n);
  if (!r) throw new Error(`no resolution ${n}`);
  return r;
};

describe("resolutions and decisions named in the documents", () => {
  it("finds the seventeen resolutions and decisions of the Conference, ordered by session and number", () => {
    expect(index.graph.resolutions.filter((r) => r.body === "cosp").map((r) => r.number)).toEqual([
      "3/2", "4/3", "5/4", "6/1", "7/1", "7/4", "7/5", "7/6", "8/2", "8/8", "9/1", "9/2", "10/1", "10/3", "10/4", "10/9", "10/11",
    ]);
  });

  it("tells a decision from a resolution and records the adopting session", () => {
    expect(res("7/1")).toMatchObject({ kind: "decision", session: 7 });
    expect(res("10/11")).toMatchObject({ kind: "resolution", session: 10 });
  });

  it("does not take a General Assembly resolution (S-32/1) for one of the Conference", () => {
    expect(findResolutionMentions("政治宣言（大会第 S-32/1 号决议，附件）").map((m) => m.number)).toEqual(["S-32/1"]);
    expect(index.resolution("32/1")).toBeUndefined();
    expect(index.resolution("S-32/1")).toMatchObject({ body: "ga" });
  });

  it("reads both numbers of 第 7/5 号和第 7/6 号决议, where the first shares the noun of the second", () => {
    expect(findResolutionMentions("缔约国会议第 7/5 号和第 7/6 号决议执行情况").map((m) => [m.number, m.kind])).toEqual([
      ["7/5", "resolution"],
      ["7/6", "resolution"],
    ]);
  });

  it("reads General Assembly numbers of three digits whole, not their first two", () => {
    expect(findResolutionMentions("its resolution 54/126 and resolution 57/337").map((m) => m.number)).toEqual(["54/126", "57/337"]);
    expect(findResolutionMentions("根据大会第54/126号决议核准").map((m) => m.number)).toEqual(["54/126"]);
  });

  it.each([
    ["Recalling its resolution 60/81 of 8 December 2005, in which", "2005-12-08"],
    ["recalling resolution 48/11 (of 25 October 1993)", "1993-10-25"],
    ["大会在其2000年12月4日第55/61号决议中", "2000-12-04"],
    ["根据大会1998年12月9日的第53/111号决议设立", "1998-12-09"],
  ])("reads the adoption date a mention gives: %s", (text, date) => {
    const [m] = findResolutionMentions(text);
    expect(adoptionDateAt(text, m)).toBe(date);
  });

  it("reads no adoption date from a date that is not the mention's own", () => {
    const text = "at its session held from 2 to 6 June 2014, resolution 7/5 was recalled";
    expect(adoptionDateAt(text, findResolutionMentions(text)[0])).toBeUndefined();
  });

  it("looks a resolution up whatever the spacing", () => {
    expect(index.resolution(" 10 / 3 ")).toBe(res("10/3"));
  });

  it.each([
    ["3/2", "预防措施"],
    ["4/3", "马拉喀什预防腐败宣言"],
    ["6/1", "继续审议《联合国反腐败公约》实施情况"],
    ["7/4", "增进负责反腐败审议机制的相关多边组织之间协同效应"],
    ["7/5", "促进预防腐败措施"],
    ["7/6", "《马拉喀什预防腐败宣言》的后续行动"],
    ["10/4", "衡量腐败情况和反腐败框架有效性的方法和指标"],
    ["10/9", "提升公共采购的透明度和廉正以支持《2023年可持续发展议程》"],
  ])("gives resolution %s its title as printed (%s)", (n, title) => {
    expect(res(n).title).toBe(title);
  });

  it.each([
    ["3/2", [[DOC.backgroundPaper2020, "1"], [DOC.annotatedAgenda2024, "2"]]],
    ["7/4", [[DOC.irgReport2021, "header, agenda item"], [DOC.irgReport2021, "2"], [DOC.irgReport2021, "9"], [DOC.irgReport2021, "27"]]],
    ["7/5", [[DOC.backgroundPaper2020, "8"], [DOC.backgroundPaper2020, "33"], [DOC.backgroundPaper2020, "42"], [DOC.backgroundPaper2020, "46"], [DOC.backgroundPaper2020, "55"], [DOC.draftReport2019, "1"], [DOC.draftReport2019, "2"]]],
    ["9/2", [[DOC.cospReport2023, "2"], [DOC.cospReport2023, "4"], [DOC.cospReport2023, "9"], [DOC.cospReport2023, "13"]]],
    ["10/3", [[DOC.annotatedAgenda2024, "1(b)"], [DOC.annotatedAgenda2024, "2, para 5"], [DOC.annotatedAgenda2024, "2(a)(四)"], [DOC.annotatedAgenda2024, "2(b), para 2"]]],
  ])("cites every passage that mentions resolution %s", (n, passages) => {
    expect(res(n).sources).toEqual(expect.arrayContaining(passages.map(([d, l]) => at(index, d, l).id)));
  });
});

describe("operative statements", () => {
  /** [resolution, verb, addressee, operative paragraph, document, locator, words of its clause when one sentence has two]. */
  const STATEMENTS: [string, string, string | undefined, number | undefined, string, string, string?][] = [
    ["3/2", "decides", undefined, undefined, DOC.backgroundPaper2020, "1"],
    ["3/2", "emphasizes", undefined, undefined, DOC.annotatedAgenda2024, "2"],
    ["3/2", "decides", undefined, undefined, DOC.annotatedAgenda2024, "2", "设立一个不限成员名额政府间临时工作组"],
    ["3/2", "decides", undefined, undefined, DOC.annotatedAgenda2024, "2", "该工作组应履行下列职能"],
    ["4/3", "reaffirms", undefined, undefined, DOC.backgroundPaper2020, "4"],
    ["4/3", "decides", "working group", undefined, DOC.backgroundPaper2020, "4"],
    ["5/4", "reaffirms", undefined, undefined, DOC.backgroundPaper2020, "4"],
    ["5/4", "decides", "working group", undefined, DOC.backgroundPaper2020, "4"],
    ["6/1", "launches", undefined, undefined, DOC.backgroundPaper2020, "5"],
    ["6/1", "requests", "secretariat", undefined, DOC.backgroundPaper2020, "5"],
    ["6/1", "requests", "secretariat", undefined, DOC.annotatedAgenda2024, "2, para 2"],
    ["6/1", "calls upon", "secretariat", undefined, DOC.irgReport2021, "1"],
    ["7/1", "recalls", undefined, undefined, DOC.annotatedAgenda2024, "2(b)"],
    ["7/1", "requests", "secretariat", undefined, DOC.annotatedAgenda2024, "2(b)"],
    ["7/4", "requests", "secretariat", undefined, DOC.irgReport2021, "2"],
    ["7/4", "requests", "secretariat", 1, DOC.irgReport2021, "9"],
    ["7/4", "requests", "States parties", undefined, DOC.irgReport2021, "27"],
    ["7/5", "decides", undefined, undefined, DOC.backgroundPaper2020, "8"],
    ["7/6", "requests", "working group", undefined, DOC.backgroundPaper2020, "43"],
    ["7/6", "requests", "secretariat", undefined, DOC.backgroundPaper2020, "43"],
    ["8/2", "requests", "secretariat", undefined, DOC.irgReport2021, "3", "继续加强"],
    ["8/2", "requests", "secretariat", undefined, DOC.irgReport2021, "3", "向实施情况审议组报告"],
    ["8/8", "welcomes", "working group", undefined, DOC.backgroundPaper2020, "6"],
    ["8/8", "emphasizes", "working group", undefined, DOC.backgroundPaper2020, "6"],
    ["8/8", "requests", "States parties", undefined, DOC.backgroundPaper2020, "6"],
    ["8/8", "requests", "UNODC", undefined, DOC.backgroundPaper2020, "6"],
    ["8/8", "requests", "secretariat", undefined, DOC.backgroundPaper2020, "6"],
    ["9/2", "commits", undefined, undefined, DOC.cospReport2023, "2"],
    ["9/2", "requests", "UNODC", undefined, DOC.cospReport2023, "2"],
    ["9/2", "decides", undefined, 5, DOC.cospReport2023, "4"],
    ["9/2", "requests", "Bureau", 5, DOC.cospReport2023, "4"],
    ["9/2", "requests", "UNODC", 6, DOC.cospReport2023, "9"],
    ["9/2", "recalls", undefined, 7, DOC.cospReport2023, "9"],
    ["9/2", "encourages", "United Nations system", 7, DOC.cospReport2023, "9"],
    ["9/2", "instructs", "subsidiary bodies", 4, DOC.cospReport2023, "13"],
    ["10/1", "requests", "working group", undefined, DOC.annotatedAgenda2024, "2(a)(三)"],
    ["10/3", "recognizes", "working group", undefined, DOC.annotatedAgenda2024, "1(b)"],
    ["10/3", "encourages", "States parties", undefined, DOC.annotatedAgenda2024, "2, para 5"],
    ["10/3", "requests", "secretariat", undefined, DOC.annotatedAgenda2024, "2, para 5"],
    ["10/3", "requests", "working group", undefined, DOC.annotatedAgenda2024, "2(a)(四)"],
    ["10/4", "welcomes", undefined, undefined, DOC.annotatedAgenda2024, "2(a)(五)"],
    ["10/9", "requests", "working group", undefined, DOC.annotatedAgenda2024, "2(a)(一)"],
    ["10/11", "requests", "working group", undefined, DOC.annotatedAgenda2024, "2(a)(二)"],
  ];

  it.each(STATEMENTS)("resolution %s %s %s (paragraph %s), from %s at %s %s", (n, verb, addressee, paragraph, docId, locator, clause) => {
    const source = at(index, docId, locator).id;
    const found = res(n).statements.filter((s) => s.source === source && s.verb === verb && s.addressee === addressee && (!clause || (s.clause ?? "").includes(clause)));
    expect(found).toHaveLength(1);
    expect(found[0].paragraph).toBe(paragraph);
    // The statement quotes its sentence (in half-width forms, as the extractor reads it).
    expect(toHalfWidth(index.passage(source)!.text)).toContain(found[0].text);
  });

  it("has no statement besides those the documents make", () => {
    const expected = new Set(STATEMENTS.map(([n, verb, addressee, , d, l]) => `${n}|${verb}|${addressee}|${at(index, d, l).id}`));
    const actual = index.graph.resolutions.flatMap((r) => r.statements.map((s) => `${r.number}|${s.verb}|${s.addressee}|${s.source}`));
    expect(actual.filter((k) => !expected.has(k))).toEqual([]);
  });

  it("does not read the noun 建议 (the working group's recommendations) as a statement of resolution 7/5", () => {
    const p46 = at(index, DOC.backgroundPaper2020, "46").id;
    expect(res("7/5").sources).toContain(p46);
    expect(res("7/5").statements.filter((s) => s.source === p46)).toEqual([]);
  });
});

describe("the topics set by resolution 7/5", () => {
  it("decides the topics of the ninth (2018) and tenth (2019) meetings of the working group", () => {
    const decides = res("7/5").statements.filter((s) => s.verb === "decides");
    expect(decides).toHaveLength(1);
    const p8 = at(index, DOC.backgroundPaper2020, "8");
    expect(decides[0].source).toBe(p8.id);
    for (const topic of ["利益冲突（《公约》第七条第四款）", "资产申报制度的利用及其效力（《公约》第八条第五款）", "在反腐败战略的制定、评价和影响方面汲取的经验教训（《公约》第五条）"]) {
      expect(p8.text).toContain(topic);
    }
    expect(decides[0].text).toContain("2018 年第九次会议讨论的议题将包括利益冲突");
    expect(decides[0].text).toContain("2019 年第十次会议的讨论议题将是在反腐败战略的制定、评价和影响方面汲取的经验教训");
  });

  it("keeps the clauses after a semicolon that have no verb of their own in the decision's own clause", () => {
    const clause = res("7/5").statements.find((s) => s.verb === "decides")!.clause ?? "";
    expect(clause).toContain("利益冲突");
    expect(clause).toContain("资产申报制度的利用及其效力");
    expect(clause).toContain("2019 年第十次会议的讨论议题将是在反腐败战略的制定、评价和影响方面汲取的经验教训");
  });

  it("ties that paragraph to both meetings", () => {
    const p8 = at(index, DOC.backgroundPaper2020, "8").id;
    expect(index.meeting("wg-prevention/9")!.sources).toContain(p8);
    expect(index.meeting("wg-prevention/10")!.sources).toContain(p8);
  });
});

describe("resolutions in English text", () => {
  it.each([
    ["in its resolution 10/14, entitled", { number: "10/14", kind: "resolution" }],
    ["decision 7/1", { number: "7/1", kind: "decision" }],
    ["resolution 9/2, paragraph 5", { number: "9/2", kind: "resolution", paragraph: 5 }],
  ])("finds %j", (text, mention) => {
    expect(findResolutionMentions(text)).toEqual([expect.objectContaining(mention)]);
  });

  it("indexes the resolution an English document names, with the passage that names it", () => {
    const en = englishIndex();
    const r = en.resolution("10/14")!;
    expect(r).toMatchObject({ number: "10/14", kind: "resolution", session: 10 });
    expect(r.sources).toEqual([en.documents[0].passages.find((p) => p.number === "1")!.id]);
  });
});
