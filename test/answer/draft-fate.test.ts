/**
 * What became of a draft resolution named by its symbol (adopted or not, as which resolution, how
 * the vote went) is something its own text never tells: when no other document mentions the
 * draft, the answer says the documents do not tell it and what the draft is, and no paragraph of
 * the draft that happens to say "adopt" stands in for it. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withPdfDocuments);

describe("what became of a draft", () => {
  it.each([
    "S/2021/443 ended up as which Security Council resolution?",
    "was S/2022/158 put to a vote?",
    "Which resolution number did the Yemen draft S/2022/158 become?",
    "S/2018/693后来成为第几号决议？",
    "S/2024/557表决结果如何，是否获得通过？",
    "S/2023/970最后变成了哪个决议？",
    // Asked with the draft between the verb and its participle, or with "get".
    "Was the Japan and US draft S/2024/37 on Red Sea shipping finally approved?",
    "Did S/2021/443 on Colombia get passed in the end?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).toMatch(/do not say what became of the draft|没有说明这份草案后来/);
    expect(reply.text).toMatch(/draft resolution/);
  });
  it.each(["What is S/2021/443?", "S/2022/158是什么文件？", "Was S/2021/443 issued in May 2021?"])("still describes a draft asked what it is: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/draft resolution/);
  });
});
