/**
 * A second body the question names is a constraint: "item 2 of the prevention group's 15th
 * meeting — with which item of the review group is it taken up?" is not answered by the group's
 * own agenda item, which never names the review group, but by the passage that says the two are
 * considered jointly. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();

describe("a body the question names that the structural answer leaves out", () => {
  it.each([
    ["工作组第十五次会议的议程项目2和实施情况审议组的哪个项目一起审议？", /项目\s*4/],
    ["预防工作组第十五次会议议程项目2与审议组的哪一项联合讨论？", /项目\s*4/],
    ["At the prevention group's 15th meeting, which item of the Implementation Review Group is item 2 taken up together with?", /项目\s*4|item 4/i],
  ])("%s", async (question, item) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(item);
  });
});
