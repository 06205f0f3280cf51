/** /agenda through the real assistant, and its argument schema. */
import { romanSubItems } from "../../src/present/foreign-text.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaArgs } from "../../commands/agenda.js";
import { createTestAssistant, type TestAssistant } from "../core/test-assistant.js";
import { FILES, citing, expectQuotesFromSources, factAppears, markersOf, normalize } from "../answer/citation-checks.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
});
afterAll(async () => {
  await t.cleanup();
});

/** The provisional agenda of the 15th meeting as printed in 001. */
const AGENDA_15: [string, string][] = [
  ["1", "组织事项"],
  ["1(a)", "会议开幕"],
  ["1(b)", "通过议程和工作安排"],
  ["2", "缔约国会议有关决议的执行情况"],
  ["2(a)", "关于预防腐败的良好做法和举措的专题讨论"],
  ["2(a)(一)", "预防各级政府采购中的腐败"],
  ["2(a)(二)", "在紧急情况和危机应对与恢复期间加强国际合作预防和打击腐败"],
  ["2(a)(三)", "社会参与预防和打击腐败"],
  ["2(a)(四)", "腐败对妇女和青年的负面影响"],
  ["2(a)(五)", "衡量腐败情况和反腐败框架有效性的方法和指标"],
  ["2(b)", "预防腐败任务授权执行进展概览"],
  ["3", "今后在预防腐败方面的优先事项"],
  ["4", "通过报告"],
];

describe("/agenda <meeting>", () => {
  it.each([
    ["/agenda 15", "en"],
    ["agenda 15", "en"],
    ["/agenda fifteen", "en"],
    ["议程 15", "zh"],
    ["/议程 第十五次", "zh"],
  ] as const)("“%s” lists the four items of the 15th meeting and the sub-items of item 2, each line cited from 001", async (text, lang) => {
    const r = await t.ask(text);
    expect(r).toMatchObject({ kind: "answer", answered: true, lang });
    expectQuotesFromSources(r);
    expect(r.citations.every((c) => c.file === FILES.agenda15)).toBe(true);
    const lines = r.text.split("\n").filter((l) => /^\s*• /.test(l));
    expect(lines).toHaveLength(AGENDA_15.length);
    AGENDA_15.forEach(([number, title], i) => {
      const line = lines[i];
      // English answers number sub-items the English way: 2(a)(一) is 2(a)(i).
      const shown = lang === "en" ? romanSubItems(number) : number;
      expect(line, `line ${i + 1}`).toMatch(new RegExp(`• ${shown.replace(/[()]/g, "\\$&")} `));
      expect(normalize(line)).toContain(normalize(title));
      const marks = markersOf(line);
      expect(marks.length, `${number} is cited`).toBeGreaterThan(0);
      // The marker points at the passage that gives this item's title.
      expect(normalize(r.citations[marks[0] - 1].quote)).toContain(normalize(title));
    });
    // Sub-items are indented under their parents.
    expect(lines[5]).toMatch(lang === "en" ? /^\s{4}• 2\(a\)\(i\)/ : /^\s{4}• 2\(a\)\(一\)/);
    expect(lines[10]).toMatch(/^\s{2}• 2\(b\)/);
  });
});

describe("/agenda <meeting> <item>", () => {
  it.each(["/agenda 15 2(a)(五)", "/agenda 15 2(a)(v)", "/agenda fifteen 2(a)(v)", "/议程 第十五次 项目2(a)(五)"])(
    "“%s” gives Thursday 5 September 2024, 3–6 p.m., document CAC/COSP/WG.4/2024/2 and mandate 10/4, each cited",
    async (text) => {
      const r = await t.ask(text);
      expect(r).toMatchObject({ kind: "answer", answered: true });
      expectQuotesFromSources(r);
      expect(factAppears(r, ["Thursday 5 September 2024", "2024年9月5日（星期四）"]), r.text).toBe(true);
      expect(factAppears({ text: r.text, citations: [] }, ["3–6 p.m.", "下午3时至6时"]), r.text).toBe(true);
      expect(r.text).toContain("CAC/COSP/WG.4/2024/2");
      expect(r.text).toContain("10/4");
      expect(citing(r, FILES.agenda15, "下午 3 时至 6 时 2(a)(五)").length, "the annex row").toBeGreaterThan(0);
      expect(citing(r, FILES.agenda15, "2024年9月5日，星期四").length, "the annex date heading").toBeGreaterThan(0);
      expect(citing(r, FILES.agenda15, "（[CAC/COSP/WG.4/2024/2](#)）").length, "the passage listing the document").toBeGreaterThan(0);
      expect(citing(r, FILES.agenda15, "第 10/4 号决议").length, "the passage naming the mandate").toBeGreaterThan(0);
    },
  );

  it("refuses an item the agenda does not have and lists the items it has", async () => {
    const r = await t.ask("/agenda 15 9");
    expect(r).toMatchObject({ kind: "refusal", answered: false, code: "not_covered" });
    expect(r.text).toContain("no item 9");
    for (const [number] of AGENDA_15) expect(r.text).toContain(romanSubItems(number));
  });
});

describe("/agenda for a meeting the documents do not cover", () => {
  it("refuses /agenda 99 and lists the meetings whose agenda the documents give", async () => {
    const r = await t.ask("/agenda 99");
    expect(r).toMatchObject({ kind: "refusal", answered: false, code: "not_covered", lang: "en", citations: [] });
    for (const m of ["15th meeting of the Working Group on Prevention", "11th meeting of the Working Group on Prevention", "12th session of the Implementation Review Group", "10th session of the Conference of the States Parties"]) {
      expect(r.text).toContain(m);
    }
  });

  it("refuses /议程 99 in Chinese with the same list", async () => {
    const r = await t.ask("/议程 99");
    expect(r).toMatchObject({ kind: "refusal", answered: false, code: "not_covered", lang: "zh" });
    for (const m of ["预防腐败问题工作组第十五次会议", "预防腐败问题工作组第十一次会议", "实施情况审议组第十二届会议", "缔约国会议第十届会议"]) expect(r.text).toContain(m);
  });
});

describe("agendaArgs", () => {
  it.each([
    ["15", { ordinal: 15, item: undefined }],
    ["fifteen", { ordinal: 15 }],
    ["15th", { ordinal: 15 }],
    ["第十五次", { ordinal: 15 }],
    ["15 2(a)", { ordinal: 15, item: "2(a)" }],
    ["15 2", { ordinal: 15, item: "2" }],
    ["fifteen 2(a)(v)", { ordinal: 15, item: "2(a)(v)" }],
    ["15 2(a)(五)", { ordinal: 15, item: "2(a)(五)" }],
    ["第十五次 项目2(a)(五)", { ordinal: 15, item: "2(a)(五)" }],
    ["irg 12", { ordinal: 12, text: "irg" }],
    ["", { ordinal: undefined, text: "" }],
  ] as const)("reads “%s”", (raw, want) => {
    const r = agendaArgs.safeParse(raw);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject(want);
  });

  it.each(["xyz", "abc def", "某某会议"])("rejects “%s”, saying a meeting number such as 15 is expected", (raw) => {
    const r = agendaArgs.safeParse(raw);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toMatch(/meeting number such as 15/);
  });
});
