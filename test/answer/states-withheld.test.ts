/**
 * "Which countries": a passage that counts the States ("向 4 个国家提供了起草相关立法的援助")
 * without naming one does not answer, though it names an organization; the passage that names the
 * State does. "那4个国家，具体是哪几个" asks which States as "哪几个国家" does. Paraphrases not
 * used to write the rule; facts read off the bundled documents by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();

describe("States counted, not named", () => {
  it.each([
    "毒品和犯罪问题办公室协助起草举报人保护立法的国家，都是哪些？",
    "帮助起草保护举报人法律的那几个国家分别是哪几个？",
    "which 4 countries got drafting help on whistle-blower legislation from UNODC?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
});

describe("a State named", () => {
  it.each([
    ["在哪个国家，毒品和犯罪问题办公室就举报人保护法案的现状与总检察长办公室接触？", /肯尼亚/],
    ["which country's whistle-blower protection bill did UNODC discuss with the Attorney General's office?", /Kenya|肯尼亚/],
  ])("%s", async (q, state) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(state);
  });
});
