/**
 * A passage that speaks of something near the question is not an answer to it: the bot refuses,
 * and says what the documents do hold, when the evidence is about another meeting (another
 * ordinal), lacks the kind of fact asked (an amount for "how much did it cost", a State for
 * "which countries"), names nothing the question names, or when a resolution's text does not
 * hold the fact asked of it. Paraphrases not used to write the rules, over the real documents.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

/** One test per question: the reply is a refusal. */
const refuses = (questions: string[]) =>
  it.each(questions)("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });

describe("a passage about another meeting is not an answer about the one asked", () => {
  refuses([
    "Which States were drawn by lot at the second session of the Implementation Review Group?",
    "At its third session, which countries did the review group pick by lot?",
    "What is the document symbol of the report on the fifteenth meeting of the prevention working group?",
    "实施情况审议组第二届会议抽签选出了哪些国家？",
    "审议组第三届会议上通过抽签确定了哪些缔约国？",
    "预防工作组第十五次会议报告的文号是什么？",
  ]);
});
describe("what a body did at a numbered meeting no passage or cover names is refused, whatever is asked", () => {
  refuses([
    "What did the Working Group on Prevention decide at its twentieth meeting?",
    "预防腐败问题工作组第二十五次会议讨论了什么？",
    "What did the Implementation Review Group discuss at its thirtieth session?",
  ]);
});
describe("a count asked of a year that neither the passage nor its cover names is refused", () => {
  refuses([
    "How many speakers took part in the intersessional meeting held in 2019?",
    "2018年闭会期间会议有多少人报名？",
    "In 2021, how many civil society representatives registered for the intersessional meeting?",
  ]);
  it.each([
    ["How many people registered for the 2022 intersessional meeting?", /730/],
    ["截至2023年9月21日有多少个缔约国分享了信息？", /35/],
  ])("%s is still counted", async (question, figure) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(figure);
  });
});
describe("how much something cost needs an amount of money", () => {
  refuses([
    "How much did the fifteenth meeting of the Working Group on Prevention cost?",
    "What was the cost of the September 2022 intersessional meeting?",
    "How much money was spent on the special session against corruption?",
    "预防腐败问题工作组第十五次会议花了多少钱？",
    "2022年9月的闭会期间会议费用是多少？",
    "反腐败问题大会特别会议的经费是多少？",
  ]);
});
describe("a name the documents never mention is not answered from another passage", () => {
  refuses([
    "When is the FIFA World Cup 2030 final?",
    "Where will the Rugby World Cup be played in 2027?",
    "Where will the Commonwealth Games be held in 2026?",
  ]);

  it("says which name it did not find", async () => {
    const reply = await ask("When does the Eurovision Song Contest take place in 2028?");
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(/Eurovision/);
  });
});
describe("a fact a resolution's text does not hold is refused, with what the text does give", () => {
  it.each([
    ["Who sponsored resolution 80/46?", /Arms Trade Treaty/],
    ["Which delegation introduced the draft of resolution 80/20?", /outer space/i],
    ["Which States submitted the draft that became resolution 80/14?", /Pelindaba|African Nuclear/i],
    ["第80/46号决议的草案是谁提出的？", /Arms Trade Treaty/],
    ["80/20号决议由哪些国家提交？", /outer space/i],
    ["哪个代表团提出了80/14号决议草案？", /Pelindaba|African Nuclear/i],
  ])("%s", async (question, subject) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(subject);
  });
});

describe("the same kinds of question are answered where the documents hold the fact", () => {
  it.each([
    ["Which country hosted the tenth session of the Conference of the States Parties?", /United States|Atlanta/],
    ["缔约国会议第十届会议在哪个国家举行？", /美国|亚特兰大|United States|Atlanta/],
    ["When was resolution 80/46 adopted?", /1 December 2025|December 2025/],
    ["How many people registered for the intersessional meeting in September 2022?", /730/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});

describe("an attribute asked of what the question names must stand in the passage", () => {
  // A/RES/80/2 speaks of Bolivia, Sao Tome and Principe and the scale of assessments, never of a rate.
  refuses([
    "what's Sao Tome and Principe's assessment rate?",
    "What was Bolivia's rate of assessment?",
    "what's the threshold of Article 19 arrears for Sao Tome?",
    "多民族玻利维亚国的会费分摊比率是多少？",
    "圣多美和普林西比的分摊率是多少？",
  ]);
  it.each([
    ["What's the deadline for Member States to report their military expenditures?", /30 April|66\/20/],
    ["军费报告的截止日期是什么？", /4月30日|30 April/],
    ["80/2决议允许哪些国家投票？", /玻利维亚|Bolivia/],
  ])("%s is still answered", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});

describe("a refusal says nothing is held only of what no passage holds, and names the nearest passage", () => {
  it.each([
    ["what was the vote on the resolution on the embargo against Cuba?", /Cuba|embargo/, "A/RES/80/"],
    ["what's Sao Tome and Principe's assessment rate?", /assessment/, "A/RES/80/2"],
    ["古巴禁运决议的表决结果是什么？", /古巴|禁运/, "最接近的段落"],
  ])("%s", async (question, held, nearest) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
    const absent = reply.text.match(/nothing on: ([^)]*)|未找到：([^）]*)/);
    if (absent) expect(absent[1] ?? absent[2]).not.toMatch(held);
    expect(reply.text).toContain(nearest);
  });
  it("writes the words of the question as the question writes them", async () => {
    const reply = await ask("what's Sao Tome and Principe's assessment rate?");
    expect(reply.text).toMatch(/speaks of [^.]*Principe/);
  });
  it("still says what no document holds", async () => {
    const reply = await ask("What is the quorum of the Conference of the States Parties?");
    expect(reply.answered).toBe(false);
    expect(reply.text).toContain("nothing on: quorum");
  });
});

describe("a line of a table of contents states nothing", () => {
  refuses([
    "How many States parties attended the seventh session of the Implementation Review Group?",
    "审议组第七届会议有几个缔约国参加？",
  ]);
});

describe("a count of everyone is no count of one way of taking part", () => {
  // The September 2022 intersessional meeting was hybrid; its report counts the 730 or more who
  // registered, not those who took part online or in person.
  refuses([
    "the September 2022 intersessional meeting was hybrid - how many attended virtually?",
    "2022年9月那次闭会期间会议，远程参加的有多少人？",
    "2022年9月的闭会期间会议，现场参会的有几个人？",
  ]);

  it("while the count of all who registered answers how many registered", async () => {
    const reply = await ask("how many people registered for the September 2022 intersessional meeting on the political declaration?");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\nSources:")[0]).toContain("730");
  });

  it("and a refusal in English names the nearest passage's document by its English title", async () => {
    const reply = await ask("how many people took part online in the Sept 2022 intersessional meeting on the political declaration?");
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toContain("The nearest passage, “Activities of UNODC in support of the implementation of the political declaration");
  });
});

describe("a meeting no body's record holds, asked without a body", () => {
  // A/RES/80/52 tells of the thirteenth Meeting of States Parties to the Convention on Cluster
  // Munitions; the documents record the meetings of the bodies they follow, and none is a 13th.
  it.each([
    ["which city hosted the 13th meeting of states parties to the convention on cluster munitions?", "The documents record no 13th meeting of the bodies whose meetings they follow."],
    ["where was the 25th meeting held?", "The documents record no 25th meeting of the bodies whose meetings they follow."],
    ["第二十五次会议在哪里开的？", "文件所记录的各机构会议中没有第25次会议。"],
  ])("is refused without saying the documents never mention it: %s", async (question, says) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toContain(says);
    expect(reply.text).not.toMatch(/do not mention a \d+/);
  });
});

// The fifteenth meeting of the prevention group opens on 3 September 2024 at 3 p.m.; no document
// tells of a side event, workshop or briefing during it, nor during the Conference's tenth session.
describe("a lesser event asked of a meeting is not answered by the meeting's own times", () => {
  it.each([
    "is there a side event at the 15th prevention meeting, and when?",
    "what time does the workshop during COSP10 start?",
    "预防工作组第十五次会议期间的研讨会几点开始？",
    "第十届缔约国会议有没有培训活动？什么时候？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });
  it("the meeting's own opening is still its own", async () => {
    const reply = await ask("when does the 15th meeting of the prevention group open?");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/3 p\.m\./);
  });
});

// CTOC/COP/2008/INF/1, paragraph 5: "……大力鼓励各国政府派遣政治级别尽可能高的代表与会。"
describe("a convention's conference named without its 会议 before the ordinal is that conference", () => {
  it.each(["有组织犯罪公约缔约方第四届会议，各国政府代表的级别应该多高？", "有组织犯罪公约缔约方第四届会议鼓励政府派哪一级别的代表与会？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/\n出处：|\nSources:/)[0]).toMatch(/政治级别/);
  });
});
