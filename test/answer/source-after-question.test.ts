/**
 * A document named as the source after the question ("…？根据S/2022/501", "… according to
 * A/RES/80/14", "… per resolution 80/52") asks nothing of its own: it is no part of a compound
 * question, but says what the question is asked of. A later part that asks something stays a part.
 */
import { describe, expect, it } from "vitest";
import { questionParts } from "../../src/answer/compound.js";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";

describe("a source named after the question", () => {
  it.each([
    ["检察官的任期是几年？根据S/2022/501", "zh"],
    ["佩林达巴条约什么时候生效？根据第80/14号决议。", "zh"],
    ["UNAMID的部队上限是多少？据S/2018/693", "zh"],
    ["when does the Prosecutor's term end? according to S/2022/501", "en"],
    ["How many States are parties to the cluster munitions convention? per resolution 80/52", "en"],
    ["what's the ceiling for police? (see the draft S/2018/693)", "en"],
  ] as const)("is no part of its own, but stays with the question: %s", (q, lang) => {
    const parts = questionParts(q, lang);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatch(/S\/20\d\d\/\d+|80\/\d+/);
  });
  it.each([
    ["谁主持了第一次审议大会？80/54里有写吗", "zh"],
    ["那次会议在哪里开的？决议中有提到吗？", "zh"],
    ["who chaired the first review conference? does 80/54 say?", "en"],
    ["when does the mandate end? is that stated in S/2022/501?", "en"],
  ] as const)("nor is a part that only asks whether the document says it: %s", (q, lang) => expect(questionParts(q, lang)).toHaveLength(1));
  it.each([
    ["When was S/2022/501 issued? And who does it appoint?", "en"],
    ["S/2022/501是哪天印发的？它任命了谁？", "zh"],
  ] as const)("a later part that asks stays a part: %s", (q, lang) => expect(questionParts(q, lang)).toHaveLength(2));

  const ask = useTestAssistant(withPdfDocuments);
  it("is answered from the document it names, not refused as a part of its own", async () => {
    const reply = await ask("检察官的任期是几年？根据S/2022/501");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).not.toMatch(/没有回答这个问题/);
    expect(reply.citations.map((c) => c.symbol)).toContain("S/2022/501");
  });
});
