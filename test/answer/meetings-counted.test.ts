/**
 * "How many meetings did it hold in 2019": the meetings the documents place in that period,
 * counted, then listed. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("meetings of a period counted", () => {
  it.each([
    ["prevention working group: how many meetings in 2019?", /^The documents place 1 meeting in that period:\n• The 10th meeting of the Working Group on Prevention: 4–6 September 2019/],
    ["how many sessions of the IRG took place in 2016?", /^The documents place 1 meeting in that period:\n• The 7th session of the Implementation Review Group: 20–24 June 2016/],
    ["实施情况审议组2016年开过几次会议", /^文件记载该期间举行了1次会议：\n• 实施情况审议组第七届会议：2016年6月20日至24日/],
  ])("%s", async (q, said) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.replace(/\*\*/g, "")).toMatch(said);
  });
});
