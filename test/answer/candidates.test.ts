/**
 * Candidate answers weighed on evidence: a meeting of another treaty's States parties, named
 * with words the Conference's own meetings share ("third Meeting of States Parties"), is answered
 * from the passage that tells of it, not with the Conference session of that number; a refusal
 * that knows the meeting asked about is not replaced by a passage about something else.
 * Paraphrases not used to write the rules; facts read off the documents by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);
const flat = (s: string) => s.replace(/\s+/g, "");

describe("a meeting of another treaty's parties is answered from the passage that tells of it", () => {
  it.each([
    ["Where and when was the third Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons held?", ["New York", "3 to 7 March 2025"], "A_RES_80_54.md"],
    ["When did the first Conference of States Parties to the Treaty of Pelindaba take place?", ["4 November 2010"], "A_RES_80_14.md"],
    ["禁止核武器条约第三次缔约国会议在哪里举行？", ["New York"], "A_RES_80_54.md"],
  ])("%s", async (question, facts, file) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    for (const f of facts) expect(flat(reply.text), reply.text).toContain(flat(f));
    expect(reply.citations.some((c) => c.file.endsWith(file))).toBe(true);
    expect(reply.text).not.toMatch(/Conference of the States Parties\*\*|缔约国会议第三届会议/);
  });
});

describe("a refusal that knows the meeting stands", () => {
  it.each(["Who presided over the working group's tenth meeting?", "工作组第十次会议由谁主持？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(/10th|tenth|第十次/);
  });
});

describe("a meeting of another treaty's parties named by the treaty's abbreviation", () => {
  it("answers when the eleventh Conference of States Parties to the ATT was held", async () => {
    const reply = await ask("When was the eleventh Conference of States Parties to the ATT held?");
    expect(reply.answered, reply.text).toBe(true);
    expect(flat(reply.text)).toContain(flat("25 to 29 August 2025"));
    expect(reply.citations.some((c) => c.file.endsWith("A_RES_80_46.md"))).toBe(true);
  });
});

describe("a list of meetings that share the number asked gives way to the passage on the meeting named", () => {
  it.each([
    "禁止核武器条约第一次审议大会在哪里举行？",
    "禁核条约第一次审议大会是哪天？",
    "Where is the TPNW's first Review Conference taking place?",
    "When does the first Review Conference of the Treaty on the Prohibition of Nuclear Weapons open?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/New York|纽约|30 November|11月30日/);
  });
});

describe("another treaty's Conference of States Parties is not the Conference of the Convention", () => {
  it.each([
    ["《非洲无核武器区条约》第五次缔约国会议是哪天开的？", /2022/],
    ["佩林达巴条约第二次缔约国会议是什么时候？", /2012/],
    ["When was the fourth Conference of States Parties to the Treaty of Pelindaba held?", /2018/],
    ["Where will the Arms Trade Treaty's twelfth Conference of States Parties take place?", /Geneva|日内瓦/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});

describe("a meeting of a treaty named with a word for an instrument after it ('the cluster munitions convention') is none of the followed bodies' meetings", () => {
  it.each(["where is the 13th meeting of states parties to the cluster munitions convention held?", "13th cluster munitions convention meeting of states parties - venue?"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.text).not.toMatch(/Working Group on Prevention|Implementation Review Group|Conference of the States Parties\b/);
  });
});
