/**
 * A symbol a conversion broke across lines ("A/AC.\n260/2", "E/2001/30/Rev.\n1") is the document's
 * whole symbol, and 经社理事会 is the 经济及社会理事会 a passage writes in full. Paraphrase not used
 * to write the rules; facts read off the transmittal note of A/AC.260/2 by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { ownWords as own } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("a symbol broken across lines, asked", () => {
  it("gives the whole symbol in the answer's own words", async () => {
    const reply = await ask("秘书处通过经社理事会向大会转交的专家组会议报告文号是什么？");
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toContain("A/AC.260/2");
    expect(own(reply.text)).not.toMatch(/E\/2001\/30\/R[,*]/);
  });
});

// 补编 is a Supplement and 正式记录 the Official Records: a document's description that names
// neither does not answer which supplement it is. (Read off the cover of A/70/46 by hand.)
describe("which supplement of the Official Records a report is", () => {
  it.each(["A/70/46这份科学委员会第62届会议的报告，是大会正式记录第七十届会议的第几号补编？", "第六十二届会议的原子辐射科学委员会报告A/70/46属于大会第七十届会议正式记录哪一号补编？"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/\n>/)[0].replace(/\s+/g, "")).toContain("补编第46号");
  });
});
