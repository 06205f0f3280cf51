/**
 * "Where is it hosted / available online": a portal or web address answers where something is
 * online, as a city answers where a meeting is held. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();

describe("where something is online", () => {
  it.each([
    "Where is the repository of information on the political declaration available online?",
    "On which portal is the repository for information on the political declaration posted?",
    "关于政治宣言落实情况的信息储存库在哪个网站上？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/反腐败知识工具与资源库门户/);
  });

  it("still asks for a city or country when nothing online is asked", async () => {
    const reply = await ask("Where will the fifteenth meeting of the prevention working group be held?");
    expect(reply.text).toMatch(/Vienna|维也纳/);
  });
});
