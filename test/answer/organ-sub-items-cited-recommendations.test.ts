/**
 * - "The Council" of a draft before the Security Council is the Council of every paragraph of it
 *   (the symbol's series names the organ): a paragraph that says what "its intention" is answers
 *   what the Council intends, not the draft's cover, which alone writes "Security Council".
 * - A resolution's "agenda sub-item" is the agenda item it was adopted under.
 * - The symbol of recommendations or guidelines a resolution welcomes is a cited document's, not
 *   the resolution's own.
 * Read off the real drafts S/2018/693 and S/2019/179 and resolutions 80/12, 80/42 and 80/44 of the
 * General Assembly. Questions not used to write the rules, but for the first of each.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withPdfDocuments);

describe("facts of a named draft or resolution", () => {
  it.each([
    ["pls - in the Darfur draft S/2018/693, what does the Council say it intends to consider against any party impeding the peace process?", /imposing additional measures/],
    ["In S/2019/179, what does the Council reiterate it intends to consider?", /steps that can be taken/],
    ["GA res 80/42 on confidence-building measures in the regional and subregional context - which agenda sub-item was it adopted under?", /99\s?\(u\)/],
    ["Under which agenda sub-item was GA resolution 80/44 adopted?", /99\s?\(w\)/],
    ["第80/12号决议是在哪个议程分项目下通过的？", /90\s?\(b\)/],
    ["GA res 80/44 welcomes the Disarmament Commission's consensus recommendations on outer-space TCBMs - in which document symbol are they published?", /A\/78\/42/],
  ])("%s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});
