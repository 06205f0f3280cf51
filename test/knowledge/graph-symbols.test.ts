import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import { DOC, at, corpus, englishIndex } from "./corpus.js";

let index: KnowledgeIndex;
beforeAll(async () => {
  index = (await corpus()).index;
});

describe("document symbols", () => {
  it("collects every symbol the documents name, sorted", () => {
    expect(index.graph.symbols.map((s) => s.symbol)).toEqual([
      "CAC/COSP/2019/2",
      "CAC/COSP/2021/17",
      "CAC/COSP/2023/1",
      "CAC/COSP/2023/18",
      "CAC/COSP/2023/19",
      "CAC/COSP/EG.1/2022/CRP.1",
      "CAC/COSP/EG.1/2023/3",
      "CAC/COSP/IRG/2019/11",
      "CAC/COSP/IRG/2021/1",
      // Printed "CACCOSP/IRG/2023/7": a symbol whose slash was lost is read repaired.
      "CAC/COSP/IRG/2023/7",
      "CAC/COSP/WG.4/2019/2",
      "CAC/COSP/WG.4/2019/L.1/Add.1",
      "CAC/COSP/WG.4/2020/1",
      "CAC/COSP/WG.4/2022/2",
      "CAC/COSP/WG.4/2022/3",
      "CAC/COSP/WG.4/2022/CRP.2",
      "CAC/COSP/WG.4/2024/2",
      "CAC/COSP/WG.4/2024/3",
      "CAC/COSP/WG.4/2024/CRP.1",
    ]);
  });

  it("links a symbol to the corpus document that carries it", () => {
    expect(index.symbol("CAC/COSP/WG.4/2019/L.1/Add.1")!.docId).toBe(DOC.draftReport2019);
    expect(index.symbol("CAC/COSP/WG.4/2024/3")!.docId).toBeUndefined();
  });

  it.each([
    ["CAC/COSP/WG.4/2024/3", [[DOC.annotatedAgenda2024, "2(a)(一), para 4"], [DOC.annotatedAgenda2024, "2(a)(一), para 6"]], "背景文件"],
    ["CAC/COSP/WG.4/2024/CRP.1", [[DOC.annotatedAgenda2024, "2(a)(四), para 3"]], "会议室文件"],
    ["CAC/COSP/2019/2", [[DOC.backgroundPaper2020, "33"], [DOC.backgroundPaper2020, "42"], [DOC.backgroundPaper2020, "55"]], "缔约国会议第 7/5 号和第 7/6 号决议执行情况的报告"],
    ["CAC/COSP/2021/17", [[DOC.cospReport2023, "13"], [DOC.cospReport2023, "annex, row 2023年12月11日至15日"]], "第十届会议临时议程"],
    ["CAC/COSP/IRG/2019/11", [[DOC.irgReport2021, "4"]], "第十届会议第二次续会上提交的报告"],
    ["CAC/COSP/WG.4/2020/1", [[DOC.backgroundPaper2020, "footnote *"]], "CAC/COSP/WG.4/2020/1"],
    ["CAC/COSP/2023/1", [[DOC.cospReport2023, "footnote *"]], "CAC/COSP/2023/1"],
  ])("describes %s by the passages that name it", (symbol, passages, words) => {
    const info = index.symbol(symbol)!;
    expect(info.descriptions.map((d) => d.source)).toEqual(passages.map(([d, l]) => at(index, d, l).id));
    for (const d of info.descriptions) expect(d.text).toBe(index.passage(d.source)!.text);
    expect(info.descriptions[0].text).toContain(words);
  });

  it("looks a symbol up regardless of case and spaces", () => {
    expect(index.symbol(" cac/cosp/wg.4/2024/crp.1 ")).toBe(index.symbol("CAC/COSP/WG.4/2024/CRP.1"));
    expect(index.symbol("CAC/COSP/WG.4/2031/9")).toBeUndefined();
  });

  it("reads the symbol of an English document from its running head, and the symbols in its text", () => {
    const en = englishIndex();
    const d = en.documents[0];
    expect(en.symbol("CAC/COSP/WG.4/2025/2")).toEqual({ symbol: "CAC/COSP/WG.4/2025/2", descriptions: [], docId: d.meta.id });
    expect(en.symbol("CAC/COSP/WG.4/2025/CRP.1")!.descriptions.map((x) => x.source)).toEqual([d.passages.find((p) => p.number === "7")!.id]);
    expect(en.symbol("CAC/COSP/WG.4/2025/1")!.descriptions.map((x) => x.source)).toEqual([d.passages.find((p) => p.locator === "footnote *")!.id]);
  });
});
