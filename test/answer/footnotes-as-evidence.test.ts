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
