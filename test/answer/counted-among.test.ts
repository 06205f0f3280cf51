/**
 * "那几个", "这几个" point at what was named ("those few"), they ask no count; "四个里面有几个"
 * counts within the four, and "里面" is no word of what is counted. Paraphrases not used to
 * write the rule; the fact read off the progress report on resolution 7/4 by hand (paragraph 12:
 * three of the four secretariats had made virtual country visits).
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";


describe("那几个 and 这几个 ask no count", () => {
  it.each(["那几个委员会在哪里开会？", "这几个机制的秘书处是谁负责的？", "那几个工作组的主席是哪国的？"])("%s", (question) => {
    expect(read(question).asks.has("howMany")).toBe(false);
  });
  it.each(["这些缔约国当中有几个提交了报告？", "那几个机制里面有几个开展了虚拟访问？"])("still counts: %s", (question) => {
    expect(read(question).asks.has("howMany")).toBe(true);
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("a count within what was named", () => {
  it.each(["那几个机制的秘书处中，有几个开展了虚拟国别访问？", "疫情下那几个审议机制的秘书处，四个里面有几个进行过虚拟国别访问？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n").slice(0, 2).join("")).toContain("四个秘书处中有三个");
  });
});
