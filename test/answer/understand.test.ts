/** Question understanding in English and Chinese, table-driven over what a question names. */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { understand, type Question } from "../../src/answer/understand.js";
import { detectLanguage } from "../../src/core/language.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { repoRoot } from "../core/test-assistant.js";

const glossary = loadGlossary(join(repoRoot, "data", "terms"));
// Sunday 1 September 2024, 10:00 in Vienna: "tomorrow" is Monday 2 September.
const opts = { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" };
const read = (text: string) => understand(text, glossary, opts);

describe("detectLanguage", () => {
  it.each([
    ["When does the 15th meeting open?", "en"],
    ["第十五次会议什么时候开？", "zh"],
    ["CAC/COSP/2023/18是什么文件？", "zh"],
    ["15 2(a)(五)", "zh"],
  ] as const)("reads “%s” as %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("falls back to the given language when the text has no letters", () => {
    expect(detectLanguage("15", "zh")).toBe("zh");
    expect(detectLanguage("15")).toBe("en");
  });

  it("reads a short Chinese question about a long symbol as Chinese: symbols count in no language", () => {
    expect(detectLanguage("CAC/COSP/WG.4/2024/CRP.1是什么？")).toBe("zh");
    expect(detectLanguage("what is CAC/COSP/WG.4/2024/CRP.1?")).toBe("en");
  });
});

type Expect = Partial<Omit<Question, "asks">> & { asks?: string[] };

const CASES: [string, Expect][] = [
  // Ordinals and the meeting word.
  ["When does the 15th meeting open?", { ordinal: 15, meetingWord: "meeting", asks: ["when", "time"] }],
  ["fifteenth session of the IRG", { ordinal: 15, meetingWord: "session", bodies: ["irg"] }],
  ["第十五次会议", { ordinal: 15, meetingWord: "meeting", lang: "zh" }],
  ["第 15 次会议", { ordinal: 15, meetingWord: "meeting" }],
  ["第十二届会议", { ordinal: 12, meetingWord: "session" }],
  // In chat the 第 is often left out of a figure; a count is no ordinal.
  ["预防工作组11次会议是哪几天？", { ordinal: 11, meetingWord: "meeting", bodies: ["wg-prevention"] }],
  ["缔约国会议8届会议在哪开的？", { ordinal: 8, meetingWord: "session", bodies: ["cosp"] }],
  ["工作组在那一年举行了3次会议", { ordinal: undefined }],
  ["闭会期间共2次会议", { ordinal: undefined }],
  // An ordinal of a draft, a committee or a report names no meeting.
  ["the first draft resolution recommended to ECOSOC: what topic?", { ordinal: undefined }],
  ["what did the First Committee recommend?", { ordinal: undefined }],
  ["the second report of the Secretary-General", { ordinal: undefined }],
  // An ordinal inside a hyphenated compound names no meeting.
  ["the no-first-placement draft treaty: who tabled it?", { ordinal: undefined }],
  ["a first-ever review: when?", { ordinal: undefined }],
  // An ordinal before a noun of something else names no meeting, unless a meeting word follows close by.
  ["what does the no first placement resolution say about treaty articles?", { ordinal: undefined }],
  ["second optional protocol text: what does it require?", { ordinal: undefined }],
  ["the first placement pledge in 80/20 — who made it?", { ordinal: undefined }],
  ["the 15th prevention group meeting: when?", { ordinal: 15 }],
  ["tenth prevention wg mtg venue", { ordinal: 10 }],
  ["first intersessional mtg of COSP: where?", { ordinal: 1 }],
  // Colloquial 啥时候 asks when, as 什么时候 does.
  ["那个公约啥时候生效的？", { asks: ["when"] }],
  ["第六届会议啥时开？", { asks: ["when"], ordinal: 6 }],
  ["COSP8 venue", { ordinal: 8, meetingWord: "session", bodies: ["cosp"], asks: ["where"] }],
  ["session 12", { ordinal: 12, meetingWord: "session" }],
  ["the first day of the 15th meeting", { ordinal: 15, meetingDay: 1 }],
  // Agenda items: Chinese and roman sub-items are the same key.
  ["项目2(a)(五)", { items: ["2(a)(v)"], asks: ["agenda"] }],
  ["item 2(a)(v)", { items: ["2(a)(v)"], asks: ["agenda"] }],
  // Resolutions and their paragraphs; a bare number is not a resolution.
  ["第10/3号决议", { resolutions: [{ number: "10/3" }] }],
  ["paragraph 5 of resolution 9/2", { resolutions: [{ number: "9/2", paragraph: 5 }] }],
  ["what is 10/3", { resolutions: [] }],
  ["What did resolution 10/9 request the secretariat", { resolutions: [{ number: "10/9" }], verbs: ["requests"], addressee: "secretariat" }],
  // Symbols.
  ["what is CAC/COSP/WG.4/2024/CRP.1", { symbols: ["CAC/COSP/WG.4/2024/CRP.1"] }],
  // Dates: months, years, relative days in the deployment's zone, days without a year.
  ["meetings in September 2018", { dates: { from: "2018-09-01", to: "2018-09-30", precision: "month" } }],
  ["2019年9月举行的会议", { dates: { from: "2019-09-01", to: "2019-09-30", precision: "month" } }],
  ["workplan in 2025", { dates: { from: "2025-01-01", to: "2025-12-31", precision: "year" }, asks: ["workplan"] }],
  ["what is on tomorrow", { dates: { from: "2024-09-02", to: "2024-09-02", precision: "day" } }],
  ["明天有什么会", { dates: { from: "2024-09-02", to: "2024-09-02", precision: "day" } }],
  ["next Tuesday", { dates: { from: "2024-09-03", to: "2024-09-03", precision: "day" } }],
  ["on 5 September", { monthDay: "09-05" }],
  ["9月4日上午", { monthDay: "09-04", partOfDay: "morning" }],
  ["2024年9月5日下午", { dates: { from: "2024-09-05", to: "2024-09-05", precision: "day" }, partOfDay: "afternoon" }],
  // Who is asked about, and bodies.
  // A bracketed source names the document, not the meeting asked.
  ["where was the first session held? (per the COSP6 annotations)", { ordinal: 1, bodies: ["cosp"] }],
  ["缔约国会议第一届会议在哪里举行？（根据第六届会议的说明）", { ordinal: 1 }],
  ["where was the sixth session held (per the annotations)?", { ordinal: 6 }],
  // A number after "#" or "no." numbers the meeting of the body named before it.
  ["IRG #12 venue?", { ordinal: 12, bodies: ["irg"], asks: ["where"] }],
  ["prevention WG meeting #11: opening time", { ordinal: 11 }],
  ["the working group on asset recovery no. 13, when?", { ordinal: 13 }],
  // A convention's conference written without its 会议 before the ordinal ("…公约缔约方第四届会议").
  ["有组织犯罪公约缔约方第四届会议在哪里开？", { bodies: ["ctoc-cop"], ordinal: 4 }],
  ["反腐败公约缔约国第十届会议在哪里举行？", { bodies: ["cosp"], ordinal: 10 }],
  ["联合国反腐败公约缔约国第九届会议什么时候开", { bodies: ["cosp"], ordinal: 9 }],
  // "X那个工作组": a demonstrative between a body's subject and its kind of body names the body.
  ["追回资产那个工作组2024年审议哪些段落？", { bodies: ["wg-asset-recovery"] }],
  ["预防腐败的那个工作组下次会议在哪？", { bodies: ["wg-prevention"] }],
  ["资产追回这个工作组第13次会议在哪开", { bodies: ["wg-asset-recovery"], ordinal: 13 }],
  ["那个工作组下次会议在哪？", { genericBody: "working group" }],
  // A hall asked with the building it is in: a room within the venue, which the city does not answer.
  ["WG prevention 15: which building and hall are we in?", { ordinal: 15, asks: ["room"] }],
  ["prevention group meeting #15 - what building & room?", { ordinal: 15, asks: ["room"] }],
  ["Who chaired the meeting", { asks: ["who"] }],
  ["the working group", { genericBody: "working group" }],
  ["实施情况审议组第十二届会议", { bodies: ["irg"], ordinal: 12 }],
  ["实施审议组第十二届会议", { bodies: ["irg"], ordinal: 12 }],
  // General cue words, in whatever phrasing: a where-word, a topic-word, a request, a share.
  ["缔约国会议第九届会议在哪座城市举行", { asks: ["where"] }],
  ["第8/4号决议关于哪方面", { asks: ["topic"] }],
  ["这项决定是关于什么内容", { asks: ["topic"] }],
  ["第5/1号决议向秘书处提出什么要求", { verbs: ["requests"], addressee: "secretariat" }],
  ["what fraction of the parties replied", { asks: ["howMany"] }],
  // Political declaration paragraphs.
  ["paras 7, 15, 62 and 64", { paragraphs: ["7", "15", "62", "64"] }],
  ["政治宣言第12、21、22和31段", { paragraphs: ["12", "21", "22", "31"] }],
];

describe("understand", () => {
  it.each(CASES)("reads “%s”", (text, want) => {
    const q = read(text);
    const { asks, ...rest } = want;
    expect(q).toMatchObject(rest);
    for (const a of asks ?? []) expect([...q.asks]).toContain(a);
  });
});

describe("比例 asks a share's value, but not a share of what", () => {
  it.each(["该决议举例说军费占什么的比例？", "报告里说的是军费占哪个的比例", "会员国补充说明时，可以说明军费占什么比例"])("not a count: %s", (t) => {
    expect([...read(t).asks]).not.toContain("howMany");
  });
  it.each(["军费占国内生产总值的比例是多少？", "女性成员的比例有多大"])("a count: %s", (t) => {
    expect([...read(t).asks]).toContain("howMany");
  });
});

describe("哪几号 after a document's word asks the numbers the documents bear, not days", () => {
  it.each(["那两份普通照会是哪几号？", "工作组第三届会议收到的会议室文件是哪几号"])("asks symbols: %s", (t) => {
    const q = read(t);
    expect(q.asks.has("symbol")).toBe(true);
    expect(q.asks.has("when")).toBe(false);
  });
  it("still asks days of a meeting: 第十五次会议是哪几号开？", () => {
    const q = read("第十五次会议是哪几号开？");
    expect(q.asks.has("when")).toBe(true);
    expect(q.asks.has("symbol")).toBe(false);
  });
});

describe("an amount of money is asked only when the question asks what something cost", () => {
  const g = loadGlossary(join(repoRoot, "data/terms"));
  const asks = (t: string) => understand(t, g, { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" }).asks.has("amount");
  it.each(["How much did the conference cost?", "what is the total budget of the programme?", "会议的经费是多少？", "这次会议花了多少钱？"])("asks an amount: %s", (t) => {
    expect(asks(t)).toBe(true);
  });
  it.each(["What does resolution 80/21 say about military expenditures?", "How many people attended?", "预算外资源用于什么？"])("does not: %s", (t) => {
    expect(asks(t)).toBe(false);
  });
});

describe("a Chinese resolution verb after a measure word, a demonstrative or a number names a document, not what a resolution states", () => {
  const g = loadGlossary(join(repoRoot, "data/terms"));
  const verbs = (t: string) => understand(t, g, { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" }).verbs;
  it.each(["第80/16号决议回顾的那项大会决定是哪一项？", "该决议援引的第5/3号决定讲的是什么？", "决议80/16回顾的那项2022年12月的大会决定编号是什么？"])("a decision named: %s", (t) => {
    expect(verbs(t)).not.toContain("decides");
  });
  it.each(["第10/3号决议决定了什么？", "大会在这项决议中决定做什么？", "缔约国会议通过的决定有哪些？"])("a decision stated: %s", (t) => {
    expect(verbs(t)).toContain("decides");
  });
});

describe("a 'when' that joins a clause asks nothing", () => {
  const g = loadGlossary(join(repoRoot, "data/terms"));
  const asks = (q: string) => understand(q, g, { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" }).asks;
  it.each([
    "who chaired the G20 group when UNODC attended its first meeting?",
    "which State hosted the session when the Convention entered into force?",
    "what did the Conference decide when it met in Atlanta?",
    // A "when" clause that opens the question, another question word after it.
    "When the Assembly recalls its earlier resolutions on the embargo, how many does it list?",
    "when the draft extends the mandate, in which paragraph does it do so?",
  ])("%s", (q) => {
    expect(asks(q).has("when")).toBe(false);
  });

  it.each(["who chaired it and when?", "where and when is the next session?", "the expert group on the instrument, when did it meet?", "When the next session, and where?", "when was it adopted, and by whom?"])("still asks when: %s", (q) => {
    expect(asks(q).has("when")).toBe(true);
  });
});

describe("an ordinal before a noun of something else numbers no meeting", () => {
  const g = loadGlossary(join(repoRoot, "data/terms"));
  const ordinal = (q: string) => understand(q, g, { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" }).ordinal;
  it.each(["agenda item for no first placement of weapons in outer space?", "what does it say on the first use of nuclear weapons", "when is the second reading of the draft"])("%s", (q) => {
    expect(ordinal(q)).toBeUndefined();
  });
  it.each([
    ["the first session of the Conference", 1],
    ["15th wg mtg: what time do they start", 15],
    ["on what day does the 15th prevention WG adopt its agenda", 15],
    ["what did the eighth adopt", 8],
  ] as const)("still a meeting: %s", (q, n) => {
    expect(ordinal(q)).toBe(n);
  });
});

describe("a month and year as chat writes them, lower case and shortened", () => {
  const g = loadGlossary(join(repoRoot, "data/terms"));
  const dates = (q: string) => understand(q, g, { now: new Date("2026-12-01T08:00:00Z"), timeZone: "Europe/Vienna" }).dates;
  it.each([
    ["item 3 at the sept 2024 prevention WG: which day?", "2024-09-01", "2024-09-30"],
    ["what happened in sep 2024", "2024-09-01", "2024-09-30"],
    ["meetings in june 2023?", "2023-06-01", "2023-06-30"],
  ])("%s", (q, from, to) => {
    expect(dates(q)).toMatchObject({ from, to, precision: "month" });
  });
  it("leaves a year alone a year", () => {
    expect(dates("which meetings in 2024?")).toMatchObject({ precision: "year" });
  });
});

describe("where a difficulty or a difference lies is no place", () => {
  const g = loadGlossary(join(repoRoot, "data/terms"));
  const asksWhere = (t: string) => understand(t, g, opts).asks.has("where");
  it.each(["第十次会议上秘书处说满足技术援助需求主要难在哪？", "这两个机制的区别在哪里？", "问题的症结在哪儿？"])("%s asks no place", (t) => {
    expect(asksWhere(t)).toBe(false);
  });
  it.each(["预防工作组第十次会议在哪里开的？", "下届会议在哪开？", "会议地点在哪儿？"])("%s asks a place", (t) => {
    expect(asksWhere(t)).toBe(true);
  });
  it.each(["这个数字在哪份报告里？", "秘书处的建议在哪段提到的？", "这条规定在哪项决议中？", "在哪篇文件里能找到工作计划？"])("%s asks where in the documents, no place", (t) => {
    expect(asksWhere(t)).toBe(false);
  });
});

describe("a document named in a clause of its own is what the question is about, not documents asked for", () => {
  const g = loadGlossary(join(repoRoot, "data/terms"));
  const asksDocuments = (t: string) => understand(t, g, { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" }).asks.has("documents");
  it.each([
    "prevention WG progress paper (2020): how many States sent information?",
    "secretariat note on asset recovery — what does it recommend?",
    "the 2019 background paper for the IRG; which countries does it cite?",
    "秘书处那份背景文件：讲了哪些良好做法？",
    "工作组2020年的进展文件；有多少国家提交了资料？",
  ])("does not ask for documents: %s", (t) => {
    expect(asksDocuments(t)).toBe(false);
  });
  it.each(["IRG 9th session: which documents?", "list the papers for the review group's 9th session", "第十五次会议：有哪些文件？"])("asks for documents: %s", (t) => {
    expect(asksDocuments(t)).toBe(true);
  });
});

describe("several States asked for ('哪几个国家') ask who, as one State does", () => {
  const g = loadGlossary(join(repoRoot, "data/terms"));
  const asks = (t: string) => understand(t, g, opts).asks;
  it.each(["哪几个国家提交了这份草案？", "是哪几个代表团发言的？", "这些会议由哪几个国家主办？"])("%s", (t) => {
    expect(asks(t).has("who")).toBe(true);
  });
});

describe("a relative who, whom or whose after a noun asks nothing where the question asks something else", () => {
  const g = loadGlossary(join(repoRoot, "data/terms"));
  const asks = (t: string) => [...understand(t, g, { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" }).asks];
  it.each([
    ["When was the treaty whose depositary is the Secretary-General signed?", "when"],
    ["in which year did the States whose arrears were exempted make a payment", "year"],
    ["where did the experts who drafted the guide meet?", "where"],
    ["How many Parties whom the secretariat wrote to replied?", "howMany"],
  ])("%s", (t, asked) => {
    expect(asks(t)).toContain(asked);
    expect(asks(t)).not.toContain("who");
  });
  it.each(["who chaired the tenth session?", "tell me who chaired the tenth session and when", "To whom is the report addressed, and by when?", "80/2: the countries whose arrears were exempted?"])("still asks who: %s", (t) => {
    expect(asks(t)).toContain("who");
  });
});

describe("the number of an agenda item, a paragraph or an article is no document symbol asked", () => {
  const g = loadGlossary(join(repoRoot, "data/terms"));
  const asks = (t: string) => [...understand(t, g, { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" }).asks];
  it.each(["第六届缔约国会议临时议程里，资产追回的项目编号是多少？", "预防这个议题在议程上的议程编号？", "这一段的段落编号是几？"])("not a symbol: %s", (t) => {
    expect(asks(t)).not.toContain("symbol");
  });
  it.each(["这份报告的编号是什么", "工作组会议报告的文件编号？"])("a symbol: %s", (t) => {
    expect(asks(t)).toContain("symbol");
  });
});
