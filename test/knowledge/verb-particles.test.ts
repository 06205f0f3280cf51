/**
 * A verb's particle ("bring out", "called off", "taken away") means nothing on its own: when the
 * dictionary does not know the verb and particle as one phrase, the particle is no concept a
 * passage must hold, and a refusal does not name it as missing. A phrase the dictionary knows
 * ("set up", "carried out") stays whole. ("Up" is kept: an item "taken up" is considered, and
 * the question's words find the resolution that puts it on an agenda.) Paraphrases not used to
 * write the word list.
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { realGlossary } from "./corpus.js";

const g = realGlossary();
const labels = (q: string) => questionConcepts(q, "en", g, () => true).map((c) => c.label.toLowerCase());

describe("a verb's particle alone", () => {
  it.each([
    ["Which studies did the secretariat bring out last year?", "out"],
    ["Was the expert meeting called off in 2021?", "off"],
    ["Which reservations were taken away by the State party?", "away"],
  ])("%s", (question, particle) => {
    expect(labels(question)).not.toContain(particle);
  });

  it.each([
    ["When did the Conference set up the working group?", "set up"],
    ["Who carried out the country reviews?", "carried out"],
  ])("keeps a phrase the dictionary knows: %s", (question, phrase) => {
    expect(labels(question)).toContain(phrase);
  });
});
