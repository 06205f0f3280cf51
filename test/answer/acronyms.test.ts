/**
 * Questions that use an acronym the documents spell out ("TPNW", "ATT", "CSP", "SALW") are
 * answered from the passages that spell it out; a meeting number glued to an acronym ("CSP11")
 * is the meeting's ordinal. Paraphrases not used to write the rule, over the real documents.
 */
import { describe, expect, it } from "vitest";
import { ownWords } from "./own-words.js";
import { repoRoot, useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { understand } from "../../src/answer/understand.js";
import { loadGlossary } from "../../src/knowledge/index.js";
import { join } from "node:path";

const ask = useTestAssistant(withRealDocuments);

describe("an acronym reaches the passages that spell its name out", () => {
  it.each([
    ["When did the TPNW's first meeting of States parties take place?", /21 to 23 June 2022/],
    ["Where did the third MSP of the TPNW take place?", /New York/],
    ["In the CBMs resolution, what are Member States called upon to refrain from?", /threat of use of force/],
    ["What does the SALW resolution decide about the ninth Biennial Meeting?", /1 to 5 June 2026/],
    ["When did the ATT's eleventh CSP meet?", /25 to 29 August 2025/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});

describe("a Chinese question on a passage in English states the asked date or place in Chinese, outside the quotation", () => {
  it.each([
    ["ATT第十一次缔约国会议是什么时候开的？", "2025年8月25日至29日"],
    ["武器贸易条约第十二次缔约国会议什么时候举行？", "2026年8月24日至28日"],
    ["禁核条约第一次缔约国会议在哪里开的？", "维也纳"],
    ["禁止核武器条约第三次缔约国会议在哪个城市举行？", "纽约"],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toContain(fact);
  });
});

describe("a count is asked by 'how many', not by a symbol's or an ordinal's number", () => {
  const g = loadGlossary(join(repoRoot, "data/terms"));
  const asksCount = (t: string) => understand(t, g, { now: new Date("2024-09-01"), timeZone: "Europe/Vienna" }).asks.has("howMany");
  it.each(["缔约国会议第十届会议临时议程的文号是多少？", "第80/20号决议是在第几次全体会议上通过的？", "What is the number of the resolution on the Arms Trade Treaty?", "那份说明的编号为多少"])("not a count: %s", (t) => {
    expect(asksCount(t)).toBe(false);
  });
  it.each(["How many States had ratified the treaty?", "有多少个国家签署了该条约？", "What is the number of States parties?", "工作组开了几次会？"])("a count: %s", (t) => {
    expect(asksCount(t)).toBe(true);
  });

  it("a document named by its title does not answer how many of something it counts", async () => {
    const reply = await ask("How many States had signed the Treaty on the Prohibition of Nuclear Weapons by October 2025, according to 80/54?");
    expect(reply.text).toMatch(/\b95\b/);
  });
});

describe("a meeting number glued to another body's abbreviation is that body's meeting", () => {
  const g = loadGlossary(join(repoRoot, "data/terms"));
  const read = (t: string) => understand(t, g, { now: new Date("2024-09-01"), timeZone: "Europe/Vienna" });
  it.each([
    ["Where was CTOC COP5 held?", "ctoc-cop", 5],
    ["UNTOC COP 9 dates", "ctoc-cop", 9],
    ["When is COSP11?", "cosp", 11],
    ["COP 10 venue", "cosp", 10],
  ])("%s", (t, body, ordinal) => {
    const q = read(t);
    expect(q.bodies).toEqual([body]);
    expect(q.ordinal).toBe(ordinal);
  });
});

describe("a count or a party asked over a passage in the other language stands in the answer's own words", () => {
  it.each([
    ["How many countries were represented at the twelfth session of the Ad Hoc Committee on the organized crime convention?", /Figures?: [^\n]*\b118\b/],
    ["80/52号决议说集束弹药公约有多少个缔约国？", /数字：[^\n]*112/],
    ["第80/52号决议中《集束弹药公约》有几个缔约国？", /数字：[^\n]*112/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(fact);
  });
});

describe("a Chinese short form of a glossary name is read as the name", () => {
  it.each([
    ["禁核武条约的决议是在哪个议程项目下通过的？", /议程项目99\(hh\)/],
    ["关于禁核武条约的那项联大决议编号是多少？", /第80\/54号决议/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("出处")[0]).toMatch(fact);
  });
});
