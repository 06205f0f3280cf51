import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import { DOC, at, corpus } from "./corpus.js";

let index: KnowledgeIndex;
beforeAll(async () => {
  index = (await corpus()).index;
});

const ids = (paragraphs: number[]) => paragraphs.map((n) => at(index, DOC.backgroundPaper2020, String(n)).id);

describe("recommendations of the prevention working group (2020 background paper)", () => {
  /** [section heading, recommendation paragraphs, paragraphs of the action taken on them]. */
  const SECTIONS: [string, number[], number[]][] = [
    ["A. 发展和积累预防腐败领域的知识", [27, 28, 29], [30, 31, 32, 33]],
    ["B. 各国就预防措施和做法交流信息和经验", [34, 35, 36], [37, 38, 39, 40, 41, 42]],
    ["C. 收集、传播和推广预防腐败最佳做法", [43, 44], [45, 46, 47, 48]],
    ["D. 利益攸关者和社会各部门为预防腐败相互合作", [49], [50, 51, 52, 53, 54, 55]],
  ];

  it.each(SECTIONS)("section %s: its recommendations, made at the tenth meeting, with the action taken on them", (topic, recs, actions) => {
    const found = index.recommendations({ topic }).filter((r) => r.topic === topic);
    expect(found.map((r) => r.source)).toEqual(ids(recs));
    for (const r of found) {
      expect(r.meetingId).toBe("wg-prevention/10");
      expect(r.actions).toEqual(ids(actions));
      expect(r.text).toBe(index.passage(r.source)!.text);
    }
  });

  it("ties the recommendations in the overview to the meeting that made them", () => {
    const overview = index.recommendations().filter((r) => r.topic === "二. 工作组第九次和第十次会议讨论情况和建议概览");
    expect(overview.map((r) => [r.source, r.meetingId])).toEqual([
      [ids([14])[0], "wg-prevention/9"],
      ...ids([18, 19, 20, 21]).map((id) => [id, "wg-prevention/10"]),
    ]);
    for (const r of overview) expect(r.actions).toEqual([]);
  });

  it("finds the recommendations of a meeting", () => {
    expect(index.recommendations({ meetingId: "wg-prevention/10" })).toHaveLength(13);
    expect(index.recommendations({ meetingId: "wg-prevention/9" }).map((r) => r.source)).toEqual(ids([14]));
    expect(index.recommendations({ meetingId: "wg-prevention/15" })).toEqual([]);
  });

  it("finds recommendations by a word of their text or topic", () => {
    expect(index.recommendations({ topic: "私营部门腐败" }).map((r) => r.source)).toEqual(ids([49]));
    expect(index.recommendations({ topic: "收集、传播和推广" }).map((r) => r.source)).toEqual(ids([43, 44]));
  });

  it("finds recommendations in the background paper alone", () => {
    for (const r of index.graph.recommendations) expect(r.source.startsWith(`${DOC.backgroundPaper2020}#`), r.source).toBe(true);
  });
});
