/**
 * A question about what a passage's footnotes say ("脚注里…第几卷", "per the footnote in …"): the
 * notes are part of what the passage says, and the answer states the note whose marker closes the
 * stretch of text the question names (the note on the treaty asked of, not every treaty's note).
 * 联合国条约集/条约汇编 is the Treaty Series. Paraphrases written before the rule, read off
 * resolutions 80/24 and 80/48 and their notes.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("what a footnote says, asked", () => {
  it.each([
    ["核裁军决议脚注中，《东南亚无核武器区条约》载于《联合国条约汇编》第几卷？", /1981/, "footnote 18"],
    ["Per the footnote in resolution 80/24, which Treaty Series volume is the South-East Asia nuclear-weapon-free zone treaty in?", /vol\. 1981/, "footnote 18"],
    ["80/48号决议的脚注里，《不扩散核武器条约》收在《联合国条约汇编》第几卷？", /729/, "footnote 1"],
  ])("%s", async (q, fact, note) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
    expect(reply.citations.map((c) => c.paragraph)).toContain(note);
  });
});

// Where a treaty is published is asked without the word "footnote" ("which Treaty Series volume",
// "收在《联合国条约集》第几卷"): only a note gives it. The Treaty Series is no instrument a passage
// must name. Markers a conversion set off after a capitalized word ("the Convention 1 and") or a
// comma ("the Organisation, 24 in accordance") lead to their notes. Paraphrases written before
// the rule; facts read off resolutions 80/22, 80/34 and 80/48 and their notes.
describe("where a treaty is published, asked without the word for a footnote", () => {
  it.each([
    ["In resolution 80/22 on science and technology, which United Nations Treaty Series volume is cited for the Biological Weapons Convention?", /vol\. 1015/],
    ["In which Treaty Series volume is the UN-OPCW relationship agreement cited in resolution 80/34?", /vol\. 2160/],
    ["80/48号决议里，《不扩散核武器条约》收在《联合国条约集》第几卷？", /vol\. 729/],
  ])("%s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});
