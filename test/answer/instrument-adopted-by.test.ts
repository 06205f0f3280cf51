/**
 * Which resolution adopted an instrument the question names ("which GA resolution adopted the
 * Convention") is answered from a passage that says so ("By its resolution 58/4, the General
 * Assembly adopted the United Nations Convention against Corruption"), an English passage found
 * by the question's own words; not by a resolution the meeting the question names adopted.
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ownText = (text: string) => text.split(/\n(?:Sources|出处)[:：]/)[0].replace(/\n>[^\n]*/g, "");

describe("the resolution that adopted an instrument", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    "COSP6 annotated agenda - which GA resolution adopted the Convention?",
    "Which General Assembly resolution adopted the UN Convention against Corruption?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownText(reply.text)).toMatch(/58\/4/);
    expect(ownText(reply.text)).not.toMatch(/6\/1/);
  });
});
