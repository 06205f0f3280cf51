/**
 * What a resolution cites and on whose report it was adopted: the symbol of a report a paragraph
 * takes note of stands in that paragraph's footnote, and a General Assembly resolution's header
 * names the Main Committee whose report it was adopted on. Paraphrases not used to write the
 * rules, over the real documents; the facts must stand in the answer's own text.
 */
import { describe, expect, it } from "vitest";
import { ownWords } from "./own-words.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the symbol of a document a resolution cites comes from the footnote of the paragraph that cites it", () => {
  it.each([
    ["Which report of the Secretary-General does resolution 80/4 take note of? Give its symbol.", "A/80/83"],
    ["What is the document symbol of the report cited in paragraph 1 of resolution 80/4?", "A/80/83"],
    ["80/2: symbol of the Committee on Contributions report it considered?", "A/80/11"],
    ["第80/2号决议审议的会费委员会报告文号是什么？", "A/80/11"],
    ["第80/4号决议注意到的秘书长报告，文号是多少？", "A/80/83"],
    ["80/4号决议第1段所说的报告是哪份文件？文号？", "A/80/83"],
  ])("%s", async (question, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toContain(symbol);
    expect(ownWords(reply.text)).not.toMatch(/Symbol: A\/RES|文号：A\/RES/);
  });
});

describe("the Main Committee on whose report a General Assembly resolution was adopted", () => {
  it.each([
    ["On which committee's report was resolution 80/38 adopted?", /First Committee \(A\/80\/534, para\. 7\)/],
    ["Which Main Committee handled 80/20?", /First Committee/],
    ["Which committee reported on the draft that became resolution 80/2?", /Fifth Committee \(A\/80\/401, para\. 6\)/],
    ["80/2是根据哪个委员会的报告通过的？", /第五委员会的报告（A\/80\/401, para\. 6）/],
    ["第80/54号决议是哪个主要委员会提交的？", /第一委员会/],
    ["大会通过80/12号决议时依据的是什么委员会的报告？", /第一委员会/],
  ])("%s", async (question, committee) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(committee);
  });
});

describe("the symbol of an agenda a resolution cites in a footnote set off by spaces", () => {
  it.each([
    ["per 80/20, what is the symbol of the agenda the open-ended working group adopted?", /A\/AC\.297\/2025\/3/],
    ["根据80/20号决议，外空工作组通过的议程文号是什么？", /A\/AC\.297\/2025\/3/],
  ])("%s", async (question, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(symbol);
    expect(reply.text).not.toMatch(/Symbol: A\/RES\/80\/20/);
  });
});

describe("the symbol of something else a resolution names, in a footnote run into a year", () => {
  it.each([
    ["outer space TCBM res 80/44: symbol of the 2025-2028 indicative timetable the OEWG adopted?", /A\/AC\.297\/2025\/CRP\.2\/Rev\.5/],
    ["per 80/20, what is the symbol for the indicative timetable of the open-ended working group?", /A\/AC\.297\/2025\/CRP\.2\/Rev\.5/],
    ["80/44号决议提到的2025-2028年指示性时间表的文号是什么？", /A\/AC\.297\/2025\/CRP\.2\/Rev\.5/],
    ["按第80/20号决议，工作组通过的指示性时间表的文号？", /A\/AC\.297\/2025\/CRP\.2\/Rev\.5/],
  ])("%s", async (question, symbol) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(symbol);
  });
});
