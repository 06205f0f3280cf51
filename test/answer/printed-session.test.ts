/**
 * A document whose cover prints another organ's numbered session ("Sixty-second session (1-5 June
 * 2015)"), for which the graph holds no meeting, is described with that session, cited from the
 * cover. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { ownWords } from "./own-words.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a document's printed session is part of its description", () => {
  it.each([
    ["What is A/70/46, and of which session?", /62nd session of the United Nations Scientific Committee on the Effects of Atomic Radiation \(1–5 June 2015\)/],
    ["Which session does document A/70/46 cover?", /62nd session/],
    ["A/70/46是哪个机构哪一届会议的报告？", /第62届会议（2015年6月1日至5日）/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(fact);
    expect(reply.citations.some((c) => c.document === "A/70/46" && /Sixty-second session/i.test(c.quote))).toBe(true);
  });
});
