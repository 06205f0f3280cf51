/**
 * Answers from Security Council draft resolutions in PDF, the kind of document whose title names
 * only its sponsors: the draft is placed by the date on its cover, and what its paragraphs say is
 * found in the asker's words. Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources as own } from "../core/answer-text.js";

const ask = useTestAssistant(withPdfDocuments);

describe("a past form that is also a word of its own asks for its verb too ('found' -> 'find'), and a draft is placed by its cover's month", () => {
  it.each([
    "Residual Mechanism draft of June 2022: the Prosecutor found whose deaths?",
    "in the jun 2022 IRMCT draft, which fugitives did the prosecutor find had died?",
    "June 2022 Mechanism draft — the prosecutor found whose deaths, and when?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/Mpiranya/);
  });
});

describe("of several dates a paragraph states, the answer gives those of the clause asked about, not those of the draft's year", () => {
  it.each([
    "the feb 2020 draft: until when is the panel's mandate extended?",
    "In the US draft of February 2020, until what date is the Panel of Experts extended?",
    "2020年2月美国的草案把专家小组的任期延长到什么时候？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/12 March 2021|2021年3月12日/);
    expect(own(reply.text)).not.toMatch(/Dates?: 12 August 2020|日期：2020年8月12日/);
  });
});

describe("a preamble set with no blank lines between its paragraphs is cited paragraph by paragraph", () => {
  it.each([
    "the gaza humanitarian ceasefire draft - which article of the charter did the SG's letter invoke?",
    "In the December 2023 Gaza draft, under which Charter article was the Secretary-General's letter written?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/\(preamble 2\)/);
    expect(own(reply.text)).toMatch(/Article 99/);
  });
});

describe("a draft described by words its other paragraphs hold is searched for the rest of the question", () => {
  it.each([
    ["加沙停火草案援引的秘书长来信是根据《宪章》第几条？", /Article 99/, /S\/2023\/970/],
    ["the yemen sanctions draft: by when is the panel's final report due?", /28 January 2023/, /S\/2022\/158/],
    ["也门制裁草案要求专家小组什么时候提交最后报告？", /2023年1月28日|28 January 2023/, /S\/2022\/158/],
  ])("%s", async (question, fact, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(fact);
    expect(own(reply.text)).toMatch(symbol);
  });

  it("still refuses what the described draft does not say", async () => {
    const reply = await ask("the gaza humanitarian ceasefire draft: which members vetoed it?");
    expect(reply.answered, reply.text).toBe(false);
  });
});

describe("the verbs resolutions state with are read in Chinese questions ('呼吁' asks what it calls upon)", () => {
  it.each([
    "那份关于以色列定居点的2016年草案呼吁各国怎么做？",
    "定居点决议草案（2016年）吁请所有国家做什么？",
    "2016年以色列定居点草案呼吁所有国家区分什么？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/distinguish/);
  });
});

describe("a resolution cited with its year ('resolution 1526 (2004)') dates nothing the paragraph tells of", () => {
  it("gives no cited resolution's year as when something is due", async () => {
    const reply = await ask("也门制裁草案要求专家小组什么时候提交最后报告？");
    expect(own(reply.text)).not.toMatch(/年份：.*2004年/);
  });
});

describe("the symbol of a draft described by what its text says is its own, not one it cites", () => {
  it.each([
    ["I need the symbol of the 2018 Somalia draft that extends UNSOM's mandate", /S\/2018\/257/],
    ["what's the document number of the US draft of February 2020 renewing the Sudan panel of experts?", /S\/2020\/110/],
    ["2020年2月美国关于苏丹专家小组的草案文号是什么？", /S\/2020\/110/],
    ["symbol of the draft that demands the Houthis release the Galaxy Leader?", /S\/2024\/37/],
  ])("%s", async (question, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text).split("\n")[0]).toMatch(symbol);
  });

  it("a report a draft cites is still found by the symbol the draft prints for it", async () => {
    const reply = await ask("what's the symbol of the final report of the Sudan Panel of Experts?");
    expect(own(reply.text).split("\n")[0]).toMatch(/S\/2020\/36/);
  });
});

describe("a draft whose title names only its sponsors is described by its opening paragraphs", () => {
  it.each([
    ["What is S/2017/444 about?", /South Sudan/],
    ["S/2019/179 — what's that draft on?", /Silencing the Guns/],
    ["S/2018/693是关于什么的草案？", /UNAMID/],
  ])("%s", async (question, subject) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(subject);
  });

  it("a document whose title says what it is about is described by its title alone", async () => {
    const reply = await ask("What is CAC/COSP/WG.4/2024/1?");
    expect(own(reply.text)).not.toMatch(/It opens:/);
  });
});

describe("who put a draft forward is what its title names", () => {
  it.each([
    ["who sponsored the 2016 draft on Israeli settlements?", /Malaysia, New Zealand, Senegal/],
    ["Which countries tabled the Red Sea draft of January 2024?", /Japan and United States of America/],
    ["2016年关于以色列定居点的决议草案由哪些国家提出？", /马来西亚/],
    ["S/2023/970是哪些国家提交的？", /阿富汗/],
  ])("%s", async (question, sponsors) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text).split("\n")[0]).toMatch(sponsors);
  });
});

describe("in Chinese, the sponsors by their Chinese names and as the draft writes them", () => {
  it.each([
    ["2020年苏丹专家小组那份草案是谁提出的？", /美利坚合众国（「?United States of America」?）/],
    ["S/2016/1100的提案国有哪些？", /马来西亚[\s\S]*（「?Malaysia, New Zealand, Senegal/],
    ["红海那份2024年1月的草案是哪两个国家提交的？", /日本[\s\S]*（「?Japan and United States of America」?）/],
  ])("%s", async (question, sponsors) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text).split("\n")[0]).toMatch(sponsors);
  });
});

describe("what no document says of a draft named by its symbol is refused, saying what the draft is", () => {
  it.each(["was S/2016/1100 vetoed?", "S/2024/37被否决了吗？", "Who vetoed the draft S/2023/970, if anyone?"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(/S\/20\d\d\/\d+/);
    expect(reply.text).toMatch(/draft resolution/);
  });

  it("still says what a draft is when that is all that is asked", async () => {
    const reply = await ask("What is S/2017/444?");
    expect(reply.answered, reply.text).toBe(true);
  });
});

describe("a paragraph of an annex is cited as the annex's", () => {
  it.each([
    "under the delisting procedure, how long does the information gathering period last?",
    "delisting draft of July 2024: within how many months should information gathering be completed?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/Annex I, \d/);
    expect(own(reply.text)).toMatch(/four months/);
  });
});

describe("what a paragraph refers to in its own document's annex is shown after it", () => {
  it.each([
    "which entity is listed in the annex of the yemen sanctions draft?",
    "the February 2022 Yemen draft: the entity in its annex is subject to which measures, and who is it?",
    "也门制裁草案中，附件所列的实体要受到哪些措施的制约？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/HOUTHIS/);
  });
});
