/**
 * What a question asks of a document it names by symbol: its description answers what it is, its
 * date and its title; a subject of its text the description does not hold ("the Article 99
 * letter it acts on", "the Council's resolve to support the parties") is its paragraphs' to answer,
 * or nothing's. A name written with a possessive ("the UNSC's call") is the name, not a word no
 * document holds; another document's text (a working group's recommendations) is no answer to what
 * the one named says; 总统 is the president of a State the draft names; the asker's words for a
 * draft before its symbol ("the Sudan sanctions draft") name it and ask nothing of it. Read off the
 * real Security Council drafts (PDF); paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("what is asked of a document named by its symbol", () => {
  const ask = useTestAssistant(withPdfDocuments);

  it.each([
    ["S/2016/1100: the UNSC's call on both sides to refrain from provocative actions is in which paragraph?", /paragraph 7/],
    ["Which paragraph of S/2016/1100 holds the SC's condemnation of all acts of violence against civilians?", /preamble 8/],
  ])("reads a name written with a possessive as the name: %s", async (q, paragraph) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(paragraph);
    expect(reply.text).not.toMatch(/nothing on/);
  });

  it("answers the date of a letter the document acts on, not the document's own date", async () => {
    const reply = await ask("Per the Gaza ceasefire draft S/2023/970, the SG letter under Article 99 was dated when?");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/6 December 2023/);
    expect(beforeSources(reply.text)).not.toMatch(/is the document/);
  });

  it.each([
    ["When was S/2021/443 issued?", /11 May 2021/],
    ["gaza ceasefire draft S/2023/970 - which date does it bear?", /8 December 2023/],
  ])("still answers what the document is and its date from its description: %s", async (q, date) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/is the document/);
    expect(beforeSources(reply.text)).toMatch(date);
  });

  it("never answers what a named draft asks with a working group's recommendations", async () => {
    const reply = await ask("Whose views and recommendations on the work of the IRMCT does S/2022/501 ask the Mechanism to take into account?");
    expect(beforeSources(reply.text)).not.toMatch(/^The working group's recommendation/);
    expect(reply.citations.length).toBeGreaterThan(0);
    for (const c of reply.citations) expect(c.document).toMatch(/S\/2022\/501/);
  });

  // 总统 is a State's president, as the English draft writes "the President of Colombia" (not one
  // State's president, nor a conference's).
  it("reads 总统 as the president a draft writes of", async () => {
    const reply = await ask("S/2021/443提到哥伦比亚总统的一封信，信的日期是哪天？");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/2021年1月13日/);
  });

  // The asker's name for a draft ("the South Sudan sanctions draft") describes it: its text says
  // "measures imposed", never "sanctions", and is still read for what is asked. A verb before the
  // symbol ("the Council vetoed draft resolution …") describes nothing.
  it.each([
    ["The South Sudan sanctions draft S/2017/444 has the Council acting under which article of the Charter?", /Article 41/],
    ["In the Darfur sanctions draft S/2020/110, what date is the Panel's interim report due?", /12 August 2020/],
  ])("reads the words describing a draft as its name, not as something asked: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
  it("still says that no document speaks of a veto the question puts before the symbol", async () => {
    const reply = await ask("Which permanent member of the Council vetoed draft resolution S/2024/37 on the Red Sea?");
    expect(reply.answered, reply.text).toBe(false);
  });
});
