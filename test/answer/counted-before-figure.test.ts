/**
 * Chinese names what a figure counts before it as often as after it ("秘书处向……提交了对 25 份
 * 分析报告": 25 submissions), and an ordinal asked ("the 14th session") is found as an ordinal, not
 * as the day of a date on a document's cover ("2021年6月14日"). Paraphrases not used to write the
 * rules, in both languages, about the Chinese version of the UNODC activities report.
 */
import { describe, expect, it } from "vitest";
import { ownWords } from "./own-words.js";
import { countingQuantities, givenFigures } from "../../src/answer/answer-search.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a count whose counted word stands before the figure", () => {
  it.each([
    "How many submissions were analysed for the fourteenth session of the IRG?",
    "number of submissions the secretariat analysed for the 14th Implementation Review Group session?",
    "IRG, 14th session: how many submissions did the secretariat analyse?",
    "实施情况审议组第十四届会议，秘书处提交的分析有几份？",
    "秘书处向审议组第十四届会议提交了多少份？",
    "审议组第十四届会议那次，秘书处一共提交了几份？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(/\b25\b|25\s*份/);
  });

  it("reads the words before a figure with its measure word only, within its clause", () => {
    const counted = [{ label: "提交", variants: ["提交"], en: [] }] as unknown as Parameters<typeof countingQuantities>[1];
    expect(countingQuantities("秘书处向审议组提交了对 25 份分析报告", counted)).toEqual(["25 份"]);
    // A share counts nothing, and a clause break ends what the figure counts.
    expect(countingQuantities("各国提交了材料，近 50% 的缔约国参加了", counted)).toEqual([]);
    expect(countingQuantities("各国提交了材料。其中 12 个国家", counted)).toEqual([]);
  });
});

describe("a count with a modifier between it and what it counts (关于…的)", () => {
  it("reads past 关于/有关/涉及/针对 … 的 to the counted noun, and only past such a modifier", () => {
    const counted = [{ label: "专题小组讨论", variants: ["专题小组讨论"], en: [] }] as unknown as Parameters<typeof countingQuantities>[1];
    expect(countingQuantities("联席会议上，举行了两次关于加强商业诚信的专题小组讨论，来自缔约国的小组成员参加了讨论", counted)).toEqual(["两次"]);
    expect(countingQuantities("会议举行了三场有关资产追回中的挑战的专题小组讨论", counted)).toEqual(["三场"]);
    expect(countingQuantities("会议举行了两次全体会议和一个加强商业诚信与透明度的专题小组讨论", counted)).toEqual([]);
  });

  it.each(["2023年6月的联席会议举行了几次专题小组讨论？", "审议组和预防工作组2023年6月联席会议开了几场专题小组讨论？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/两次/);
  });
});

describe("a count inside the noun phrase it counts", () => {
  it("reads the words before the figure and after its measure word as one phrase (其他 + 三个 + 秘书处)", () => {
    const counted = [{ label: "other secretariats", variants: ["其他秘书处"], en: [] }] as unknown as Parameters<typeof countingQuantities>[1];
    expect(countingQuantities("秘书处还继续与其他三个秘书处就提高同行审议机制的绩效进行交流", counted)).toEqual(["三个"]);
    // Not across a clause break.
    expect(countingQuantities("秘书处还征求了其他意见。三个秘书处分享了经验", counted)).toEqual([]);
  });

  it.each([
    "How many other peer-review secretariats did the UNCAC secretariat keep exchanging with on mechanism performance?",
    "秘书处一直与其他几个秘书处就同行审议机制的绩效进行交流？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/\b3\b|三个/);
  });
});

describe("what a count question counts, apart from the counts it gives", () => {
  it.each([
    "Of the four peer-review secretariats, how many held virtual country visits?",
    "how many of the 4 secretariats have done virtual visits, per the 7/4 progress report?",
    "The report on resolution 7/4: out of four secretariats, how many went virtual for country visits?",
    "7/4号决议进展报告里，四个秘书处中有几个开展了虚拟访问？",
    "在四个秘书处里，已经进行虚拟访问的秘书处有多少个？",
    "按7/4号决议进展报告，四个秘书处当中有多少个开展过虚拟访问？",
  ])("%s is answered by the three that did, not the four the question names", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    const own = ownWords(reply.text);
    expect(own).toMatch(/Figure: 3\b|三个/);
    expect(own).not.toMatch(/Figures?: [^\n]*\b4\b/);
  });

  it("takes no figure the question gives for the count, and no figure listed among alternatives", () => {
    const counted = [{ label: "国家", variants: ["国家"], en: [] }] as unknown as Parameters<typeof countingQuantities>[1];
    expect(countingQuantities("23 个国家提交了材料", counted, givenFigures("除了那23个国家，还有多少国家？"))).toEqual([]);
    expect(countingQuantities("另有 11 个国家提交了信息", counted, givenFigures("除了那23个国家，还有多少国家？"))).toEqual(["11 个"]);
    expect(countingQuantities("参加一个、两个、三个或四个机制的国家数目", counted)).toEqual([]);
  });
});

describe("of the figures a sentence gives, those that count most of what is asked", () => {
  it("keeps the figure whose counted words hold the most of the question's", () => {
    const counted = [
      { label: "civil society", variants: ["民间社会"], en: ["civil societi"] },
      { label: "representatives", variants: ["代表"], en: ["repres"] },
    ] as unknown as Parameters<typeof countingQuantities>[1];
    const text = "730 多人报名参加活动，其中包括 560 多名政府代表、130 多名民间社会组织代表和 30 多名联合国系统和其他国际组织代表。";
    expect(countingQuantities(text, counted)).toEqual(["130 多"]);
    // The counted word alone ties them; the question's other words tell them apart.
    expect(countingQuantities(text, [counted[1]], undefined, [counted[0]])).toEqual(["130 多"]);
    expect(countingQuantities("35 个缔约国和 1 个民间社会组织分享了信息", [counted[0]])).toEqual(["1 个"]);
  });

  it.each([
    "How many civil society representatives registered for the 2022 intersessional meeting?",
    "For the intersessional meeting of September 2022, how many representatives of civil society organizations signed up?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(/Figures?: 130\+\./);
  });
});
