/**
 * A year the question places its fact in ("published in 2020", "2011年…建议") agrees with the
 * passage that states it: of passages that cover the question alike, the one stating that year
 * answers first. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);
const firstLines = (text: string) => text.split(/\nSources:|\n出处：/)[0].split("\n").slice(0, 2).join("\n");

describe("a passage stating the year the question names answers first", () => {
  it("What did UNODC publish in 2020 on the forestry sector?", async () => {
    const reply = await ask("What did UNODC publish in 2020 on the forestry sector?");
    expect(reply.answered, reply.text).toBe(true);
    expect(firstLines(reply.text)).toMatch(/林业部门腐败问题的资源指南/);
  });

  it.each(["2011年工作组建议了什么？", "工作组在2011年的会议上建议什么？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(firstLines(reply.text)).toMatch(/2011 年 8 月 22 日至 24 日.*建议/);
  });
});
