/**
 * A meeting named by its ordinal, where a passage lists several ("the first, second and third
 * sessions … held from 31 July …, from 22 July … and from 28 April …"): the dates at its place
 * in the list, stated on the line after the source; "RevCon" is chat shorthand for a review
 * conference. Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the dates of a meeting at its place in a list", () => {
  it.each([
    ["NPT RevCon 2026 PrepCom - when was its first session?", /Date: 31 July 2023 – 11 August 2023/],
    ["when did the second session of the Preparatory Committee for the 2026 NPT Review Conference take place?", /Date: 22 July 2024 – 2 August 2024/],
    ["dates of the 3rd PrepCom session for the 2026 review conference of the NPT?", /Date: 28 April 2025 – 9 May 2025/],
    ["2026年不扩散条约审议大会筹备委员会第三届会议是什么时候开的？", /日期：2025年4月28日至5月9日/],
    ["不扩散核武器条约2026年审议大会筹备委员会第一届会议是哪天？", /日期：2023年7月31日至8月11日/],
    ["2026年NPT审议大会筹委会第二届会议什么时候举行的？", /日期：2024年7月22日至8月2日/],
  ])("%s", async (question, dates) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n")[1]).toMatch(dates);
  });
});
