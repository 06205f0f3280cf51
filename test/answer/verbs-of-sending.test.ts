/**
 * Sending a report to someone is written "provide the Secretary-General … with a report",
 * "transmit", "forward" as well as "send" ("送交", "递交", "转交", "提供"): one concept,
 * so that a question that sends finds the paragraph that provides. Paraphrases not used to write
 * the entry; the fact read off A/RES/80/12 by hand (paragraph 1, "by 30 April annually").
 */
import { describe, expect, it } from "vitest";
import { questionConcepts, loadGlossary } from "../../src/knowledge/index.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

describe("the concept of sending", () => {
  it("holds the other verbs documents send by", () => {
    const glossary = loadGlossary("data/terms");
    const send = questionConcepts("do they send it to the SG?", "en", glossary).find((c) => c.label === "send");
    expect(send?.en.map((e) => e.term)).toEqual(expect.arrayContaining(["transmit", "forward", "provid"]));
    const zh = questionConcepts("要递交给秘书长吗？", "zh", glossary).find((c) => c.label === "递交");
    expect(zh?.en.map((e) => e.term)).toEqual(expect.arrayContaining(["send", "provid"]));
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("the yearly date for reports on military expenditures", () => {
  it.each([
    "states are to send the secretary-general their milex report by which date every year?",
    "military spending reports - by what day annually do countries transmit them to the SG?",
    "各国每年要在哪天之前把军费报告递交给秘书长？",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/30 April|4月30日/);
  });
});
