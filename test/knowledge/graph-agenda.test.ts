import { beforeAll, describe, expect, it } from "vitest";
import type { AgendaItem, KnowledgeIndex } from "../../src/knowledge/model.js";
import { DOC, at, corpus, englishIndex } from "./corpus.js";

let index: KnowledgeIndex;
let agenda15: AgendaItem[];
beforeAll(async () => {
  index = (await corpus()).index;
  agenda15 = index.agenda("wg-prevention/15");
});

const item = (number: string) => {
  const found = agenda15.find((a) => a.number === number);
  if (!found) throw new Error(`no agenda item ${number}`);
  return found;
};

describe("the agenda of the fifteenth meeting of the prevention working group", () => {
  it("has four items, titled as in the provisional agenda", () => {
    expect(agenda15.filter((a) => /^\d+$/.test(a.number)).map((a) => [a.number, a.title])).toEqual([
      ["1", "组织事项"],
      ["2", "缔约国会议有关决议的执行情况"],
      ["3", "今后在预防腐败方面的优先事项"],
      ["4", "通过报告"],
    ]);
  });

  it("has the sub-items of item 2, with canonical keys for the Chinese numerals", () => {
    expect(agenda15.filter((a) => a.number.startsWith("2(")).map((a) => [a.number, a.key, a.title])).toEqual([
      ["2(a)", "2(a)", "关于预防腐败的良好做法和举措的专题讨论"],
      ["2(a)(一)", "2(a)(i)", "预防各级政府采购中的腐败，以及有效利用信息和通信技术预防、侦查、遏制和打击采购中的腐败"],
      ["2(a)(二)", "2(a)(ii)", "在紧急情况和危机应对与恢复期间加强国际合作预防和打击腐败"],
      ["2(a)(三)", "2(a)(iii)", "社会参与预防和打击腐败、包容性决策进程以及非政府利益攸关方、记者和媒体的作用"],
      ["2(a)(四)", "2(a)(iv)", "腐败对妇女和青年的负面影响以及妇女和青年在预防和打击腐败方面发挥的作用"],
      ["2(a)(五)", "2(a)(v)", "衡量腐败情况和反腐败框架有效性的方法和指标"],
      ["2(b)", "2(b)", "预防腐败任务授权执行进展概览"],
    ]);
  });

  it("has the sub-items of item 1", () => {
    expect(agenda15.filter((a) => a.number.startsWith("1(")).map((a) => [a.number, a.title])).toEqual([
      ["1(a)", "会议开幕"],
      ["1(b)", "通过议程和工作安排"],
    ]);
  });

  it("cites each item from its line in the provisional agenda", () => {
    for (const a of agenda15) expect(a.source, a.number).toBe(at(index, DOC.annotatedAgenda2024, `provisional agenda, item ${a.number}`).id);
  });

  it("links each item to the annotations under its heading", () => {
    expect(item("1(a)").annotations).toEqual([at(index, DOC.annotatedAgenda2024, "1(a)").id]);
    expect(item("2(a)(四)").annotations).toEqual(["2(a)(四)", "2(a)(四), para 2", "2(a)(四), para 3"].map((l) => at(index, DOC.annotatedAgenda2024, l).id));
    expect(item("4").annotations).toEqual([at(index, DOC.annotatedAgenda2024, "4").id]);
  });

  it.each([
    ["2(a)(一)", ["CAC/COSP/WG.4/2024/3", "CAC/COSP/WG.4/2022/2", "CAC/COSP/WG.4/2022/CRP.2"], ["10/9"]],
    ["2(a)(二)", ["CAC/COSP/EG.1/2023/3", "CAC/COSP/2023/18", "CAC/COSP/2023/19", "CAC/COSP/EG.1/2022/CRP.1"], ["10/11", "9/1"]],
    ["2(a)(三)", ["CAC/COSP/WG.4/2022/3"], ["10/1"]],
    ["2(a)(四)", ["CAC/COSP/WG.4/2024/CRP.1"], ["10/3"]],
    ["2(a)(五)", ["CAC/COSP/WG.4/2024/2"], ["10/4"]],
    ["2(b)", [], ["7/1", "6/1", "10/3"]],
  ])("item %s lists its documents and the resolutions that mandate it", (number, documents, mandates) => {
    expect(item(number).documents).toEqual(documents);
    expect(item(number).mandates).toEqual(mandates);
  });
});

describe("the organization of work of the fifteenth meeting", () => {
  const SLOTS: [string, string, string, string[]][] = [
    ["2024-09-03", "15:00", "18:00", ["1", "1(a)", "1(b)", "2", "2(a)", "2(a)(一)"]],
    ["2024-09-04", "10:00", "13:00", ["2(a)(二)"]],
    ["2024-09-04", "15:00", "18:00", ["2(a)(三)"]],
    ["2024-09-05", "10:00", "13:00", ["2(a)(四)"]],
    ["2024-09-05", "15:00", "18:00", ["2(a)(五)"]],
    ["2024-09-06", "10:00", "13:00", ["2(b)", "3"]],
    ["2024-09-06", "15:00", "18:00", ["4"]],
  ];

  it("has seven slots over four days, each with its time and the items taken up", () => {
    expect(index.slots("wg-prevention/15").map((s) => [s.date, s.start, s.end, s.items])).toEqual(SLOTS);
  });

  it.each(SLOTS)("cites the slot of %s at %s from its annex row", (date, start) => {
    const slot = index.slots("wg-prevention/15", date).find((s) => s.start === start)!;
    expect(slot.source).toBe(at(index, DOC.annotatedAgenda2024, `annex, row ${date} ${start}`).id);
  });

  it("takes up every agenda item in exactly one slot, in agenda order", () => {
    const taken = index.slots("wg-prevention/15").flatMap((s) => s.items);
    expect(taken).toEqual(agenda15.map((a) => a.number));
  });

  it("returns the slots of one day", () => {
    expect(index.slots("wg-prevention/15", "2024-09-05").map((s) => s.items)).toEqual([["2(a)(四)"], ["2(a)(五)"]]);
    expect(index.slots("wg-prevention/15", "2024-09-07")).toEqual([]);
  });
});

describe("agenda items named in document headers", () => {
  it.each([
    ["wg-prevention/11", DOC.backgroundPaper2020, "3", "今后的优先事项"],
    ["cosp/10", DOC.cospReport2023, "7", "关于预防和打击腐败及加强国际合作的挑战和措施的大会特别会议的后续行动"],
    ["irg/12", DOC.irgReport2021, "2", "联合国反腐败公约实施情况审议机制的执行情况"],
  ])("%s has item %s, cited from the header of %s", (meetingId, docId, number, title) => {
    expect(index.agenda(meetingId)).toEqual([
      { meetingId, number: number, key: number, title, source: at(index, docId, "header, agenda item").id, annotations: [], documents: [], mandates: [] },
    ]);
  });

  it("reads the agenda item of an English document from its header", () => {
    const en = englishIndex();
    expect(en.agenda("wg-prevention/16").map((a) => [a.number, a.title])).toEqual([["2", "Implementation of the relevant resolutions of the Conference of the States Parties"]]);
  });

  it("has no agenda for a meeting no document was prepared for", () => {
    expect(index.agenda("wg-prevention/9")).toEqual([]);
  });
});
