/**
 * Compound questions are split into their parts, the subject they share carried into each, and
 * every part answered: the facts of each part stand in the answer text. Paraphrases not used to
 * write the rules; facts read off the documents by hand.
 */
import { describe, expect, it } from "vitest";
import { questionParts } from "../../src/answer/compound.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

describe("splitting a question into its parts", () => {
  it.each([
    ["80/54: when did the Treaty enter into force? And how many States had become Parties?", ["80/54 when did the Treaty enter into force", "And how many States had become Parties (80/54)?"]],
    ["IRG 4th session - where was it held; who chaired it?", ["IRG 4th session where was it held", "who chaired it (IRG 4th session)?"]],
    ["When does the 15th meeting open, and what is item 3 of its agenda?", ["When does the 15th meeting open", "what is item 3 of its agenda (the 15th meeting)?"]],
  ])("%s", (text, parts) => expect(questionParts(text, "en")).toEqual(parts));

  it.each([
    ["第80/54号决议：该条约何时生效？有多少个缔约国？", ["第80/54号决议 该条约何时生效", "第80/54号决议有多少个缔约国？"]],
    ["工作组第十五次会议在哪里开？以及议程项目3是什么？", ["工作组第十五次会议在哪里开", "工作组第十五次会议议程项目3是什么？"]],
    ["缔约国会议第六届会议什么时候开的？通过了哪些决议？", ["缔约国会议第六届会议什么时候开的", "缔约国会议第六届会议通过了哪些决议？"]],
    // A yes-no question is what the next part asks about.
    ["审议组第五届会议有专题讨论吗？在哪天？", ["审议组第五届会议有专题讨论吗", "审议组第五届会议有专题讨论在哪天？"]],
    // Any 哪 starts the asking ("哪项", "哪份", "哪位"); the subject carried ends with the
    // resolution or meeting the words before it name, without the first part's verb.
    ["第5/4号决议重申了哪项决议？请缔约国做什么？", ["第5/4号决议重申了哪项决议", "第5/4号决议请缔约国做什么？"]],
    ["第二届会议的议程说明是哪份文件？与会者名单呢？", ["第二届会议的议程说明是哪份文件", "第二届会议与会者名单呢？"]],
    ["第80/12号决议由哪位官员提交报告？截止日期是什么时候？", ["第80/12号决议由哪位官员提交报告", "第80/12号决议截止日期是什么时候？"]],
    // The topic before a comma is carried, not the first part's own verb after it.
    ["那份防止腐败的报告，写的时候收到了几份答复？后来又补了几份？", ["那份防止腐败的报告，写的时候收到了几份答复", "那份防止腐败的报告后来又补了几份？"]],
    ["上次审议组会议，秘书处提交了几份文件？哪天提交的？", ["上次审议组会议，秘书处提交了几份文件", "上次审议组会议哪天提交的？"]],
  ])("%s", (text, parts) => expect(questionParts(text, "zh")).toEqual(parts));

  it("reads a reference after the question as what it is about, not as a part", () => {
    expect(questionParts("is the idea of a convention objected to? (80/18)", "en")).toEqual(["is the idea of a convention objected to? (80/18)"]);
    expect(questionParts("where was the first session held? (per the COSP6 annotations)", "en")).toHaveLength(1);
    expect(questionParts("when did it open? where was it held? (resolution 10/3)", "en")).toEqual(["when did it open (resolution 10/3)", "where was it held (resolution 10/3) (it)?"]);
  });

  it("reads a short request after a part as how to answer that part, not as a part of its own", () => {
    expect(questionParts("审议组第五届会议通过了哪些决议？请列出来", "zh")).toHaveLength(1);
    expect(questionParts("第十五次会议的会议室文件有哪些？给个清单", "zh")).toHaveLength(1);
    expect(questionParts("what documents were issued for item 2? list them please", "en")).toHaveLength(1);
    expect(questionParts("when does the IRG meet next? thanks", "en")).toHaveLength(1);
    // A short part that asks something is still a part.
    expect(questionParts("第十五次会议在哪开？几点？", "zh")).toHaveLength(2);
    expect(questionParts("when does it open? where?", "en")).toHaveLength(2);
  });

  it("reads a statement pointing to where the documents tell of the subject as part of the question beside it", () => {
    for (const text of ["when did the IRG hold its 14th session? the UNODC activities report mentions it", "the resolution on the arms trade treaty talks about it; where was the eleventh CSP held?"]) {
      expect(questionParts(text, "en")).toEqual([text]);
    }
    // Or says what they say ("the olympic truce resolution says 2026", "说明里写着").
    expect(questionParts("when are the Youth Olympic Games in Dakar? the olympic truce resolution says 2026", "en")).toHaveLength(1);
    for (const text of ["第十六次会议什么时候开？第十五次会议的附加说明里提到了", "80/34号决议里提到了调查和鉴定小组。它的第四份报告是哪天发的？", "第十六次会议在哪里开？议程说明里写着要在维也纳", "专家组有几位专家？决议里只说一半是女性"]) {
      expect(questionParts(text, "zh")).toEqual([text]);
    }
    // A part that describes without pointing to a document, or asks with 啥, is still a part.
    expect(questionParts("what's S/2019/179 about? the one with the many sponsors from feb 2019", "en")).toHaveLength(2);
    expect(questionParts("S/2017/444 是啥文件？关于哪个国家的", "zh")).toHaveLength(2);
  });

  it("divides at 'and what is …' without a comma, but not after an asking word", () => {
    expect(questionParts("where did the working group meet and what is the symbol of its report?", "en")).toEqual(["where did the working group meet", "what is the symbol of its report (the working group)?"]);
    expect(questionParts("when was it adopted and who was it submitted by?", "en")).toHaveLength(2);
    expect(questionParts("where and when did it meet?", "en")).toHaveLength(1);
    expect(questionParts("which States voted for and which abstained?", "en")).toHaveLength(1);
  });

  it("carries a long topic before a colon into every part", () => {
    const parts = questionParts("4th special session devoted to disarmament (SSOD) working group: in which years did it meet, and what is its report's symbol?", "en");
    expect(parts[1]).toBe("what is its report's symbol (4th special session devoted to disarmament (SSOD) working group)?");
  });

  it("carries what the first part's words after its verb name (a resolution, a symbol) into a later part", () => {
    expect(questionParts("which session adopted decision 5/3, and when?", "en")).toEqual(["which session adopted decision 5/3", "when (session decision 5/3)?"]);
    expect(questionParts("what plenary meeting adopted A/RES/80/99 and when was that?", "en")[1]).toMatch(/A\/RES\/80\/99/);
  });

  it("keeps a question with one part whole, even with 'and' inside it", () => {
    expect(questionParts("when and where was the 6th session held?", "en")).toEqual(["when and where was the 6th session held?"]);
    expect(questionParts("第80/4号决议是哪天、在第几次全体会议上通过的？", "zh")).toHaveLength(1);
  });
});

const ask = useTestAssistant(withRealDocuments);
const flat = (s: string) => s.replace(/\s+/g, "");

describe("a part that only says more of what the question meant is no question of its own", () => {
  it.each([
    ["How many States joined all four mechanisms? I mean the one in the 2021 synergies report.", "en"],
    ["Which annex lists the reviewers? i.e. the IRG's fourth session report", "en"],
    ["when did the Conference hold its tenth session? the session that adopted the Atlanta declaration", "en"],
    ["第十五次会议在哪个会议厅开？就是2024年9月那次预防工作组会议", "zh"],
    ["这份报告有几个附件？也就是审议组第四届会议的报告", "zh"],
  ] as const)("%s", (text, lang) => expect(questionParts(text, lang)).toHaveLength(1));
  it.each([
    ["How many States joined? And which mechanisms?", "en"],
    ["第十五次会议在哪开？就是说哪个城市，几号开？", "zh"],
  ] as const)("still splits one that asks: %s", (text, lang) => expect(questionParts(text, lang).length).toBeGreaterThan(1));
});

describe("each part of a compound question is answered in the text", () => {
  it.each([
    ["80/54: when did the Treaty enter into force? And how many States had become Parties by October 2025?", ["22 January 2021", "74"]],
    ["The 15th meeting of the prevention working group - where is it held, and when does it open?", ["Vienna", "3 September 2024"]],
    ["第80/54号决议：该条约何时生效？截至2025年10月有多少个国家成为缔约国？", ["22 January 2021", "74"]],
  ])("%s", async (question, facts) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    for (const f of facts) expect(flat(reply.text), reply.text).toContain(flat(f));
  });
});

describe("a later part asks of the resolution an earlier part names", () => {
  it("and is refused with it when the documents do not hold it", async () => {
    const reply = await ask("Which plenary meeting adopted resolution 80/98, and on what date?");
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(/80\/98/);
  });
});

describe("a part that refers back ('it', '该决议') asks of the resolution an earlier part was answered with", () => {
  it.each([
    ["which COSP resolution established the working group on prevention? and when was it adopted?", /3\/2[\s\S]*third session|3\/2[\s\S]*3rd session/],
    ["设立预防腐败问题工作组的是哪项决议？该决议是在哪一届会议上通过的？", /3\/2[\s\S]*第(?:3|三)届/],
    ["第7/4号决议是关于什么的？缔约国会议在其中请秘书处做什么？", /请秘书处[\s\S]*对话/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});

describe("every part answered, of what the question names, before one answer of something else", () => {
  it.each([
    // The whole question finds another working group's report (CAC/COSP/WG.4/2011/4, "held in
    // Vienna from 22 to 24 August 2011"); its parts find the SSOD-IV group's meetings and report.
    ["the SSOD-IV open-ended working group - when did it meet, and what's its report's symbol?", ["2016", "A/AC.268/2017/2"]],
    ["the open-ended working group on SSOD-IV - where did it meet and what's the symbol of its report?", ["New York", "A/AC.268/2017/2"]],
  ])("%s", async (question, facts) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    const own = reply.text.split(/\nSources:/)[0];
    for (const f of facts) expect(own).toContain(f);
    expect(own).not.toContain("CAC/COSP/WG.4/2011/4");
  });
});

describe("parts answered alike are shown once", () => {
  it.each([
    ["when does the review group's 5th session open, and where?", /2–6 June 2014/g],
    ["审议组第五届会议什么时候开？在哪里开？", /2014年6月2日至6日/g],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/\nSources:|\n出处：/)[0].match(fact)?.length).toBe(1);
  });
});
