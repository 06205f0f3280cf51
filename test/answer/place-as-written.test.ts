/**
 * "Where exactly": a meeting's place as its documents write it, beyond the city (the building
 * and street address of the information note), in the asker's language; and a meeting named by
 * words of its body's name without the body's full name ("the organized crime COP") is that
 * body's. Paraphrases not used to write the rules; facts read off CTOC/COP/2008/INF/1 by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("where exactly a meeting is held", () => {
  it.each([
    "where exactly did the fourth session of the conference of the parties to the organized crime convention take place?",
    "what's the address for the UNTOC COP's 4th session?",
    "which building hosted the UNTOC conference of the parties, 4th session? give the address",
    "有组织犯罪公约缔约方会议第四届会议的具体地址是什么？",
    "有组织犯罪公约缔约方会议第四届会议在哪栋楼开？地址呢",
    "打击跨国有组织犯罪公约缔约方会议第四届会议的会址在哪里？",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain("Wagramerstrasse");
    expect(reply.text).toMatch(/维也纳国际中心/);
    expect(reply.citations.some((c) => c.file?.endsWith("p19_CTOC-COP-2008-INF-1_zh.txt"))).toBe(true);
  });
});

describe("a meeting named by words of its body's name", () => {
  // Known limit: "Conference of the Parties" is read as the Conference of the States Parties
  // before the words naming the other convention are weighed.
  it.fails("which building hosted the organized crime convention's 4th Conference of the Parties?", async () => {
    const reply = await ask("which building hosted the organized crime convention's 4th Conference of the Parties?");
    expect(reply.text).toContain("Wagramerstrasse");
  });

  it.each(["when was the 4th session of the organized crime COP?", "dates of the fourth organized crime conference of the parties?"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain("8–17 October 2008");
    expect(reply.text).not.toMatch(/More than one meeting/);
  });
});

describe("a list of meetings gives way to a passage that states what is asked of them", () => {
  // The list's own words are the meetings' names; the passages it cites only say where each is mentioned.
  it.each([
    ["预防犯罪和刑事司法委员会是哪天核准那个拟订谈判工作范围的专家组会议报告的？", "2001年9月6日"],
    ["专家组关于反腐败法律文书谈判工作范围的报告，预防犯罪和刑事司法委员会什么时候核准的？", "2001年9月6日"],
    ["when did the Commission on Crime Prevention and Criminal Justice approve the report of the expert group on the terms of reference for the anti-corruption instrument?", "6 September 2001"],
    ["on what date was the expert group's report on the terms of reference for negotiating the anti-corruption instrument approved by the Crime Commission?", "6 September 2001"],
  ])("%s", async (q, date) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.replace(/\s+/g, "")).toContain(date.replace(/\s+/g, ""));
    expect(reply.text).not.toMatch(/多个符合的会议|More than one meeting/);
  });
});
