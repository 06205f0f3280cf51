/**
 * A compound question that lists the facts it wants after its topic, without asking words
 * ("IRG 7th session: dates, city, and the symbol of its report pls", "第六届会议：地点、日期和临时
 * 议程文号"): a part for each fact, each answered, an answer an earlier one holds shown once. "City"
 * alone asks where; "Mexico City" names a place. Paraphrases not used to write the rule.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { questionParts } from "../../src/answer/compound.js";
import { understand } from "../../src/answer/understand.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { repoRoot, useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

describe("the parts of a list of facts", () => {
  it.each([
    ["en", "COSP6: venue, dates and agenda symbol?", 3],
    ["en", "IRG 7th session — city and dates?", 2],
    ["zh", "缔约国会议第六届会议：地点、日期和临时议程文号", 3],
  ] as const)("%s %s", (lang, q, n) => {
    expect(questionParts(q, lang)).toHaveLength(n);
  });

  it.each([
    ["en", "COSP6: what was discussed under item 4 and item 5?"],
    ["en", "80/38: the review conference in 2030, where and when?"],
  ] as const)("a topic and a question with asking words is not a list: %s %s", (lang, q) => {
    expect(questionParts(q, lang).length).toBeLessThan(3);
  });
});

describe("city asked by the noun alone", () => {
  const g = loadGlossary(join(repoRoot, "data", "terms"));
  const asks = (q: string) => understand(q, g, { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" }).asks;
  it("asks where", () => {
    expect(asks("IRG 7th session city").has("where")).toBe(true);
    expect(asks("the location of the sixth session?").has("where")).toBe(true);
  });
  it("not when it is part of a name", () => {
    expect(asks("what was decided at the Mexico City conference?").has("where")).toBe(false);
  });
});

describe("answers each fact listed", () => {
  const ask = useTestAssistant(withRealDocuments);
  const body = (t: string) => t.split(/\n(?:Sources|出处)/)[0];
  it.each([
    ["COSP6: venue, dates and agenda symbol?", [/2–6 November 2015/, /Saint Petersburg/, /CAC\/COSP\/2015\/1/]],
    ["缔约国会议第六届会议：地点、日期和临时议程文号", [/2015年11月2日至6日/, /圣彼得堡/, /CAC\/COSP\/2015\/1/]],
    ["IRG 7th session: dates, city, and the symbol of its report pls", [/20–24 June 2016\[\d\]\[\d\], Vienna/, /CAC\/COSP\/IRG\/2016\/9/]],
  ])("%s", async (q, facts) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    for (const f of facts) expect(body(reply.text)).toMatch(f);
    // The meeting's line once.
    expect(body(reply.text).match(/session of the Conference of the States Parties:/g)?.length ?? 0).toBeLessThan(2);
  });
});

// Facts listed before what they are of ("date and place of the second review meeting") are each of
// it, and a source named after them ("per the resolution on …") is each one's source, not a fact.
describe("facts listed before what they are of", () => {
  it("carries the object and the source to every fact", () => {
    const parts = questionParts("Spent fuel Joint Convention: place and date of its third review meeting, according to the radioactive waste resolution", "en");
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/\bplace of its third review meeting, according to the radioactive waste resolution/);
    expect(parts[1]).toMatch(/^date of its third review meeting, according to the radioactive waste resolution/);
    for (const p of parts) expect(p).toContain("Spent fuel Joint Convention");
  });
  const ask = useTestAssistant(withRealDocuments);
  it("does not answer the date of another review meeting for the one asked", async () => {
    const reply = await ask("Joint Convention on spent fuel and radioactive waste: dates and city of the second review meeting, per the resolution on dumping radioactive wastes?");
    expect(reply.answered, reply.text).toBe(false);
  });
});
