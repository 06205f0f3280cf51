/**
 * A name the question writes that no glossary or dictionary knows, and some passage holds
 * ("Dakar", "Gangwon", "Tlatelolco"), says what the question is about: a passage that leaves it
 * out tells of something else, however much else of the question it holds, and does not answer
 * ("the Youth Olympic Games in Dakar" is not dated by the 1993 resolution on the Olympic Truce). A
 * name that starts the question counts where the documents write it with a capital inside a sentence.
 * Read off the real General Assembly resolutions 80/8, 80/14 and 80/24. Paraphrases not used to
 * write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a name the question writes", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    "when exactly will the Youth Olympic Games in Dakar take place?",
    "on which days does the Olympic Truce for the Gangwon Winter Youth Games fall?",
    "how many States signed the Treaty of Tlatelolco in Mexico City?",
    // A name that starts the question, written so inside the documents' sentences; "exact days"
    // are not answered by a year.
    "Dakar 2026 Youth Olympics — on what exact days?",
    "Dakar Youth Olympic Games: what are the exact dates?",
  ])("left out by every passage that states the fact asked, is not answered: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
  it.each([
    ["when was the Treaty of Pelindaba signed in Cairo?", /11 April 1996/],
    ["what year are the Summer Youth Olympic Games in Dakar to be held?", /2026/],
    ["Pelindaba Treaty: on what date was it signed in Cairo?", /11 April 1996/],
  ])("held by the passage that answers, is answered: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});
