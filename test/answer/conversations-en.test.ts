/**
 * English conversations over the real documents, table-driven: question -> facts that must
 * appear (in the answer or its quotes) -> passage that must be cited -> the file it is in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAssistant, type TestAssistant } from "../core/test-assistant.js";
import { FILES, citing, date, expectConversation, expectQuotesFromSources, markersOf, type ConversationCase } from "./citation-checks.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
});
afterAll(async () => {
  await t.cleanup();
});

const VIENNA = ["Vienna", "维也纳"];

const CASES: ConversationCase[] = [
  // Sessions of the Conference: dates and venues.
  { q: "Where and when did the Conference of the States Parties hold its third session?", facts: [date("9–13 November 2009", "2009年11月9日至13日"), ["Doha", "多哈"]], cited: "于多哈举行的第三届会议", file: FILES.progress2020 },
  { q: "In which city did COSP 6 take place?", facts: [["Saint Petersburg", "圣彼得堡"]], cited: "圣彼得堡举行的第六届会议", file: FILES.progress2020 },
  { q: "When was the eighth session of the Conference held, and where?", facts: [date("16–20 December 2019", "2019年12月16日至20日"), ["Abu Dhabi", "阿布扎比"]], cited: "于阿布扎比举行的第八届会议", file: FILES.progress2020 },
  { q: "Where will the tenth session of the Conference of the States Parties meet?", facts: [["Atlanta", "亚特兰大"], date("11–15 December 2023", "2023年12月11日至15日")], cited: "美利坚合众国亚特兰大，2023年12月11日至15日", file: FILES.cosp10 },
  // Other bodies.
  { q: "What are the dates of the 12th session of the Implementation Review Group?", facts: [date("14–18 June 2021", "2021年6月14日至18日"), VIENNA], cited: "第十二届会议 2021年6月14日至18日", file: FILES.irg12 },
  { q: "When did the prevention working group hold its ninth meeting?", facts: [date("5–7 September 2018", "2018年9月5日至7日")], cited: "2018 年 9 月 5 日至 7 日", file: FILES.progress2020 },
  { q: "Where and on which days did the tenth meeting of the Working Group on Prevention take place?", facts: [date("4–6 September 2019", "2019年9月4日至6日"), VIENNA], cited: "第十次会议 2019 年 9 月 4 日至 6 日", file: FILES.draft2019 },
  { q: "When was the 11th meeting of the working group on prevention scheduled?", facts: [date("9–10 June 2020", "2020年6月9日和10日")], cited: "2020年6月9日和10日", file: FILES.progress2020 },
  {
    q: "What time does the fifteenth meeting of the Working Group on Prevention open, and in which room?",
    facts: [["3 p.m.", "下午3时"], "B/M1", date("3 September 2024", "2024年9月3日")],
    cited: "B/M1 会议厅开幕",
    file: FILES.agenda15,
  },
  { q: "Where exactly will the 15th meeting of the Working Group on Prevention be held?", facts: ["B/M1", ["3 p.m.", "下午3时"], VIENNA], cited: "维也纳国际中心 M 楼 B/M1 会议厅开幕", file: FILES.agenda15 },
  { q: "Was the 2022 intersessional meeting of the Conference held in person or online?", facts: [["hybrid", "混合形式"], date("5–8 September 2022", "2022年9月5日至8日")], cited: "以混合形式", file: FILES.cosp10 },
  { q: "When did the joint meeting of the Implementation Review Group and the prevention working group take place in June 2023?", facts: [date("12–16 June 2023", "2023年6月12日至16日")], cited: "12日至16日", file: FILES.cosp10 },
  { q: "When did the 11th expert meeting on international cooperation take place?", facts: [date("7–11 November 2022", "2022年11月7日至11日"), VIENNA], cited: "第十一次增进《联合国反腐败公约》下国际合作", file: FILES.agenda15 },
  { q: "When was the twelfth expert meeting on international cooperation?", facts: [date("4–8 September 2023", "2023年9月4日至8日")], cited: "第十二次增进《联合国反腐败公约》下国际合作", file: FILES.agenda15 },
  { q: "When and where was the global conference on harnessing data to improve corruption measurement held?", facts: [date("31 August 2023 – 1 September 2023", "2023年8月31日至9月1日"), VIENNA], cited: "利用数据改进腐败情况衡量工作全球会议", file: FILES.agenda15 },
  // Meetings in a month.
  { q: "Which meetings were held in September 2018?", facts: [["9th meeting of the Working Group on Prevention", "第九次会议"], date("5–7 September 2018", "2018年9月5日至7日")], cited: "2018 年 9 月 5 日至 7 日", file: FILES.progress2020 },
  // Agenda items, slots, days.
  { q: "What is scheduled for the morning of 5 September at the 15th meeting?", facts: ["2(a)(四)", ["10 a.m.–1 p.m.", "上午10时"], "腐败对妇女和青年的负面影响"], cited: "上午 10 时—下午 1 时 2(a)(四)", file: FILES.agenda15 },
  { q: "When will item 2(a)(iii) be discussed at the 15th meeting?", facts: [date("4 September 2024", "2024年9月4日"), ["3–6 p.m.", "下午3时至6时"]], cited: "下午 3 时至 6 时 2(a)(三)", file: FILES.agenda15 },
  { q: "What is the last item on the agenda of the 15th meeting of the prevention working group?", facts: ["通过报告", ["Item 4", "项目4"]], cited: "通过报告", file: FILES.agenda15 },
  { q: "What is on the first day of the 15th meeting?", facts: [date("3 September 2024", "2024年9月3日"), "会议开幕", "2(a)(一)"], cited: "1(a) 会议开幕", file: FILES.agenda15 },
  // Resolutions: titles, requests, decisions, operative paragraphs.
  { q: "What is the title of resolution 10/4?", facts: ["衡量腐败情况和反腐败框架有效性的方法和指标"], cited: "第 10/4 号决议", file: FILES.agenda15 },
  { q: "What did resolution 10/9 request the working group to do?", facts: ["第十五次和第十六次会议"], cited: "第10/9号决议", file: FILES.agenda15 },
  { q: "What did the Conference decide in resolution 3/2?", facts: ["临时工作组"], cited: "题为“预防措施”的第3/2号决议", file: FILES.progress2020 },
  { q: "What did paragraph 6 of resolution 9/2 ask UNODC to create?", facts: ["储存库"], cited: "第 9/2 号决议第 6 段", file: FILES.cosp10 },
  { q: "What does resolution 10/3 encourage States parties to do?", facts: ["交流预防腐败良好做法的信息"], cited: "鼓励缔约国继续交流", file: FILES.agenda15 },
  { q: "Which resolution established the working group on prevention?", facts: ["3/2"], cited: "临时工作组", file: FILES.agenda15 },
  // Symbols, both ways.
  { q: "What is document CAC/COSP/WG.4/2024/3?", facts: ["背景文件", "采购"], cited: "CAC/COSP/WG.4/2024/3", file: FILES.agenda15 },
  { q: "What is CAC/COSP/WG.4/2022/CRP.2?", facts: ["会议室文件", ["13th meeting", "第十三次会议"]], cited: "CAC/COSP/WG.4/2022/CRP.2", file: FILES.agenda15 },
  { q: "What is the symbol of the background paper on public procurement for the 15th meeting?", facts: ["CAC/COSP/WG.4/2024/3"], cited: "CAC/COSP/WG.4/2024/3", file: FILES.agenda15 },
  {
    q: "What is the symbol of the provisional agenda of the 11th meeting of the Working Group on Prevention?",
    facts: ["CAC/COSP/WG.4/2020/1"],
    cited: "CAC/COSP/WG.4/2020/1",
    file: FILES.progress2020,
  },
  // The workplan.
  { q: "Which workplan paragraphs does the Working Group on Prevention take up in 2025?", facts: ["70", "与经济犯罪"], cited: "与经济犯罪、有组织犯罪等其他犯罪的联系", file: FILES.cosp10 },
  { q: "Which body discusses political declaration paragraphs 33, 38, 39 and 44 in 2024?", facts: [["Expert Meeting on International Cooperation", "国际合作问题专家会议"]], cited: "33、38、39、44", file: FILES.cosp10 },
  { q: "What does the workplan give the prevention working group for 2026?", facts: ["公众参与", "31"], cited: "12、21、22、31", file: FILES.cosp10 },
  // Recommendations and the actions taken.
  { q: "What did the working group recommend about the private sector?", facts: [["Article 12", "第十二条"]], cited: "预防私营部门腐败", file: FILES.progress2020 },
  // Asking what was done about it brings the actions taken on that recommendation.
  { q: "What did the working group recommend about the private sector, and what was done about it?", facts: ["蓝色公司倡议"], cited: "蓝色公司倡议", file: FILES.progress2020 },
  { q: "What action did UNODC take on open data?", facts: ["开放数据"], cited: "收集了关于各国维持的开放数据举措", file: FILES.progress2020 },
  { q: "What did UNODC do in Honduras?", facts: ["资产申报系统"], cited: "洪都拉斯", file: FILES.progress2020 },
  // Numbers and dates from running text.
  { q: "How many universities take part in the Anti-Corruption Academic Initiative?", facts: ["400"], cited: "400 多所大学", file: FILES.draft2019 },
  { q: "How many countries had submitted material when the background paper was drafted?", facts: ["23"], cited: "23 个国家", file: FILES.progress2020 },
  { q: "How many people registered for the intersessional meeting in September 2022?", facts: ["730"], cited: "730 多人", file: FILES.cosp10 },
  { q: "When was the multi-year workplan approved?", facts: [date("9 June 2023", "2023年6月9日")], cited: "2023 年 6 月 9 日通过默许程序", file: FILES.cosp10 },
  // A follow-up in the same thread.
  { q: "and item 3?", before: ["/agenda 15"], facts: ["今后在预防腐败方面的优先事项", date("6 September 2024", "2024年9月6日")], cited: "今后在预防腐败方面的优先事项", file: FILES.agenda15 },
];

describe("English conversations", () => {
  for (const c of CASES) {
    it(`answers “${c.q}” with its facts and the cited passage`, async () => {
      const thread = `en:${c.q}`;
      for (const b of c.before ?? []) expect((await t.ask(b, thread)).answered).toBe(true);
      expectConversation(await t.ask(c.q, thread), c, "en");
    });
  }

  it("gives the candidates, each cited, when “the 15th session” could be more than one meeting", async () => {
    const r = await t.ask("when is the 15th session?");
    expect(r.answered).toBe(true);
    expectQuotesFromSources(r);
    const lines = r.text.split("\n").filter((l) => l.startsWith("• "));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(markersOf(l).length, l).toBeGreaterThan(0);
    expect(r.text).toContain("Working Group on Prevention");
    expect(r.text).toContain("Implementation Review Group");
    expect(Math.max(...markersOf(r.text))).toBeLessThanOrEqual(r.citations.length);
  });

  it("keeps each thread's meeting for its own follow-ups", async () => {
    await t.ask("/agenda 15", "en:thread-15");
    await t.ask("/agenda 11", "en:thread-11");
    const on15 = await t.ask("and item 3?", "en:thread-15");
    const on11 = await t.ask("and item 3?", "en:thread-11");
    expect(citing(on15, FILES.agenda15, "今后在预防腐败方面的优先事项").length).toBeGreaterThan(0);
    expect(on11.text).toContain("11th meeting");
    expect(citing(on11, FILES.progress2020, "今后的优先事项").length).toBeGreaterThan(0);
    expect(on11.citations.every((c) => c.file === FILES.progress2020)).toBe(true);
  });
});
