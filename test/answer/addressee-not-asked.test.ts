/**
 * A resolution asked what it requests of a party it asks nothing of ("what does 10/1 request of
 * the secretariat"): the answer says the documents record nothing it asks of that party, then
 * what it does ask, in either language. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();

describe("a party the resolution asks nothing of", () => {
  it.each([
    ["what does COSP resolution 10/1 ask UNODC to do?", /The documents record nothing it asks of UNODC; what it does ask:\n• Requests the working group/],
    ["what is the secretariat requested to do under resolution 10/1?", /The documents record nothing it asks of the secretariat; what it does ask:/],
    ["第10/1号决议对秘书处有什么要求", /文件没有记载该决议对秘书处的要求；其所载内容为：\n• 请工作组/],
  ])("%s", async (q, said) => {
    const reply = await ask(q);
    expect(reply.text).toMatch(said);
  });

  it("says nothing of the kind when the party is the one asked", async () => {
    const reply = await ask("what does resolution 10/1 ask the working group to do?");
    expect(reply.text).not.toMatch(/record nothing it asks/);
    expect(reply.text).toMatch(/Requests the working group/);
  });
});
