import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildIndexFromTexts } from "../../src/knowledge/load.js";
import type { BodyId, KnowledgeIndex, Meeting, MeetingKind } from "../../src/knowledge/model.js";
import { ALL_DOCS, DOC, at, corpus, documentsDir, englishFile, englishIndex, englishText, realGlossary } from "./corpus.js";

let index: KnowledgeIndex;
beforeAll(async () => {
  index = (await corpus()).index;
});

/** A meeting found by its body, and by ordinal and kind or by start date. */
interface Find {
  bodies: BodyId[];
  ordinal?: number;
  kind?: MeetingKind;
  part?: number;
  start?: string;
  month?: string;
}

function find(q: Find): Meeting {
  const found = index.graph.meetings.filter(
    (m) =>
      m.bodies.join("+") === q.bodies.join("+") &&
      (q.ordinal === undefined || m.ordinal === q.ordinal) &&
      (q.kind === undefined || m.kind === q.kind) &&
      (q.part === undefined || m.part === q.part) &&
      (q.start === undefined || m.start === q.start) &&
      (q.month === undefined || m.month === q.month),
  );
  expect(found, JSON.stringify(q)).toHaveLength(1);
  return found[0];
}

interface Expected {
  start?: string;
  end?: string;
  month?: string;
  venue?: string;
  format?: string;
}

/** [what, how to find it, the facts the documents state, passages that must be among its sources ([doc, locator])]. */
const MEETINGS: [string, Find, Expected, [string, string][]][] = [
  ["COSP, third session (Doha)", { bodies: ["cosp"], ordinal: 3, kind: "session" }, { start: "2009-11-09", end: "2009-11-13", venue: "多哈" }, [[DOC.backgroundPaper2020, "1"]]],
  [
    "COSP, sixth session (St Petersburg)",
    { bodies: ["cosp"], ordinal: 6, kind: "session" },
    { start: "2015-11-02", end: "2015-11-06", venue: "俄罗斯联邦圣彼得堡" },
    [[DOC.backgroundPaper2020, "5"], [DOC.irgReport2021, "1"]],
  ],
  ["COSP, seventh session", { bodies: ["cosp"], ordinal: 7, kind: "session" }, {}, [[DOC.irgReport2021, "2"]]],
  [
    "COSP, eighth session (Abu Dhabi)",
    { bodies: ["cosp"], ordinal: 8, kind: "session" },
    { start: "2019-12-16", end: "2019-12-20", venue: "阿布扎比" },
    [[DOC.backgroundPaper2020, "6"], [DOC.backgroundPaper2020, "18"], [DOC.irgReport2021, "3"]],
  ],
  ["COSP, ninth session (December 2021)", { bodies: ["cosp"], ordinal: 9, kind: "session" }, { month: "2021-12" }, [[DOC.cospReport2023, "4"], [DOC.cospReport2023, "13"]]],
  [
    "COSP, tenth session (Atlanta)",
    { bodies: ["cosp"], ordinal: 10, kind: "session" },
    { start: "2023-12-11", end: "2023-12-15", venue: "美利坚合众国亚特兰大" },
    [[DOC.cospReport2023, "header, meeting"], [DOC.cospReport2023, "annex, row 2023年12月11日至15日"], [DOC.annotatedAgenda2024, "2(a)(二), (c)"], [DOC.annotatedAgenda2024, "2(a)(二), (d)"]],
  ],
  ["COSP, eleventh session", { bodies: ["cosp"], ordinal: 11, kind: "session" }, {}, [[DOC.annotatedAgenda2024, "1(b)"]]],
  [
    "COSP intersessional meeting (Vienna, hybrid)",
    { bodies: ["cosp"], kind: "intersessional" },
    { start: "2022-09-05", end: "2022-09-08", venue: "维也纳", format: "hybrid" },
    [[DOC.cospReport2023, "5"]],
  ],
  ["working group, first meeting", { bodies: ["wg-prevention"], ordinal: 1 }, {}, [[DOC.annotatedAgenda2024, "2(a)(一), para 2"], [DOC.annotatedAgenda2024, "2(a)(三), para 3"]]],
  ["working group, meeting of 22–24 August 2011", { bodies: ["wg-prevention"], start: "2011-08-22" }, { end: "2011-08-24", venue: "维也纳" }, [[DOC.annotatedAgenda2024, "2, para 3"]]],
  [
    "working group, ninth meeting (2018)",
    { bodies: ["wg-prevention"], ordinal: 9, kind: "meeting" },
    { start: "2018-09-05", end: "2018-09-07", venue: "维也纳" },
    [[DOC.backgroundPaper2020, "6"], [DOC.backgroundPaper2020, "8"], [DOC.backgroundPaper2020, "9"], [DOC.backgroundPaper2020, "10"], [DOC.draftReport2019, "heading 执行缔约国会议题为“促进预防腐败措施”的第 7/5 号决议和题为“《马拉喀什预防腐败宣言》的后续行动”的第 7/6 号决议以及工作组 2018 年 9 月举行的会议商定的建议"]],
  ],
  [
    "working group, tenth meeting (2019)",
    { bodies: ["wg-prevention"], ordinal: 10, kind: "meeting" },
    { start: "2019-09-04", end: "2019-09-06", venue: "维也纳" },
    [[DOC.draftReport2019, "header, meeting"], [DOC.backgroundPaper2020, "6"], [DOC.backgroundPaper2020, "8"], [DOC.backgroundPaper2020, "18"], [DOC.backgroundPaper2020, "47"]],
  ],
  [
    "working group, eleventh meeting (2020)",
    { bodies: ["wg-prevention"], ordinal: 11, kind: "meeting" },
    { start: "2020-06-09", end: "2020-06-10", venue: "维也纳" },
    [[DOC.backgroundPaper2020, "header, meeting"], [DOC.backgroundPaper2020, "7"]],
  ],
  ["working group, thirteenth meeting (June 2022)", { bodies: ["wg-prevention"], ordinal: 13 }, { month: "2022-06" }, [[DOC.annotatedAgenda2024, "2(a)(一), para 5"], [DOC.annotatedAgenda2024, "2(a)(三), para 4"]]],
  [
    "working group, fifteenth meeting (2024)",
    { bodies: ["wg-prevention"], ordinal: 15, kind: "meeting" },
    { start: "2024-09-03", end: "2024-09-06", venue: "维也纳", format: "in person" },
    [[DOC.annotatedAgenda2024, "header, meeting"], [DOC.annotatedAgenda2024, "1(a)"], [DOC.annotatedAgenda2024, "2(a)(四)"], [DOC.annotatedAgenda2024, "4"]],
  ],
  ["working group, fourteenth meeting (printed 第十四届会议)", { bodies: ["wg-prevention"], ordinal: 14 }, {}, [[DOC.cospReport2023, "16"]]],
  ["working group, sixteenth meeting", { bodies: ["wg-prevention"], ordinal: 16 }, {}, [[DOC.annotatedAgenda2024, "2(a)(一)"], [DOC.annotatedAgenda2024, "2(a)(三)"]]],
  [
    "expert meeting on international cooperation, eleventh meeting",
    { bodies: ["eg-cooperation"], ordinal: 11 },
    { start: "2022-11-07", end: "2022-11-11", venue: "维也纳" },
    [[DOC.annotatedAgenda2024, "2(a)(二), para 2"], [DOC.annotatedAgenda2024, "2(a)(二), (e)"]],
  ],
  [
    "expert meeting on international cooperation, twelfth meeting",
    { bodies: ["eg-cooperation"], ordinal: 12 },
    { start: "2023-09-04", end: "2023-09-08" },
    [[DOC.annotatedAgenda2024, "2(a)(二), (b)"], [DOC.cospReport2023, "16"]],
  ],
  [
    "global conference on corruption measurement",
    { bodies: ["gc-corruption-measurement"] },
    { start: "2023-08-31", end: "2023-09-01", venue: "维也纳" },
    [[DOC.annotatedAgenda2024, "2(a)(五), para 2"]],
  ],
  ["special session of the General Assembly against corruption", { bodies: ["ungass"], kind: "special" }, { start: "2021-06-02", end: "2021-06-04" }, [[DOC.cospReport2023, "1"], [DOC.irgReport2021, "19"]]],
  [
    "joint meeting of the review group and the prevention working group (June 2023)",
    { bodies: ["irg", "wg-prevention"], kind: "joint" },
    { start: "2023-06-12", end: "2023-06-16", month: "2023-06" },
    [[DOC.cospReport2023, "17"], [DOC.cospReport2023, "annex, row 2023年6月12日至16日"]],
  ],
  [
    "joint meeting of the review group, asset recovery group and expert meeting (September 2023)",
    { bodies: ["irg", "wg-asset-recovery", "eg-cooperation"], kind: "joint" },
    { start: "2023-09-04", end: "2023-09-08" },
    [[DOC.cospReport2023, "18"], [DOC.cospReport2023, "annex, row 2023年9月4日至8日"]],
  ],
  ["review group, tenth session, second resumed", { bodies: ["irg"], ordinal: 10, kind: "resumed", part: 2 }, { month: "2020-11" }, [[DOC.irgReport2021, "4"], [DOC.irgReport2021, "14"], [DOC.irgReport2021, "18"], [DOC.irgReport2021, "26"]]],
  ["review group, eleventh session, second resumed", { bodies: ["irg"], ordinal: 11, kind: "resumed", part: 2 }, {}, [[DOC.irgReport2021, "12"]]],
  ["review group, twelfth session (2021)", { bodies: ["irg"], ordinal: 12, kind: "session" }, { start: "2021-06-14", end: "2021-06-18", venue: "维也纳" }, [[DOC.irgReport2021, "header, meeting"]]],
  ["review group, thirteenth session, second resumed", { bodies: ["irg"], ordinal: 13, kind: "resumed", part: 2 }, { month: "2022-11" }, [[DOC.cospReport2023, "14"]]],
  ["review group, fourteenth session", { bodies: ["irg"], ordinal: 14, kind: "session" }, {}, [[DOC.cospReport2023, "11"], [DOC.cospReport2023, "16"]]],
  ["review group, fourteenth session, resumed", { bodies: ["irg"], ordinal: 14, kind: "resumed" }, {}, [[DOC.cospReport2023, "16"]]],
  ["review group, fifteenth session, first resumed", { bodies: ["irg"], ordinal: 15, kind: "resumed", part: 1 }, {}, [[DOC.annotatedAgenda2024, "1(b), para 2"], [DOC.annotatedAgenda2024, "2, para 6"]]],
  ["asset recovery working group, seventeenth session", { bodies: ["wg-asset-recovery"], ordinal: 17 }, {}, [[DOC.cospReport2023, "16"]]],
  ["Arab convention COSP, third session (Rabat, January 2020)", { bodies: ["arab-cosp"], ordinal: 3 }, { month: "2020-01", venue: "拉巴特" }, [[DOC.irgReport2021, "7"]]],
  ["G20 anti-corruption working group, first meeting", { bodies: ["g20-acwg"], ordinal: 1 }, {}, [[DOC.backgroundPaper2020, "51"]]],
];

describe("meetings named in the documents", () => {
  it.each(MEETINGS)("%s: dates, venue and format as stated, cited from the passages that name it", (_what, q, expected, sources) => {
    const m = find(q);
    for (const [k, v] of Object.entries(expected)) expect(m[k as keyof Meeting], k).toEqual(v);
    if (!expected.start && !q.start) expect(m.start, "no day is stated").toBeUndefined();
    for (const [docId, locator] of sources) expect(m.sources, `${docId} ${locator}`).toContain(at(index, docId, locator).id);
  });

  it.each(ALL_DOCS)("%s: every meeting the document names is in the graph", (docId) => {
    const named = MEETINGS.filter(([, , , sources]) => sources.some(([d]) => d === docId));
    expect(named.length).toBeGreaterThan(0);
    const cited = index.graph.meetings.filter((m) => m.sources.some((s) => s.startsWith(`${docId}#`)));
    for (const [what, q] of named) expect(cited, what).toContain(find(q));
  });

  it("gives each meeting one node with a unique id, whose sources are passages of the corpus", () => {
    const ids = index.graph.meetings.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of index.graph.meetings) {
      expect(m.sources.length, m.id).toBeGreaterThan(0);
      for (const s of m.sources) expect(index.passage(s), `${m.id} ${s}`).toBeDefined();
    }
  });

  it("does not take the G20 working group's first meeting for the prevention working group's", () => {
    const g20 = at(index, DOC.backgroundPaper2020, "51").id;
    expect(index.meetings({ body: "wg-prevention" }).filter((m) => m.sources.includes(g20))).toEqual([]);
  });

  it("uses stable ids for ordinal meetings", () => {
    expect(find({ bodies: ["wg-prevention"], ordinal: 15 }).id).toBe("wg-prevention/15");
    expect(find({ bodies: ["irg"], ordinal: 15, kind: "resumed" }).id).toBe("irg/15-resumed-1");
    expect(find({ bodies: ["cosp"], ordinal: 10 }).id).toBe("cosp/10");
  });
});

describe("the fifteenth meeting of the prevention working group", () => {
  it("opens on 3 September 2024 at 3 p.m. in room B/M1 of the Vienna International Centre", () => {
    const m = index.meeting("wg-prevention/15")!;
    expect(m.opening).toEqual({
      date: "2024-09-03",
      time: "15:00",
      place: "维也纳国际中心 M 楼 B/M1 会议厅",
      source: at(index, DOC.annotatedAgenda2024, "1(a)").id,
    });
    expect(m).toMatchObject({ bodies: ["wg-prevention"], ordinal: 15, kind: "meeting", start: "2024-09-03", end: "2024-09-06", venue: "维也纳" });
  });
});

describe("meeting queries", () => {
  it("filters by body and date overlap", () => {
    expect(index.meetings({ body: "wg-prevention", from: "2024-01-01", to: "2024-12-31" }).map((m) => m.id)).toEqual(["wg-prevention/15"]);
    expect(index.meetings({ body: "wg-prevention", from: "2022-06-15", to: "2022-06-15" }).map((m) => m.id)).toEqual(["wg-prevention/13"]);
  });

  it("returns every body's meeting of an ordinal, for a question that names no body", () => {
    expect(index.meetings({ ordinal: 15 }).map((m) => m.id).sort()).toEqual(["irg/15-resumed-1", "wg-prevention/15"]);
  });

  it("filters by kind", () => {
    expect(index.meetings({ kind: "joint" }).map((m) => m.bodies.join("+"))).toEqual(["irg+wg-prevention", "irg+wg-asset-recovery+eg-cooperation"]);
  });

  it("lists meetings in date order", () => {
    const dated = index.graph.meetings.filter((m) => m.start).map((m) => m.start!);
    expect(dated).toEqual([...dated].sort());
  });
});

describe("meetings of an English document", () => {
  it("takes the meeting the document was prepared for from its header", () => {
    const en = englishIndex();
    const m = en.meetings({ body: "wg-prevention", ordinal: 16 });
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ id: "wg-prevention/16", kind: "meeting", start: "2025-06-02", end: "2025-06-04", venue: "Vienna" });
    expect(m[0].sources).toEqual([en.documents[0].passages.find((p) => p.locator === "header, meeting")!.id]);
  });

  it("merges it with the same meeting named, undated, in a Chinese document", () => {
    const files = [
      ...ALL_DOCS.map((id) => ({ file: `${id}.txt`, text: readFileSync(`${documentsDir}/${id}.txt`, "utf8"), sidecar: readFileSync(`${documentsDir}/${id}.meta.json`, "utf8") })),
      { file: englishFile, text: englishText() },
    ];
    const both = buildIndexFromTexts(files, realGlossary());
    const m = both.meetings({ body: "wg-prevention", ordinal: 16 });
    expect(m).toHaveLength(1);
    expect(m[0].start).toBe("2025-06-02");
    expect(m[0].sources.some((s) => s.startsWith(`${DOC.annotatedAgenda2024}#`))).toBe(true);
    expect(m[0].sources.some((s) => s.startsWith("cac-cosp-wg4-2025-2#"))).toBe(true);
  });
});
