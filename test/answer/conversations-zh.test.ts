/**
 * Chinese conversations over the real documents, table-driven: question -> facts that must
 * appear (in the answer or its quotes) -> passage that must be cited -> the file it is in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAssistant, type TestAssistant } from "../core/test-assistant.js";
import { FILES, citing, expectConversation, expectQuotesFromSources, markersOf, type ConversationCase } from "./citation-checks.js";

let t: TestAssistant;
beforeAll(async () => {
  t = await createTestAssistant();
});
afterAll(async () => {
  await t.cleanup();
});

const CASES: ConversationCase[] = [
  // 缔约国会议各届会议的日期和地点
  { q: "缔约国会议第三届会议在哪里举行？", facts: ["多哈", "2009年11月9日至13日"], cited: "于多哈举行的第三届会议", file: FILES.progress2020 },
  { q: "第六届缔约国会议是什么时候在哪里开的？", facts: ["圣彼得堡", "2015年11月2日至6日"], cited: "俄罗斯联邦圣彼得堡举行的第六届会议", file: FILES.progress2020 },
  { q: "缔约国会议第八届会议在哪个城市举行？", facts: ["阿布扎比"], cited: "于阿布扎比举行的第八届会议", file: FILES.progress2020 },
  { q: "缔约国会议第十届会议的日期和地点是什么？", facts: ["亚特兰大", "2023年12月11日至15日"], cited: "美利坚合众国亚特兰大，2023年12月11日至15日", file: FILES.cosp10 },
  // 其他机构
  { q: "实施情况审议组第十二届会议什么时候开？", facts: ["2021年6月14日至18日", "维也纳"], cited: "第十二届会议 2021年6月14日至18日", file: FILES.irg12 },
  { q: "预防腐败问题工作组第九次会议是哪天举行的？", facts: ["2018年9月5日至7日"], cited: "2018 年 9 月 5 日至 7 日", file: FILES.progress2020 },
  { q: "工作组第十次会议是在什么时候举行的？", facts: ["2019年9月4日至6日"], cited: "第十次会议 2019 年 9 月 4 日至 6 日", file: FILES.draft2019 },
  { q: "工作组第十一次会议定在什么时候？", facts: ["2020年6月9日"], cited: "2020年6月9日和10日", file: FILES.progress2020 },
  {
    q: "第十五次会议几点开幕，在哪个会议厅？",
    facts: ["下午3时", "B/M1", "2024年9月3日"],
    cited: "B/M1 会议厅开幕",
    file: FILES.agenda15,
  },
  { q: "第十五次会议在维也纳国际中心哪栋楼开会？", facts: ["M 楼"], cited: "维也纳国际中心 M 楼 B/M1 会议厅开幕", file: FILES.agenda15 },
  { q: "第十五次会议以什么方式举行？", facts: ["现场与会"], cited: "会议将以现场与会的方式举行", file: FILES.agenda15 },
  { q: "2022年的闭会期间会议采用什么形式？", facts: ["混合形式", "2022年9月5日至8日"], cited: "以混合形式", file: FILES.cosp10 },
  {
    q: "实施情况审议组和预防腐败问题工作组的联席会议是哪天举行的？",
    facts: ["2023年6月12日至16日"],
    cited: "12日至16日",
    file: FILES.cosp10,
  },
  { q: "2023年6月举行的联席会议是哪几天？", facts: ["2023年6月12日至16日"], cited: "12日至16日", file: FILES.cosp10 },
  { q: "第十一次国际合作问题专家会议在哪里举行？", facts: ["维也纳", "2022年11月7日至11日"], cited: "第十一次增进《联合国反腐败公约》下国际合作", file: FILES.agenda15 },
  { q: "第十二次国际合作问题专家会议是什么时候？", facts: ["2023年9月4日至8日"], cited: "第十二次增进《联合国反腐败公约》下国际合作", file: FILES.agenda15 },
  { q: "利用数据改进腐败情况衡量工作全球会议在什么时候举行？", facts: ["2023年8月31日至9月1日", "维也纳"], cited: "利用数据改进腐败情况衡量工作全球会议", file: FILES.agenda15 },
  // 某月举行的会议
  { q: "2019年9月举行了哪些会议？", facts: ["第十次会议", "2019年9月4日至6日"], cited: "2019 年 9 月 4 日至 6 日", file: FILES.draft2019 },
  // 议程项目、时段、某天
  { q: "第十五次会议9月4日上午讨论什么？", facts: ["2(a)(二)", "上午10时", "在紧急情况和危机应对与恢复期间加强国际合作预防和打击腐败"], cited: "上午 10 时—下午 1 时 2(a)(二)", file: FILES.agenda15 },
  { q: "第十五次会议议程项目2(b)安排在什么时候？", facts: ["2024年9月6日", "上午10时"], cited: "上午 10 时—下午 1 时 2(b)", file: FILES.agenda15 },
  { q: "第十五次会议第一天安排了哪些项目？", facts: ["2024年9月3日", "会议开幕", "2(a)(一)"], cited: "1(a) 会议开幕", file: FILES.agenda15 },
  { q: "第十五次会议的最后一个议程项目是什么？", facts: ["通过报告", "项目4"], cited: "通过报告", file: FILES.agenda15 },
  // 决议：标题、请求、决定、执行段落
  { q: "第10/1号决议的标题是什么？", facts: ["亚特兰大 2023"], cited: "第 10/1 号决议", file: FILES.agenda15 },
  { q: "第10/11号决议请工作组做什么？", facts: ["下次会议的讨论议题"], cited: "第 10/11 号决议", file: FILES.agenda15 },
  { q: "第5/4号决议决定了什么？", facts: ["至 2015 年期间的多年期工作计划"], cited: "第 5/4 号决议中，缔约国会议决定", file: FILES.progress2020 },
  { q: "第9/2号决议第4段指示附属机构做什么？", facts: ["采取适当措施"], cited: "第 9/2 号决议第 4 段", file: FILES.cosp10 },
  { q: "第7/4号决议第1段请秘书处做什么？", facts: ["进行对话"], cited: "第 7/4 号决议第 1 段", file: FILES.irg12 },
  { q: "设立预防腐败工作组的是哪项决议？", facts: ["3/2"], cited: "临时工作组", file: FILES.agenda15 },
  // 文号：双向
  {
    q: "CAC/COSP/WG.4/2024/CRP.1是什么？",
    facts: ["会议室文件", "腐败对妇女和青年的负面影响"],
    cited: "CAC/COSP/WG.4/2024/CRP.1",
    file: FILES.agenda15,
  },
  { q: "CAC/COSP/2023/18是什么文件？", facts: ["腐败与其他形式犯罪之间的联系"], cited: "CAC/COSP/2023/18", file: FILES.agenda15 },
  { q: "CAC/COSP/WG.4/2019/L.1/Add.1是什么文件？", facts: ["报告草稿", "第十次会议"], cited: "2019 年 9 月 4 日至 6 日", file: FILES.draft2019 },
  { q: "关于衡量腐败情况的背景文件的文号是什么？", facts: ["CAC/COSP/WG.4/2024/2"], cited: "CAC/COSP/WG.4/2024/2", file: FILES.agenda15 },
  {
    q: "预防腐败问题工作组第十一次会议临时议程的文号是什么？",
    facts: ["CAC/COSP/WG.4/2020/1"],
    cited: "CAC/COSP/WG.4/2020/1",
    file: FILES.progress2020,
  },
  // 工作计划
  { q: "2024年预防腐败问题工作组要讨论政治宣言哪些段落？", facts: ["71", "80", "腐败与体育"], cited: "腐败衡量", file: FILES.cosp10 },
  {
    q: "政治宣言第12、21、22和31段由哪个机构讨论？",
    facts: ["预防腐败问题工作组"],
    cited: "12、21、22、31",
    file: FILES.cosp10,
  },
  // 建议和采取的行动
  { q: "工作组关于开放数据提出了什么建议？", facts: ["开放数据举措和来源的清单"], cited: "开放数据举措和来源的清单", file: FILES.progress2020 },
  { q: "毒品和犯罪问题办公室在肯尼亚采取了什么行动？", facts: ["举报人"], cited: "在肯尼亚", file: FILES.progress2020 },
  { q: "工作组在2019年第10次会议上建议缔约国会议第八届会议通过什么？", facts: ["多年期工作计划"], cited: "在 2019 年第 10 次会议上", file: FILES.progress2020 },
  // 正文中的数字
  { q: "反腐败学术举措资源菜单收录了多少篇文章？", facts: ["1,800"], cited: "1,800 多篇", file: FILES.draft2019 },
  { q: "截至2023年9月21日有多少个缔约国在储存库中分享了信息？", facts: ["35"], cited: "35 个缔约国", file: FILES.cosp10 },
  { q: "多少比例的缔约国还参加了另一个同行审议机制？", facts: ["50%"], cited: "近 50% 的缔约国", file: FILES.irg12 },
  // 同一线程中的追问
  { q: "项目3呢？", before: ["/议程 15"], facts: ["今后在预防腐败方面的优先事项", "2024年9月6日"], cited: "今后在预防腐败方面的优先事项", file: FILES.agenda15 },
];

describe("Chinese conversations", () => {
  for (const c of CASES) {
    it(`answers “${c.q}” with its facts and the cited passage`, async () => {
      const thread = `zh:${c.q}`;
      for (const b of c.before ?? []) expect((await t.ask(b, thread)).answered).toBe(true);
      expectConversation(await t.ask(c.q, thread), c, "zh");
    });
  }

  it("gives the candidates, each cited, when “第十五届会议” could be more than one meeting", async () => {
    const r = await t.ask("第十五届会议什么时候开？");
    expect(r).toMatchObject({ answered: true, lang: "zh" });
    expectQuotesFromSources(r);
    const lines = r.text.split("\n").filter((l) => l.startsWith("• "));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(markersOf(l).length, l).toBeGreaterThan(0);
    expect(r.text).toContain("预防腐败问题工作组");
    expect(r.text).toContain("实施情况审议组");
    expect(Math.max(...markersOf(r.text))).toBeLessThanOrEqual(r.citations.length);
  });

  it("keeps each thread's meeting for its own follow-ups", async () => {
    await t.ask("/议程 15", "zh:thread-15");
    await t.ask("/议程 11", "zh:thread-11");
    const on15 = await t.ask("项目3呢？", "zh:thread-15");
    const on11 = await t.ask("项目3呢？", "zh:thread-11");
    expect(citing(on15, FILES.agenda15, "今后在预防腐败方面的优先事项").length).toBeGreaterThan(0);
    expect(on11.text).toContain("第十一次会议");
    expect(on11.citations.every((c) => c.file === FILES.progress2020)).toBe(true);
  });
});
