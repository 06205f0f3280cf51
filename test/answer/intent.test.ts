/**
 * The intent rule table: each intent is read from paraphrases in both languages written for
 * this test, not those its rule was written from; the readings a question also fits; and the
 * intents the pipeline dispatches on.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { understand } from "../../src/answer/understand.js";
import { INTENT_RULES, readIntent, type IntentFacts, type IntentKind } from "../../src/answer/intent.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { repoRoot } from "../core/test-assistant.js";

const glossary = loadGlossary(join(repoRoot, "data", "terms"));
// Sunday 1 September 2024, 10:00 in Vienna.
const opts = { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" };
const NONE: IntentFacts = { namesDocumentTitle: false, threadMeeting: false };
const read = (text: string, facts = NONE) => readIntent(understand(text, glossary, opts), facts);

/** Each intent: its slots, and at least three paraphrases per language that must read as it. */
const PARAPHRASES: { intent: IntentKind; slots: string[]; en: string[]; zh: string[] }[] = [
  {
    intent: "draftSponsors",
    slots: ["sponsors"],
    en: ["Who sponsored the Yemen sanctions draft?", "Which countries tabled draft S/2024/37?", "which States submitted the draft on the Residual Mechanism?"],
    zh: ["也门制裁草案是谁提交的？", "S/2024/37的提案国有哪些？", "那份关于余留机制的草案由哪些国家提出？"],
  },
  {
    intent: "fullName",
    slots: ["name"],
    en: ["What is the full name of the Mechanism in S/2022/501?", "In the Colombia draft, what does SJP stand for?", "the Verification Mission — full name?"],
    zh: ["S/2022/501里的Mechanism全称是什么？", "哥伦比亚草案中SJP的全名是什么？", "核查团的完整名称是什么？"],
  },
  {
    intent: "resolutionFacts",
    slots: ["adopted", "plenary"],
    en: ["At which plenary meeting was resolution 80/14 passed?", "Resolution 79/20 was adopted at what plenary meeting and on what date?", "Which plenary meeting of the Assembly adopted 80/60?"],
    zh: ["80/14号决议在大会第几次全体会议获得通过？", "第79/20号决议是哪天在哪次全体会议上通过的？", "大会哪次全体会议通过了第80/60号决议？"],
  },
  {
    intent: "resolutionFacts",
    slots: ["agendaItem"],
    en: ["The resolution on weapons in outer space sits under which agenda item?", "Under which agenda item does the resolution on the Arms Trade Treaty fall?", "Which agenda item was the resolution on nuclear disarmament considered under?"],
    zh: ["关于外层空间武器的那项决议列在哪个议程项目下？", "关于《武器贸易条约》的决议属于哪个议程项目？", "核裁军决议是在哪一项议程项目下审议的？"],
  },
  {
    intent: "chapter",
    slots: ["chapter"],
    en: ["What is chapter IV of the report of the eleventh session?", "Which chapter of the report covers technical assistance?", "Which part of the report discusses asset recovery?"],
    zh: ["第十届会议报告第三章讲的是什么？", "报告的哪一章涉及资产追回？", "那份报告哪一节讲技术援助？"],
  },
  {
    intent: "whatIsDocument",
    slots: ["description"],
    en: ["What kind of document is CAC/COSP/IRG/2023/5?", "Tell me about document CAC/COSP/WG.2/2022/2.", "Explain CAC/COSP/2021/17 please."],
    zh: ["CAC/COSP/IRG/2023/5这份文件是关于什么的？", "请介绍一下CAC/COSP/WG.2/2022/2。", "文件CAC/COSP/2021/17讲什么？"],
  },
  {
    intent: "documentTitle",
    slots: ["title"],
    en: ["What is the title of the background paper for the working group's 14th meeting?", "What was the report of the review group's third session called?", "Give me the title of the paper prepared for the 12th meeting."],
    zh: ["第十四次会议背景文件的标题是什么？", "审议组第三届会议报告的题目叫什么？", "为第十二次会议编写的说明题为什么？"],
  },
  {
    intent: "documentsForMeeting",
    slots: ["symbols"],
    en: ["What papers did the secretariat prepare for the prevention group's thirteenth meeting?", "List the papers for the review group's fifth session.", "What documents does the conference have before it at its tenth session?"],
    zh: ["预防腐败问题工作组第十三次会议有哪些文件？", "审议组第五届会议的文件有哪些？", "缔约国会议第十届会议面前有哪些文件？"],
  },
  {
    intent: "documentSymbol",
    slots: ["symbol"],
    en: ["What is the symbol of the note on whistle-blower protection?", "Give the document number of the secretariat's background paper on beneficial ownership.", "Which symbol does the conference room paper on sport have?"],
    zh: ["关于举报人保护的说明文号是什么？", "秘书处关于受益所有权的背景文件编号是多少？", "体育问题会议室文件的文件号是什么？"],
  },
  {
    intent: "documentDate",
    slots: ["date"],
    en: ["When was the report of the review group's fourth session issued?", "When was the prevention group's background paper on open data published?", "On what day was the secretariat's note on training circulated?"],
    zh: ["审议组第四届会议报告是什么时候印发的？", "秘书处关于资产追回的说明的文件日期是哪天？", "预防腐败问题工作组关于开放数据的背景文件何时发布？"],
  },
  {
    intent: "adoptingSession",
    slots: ["session"],
    en: ["At which session was resolution 8/2 adopted?", "Resolution 6/1 was adopted where?", "Which conference session adopted decision 5/3?"],
    zh: ["第7/1号决议是由缔约国会议哪一届会议通过的？", "第6/1号决议在何处通过？", "第5/3号决定由哪届会议通过？"],
  },
  {
    intent: "resolutionRequests",
    slots: ["title", "statements"],
    en: ["What does resolution 7/2 request of the States parties?", "Summarize decision 9/1 for me.", "What is resolution 10/6 about and whom does it address?"],
    zh: ["第7/2号决议请缔约国做什么？", "请概述第9/1号决定。", "第10/6号决议讲了什么，针对谁？"],
  },
  {
    intent: "whichResolution",
    slots: ["resolution"],
    en: ["Which resolution set up the review mechanism?", "Which resolution asked the group to keep meeting?", "Under which resolution was the prevention group created?"],
    zh: ["哪项决议设立了审议机制？", "工作组是根据哪个决议成立的？", "哪一项决议要求工作组继续开会？"],
  },
  {
    intent: "workplan",
    slots: ["topics"],
    en: ["What topics does the workplan list for 2025?", "Which paragraphs of the political declaration will the group take up next year under the work plan?", "What does the work plan schedule for the prevention group in 2026?"],
    zh: ["工作计划里2025年有哪些专题？", "根据工作计划，明年要讨论政治宣言哪些段落？", "2026年预防腐败问题工作组要讨论哪些议题？"],
  },
  {
    intent: "agendaOfDay",
    slots: ["slots"],
    en: ["What is on the agenda on the second day of the 15th meeting?", "What is scheduled for Wednesday morning at the fifteenth meeting?", "Which items are on the programme of work for 4 September at the 15th meeting?"],
    zh: ["第十五次会议第二天议程上有什么？", "第十五次会议9月5日讨论什么？", "第十五次会议最后一天下午的日程是什么？"],
  },
  {
    intent: "documentsForItem",
    slots: ["documents"],
    en: ["Which documents go with item 3 of the 15th meeting?", "What papers are there for agenda item 2(a) at the fifteenth meeting?", "List the documents under item 4 of the prevention group's 15th meeting."],
    zh: ["第十五次会议项目3有哪些文件？", "第十五次会议议程项目2(a)的文件有哪些？", "预防腐败问题工作组第十五次会议项目4下有哪些文件？"],
  },
  {
    intent: "whenItemTakenUp",
    slots: ["slot"],
    en: ["When is item 2(b) taken up at the 15th meeting?", "On which day does the fifteenth meeting consider item 3?", "When will the 15th meeting discuss agenda item 4?"],
    zh: ["第十五次会议什么时候讨论项目2(b)？", "第十五次会议哪天审议议程项目3？", "项目4在第十五次会议上何时讨论？"],
  },
  {
    intent: "agendaOfMeeting",
    slots: ["items"],
    en: ["What is on the agenda of the 15th meeting?", "Show me the provisional agenda of the fifteenth meeting.", "What items will the working group's 15th meeting cover?"],
    zh: ["第十五次会议的议程是什么？", "请列出第十五次会议的临时议程。", "工作组第十五次会议有哪些议程项目？"],
  },
  {
    intent: "recommendations",
    slots: ["recommendations"],
    en: ["What did the working group recommend about whistle-blowers?", "What recommendations concern open data?", "Were there any recommendations on integrity in sport?"],
    zh: ["工作组就举报人提出了哪些建议？", "有关开放数据的建议有哪些？", "关于体育诚信有什么建议？"],
  },
  {
    intent: "recommendations",
    slots: ["recommendations", "actions"],
    en: ["Which recommendations were made on public procurement, and what actions followed?", "What action was taken on the recommendation about asset declarations?", "Did UNODC follow up the recommendations on e-learning, and what actions did it take?"],
    zh: ["关于公共采购有哪些建议？采取的行动有哪些？", "关于资产申报的建议，采取了什么行动？", "针对电子学习的建议做了什么？"],
  },
  {
    intent: "meetingChair",
    slots: ["chair"],
    en: ["Who chaired the eighth session of the Conference?", "Who presided over the review group's 12th session?", "Who was chairperson of the 14th meeting of the prevention group?"],
    zh: ["缔约国会议第八届会议由谁担任主席？", "审议组第十二届会议的主席是谁？", "预防腐败问题工作组第十四次会议由谁主持？"],
  },
  {
    intent: "venue",
    slots: ["venue"],
    en: ["Where will the 16th meeting of the working group be held?", "In which city did the Conference hold its ninth session?", "What is the venue of the review group's fourteenth session?"],
    zh: ["工作组第十六次会议在哪里举行？", "缔约国会议第九届会议是在什么地方开的？", "审议组第十四届会议的地点是什么？"],
  },
  {
    intent: "openingTime",
    slots: ["time"],
    en: ["What time does the 15th meeting open?", "At what hour does the first day of the fifteenth meeting start?", "When does the 15th meeting begin in the morning, what time?"],
    zh: ["第十五次会议几点开幕？", "第十五次会议第一天几点开始？", "第十五次会议上午什么时间开会？"],
  },
  {
    intent: "meetingFormat",
    slots: ["format"],
    en: ["Is the 15th meeting held in person or online?", "Will the review group's 15th session be hybrid?", "Can delegates attend the fifteenth meeting virtually?"],
    zh: ["第十五次会议是线上还是线下举行？", "审议组第十五届会议采用混合形式吗？", "代表可以远程参加第十五次会议吗？"],
  },
  {
    intent: "meetingDates",
    slots: ["dates"],
    en: ["On what dates does the working group hold its fifteenth meeting?", "What are the dates of the Conference's tenth session?", "Which meetings took place in June 2023?"],
    zh: ["工作组第十五次会议什么时候举行？", "缔约国会议第十届会议的日期是哪天？", "2023年6月举行了哪些会议？"],
  },
  {
    intent: "freeFact",
    slots: ["howMany"],
    en: ["How many States have ratified the Convention?", "How many delegations spoke on prevention?", "How many per cent of States parties have finished their self-assessment?"],
    zh: ["有多少国家批准了《公约》？", "有几个代表团就预防问题发了言？", "完成审议的缔约国比例是多少？"],
  },
  {
    intent: "freeFact",
    slots: ["fact"],
    en: ["What did the secretariat say about sports corruption?", "Tell me about the Global Operational Network of Anti-Corruption Law Enforcement Authorities.", "Summarize the discussion on beneficial ownership."],
    zh: ["秘书处对体育领域腐败说了什么？", "请介绍一下全球反腐败执法机构业务网络。", "概述关于受益所有权的讨论。"],
  },
];

describe("the intent rule table", () => {
  describe.each(PARAPHRASES)("$intent $slots", ({ intent, slots, en, zh }) => {
    it.each([...en, ...zh])("reads “%s” as this intent with these slots", (text) => {
      expect(read(text).intent).toEqual({ kind: intent, slots });
    });
  });

  it("writes at least three paraphrases per language for every intent of the table", () => {
    const kinds = new Set(INTENT_RULES.map((r) => r.intent));
    for (const kind of kinds) {
      const rows = PARAPHRASES.filter((p) => p.intent === kind);
      expect(rows.flatMap((p) => p.en).length, kind).toBeGreaterThanOrEqual(3);
      expect(rows.flatMap((p) => p.zh).length, kind).toBeGreaterThanOrEqual(3);
    }
  });

  it("ends with a free fact, which every question fits", () => {
    expect(INTENT_RULES.at(-1)!.intent).toBe("freeFact");
    expect(read("Tell me something.").intent.kind).toBe("freeFact");
    expect(read("Tell me something.").alsoFits).toEqual([]);
  });
});

describe("the readings a question also fits", () => {
  it("keeps a resolution's own facts among the readings of a question about the session that adopted it", () => {
    const { intent, alsoFits } = read("At which session was resolution 8/2 adopted?");
    expect(intent.kind).toBe("adoptingSession");
    expect(alsoFits.map((i) => i.kind)).toEqual(expect.arrayContaining(["resolutionFacts", "resolutionRequests", "freeFact"]));
  });

  it("keeps an agenda item named by its title among the readings of a question about when a numbered meeting is", () => {
    const { intent, alsoFits } = read("When is the 15th meeting of the working group?");
    expect(intent.kind).toBe("meetingDates");
    expect(alsoFits.map((i) => i.kind)).toContain("whenItemTakenUp");
  });

  it("ends every list of readings with a free fact: passage search always gets a turn", () => {
    for (const text of ["Who chaired the eighth session of the Conference?", "第7/2号决议请缔约国做什么？", "What is CAC/COSP/2021/17?"]) {
      expect(read(text).alsoFits.at(-1)!.kind).toBe("freeFact");
    }
  });
});

describe("a 'which' that asks for something else than a resolution", () => {
  const kinds = (text: string) => { const r = read(text); return [r.intent, ...r.alsoFits].map((i) => i.kind); };
  it.each([
    "arms trade treaty resolution: by which conference of states parties must the five-year strategy be decided?",
    "In the resolution on outer space, which committees held joint meetings?",
    "按照武器贸易条约决议，战略草案要在哪一次缔约国会议上决定？",
    "奥林匹克休战决议里提到了哪些运动会？",
  ])("%s is not read as asking which resolution", (text) => {
    expect(kinds(text)).not.toContain("whichResolution");
  });
  it.each([
    "which GA res asked for the report?",
    "Which resolution set up the prevention working group?",
    "which one established the working group, resolution-wise?",
    "设立工作组的是哪项决议？",
    "这是第几号决议？",
    "工作组是根据哪一项决定设立的？",
  ])("%s still is", (text) => {
    expect(kinds(text)).toContain("whichResolution");
  });
});

describe("决定 before a verb: 'decided to', no decision", () => {
  const kinds = (text: string) => { const r = read(text); return [r.intent, ...r.alsoFits].map((i) => i.kind); };
  it.each([
    "缔约国会议是哪一天决定设立审议机制的？",
    "工作组哪年决定召开闭会期间会议？",
    "缔约国会议在哪一年决定启动第二个审议周期？",
  ])("%s asks a fact, not which resolution or what one says", (text) => {
    expect(kinds(text)).toEqual(["freeFact"]);
  });
  it.each([
    ["第1/2号决定是什么时候通过的？", "adoptingSession"],
    ["哪项决定设立了审议机制？", "whichResolution"],
    ["决定草案里请秘书处做什么？", "resolutionFacts"],
  ])("%s still speaks of a decision", (text, kind) => {
    expect(read(text).intent.kind).toBe(kind);
  });
});

describe("what the words alone do not show", () => {
  it("reads a question that names a document's title as asking what that document is", () => {
    const question = "Tell me about the note on the implementation of the workplan";
    expect(read(question).intent.kind).not.toBe("whatIsDocument");
    expect(read(question, { namesDocumentTitle: true, threadMeeting: false }).intent.kind).toBe("whatIsDocument");
  });

  it.each([
    "S/2024/557: how long do States get to reply to the Focal Point?",
    "S/2024/37要求谁每月提交报告？",
    "S/2024/557规定的除名请求，国家要在多久之内答复？",
    "How many personnel may UNAMID deploy under S/2018/693?",
    "what does S/2016/1100 request of the Secretary-General?",
    "S/2021/443决定了什么？",
    "tl;dr: which group does S/2024/557 establish?",
  ])("reads a fact of a named kind, or what a document does, asked of a document named by its symbol as a free fact, not what the document is: %s", (question) => {
    expect(read(question).intent.kind).not.toBe("whatIsDocument");
  });

  it("reads “when” of a meeting the conversation is about as asking when an item, named by its title, is taken up", () => {
    const question = "When will they adopt the report?";
    expect(read(question).alsoFits.map((i) => i.kind)).not.toContain("whenItemTakenUp");
    const withThread = read(question, { namesDocumentTitle: false, threadMeeting: true });
    expect([withThread.intent, ...withThread.alsoFits].map((i) => i.kind)).toContain("whenItemTakenUp");
  });
});

describe("the date on or of a document asks the date on its cover", () => {
  it.each([
    "What date is on the note by the secretariat on asset recovery?",
    "what's the date of the Yemen sanctions draft?",
    "那份南苏丹草案的日期是哪天？",
    "红海那份草案是哪天的？",
  ])("reads “%s” as a document's date", (text) => {
    expect(read(text).intent.kind).toBe("documentDate");
  });
  it.each(["What date is the meeting?", "what is the date of the fifteenth meeting?", "报告中提到的会议日期是哪天？"])("leaves “%s”, which asks no document's date, to another reading", (text) => {
    expect(read(text).intent.kind).not.toBe("documentDate");
  });
});

describe("what a meeting discusses on a day it names is that day's agenda", () => {
  it.each([
    "What will the 15th meeting discuss on 5 September?",
    "Which topics does the prevention working group take up on Thursday afternoon?",
    "What is the group considering on the morning of 4 September?",
    "第十五次会议周三上午安排了什么？",
    "预防工作组周四下午审议哪些议题？",
    "第15次会议9月4日上午讨论了什么？",
  ])("reads “%s” as the agenda of a day", (text) => {
    expect(read(text).intent.kind).toBe("agendaOfDay");
  });

  it.each(["What did the working group discuss about beneficial ownership?", "工作组讨论了哪些关于受益所有权的问题？", "What did the Conference consider in 2019?"])(
    "leaves “%s”, which names no day, a free fact",
    (text) => {
      expect(read(text).intent.kind).not.toBe("agendaOfDay");
    },
  );
});

describe("what someone asked or decided of a meeting's paper, not the meeting's list of papers", () => {
  it.each([
    "At the prevention group's third meeting, which paper did Costa Rica request be added to the working documents?",
    "review group 5th session: which document did the secretariat recommend States consult?",
    "预防工作组第三次会议上，哥斯达黎加要求毒品和犯罪问题办公室把哪份文件列为工作文件？",
    "审议组第五届会议决定把哪份文件转交缔约国会议？",
  ])("reads “%s” as no list of the meeting's documents", (text) => {
    expect(read(text).intent.kind).not.toBe("documentsForMeeting");
  });
});

describe("a body named with the day of one of its acts asked, not one of its meetings", () => {
  it.each([
    "When did the Conference approve the schedule of topics for its subsidiary bodies?",
    "On what date did the prevention working group endorse the list of topics?",
    "When did the IRG decide to hold a resumed session?",
    "缔约国会议是哪天核准讨论时间表的？",
    "审议组什么时候决定召开续会的？",
    "扩大主席团是谁召集的，缔约国会议哪天批准了这份安排？",
    // A document the body acted on, with no verb of the statements' own.
    "政府专家组的报告是哪一天经大会审议的？",
    "大会是哪天审议政府专家组报告的？",
    "When was the Group of Governmental Experts' report considered by the Assembly?",
    "On which day did the Commission on Crime Prevention approve the report?",
  ])("reads “%s” as the act's day, a fact of the text", (text) => {
    expect(read(text).intent.kind).not.toBe("meetingDates");
  });
  it.each(["When did the Conference hold its tenth session?", "When does the IRG meet next?", "缔约国会议第十届会议是哪天开的？"])(
    "still reads “%s”, which asks no act, as the meeting's dates",
    (text) => {
      expect(read(text).intent.kind).toBe("meetingDates");
    },
  );
});

describe("a meeting placed by its date, with what it did asked, asks what it did, not its dates", () => {
  it.each([
    "What did the session held in Doha in December 2009 decide?",
    "what was agreed at the March 2015 meeting in Vienna",
    "What did the conference in Marrakech in October 2011 recommend?",
    "2009年12月在多哈召开的会议决定了什么？",
    "2015年3月在维也纳举行的会议建议各国做什么？",
    "2011年10月马拉喀什会议同意了哪些事项？",
  ])("reads “%s” as no question of the meeting's dates", (text) => {
    expect(read(text).intent.kind).not.toBe("meetingDates");
    expect(read(text).alsoFits.map((i) => i.kind)).not.toContain("meetingDates");
  });

  it.each(["Which meetings were held in 2024?", "What meetings take place in September 2024?", "2024年有哪些会议？", "2024年9月举行了哪些会议？"])(
    "still reads “%s”, which asks nothing the meetings did, as the meetings of a period",
    (text) => {
      expect(read(text).intent.kind).toBe("meetingDates");
    },
  );

  it.each(["What did the meeting in Rabat decide?", "What does the Conference at its tenth session request?", "What did the working group's meeting recommend?"])(
    "reads no ordinal asked in “%s”, where the meeting is the one that acts",
    (text) => {
      expect(understand(text, glossary, opts).asks.has("ordinal")).toBe(false);
    },
  );

  it.each(["Which plenary meeting adopted resolution 80/12?", "What session of the Conference adopted resolution 5/4?"])("still reads the ordinal asked in “%s”", (text) => {
    expect(understand(text, glossary, opts).asks.has("ordinal")).toBe(true);
  });
});

describe("'held' of a meeting being held, not of something held", () => {
  it.each([
    "Which month in 2019 for privately held firearms?",
    "What about weapons held illegally in 2018?",
    "which day in March 2021 for state-held shares?",
    "Which month until 2020 did the Council set aside for collecting illegally held arms?",
  ])("reads “%s”, a date beside something held, as no question of the meetings of a period", (text) => {
    expect(read(text).intent.kind).not.toBe("meetingDates");
  });

  it.each(["Which meetings were held in 2024?", "What was held in Vienna in 2019?", "Which sessions are held during 2025?", "what got held 2024"])(
    "still reads “%s” as the meetings of a period",
    (text) => {
      expect(read(text).intent.kind).toBe("meetingDates");
    },
  );
});

describe("a chapter of the Charter and a place of issue are no report's chapter or date", () => {
  it.each(["《联合国宪章》第七章授权安理会采取什么措施？", "Under Chapter VII of the Charter, what does the Council decide in the Yemen draft?", "根据《宪章》第七章，草案决定了什么？"])("not a report's chapter: %s", (text) => {
    expect(read(text).intent.kind).not.toBe("chapter");
  });
  it.each(["报告第七章讲的是什么？", "what is chapter III of the report about?"])("still a report's chapter: %s", (text) => {
    expect(read(text).intent.kind).toBe("chapter");
  });
  it.each(["这份说明是在哪个城市发布的？", "where was the report issued?", "A/70/46是在哪里印发的？"])("where it was issued asks a place, not a date: %s", (text) => {
    expect(read(text).intent.kind).not.toBe("documentDate");
  });
});

describe("the workplan's own launch is no reading of its rows", () => {
  it.each(["at which session of the asset recovery WG was the multi-year workplan launched?", "资产追回工作组是在第几届会议上启动多年期工作计划的？", "When did the Conference adopt the workplan for the follow-up?"])("%s", (text) => {
    expect(read(text).intent.kind).not.toBe("workplan");
  });
  it.each(["Which year will the asset recovery working group discuss illicit financial flows under the workplan?", "按照工作计划，资产追回工作组什么时候讨论非法资金流动？"])("its rows still answer: %s", (text) => {
    expect(read(text).intent.kind).toBe("workplan");
  });
});

describe("a paragraph of a document named is its own text, not a row of the workplan", () => {
  it.each(["背景文件第16段，工作组鼓励缔约国做什么？", "进展报告第27段说了什么？", "What does paragraph 44 of the background paper urge?"])("%s", (text) => {
    expect(read(text).intent.kind).not.toBe("workplan");
  });
  it.each(["政治宣言第70段由哪个附属机构审议？", "Which body takes up paragraph 70 of the political declaration?"])("the declaration's paragraphs are still the workplan's: %s", (text) => {
    expect(read(text).intent.kind).toBe("workplan");
  });
});

describe("an agenda item named of a body's meeting in a year is of the meeting's agenda", () => {
  it.each(["Which topic is item 2(a)(ii) at the prevention working group's 2024 meeting?", "In the programme of work for the 2024 prevention WG meeting, what's the topic of sub-item 2(a)(i)?", "2024年预防工作组会议议程项目2(a)(三)讨论什么专题？", "预防工作组2024年会议的项目2(a)(四)是什么？"])("%s", (text) => {
    expect(read(text).intent.kind).toBe("agendaOfMeeting");
  });
  it.each(["What topics does the prevention working group take up in 2025?", "预防工作组2025年讨论哪些专题？"])("a year's topics without an item are still the workplan's: %s", (text) => {
    expect(read(text).intent.kind).toBe("workplan");
  });
});
