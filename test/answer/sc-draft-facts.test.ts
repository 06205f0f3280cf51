/**
 * Facts of the kinds a question names, read in the paragraphs of a Security Council draft:
 * a person named with a title answers "who"; "how long", "how often", "多久" ask a span of time,
 * which stands in the answer in the asker's language; a symbol named with such a question scopes
 * the passages, it does not ask what the document is; a year that describes a draft ("the 2016
 * settlements draft") dates the draft, not the fact. Paraphrases not used to write the rules;
 * the facts read off the drafts by hand: S/2022/501 ¶ 1 (Serge Brammertz, until 30 June 2024),
 * S/2016/1100 ¶ 12 (every three months), S/2024/557 annex I ¶ 2 (four months) and ¶ 13
 * (fifteen days).
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { ownWords as own } from "../core/answer-text.js";

const ask = useTestAssistant(withPdfDocuments);

describe("a person named with a title answers who", () => {
  it.each([
    "Who does the June 2022 Residual Mechanism draft name as Prosecutor?",
    "the IRMCT draft from june 2022 - who gets the prosecutor job?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/Brammertz/);
  });
});

describe("a span of time or a frequency asked", () => {
  it.each([
    ["How frequently is the Secretary-General to report under the 2016 draft on Israeli settlements?", /three months/],
    ["2016年关于以色列定居点的那份草案，秘书长多久报告一次？", /每3个月/],
    ["S/2024/557: how long do States have to give the Focal Point more information about a delisting request?", /four months/],
    ["S/2024/557规定，国家要在多长时间内向协调人提供补充资料？", /4个月/],
  ])("%s", async (q, span) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(span);
    expect(reply.text).not.toMatch(/is the document|是文件/);
  });

  it("states a count written as a word in the asker's language", async () => {
    const reply = await ask("S/2024/557：委员会驳回除名请求后，协调人在几天内要写信通知申请人？");
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/15/);
  });
});

describe("a draft described by its subject and year, and what it names", () => {
  it.each([
    ["南苏丹2017年的草案把专家小组任期延长到哪天？", /2018年6月30日/],
    ["the 2017 S Sudan draft: till when is the panel of experts extended?", /30 June 2018/],
  ])("%s", async (q, date) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(date);
  });

  it.each(["红海草案里被胡塞武装扣押的商船名称是什么？", "In the Red Sea draft, what is the name of the ship the Houthis seized?"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/Galaxy Leader/);
  });

  it("reads a British spelling and a troop ceiling across languages", async () => {
    const reply = await ask("2018年达尔富尔那份草案，混合行动部队的授权上限减到多少人？");
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(/4,?050/);
  });
});

describe("of drafts that hold a description alike, the one dated as asked", () => {
  it.each([
    ["2020年苏丹专家小组那份决议草案，是哪个国家提交的？", /美利坚合众国|美国/],
    ["关于苏丹专家小组的2020年草案由哪个国家提交？", /美利坚合众国|美国/],
    ["which country submitted the 2020 Sudan panel of experts draft?", /United States of America/],
    ["the 2020 draft on the sudan experts panel - which state submitted it?", /United States of America/],
  ])("%s", async (q, sponsor) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text).split("\n")[0]).toMatch(sponsor);
  });
});

describe("the clause asked, not the one that repeats the document's description", () => {
  it.each(["2020年苏丹专家小组那份草案把小组的任期延到哪天？", "苏丹专家小组2020年的草案，专家小组任务期限延至何时？"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text).split("\n").slice(0, 2).join(" ")).toMatch(/2021年3月12日/);
  });
});

describe("what a draft named by its symbol does", () => {
  // (Asked as "what does it set up", a phrase the draft does not write, its paragraphs are not found yet.)
  it.each(["which working group does S/2024/557 establish?", "S/2024/557设立了什么工作组？"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    // The paragraph that establishes it (in a Chinese answer, the English paragraph quoted).
    expect(reply.text.split("\n")[0]).toMatch(/paragraph 5|第5段/);
  });
});
