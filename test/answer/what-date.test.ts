/**
 * "By what date", "on which day", 什么时候 ask when, though they hold "what": the passage that
 * answers must state a date (or a day of the year). Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("what date, which day and 什么时候 ask for a date", () => {
  it.each([
    ["Under 80/12, by what date each year should Member States give the Secretary-General their military expenditure report?", /30 April/],
    ["resolution 80/12: on which day of the year are reports on military expenditures due?", /30 April/],
    ["按照80/12号决议，会员国每年什么时候之前要向秘书长提交军事支出报告？", /4月30日|30 April/],
  ])("%s", async (question, date) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(date);
  });
});

describe("words of a yearly deadline (每年, 截止日期, annually) say what is asked, not what a passage must hold", () => {
  it.each(["军事开支的报告每年几号之前要交给秘书长？", "每年什么时候之前要向秘书长提交军事开支报告？", "军费报告每年截止日期是哪天？", "by what date are states to report their military expenditures annually?"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/4月30日|30 April/);
    expect(reply.citations.some((c) => c.file?.endsWith("A_RES_80_12.md"))).toBe(true);
  });
});

describe("a passage that names an instrument by its short form is about the full name its document gives", () => {
  // A/RES/80/26: "the Joint Convention on the Safety of Spent Fuel Management and on the Safety of
  // Radioactive Waste Management", then "the Joint Convention entered into force on 18 June 2001".
  it.each(["乏燃料和放射性废物管理联合公约什么时候生效？", "乏燃料和放射性废物安全联合公约哪一天开始生效？", "放射性废物管理安全联合公约是哪天生效的？", "乏燃料管理联合公约何时生效？"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain("2001年6月18日");
  });

  // The longer passages that write the full name outrank the short one in search: the best
  // passage leaves out "enter into force", so its document is read further.
  it.each([
    "那个乏燃料管理安全和放射性废物管理安全的联合公约生效日期？",
    "when did the Joint Convention on spent fuel and radioactive waste management come into force?",
    "On what date did the Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management come into force?",
    "spent fuel & radioactive waste joint convention — entry into force date?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/2001年6月18日|18 June 2001/);
  });

  // Known limit: 开始 before a verb ("开始生效", begins to take effect) is read as a concept of its
  // own ("start"), which the short paragraph does not hold.
  it.fails("乏燃料管理安全和放射性废物管理安全联合公约是什么时候开始生效的？", async () => {
    const reply = await ask("乏燃料管理安全和放射性废物管理安全联合公约是什么时候开始生效的？");
    expect(reply.text).toContain("2001年6月18日");
  });
});

describe("of the dates a passage lists, those of the year asked", () => {
  it.each([
    ["what were the dates of the Paris 2024 Olympic Games?", /26 July 2024 – 11 August 2024/, /2028/],
    ["what are the dates of the Brisbane 2032 Olympiad?", /23 July 2032 – 8 August 2032/, /2024|2028/],
    ["2028年洛杉矶奥运会是哪几天？", /2028年7月14日至30日/, /2024年/],
  ])("%s states them on the line after the source", async (question, asked, other) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    const [, facts] = reply.text.split("\n");
    expect(facts).toMatch(asked);
    expect(facts).not.toMatch(other);
  });
});

describe("a Chinese word glossed \"<adjective> level\" finds the adjective in English text (部长级: Ministerial)", () => {
  // A/RES/80/26, preamble: "the Ministerial Conference on Nuclear Safety, in Vienna from 20 to 24 June 2011".
  it.each(["国际原子能机构核安全部长级会议是什么时候召开的？", "原子能机构核安全部长级会议哪天开的？"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toContain("2011年6月20日至24日");
  });
});
