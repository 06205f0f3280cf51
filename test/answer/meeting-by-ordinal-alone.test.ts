/**
 * A meeting named by its ordinal alone ("第十一次会议"): the bodies whose names hold the question's
 * words are meant, but a word for a meeting as such ("次会议", "session") names no body, nor does a
 * dictionary sense that is a function word ("under" for 下面, which the Expert Meeting's long name
 * holds). Paraphrases not used to write the rule; the fact read off the background paper for the
 * Working Group on Prevention's eleventh meeting by hand (provisional agenda item 3).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { findMeetings } from "../../src/answer/find-meetings.js";
import { understand } from "../../src/answer/understand.js";
import type { AnswerContext } from "../../src/answer/context.js";
import { buildIndexFromTexts } from "../../src/knowledge/load.js";
import type { KnowledgeIndex } from "../../src/knowledge/model.js";
import { ALL_DOCS, realGlossary, sourceText } from "../knowledge/corpus.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const now = new Date("2024-09-01T08:00:00Z");
let index: KnowledgeIndex;
beforeAll(() => {
  index = buildIndexFromTexts(ALL_DOCS.map((id) => ({ file: `${id}.txt`, text: sourceText(id) })), realGlossary());
}, 120_000);
const meetingsOf = (question: string) => {
  const ctx: AnswerContext = { index, glossary: realGlossary(), q: understand(question, realGlossary(), { now, timeZone: "Europe/Vienna" }), now, timeZone: "Europe/Vienna", thread: {} };
  return findMeetings(ctx).meetings.map((m) => m.id);
};

describe("the meetings of an ordinal named alone", () => {
  it.each(["第11次会议下面有哪些背景文件？", "第十一次会议下面的文件有哪些", "what came under the 11th session?"])("keeps every body's: %s", (q) => {
    expect(meetingsOf(q)).toEqual(expect.arrayContaining(["wg-prevention/11"]));
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("a meeting named by its ordinal alone", () => {
  it.each(["第十一次会议的进展背景文件列在临时议程哪一项下面？", "第11次会议那份关于进展的背景文件在议程的第几个项目下？"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/项目\s?3/);
    expect(reply.text).not.toMatch(/国际合作问题专家会议第十一次会议编写/);
  });
});
