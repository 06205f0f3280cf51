/**
 * An annex named by its place ("the first annex", "第一个附件") is the report's annex I, as
 * "annex I" and "附件一" are. Paraphrases not used to write the rule; the annex read off the contents
 * of CAC/COSP/IRG/2015/5 by hand (Annex I: provisional agenda for the seventh session, page 19).
 */
import { describe, expect, it } from "vitest";
import { ANNEX_NAMED } from "../../src/answer/intent.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("an annex named by its place", () => {
  it.each([
    "CAC/COSP/IRG/2015/5: what is in its first annex?",
    "the 1st annex of CAC/COSP/IRG/2015/5 — what is it?",
    "What does the first annex to CAC/COSP/IRG/2015/5 set out?",
    "CAC/COSP/IRG/2015/5的第一个附件是什么？",
    "CAC/COSP/IRG/2015/5第一份附件载有什么？",
    "审议组第六届会议报告（CAC/COSP/IRG/2015/5）第一个附件是哪届会议的临时议程？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/Annex I\b|附件一/);
    expect(reply.text).toMatch(/seventh session/);
  });

  it.each(["the annexed table", "annexes to the report", "第一章"])("names no annex in %s", (text) => {
    expect(ANNEX_NAMED.test(text)).toBe(false);
  });
});
