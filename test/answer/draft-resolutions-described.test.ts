/**
 * A draft resolution a question describes ("their Red Sea draft resolution", "安理会那份决议草案")
 * is a document of its own, found by what describes it: not an adopted resolution that one of the
 * question's words names ("the United States" in the title of the embargo resolution, "drafting"
 * in another's), nor a General Assembly resolution when the question names the Security Council.
 * And the symbol asked of another kind of document ("这封信的文号", "the letter's symbol") is not
 * the draft's own. Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";

const ownText = (text: string) => text.split(/\n(?:Sources|出处)[:：]/)[0];

describe("a draft resolution described by what it says", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    ["日本和美国关于胡塞武装袭击红海商船的安理会决议草案文号是什么？", /S\/2024\/37/],
    ["美国和日本提交的关于红海航运安全的决议草案文号是什么？", /S\/2024\/37/],
    ["What's the symbol of the draft resolution Japan and the United States tabled on Houthi attacks in the Red Sea?", /S\/2024\/37/],
    ["Which ship seized by the Houthis do Japan and the US name in their Red Sea draft resolution?", /Galaxy Leader/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownText(reply.text)).toMatch(fact);
    expect(reply.text).not.toMatch(/80\/4\b|80\/32\b/);
    expect(reply.citations.map((c) => c.symbol)).toContain("S/2024/37");
  });
});

describe("the symbol of a letter a draft acknowledges", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    "What's the symbol of the letter from Colombia's President that the UK's May 2021 Colombia draft acknowledges?",
    "英国2021年5月哥伦比亚草案里提到的哥伦比亚总统来信，文号是什么？",
    "2021年5月那份哥伦比亚决议草案引用了哥伦比亚总统的来信——这封信的文号是多少？",
  ])("is the letter's, not the draft's: %s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownText(reply.text)).toMatch(/S\/2021\/147/);
    expect(ownText(reply.text).split("\n")[0]).not.toMatch(/S\/2021\/443/);
  });
  it.each(["the Colombia draft resolution of May 2021: what is its symbol?", "哥伦比亚核查团那份2021年5月决议草案的文号是多少？"])("the draft's own symbol asked is still the draft's: %s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownText(reply.text)).toMatch(/S\/2021\/443/);
  });
});
