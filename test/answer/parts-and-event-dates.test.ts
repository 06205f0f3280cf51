/**
 * - A later part of a compound question that names its own subject ("…, and on which date did
 *   Lithuania's withdrawal become effective?") and is refused with the first part's subject
 *   carried into it is asked as written, in the first part's document; a part that names none ("and what time?",
 *   "在哪个会议厅？") is still asked of the first part's subject only.
 * - In Chinese, a time word after a verb of reaching ("延长至何时", "延到什么时候") asks when an event
 *   the document tells of happens, not the document's own date, which "是哪天印发的" still asks.
 * Read off the real General Assembly resolution 80/52 and the Security Council drafts (PDF).
 * Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a later part with a subject of its own", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it("is asked as written when the first part's subject finds nothing", async () => {
    const reply = await ask("in what city is the cluster munitions convention's third Review Conference, and on which date did Lithuania's withdrawal become effective?");
    expect(reply.answered, reply.text).toBe(true);
    const text = beforeSources(reply.text);
    expect(text).toMatch(/Vientiane/);
    expect(text).toMatch(/6 March 2025/);
  });
  it("a part that names nothing of its own is asked of the first part's subject only", async () => {
    const reply = await ask("审议组第十二届会议是几点开幕的？在哪个会议室？");
    expect(reply.answered, reply.text).toBe(false);
  });
});

describe("a Chinese time word after a verb of reaching", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    ["S/2021/443把核查团的任务延长至何时？", /2021年10月31日/],
    ["S/2018/693: 混合行动的任务延长到什么时候？", /2019年6月30日/],
  ])("asks when the event happens: %s", async (q, date) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(date);
  });
  it("leaves the document's own date to '是哪天印发的'", async () => {
    const reply = await ask("S/2021/443是哪天印发的？");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/2021年5月11日/);
  });
});
