/**
 * A count asked of a group a passage's breakdown leaves out: "730 registered, among them 560
 * government representatives, 130 civil society representatives and 30 of the United Nations
 * system" gives no number of private sector representatives, nor of parliamentarians; the groups
 * it names are still counted, and a passage with one figure for what is counted still answers.
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a count of a group the breakdown leaves out", () => {
  const ask = useTestAssistant();
  it.each([
    "How many private-sector delegates signed up for the Conference's September 2022 intersessional meeting?",
    "How many parliamentarians took part in the 2022 intersessional meeting of the COSP?",
    "How many private sector representatives attended the September 2022 intersessional meeting?",
    "How many youth representatives signed up for the 2022 intersessional meeting on the political declaration?",
    "2022年9月闭会期间会议有多少名私营部门代表报名？",
  ])("is not answered: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });

  it.each([
    ["How many government representatives registered for the September 2022 intersessional meeting?", /560/],
    ["How many civil society representatives signed up for the intersessional meeting in September 2022?", /130/],
    ["2022年9月闭会期间会议有多少名政府代表报名？", /560/],
  ])("still counts a group the breakdown names: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});

// A count that names none of the regions asked counts everyone: "730 多人报名…其中包括 560 多名政府
// 代表" does not say how many came from Latin America. (Read off the 2023 report, paragraph 5.)
describe("a count asked of a region the passage does not name", () => {
  const ask = useTestAssistant();
  it.each(["How many of the 730-plus registrants for the September 2022 intersessional meeting came from Latin America?", "2022年9月闭会期间会议的730多名报名者中，有多少来自亚洲国家？"])("is refused: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
  it("the count of everyone is still given: 2022年9月闭会期间会议一共有多少人报名？", async () => {
    const reply = await ask("2022年9月闭会期间会议一共有多少人报名？");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/730/);
  });
});
