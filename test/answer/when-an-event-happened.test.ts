/**
 * "When did X die" asks when an event a document tells of happened, not what the document named
 * by its symbol is; "die" and "death(s)" are one word to the index; and of the dates a paragraph
 * gives, those after the name the question writes answer ("the Prosecutor's findings on 12 May
 * 2022 … of the deaths of Protais Mpiranya on 5 October 2006"). Read off the real draft
 * S/2022/501 (paragraph 6). Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { stem } from "../../src/knowledge/lang/english.js";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a verb and the noun no suffix joins to it", () => {
  it.each(["died", "dies", "dying", "death", "deaths"])("%s", (w) => expect(stem(w)).toBe(stem("die")));
});

describe("when an event a document tells of happened", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    ["S/2022/501: when did Phénéas Munyarugarama die, per the Prosecutor?", /Date: 28 February 2002/],
    ["according to S/2022/501, when did Mpiranya die?", /Date: 5 October 2006/],
    ["the Gabon draft S/2022/501 - when did the fugitive Protais Mpiranya die?", /Date: 5 October 2006/],
  ])("%s", async (q, date) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(date);
  });
});
