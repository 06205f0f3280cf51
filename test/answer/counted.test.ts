/**
 * "How many States attended": of the passages that state a figure, the one that counts what is
 * asked ("118个国家的代表出席了…") is the answer, not a neighbour with another figure ("举行了10次
 * 会议"). Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { ownWords } from "./own-words.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the figure that counts what is asked", () => {
  it.each([
    ["特设委员会第十二届会议有多少个国家派代表出席？", /118/],
    ["打击跨国有组织犯罪公约特设委员会第十二届会议有几个国家出席？", /118/],
    ["特设委员会第十二届会议期间一共举行了几次会议？", /10次会议/],
  ])("%s", async (question, figure) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(figure);
  });
});
