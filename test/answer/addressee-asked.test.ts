/**
 * "What does it ask the Houthis to do", "要求胡塞武装做什么": of the paragraphs of the document
 * found, one that opens by asking it of them ("Demands that the Houthis …") and covers as much of
 * the question answers before one that asks someone else about them ("Requests the
 * Secretary-General provide … reports … on any further Houthi attacks"). Read off S/2024/37 by
 * hand (paragraph 2: cease all such attacks, release the Galaxy Leader; paragraph 10: monthly
 * reports of the Secretary-General). Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";

const ask = useTestAssistant(withPdfDocuments);

describe("the paragraph that asks it of the one named", () => {
  it.each([
    "what does the red sea draft want the Houthis to do?",
    "S/2024/37: what is it demanding the houthis do?",
    "红海草案呼吁胡塞武装干什么？",
    "the 2024 draft on shipping attacks - what does it tell the Houthis to do?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.citations[0].quote).toMatch(/Demands that the Houthis/);
  });
});

describe("the party asked, beside another party the question names", () => {
  it.each([
    "80/12号决议请秘书长每年向会员国发送什么？",
    "决议80/12要求秘书长每年给各会员国寄发什么？",
    "What does resolution 80/12 ask the Secretary-General to send Member States each year?",
  ])("%s is answered by what the Secretary-General is asked, not what Member States are", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/annual note verbale/);
    expect(reply.text).not.toMatch(/Calls upon Member States/);
  });

  it("reads the party right after the verb that asks as the one asked", () => {
    expect(read("What does resolution 80/12 ask the Secretary-General to send Member States each year?").addressee).toBe("Secretary-General");
    expect(read("What are Member States asked to send the Secretary-General by 30 April?").addressee).toBe("States parties");
  });
});
