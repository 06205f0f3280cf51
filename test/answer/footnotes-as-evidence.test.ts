/**
 * A footnote points to a source: it is evidence for what a text refers to (a resolution, a symbol,
 * a web address), not for what a resolution decides or says. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a question about what a resolution decides is not answered from its footnotes", () => {
  it.each([
    "what does 80/24 decide about the next NPT review conference?",
    "80/24: what about the coming review conference of the non-proliferation treaty?",
    "第80/24号决议对下一次不扩散条约审议大会有什么决定？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    const first = reply.citations[0]?.paragraph ?? "";
    expect(first, reply.text).not.toMatch(/footnote/);
  });
});

describe("a question about what a text refers to still reads its footnotes", () => {
  it.each([
    ["which document symbol holds the Committee on Contributions report that 80/2 cites?", /A\/80\/11/],
    ["80/2号决议提到的会费委员会报告的文号是什么？", /A\/80\/11/],
  ])("%s", async (question, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(symbol);
  });
});

// A/RES/80/20, preambular paragraph 9: "Welcoming the substantive report[^4] adopted by consensus by
// the Group of Governmental Experts established pursuant to … resolution 77/250", "[^4]: A/79/364.";
// paragraph 11 cites two other documents in its footnotes.
describe("a Markdown footnote reference leads to the symbol of the report a paragraph welcomes", () => {
  it.each([
    "80/20 welcomes a substantive report by the GGE set up under 77/250 - what's that report's symbol?",
    "第80/20号决议欢迎的政府专家组实质性报告是哪份文件？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/\nSources:|\n出处：/)[0]).toContain("A/79/364");
  });
});

// A/RES/80/26, footnote 4: "The Committee on Disarmament was redesignated the Conference on
// Disarmament as from 7 February 1984."; the annotated agenda of the prevention group's fifteenth
// meeting, footnote a: "议程项目 2 将与实施情况审议组第十五届会议第一次续会的议程项目 4 … 一并讨论。",
// which its paragraph 6 repeats word for word.
describe("a footnote that states a fact of its own answers what it states", () => {
  it.each([
    ["When did the Committee on Disarmament get renamed the Conference on Disarmament?", /7 February 1984/],
    ["from what date has the Conference on Disarmament had that name instead of Committee on Disarmament", /7 February 1984/],
    ["预防工作组第15次会议上，议程项目2要和审议组的哪个议程项目合并讨论？", /议程项目 ?4/],
    ["In the 15th prevention WG meeting, item 2 is taken up jointly with which IRG agenda item?", /项目 ?4|item 4/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    const text = reply.text.split(/\nSources:|\n出处：/)[0];
    expect(text).toMatch(fact);
    // Shown as text: no Markdown note marks ("[^4]:").
    expect(text).not.toContain("[^");
    // The paragraph that repeats the note word for word is not shown a second time.
    const lines = text.split("\n").slice(1).map((l) => l.replace(/\[\d+\]|\s/g, ""));
    expect(new Set(lines).size).toBe(lines.length);
  });
});
