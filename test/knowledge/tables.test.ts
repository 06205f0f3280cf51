import { beforeAll, describe, expect, it } from "vitest";
import { parseTable } from "../../src/knowledge/parse/table.js";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import { DOC, at, corpus, doc } from "./corpus.js";

let index: KnowledgeIndex;
beforeAll(async () => {
  index = (await corpus()).index;
});

const rowsOf = (id: string) => doc(index, id).passages.filter((p) => p.kind === "table-row");

describe("the proposed organization of work (annex of the annotated agenda)", () => {
  it("cites each date row and each time slot with the rows it covers", () => {
    expect(rowsOf(DOC.annotatedAgenda2024).map((p) => p.locator)).toEqual([
      "annex, table header",
      "annex, 2024-09-03",
      "annex, row 2024-09-03 15:00",
      "annex, 2024-09-04",
      "annex, row 2024-09-04 10:00",
      "annex, row 2024-09-04 15:00",
      "annex, 2024-09-05",
      "annex, row 2024-09-05 10:00",
      "annex, row 2024-09-05 15:00",
      "annex, 2024-09-06",
      "annex, row 2024-09-06 10:00",
      "annex, row 2024-09-06 15:00",
    ]);
  });

  it("keeps the rows of a slot exactly as printed, tab-separated", () => {
    expect(at(index, DOC.annotatedAgenda2024, "annex, row 2024-09-06 10:00").text).toBe(
      "上午 10 时—下午 1 时\t2(b)\t预防腐败任务授权执行进展概览\n\t3\t今后在预防腐败方面的优先事项",
    );
    expect(at(index, DOC.annotatedAgenda2024, "annex, 2024-09-05").text).toBe("<b>2024年9月5日，星期四</b>\t\t");
  });

  it("puts the first afternoon's six item rows into one slot", () => {
    const slot = at(index, DOC.annotatedAgenda2024, "annex, row 2024-09-03 15:00");
    expect(slot.text.split("\n").map((r) => r.split("\t")[1])).toEqual(["1", "1(a)", "1(b)", "2", "2(a)", "2(a)(一)"]);
  });

  it("keeps the annex's footnote as a footnote passage", () => {
    const note = at(index, DOC.annotatedAgenda2024, "footnote a");
    expect(note.text).toBe("<sup>a</sup> 议程项目 2 将与实施情况审议组第十五届会议第一次续会的议程项目 4 在工作组和实施情况审议组的联席会议上一并讨论。");
  });
});

describe("the workplan (annex of the 2023 report)", () => {
  it("cites each period row, numbering the rows that share a period", () => {
    expect(rowsOf(DOC.cospReport2023).map((p) => p.locator)).toEqual([
      "annex, table header",
      "annex, row 2023年6月12日至16日",
      "annex, row 2023年9月4日至8日",
      "annex, row 2023年12月11日至15日",
      "annex, row 2024年",
      "annex, row 2024年 (2)",
      "annex, row 2024年 (3)",
      "annex, row 2025年",
      "annex, row 2025年 (2)",
      "annex, row 2025年 (3)",
      "annex, row 2025年 (4)",
      "annex, row 2026年",
      "annex, row 2026年 (2)",
    ]);
  });

  it("drops the header row the table repeats on its second page", () => {
    expect(rowsOf(DOC.cospReport2023).filter((p) => p.text.startsWith("日期\t附属机构"))).toHaveLength(1);
  });

  it("keeps a row and the rows that continue its merged cells together", () => {
    const row = at(index, DOC.cospReport2023, "annex, row 2025年 (3)");
    expect(row.text.split("\n")).toHaveLength(2);
    expect(row.text).toContain("40、46、47");
    expect(row.text).toContain("资产追回问题工作组");
  });
});

describe("other tables", () => {
  it("cites the rows of a table of unknown shape one by one", () => {
    const groups = parseTable(["国家\t提交材料", "奥地利\t是", "巴西\t否"]);
    expect(groups.map((g) => [g.locator, g.type, g.text])).toEqual([
      ["table, row 1", "header", "国家\t提交材料"],
      ["table, row 2", "row", "奥地利\t是"],
      ["table, row 3", "row", "巴西\t否"],
    ]);
  });

  it("reads an English organization of work with English times and roman sub-items", () => {
    const groups = parseTable([
      "Date\tItem\tTitle or description",
      "<b>Monday, 2 June 2025</b>\t\t",
      "3 p.m.–6 p.m.\t1\tOrganizational matters",
      "\t2(a)(i)\tElectronic submission",
    ]);
    const slot = groups.find((g) => g.type === "slot")!;
    expect(slot).toMatchObject({ locator: "annex, row 2025-06-02 15:00", date: "2025-06-02", start: "15:00", end: "18:00" });
    expect(slot.items).toEqual([
      { number: "1", title: "Organizational matters" },
      { number: "2(a)(i)", title: "Electronic submission" },
    ]);
  });
});
