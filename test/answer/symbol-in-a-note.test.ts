/**
 * A resolution described in Chinese by the words of its English title ("裁军与不扩散领域的多边主义")
 * is the one whose title holds every concept, though a Chinese title elsewhere shares more of its
 * characters; and the symbol of a report it cites is given where its note gives it. Paraphrases
 * not used to write the rules; the symbol read off A/RES/80/40, paragraph 7 and note 2, by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { ownWords as own } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("the symbol of a report a resolution described in Chinese cites in a note", () => {
  it.each([
    "不扩散和裁军多边主义决议注意到的秘书长报告，文号是多少？",
    "裁军不扩散多边主义决议里提到的秘书长报告文号？",
    "多边主义裁军决议中载有各国答复的秘书长报告是哪份文件？",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toContain("A/80/126");
    expect(reply.citations.some((c) => c.file?.endsWith("A_RES_80_40.md"))).toBe(true);
  });
});

describe("what a resolution described in Chinese asks", () => {
  it("is read from that resolution", async () => {
    const reply = await ask("裁军与不扩散多边主义决议请秘书长做什么？");
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toContain("A/RES/80/40");
    expect(reply.text).toMatch(/Requests the Secretary-General to seek the views of Member States/);
  });
});
