/**
 * "预防WG", "资产追回WG": in a Chinese question, the English short word for a working group after
 * what the group deals with names that group (预防工作组, 资产追回工作组), also where the question
 * names another body besides (the special session whose follow-up the workplan plans). Without
 * it, the special session alone was the body asked, or the asset recovery group's meeting was the
 * prevention group's. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("a working group named by its subject and WG", () => {
  it.each([
    ["UNGASS后续工作计划里，预防WG 2024年的议题是什么？", "腐败与体育"],
    ["大会特别会议后续行动计划给预防WG在2026年排了什么专题", "公众参与"],
    ["特别会议后续工作计划中预防 WG 2025年讨论什么？", "其他犯罪的联系"],
  ])("%s", async (question, topic) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toContain(topic);
  });

  it("is the group of that subject, not the prevention group", async () => {
    const reply = await ask("资产追回WG第十三次会议在哪举行？");
    expect(beforeSources(reply.text)).toContain("资产追回问题工作组");
    expect(beforeSources(reply.text)).not.toContain("预防腐败问题工作组");
  });
});
