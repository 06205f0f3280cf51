/**
 * "Which resolutions does it recall": a resolution recalls, welcomes and notes in its preamble,
 * which no operative paragraph does; the preambular paragraphs that open with the verb asked
 * answer, each with its place. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a verb of the preamble", () => {
  it.each([
    ["which GA resolutions does 80/4 recall?", /Recalling its resolutions 47\/19 of 24 November 1992[^\n]*\(preambular paragraph \d+\)/],
    ["第80/4号决议回顾了大会哪些决议？", /47\/19[^\n]*（序言部分第\d+段）/],
    ["80/4: which resolutions are recalled in it?", /47\/19 of 24 November 1992/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });

  it("still answers an operative verb from the operative paragraphs", async () => {
    const reply = await ask("what does 80/44 welcome?");
    expect(reply.text).toMatch(/Welcomes \(paragraph 7\)/);
    expect(reply.text).not.toMatch(/preambular paragraph/);
  });
});

describe("a decision a resolution recalls, named in Chinese with a measure word ('那项大会决定')", () => {
  it.each(["决议80/16回顾的那项2022年12月的大会决定编号是什么？", "第80/16号决议回顾的那项大会决定是哪一项？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/77\/512/);
    expect(reply.text).not.toMatch(/Decides to endorse/);
  });
});

describe("a verb an operative paragraph opens with, on the subject asked", () => {
  it.each([
    "80/26: the GA takes note of which resolution on the Bamako Convention?",
    "which resolution of the OAU Council of Ministers does resolution 80/26 take note of?",
    "第80/26号决议注意到了非洲统一组织部长理事会关于巴马科公约的哪项决议？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    // Operative paragraph 7, by its place, before any preambular paragraph that notes something else.
    expect(reply.text).toMatch(/CM\/Res\.1356[^\n]*(?:\(paragraph 7\)|（第7段）)/);
    expect(reply.text).not.toMatch(/Summit on Nuclear Safety and Security/);
  });
});
