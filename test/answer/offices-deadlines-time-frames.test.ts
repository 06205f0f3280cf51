/**
 * Facts a procedure or a draft states in words a question does not use:
 * - "who" with no office named is answered by the office that does it ("the Chair will
 *   immediately submit the delisting request"), not only by a State or a person's name; a
 *   question that names the office ("who presided", "who was president") still asks who held it;
 * - "by when" is answered by a deadline at the end of a year ("by the end of 2018");
 * - "within what time frame", "the time limit" ask a span ("within four months"), not a time of day;
 * - a paragraph of a resolution's preamble is in its preamble ("序言");
 * - "when necessary" joins a condition, it asks no date; "哪一条基本原则" asks a principle, not an article.
 * Read off the real drafts S/2024/557 (annex I, the delisting procedure) and S/2018/257 (Somalia).
 * Questions written before the rules and not used to write them.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";
import { beforeSources } from "../core/answer-text.js";
import { namesOfficeUnasked } from "../../src/answer/answer-search.js";

const ask = useTestAssistant(withPdfDocuments);

describe("facts stated in a procedure's own words", () => {
  it.each([
    ["Under S/2024/557's delisting procedures, if the sanctions committee grants a delisting request, who tells the Focal Point?", /Chair/],
    ["根据S/2024/557附件的除名程序，委员会拒绝除名请求后，由谁把决定告知协调人？", /Chair/],
    ["In the S/2024/557 procedure, who puts the delisting request on the Committee's agenda once the Comprehensive Report is circulated?", /Chair/],
    ["Per the 2018 Somalia draft S/2018/257, by when should the electoral law setting out the legislative framework be adopted?", /end of 2018/],
    ["Within what timeframe does the Focal Point gather information on a delisting request under S/2024/557?", /four months/],
    ["What's the time limit for the information-gathering stage of the S/2024/557 delisting procedure?", /four months/],
    ["S/2018/257的序言对索马里面临什么风险表示严重关切？", /famine/],
  ])("%s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });

  it.each(["Who chaired the Eleventh Conference of States Parties to the Arms Trade Treaty according to the 2024 sanctions draft?", "Per S/2024/557, who was president of the tenth sanctions committee meeting?"])("an office named is asked who held it: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
});

describe("what a question asks, read off its words", () => {
  it.each(["Within what time frame should the review be completed?", "what's the time limit for objections?", "期限是多长？"])("a span of time: %s", (q) => {
    const asks = read(q).asks;
    expect(asks.has("duration")).toBe(true);
    expect(asks.has("clock")).toBe(false);
  });
  it.each(["the Committee may exempt activities when necessary to facilitate whose work?", "who may convene it when appropriate?"])("no date in a condition: %s", (q) => {
    expect(read(q).asks.has("when")).toBe(false);
  });
  it("a principle of a charter, not an article", () => {
    expect(read("《奥林匹克宪章》哪一条基本原则讲不歧视？").asks.has("article")).toBe(false);
    expect(read("《公约》哪一条规定了资产追回？").asks.has("article")).toBe(true);
  });
});

describe("an office or a group of people a passage names, that the question does not", () => {
  it.each([
    ["the Chair will immediately submit the delisting request", "who submits the request to the Committee?", true],
    ["秘书处的一名代表在介绍性发言中指出对技术援助的需求日益增加", "是谁在介绍性发言中指出需求日益增加？", true],
    ["需征得审议专家的同意", "Whose consent is needed for the visits?", true],
    ["秘书处的一名代表在介绍性发言中指出", "秘书处的代表指出了什么？", false],
    ["the Chair will decide", "what does the Chair do?", false],
  ] as const)("%s / %s", (text, question, named) => {
    expect(namesOfficeUnasked(text, question)).toBe(named);
  });
});
