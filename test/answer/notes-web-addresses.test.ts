/**
 * What a document's notes give: a web address asked for ("网址是什么", "what's the URL") is a kind
 * of fact a note states, said in the answer's own words with the note's number; "link" as a verb
 * asks none; a note named by its number ("footnote 1", "脚注1") is the one looked in, its marker a
 * number set in superscript as well. The symbol of a document the Conference on Disarmament
 * issued ("See CD/1985"), in a note whose marker stands apart after the paragraph's comma, is the
 * document cited. Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

/** The answer's own words: before its sources, quoted passages left out. */
const ownWords = (text: string) => text.split(/\n(?:Sources|出处)[:：]/)[0].replace(/「[^」]*」|“[^”]*”/g, " ");

describe("a web address asked", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["军事开支透明度决议里提到的秘书处军费互动网络平台网址是什么？", /milex-reporting\.unoda\.org\/en\/states/],
    ["What's the URL of the Secretariat's interactive web platform on military expenditures, per 80/12?", /milex-reporting\.unoda\.org\/en\/states/],
    ["80/12号决议里军费网上填报工具的链接是什么？", /milex-reporting\.unoda\.org\/en\/reporting-tool/],
  ])("is given from the note: %s", async (question, address) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(address);
  });

  it.each([
    "2020年预防工作组进展背景文件脚注1给的网址是什么？",
    "In the 2020 background paper on progress of the working group on prevention, what website is given in footnote 1 for UNODC's legal library / knowledge tools portal?",
  ])("is the one the note named by its number gives (a superscript marker): %s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(/www\.track\.unodc\.org/);
  });

  it("is not asked by 'link' as a verb", async () => {
    const reply = await ask("Which SDG target does the Arms Trade Treaty resolution link the Treaty to?");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/target 16\.4/);
  });
});

describe("a Conference on Disarmament document a note cites", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    "What is the symbol of the 2014 updated version of the draft treaty on the placement of weapons in outer space, according to 80/20?",
    "80/20号决议里，2014年提交的条约草案更新版本的文号是什么？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(/CD\/1985/);
  });
});
