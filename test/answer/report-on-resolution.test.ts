/**
 * A report named by the resolution it reports on ("the report on the implementation of resolution
 * 7/4", "第7/4号决议执行情况的报告") is what the question asks about: the agenda item it was issued
 * under, not what the resolution requests. Paraphrases not used to write the rule; the item read off
 * the IRG's twelfth-session report on resolution 7/4 by hand (its cover page: provisional agenda
 * item 2).
 */
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answer/understand.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { realGlossary } from "../knowledge/corpus.js";

const ask = useTestAssistant(withRealDocuments);
const now = { now: new Date("2026-01-01T00:00:00Z"), timeZone: "Europe/Vienna" };

describe("a report named by the resolution it reports on", () => {
  it.each([
    ["IRG twelfth session: the secretariat's report on the implementation of resolution 7/4 is under which agenda item?", /\bItem 2\b/],
    ["Which agenda item of the Implementation Review Group's 12th session covers the note on progress made in implementing resolution 7/4?", /\bItem 2\b/],
    ["实施情况审议组第十二届会议上，关于第7/4号决议执行情况的报告列在哪个议程项目下？", /项目\s*2/],
    ["审议组第十二届会议：第7/4号决议落实进展报告属于议程第几项？", /项目\s*2/],
  ])("%s", async (question, item) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(item);
    expect(reply.text).not.toMatch(/Requests the secretariat|请秘书处/);
  });

  it.each([
    "what does resolution 7/4 ask the secretariat to report on?",
    "第7/4号决议请秘书处报告什么？",
    "does decision 5/1 mention a report on the implementation of the Convention?",
  ])("still names the resolution when the resolution is asked about: %s", (question) => {
    expect(understand(question, realGlossary(), now).resolutions.length).toBe(1);
  });
});
