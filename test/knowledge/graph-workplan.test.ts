import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeIndex, WorkplanRow } from "../../src/knowledge/model.js";
import { DOC, at, corpus } from "./corpus.js";

let index: KnowledgeIndex;
beforeAll(async () => {
  index = (await corpus()).index;
});

type Row = Omit<WorkplanRow, "source" | "bodyNames"> & { locator: string };

/** The workplan annexed to the 2023 report, row by row as printed. */
const ROWS: Row[] = [
  { locator: "annex, row 2023年6月12日至16日", period: "2023年6月12日至16日", start: "2023-06-12", end: "2023-06-16", year: 2023, bodies: ["irg", "wg-prevention"], paragraphs: ["11", "13", "18"], keywords: "扩大主席团商定的议题：通过奖惩办法等手段加强商业诚信" },
  { locator: "annex, row 2023年9月4日至8日", period: "2023年9月4日至8日", start: "2023-09-04", end: "2023-09-08", year: 2023, bodies: ["irg", "wg-asset-recovery", "eg-cooperation"], paragraphs: ["16", "17", "18", "19"], keywords: "扩大主席团商定的议题：预防洗钱措施" },
  { locator: "annex, row 2023年12月11日至15日", period: "2023年12月11日至15日", start: "2023-12-11", end: "2023-12-15", year: 2023, bodies: ["cosp"], paragraphs: [], keywords: "", note: "缔约国会议在2021年12月第九届会议上通过了第十届会议临时议程，其中载有题为“关于预防和打击腐败及加强国际合作的挑战和措施的大会特别会议的后续行动”的项目（见CAC/COSP/2021/17，附件二）" },
  { locator: "annex, row 2024年", period: "2024年", start: undefined, end: undefined, year: 2024, bodies: ["wg-prevention"], paragraphs: ["71", "80"], keywords: "腐败与体育；腐败衡量" },
  { locator: "annex, row 2024年 (2)", period: "2024年", start: undefined, end: undefined, year: 2024, bodies: ["wg-asset-recovery"], paragraphs: ["32", "35", "42", "82"], keywords: "非法资金流动；国际合作中的挑战、障碍和壁垒" },
  { locator: "annex, row 2024年 (3)", period: "2024年", start: undefined, end: undefined, year: 2024, bodies: ["eg-cooperation"], paragraphs: ["33", "38", "39", "44"], keywords: "有效的沟通与合作；信息共享；机构间办法；执法合作；网络使用" },
  { locator: "annex, row 2025年", period: "2025年", start: undefined, end: undefined, year: 2025, bodies: ["wg-prevention"], paragraphs: ["70"], keywords: "与经济犯罪、有组织犯罪等其他犯罪的联系" },
  { locator: "annex, row 2025年 (2)", period: "2025年", start: undefined, end: undefined, year: 2025, bodies: ["irg"], paragraphs: ["8", "27"], keywords: "司法廉正和道德；刑事司法系统的廉正" },
  { locator: "annex, row 2025年 (3)", period: "2025年", start: undefined, end: undefined, year: 2025, bodies: ["irg", "wg-asset-recovery"], paragraphs: ["40", "46", "47"], keywords: "传统执法的替代办法；国际合作；法律援助创新方式；资产非法增加；非刑事司法协助；民事诉讼" },
  { locator: "annex, row 2025年 (4)", period: "2025年", start: undefined, end: undefined, year: 2025, bodies: ["eg-cooperation"], paragraphs: ["14", "15", "33", "34"], keywords: "拒绝给予庇护；在移民、营商和投资政策和难民保护方案中预防腐败" },
  { locator: "annex, row 2026年 (2)", period: "2026年", start: undefined, end: undefined, year: 2026, bodies: ["cosp-special-asset-recovery"], paragraphs: ["12"], keywords: "透明选举；资助政党" },
];

describe("the workplan of the subsidiary bodies", () => {
  it("has one row per period and body group, in the order printed (the 2026 merged cell gives two)", () => {
    const locators = [...ROWS.slice(0, 10).map((r) => r.locator), "annex, row 2026年", "annex, row 2026年", "annex, row 2026年 (2)"];
    expect(index.graph.workplan.map((w) => w.source)).toEqual(locators.map((l) => at(index, DOC.cospReport2023, l).id));
  });

  it.each(ROWS)("$locator: period, bodies, declaration paragraphs and keywords", ({ locator, ...expected }) => {
    const row = index.graph.workplan.find((w) => w.source === at(index, DOC.cospReport2023, locator).id)!;
    const { source: _s, bodyNames: _b, ...actual } = row;
    expect(actual).toEqual(expected);
  });

  it("gives the prevention working group declaration paragraphs 12, 21, 22 and 31 in 2026", () => {
    const row = index.workplan({ year: 2026, body: "wg-prevention" });
    expect(row).toHaveLength(1);
    expect(row[0]).toMatchObject({ period: "2026年", paragraphs: ["12", "21", "22", "31"], keywords: "公众参与；包容性决策进程；非政府利益攸关方、记者和媒体的作用" });
    expect(row[0].source).toBe(at(index, DOC.cospReport2023, "annex, row 2026年").id);
  });

  it("gives the COSP eleventh session its own 2026 row without declaration paragraphs, the sentence in their place its note (the merged cell it shares with the working group)", () => {
    const cosp = index.workplan({ year: 2026, body: "cosp" });
    expect(cosp).toHaveLength(1);
    expect(cosp[0]).toMatchObject({ bodies: ["cosp"], bodyNames: ["缔约国会议第十一届会议"], paragraphs: [], keywords: "", note: "可能将关于反腐败问题大会特别会议的后续行动的一个项目列入该届会议临时议程" });
    expect(cosp[0].source).toBe(at(index, DOC.cospReport2023, "annex, row 2026年").id);
    expect(index.workplan({ year: 2026, body: "wg-prevention" })[0].bodies).toEqual(["wg-prevention"]);
  });

  it("keeps the body names as printed", () => {
    expect(index.graph.workplan[1].bodyNames).toEqual(["实施情况审议组", "资产追回问题工作组", "国际合作问题专家会议"]);
  });

  it("filters rows by year and by body", () => {
    expect(index.workplan({ year: 2024 }).map((w) => w.bodies)).toEqual([["wg-prevention"], ["wg-asset-recovery"], ["eg-cooperation"]]);
    expect(index.workplan({ body: "wg-prevention" }).map((w) => w.period)).toEqual(["2023年6月12日至16日", "2024年", "2025年", "2026年"]);
    expect(index.workplan({ year: 2027 })).toEqual([]);
  });
});
