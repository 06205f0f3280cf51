/**
 * A resolution described by its subject that tells of another ("the first resolution adopted by
 * the General Assembly, on 24 January 1946"): when that other was adopted is asked, not the
 * described one's adoption. Paraphrases not used to write the rule; the fact read off A/RES/80/50
 * by hand (preamble).
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the adoption of a resolution another one tells of", () => {
  it.each([
    "核武器人道主义后果那项决议里说的大会第一项决议是什么时候通过的？",
    "the nuclear weapons humanitarian consequences res mentions the GA's first ever resolution - adopted when?",
    "关于核武器人道主义后果的决议提到的联大首个决议，通过日期是？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/1946/);
    expect(reply.text).not.toMatch(/2025年12月1日通过|on 1 December 2025/);
  });
});
