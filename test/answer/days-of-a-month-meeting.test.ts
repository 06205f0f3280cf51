/**
 * The days asked ("exact dates", "which days", "具体哪几天") of a meeting the documents place in a
 * month only: a refusal that says they give no days, with the month they give; "when" alone is
 * answered with the month. Read off the 2023 report on the political declaration's follow-up
 * (the second part of the IRG's resumed 13th session, November 2022, no day given).
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a meeting placed in a month only", () => {
  it.each([
    ["on which days did the IRG meet for the second part of its resumed thirteenth session?", /give no days, only the month[\s\S]*November 2022/],
    ["实施情况审议组第十三届会议续会第二期会议是几号开的", /只载明月份，没有载明哪几天[\s\S]*2022年11月/],
  ])("its days asked: %s", async (q, refusal) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(refusal);
  });

  it("its time asked: the month", async () => {
    const reply = await ask("when did the second part of the IRG's resumed 13th session take place?");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/November 2022/);
  });
});
