/**
 * A document a question names in brackets as where it read something ("(IRG 12th session report)",
 * "(annotated agenda, 15th meeting)", "（工作组第十五次会议说明）") is its source: the meeting that
 * document is of is not the meeting asked about, and of a resolution named by number the session
 * that adopted it is its own. Paraphrases written before the rule, not used to write it.
 */
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answer/understand.js";
import { realGlossary } from "../knowledge/corpus.js";
import { useTestAssistant } from "../core/test-assistant.js";

const now = new Date("2024-09-01T08:00:00Z");
const ordinalOf = (q: string) => understand(q, realGlossary(), { now, timeZone: "Europe/Vienna" }).ordinal;

describe("a source in brackets beside a resolution named by number", () => {
  it.each([
    "which session adopted res 7/5? (11th WG meeting background paper)",
    "which COSP session adopted resolution 10/3 (annotated agenda, 15th meeting)",
    "Which session of the Conference adopted resolution 9/1? (15th WG meeting agenda)",
    "第7/4号决议是哪一届会议通过的？（实施情况审议组第十二届会议报告）",
    "第9/1号决议是缔约国会议第几届会议通过的（工作组第十五次会议说明）",
  ])("names no meeting asked: %s", (q) => expect(ordinalOf(q)).toBeUndefined());

  const ask = useTestAssistant();
  it.each([
    ["which session adopted res 7/5? (11th WG meeting background paper)", /at its seventh session/],
    ["which COSP session adopted resolution 10/3 (annotated agenda, 15th meeting)", /at its tenth session/],
    ["第7/4号决议是哪一届会议通过的？（实施情况审议组第十二届会议报告）", /第七届会议通过/],
    ["第9/1号决议是缔约国会议第几届会议通过的（工作组第十五次会议说明）", /第九届会议通过/],
  ])("is answered with the session that adopted it: %s", async (q, session) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(session);
  });
});

describe("a source in brackets where the question names no other meeting", () => {
  it.each(["what was discussed at the first meeting? (per the IRG 12th session report)", "where was the first session held? (per the COSP6 annotations)"])(
    "still names the meeting asked outside them: %s",
    (q) => expect(ordinalOf(q)).toBe(1),
  );
  it.each(["what is on the agenda? (WG 15th meeting agenda)", "议程有哪些项目？（工作组第十五次会议议程）"])("or, naming none, the source's: %s", (q) => expect(ordinalOf(q)).toBe(15));
});

describe("a source document a question opens with", () => {
  // "根据2020年进展背景文件，…": where to look, not documents asked for.
  const ask = useTestAssistant();
  it.each([
    ["根据2020年的进展背景文件，起草时已有多少个国家提交了材料？", /23/],
    ["according to the 2020 progress background paper, how many countries had submitted material when it was drafted?", /23/],
    ["per the secretariat's 2020 background paper: how many more States sent information before the tenth meeting?", /11/],
    ["据工作组2020年进展背景文件，工作组第十次会议之前又有几个国家提交了资料？", /11/],
  ])("asks the fact, not the documents: %s", async (q, fact) => {
    const asks = understand(q, realGlossary(), { now, timeZone: "Europe/Vienna" }).asks;
    expect(asks.has("documents")).toBe(false);
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n").filter((l) => !l.startsWith(">")).join("\n")).toMatch(fact);
  });
});
