/**
 * The adoption date of a resolution the corpus only mentions: "resolution 55/61 of 4 December
 * 2000", "大会1998年12月9日第53/111号决议". General Assembly numbers have three digits after the
 * slash. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the adoption date a mention of a resolution gives", () => {
  it.each([
    ["On what date was General Assembly resolution 53/111 adopted?", /9 December 1998/],
    ["which day did the assembly pass resolution 54/126?", /17 December 1999/],
    ["GA resolution 55/61: when was it adopted?", /4 December 2000/],
    ["大会第55/61号决议是在哪一天通过的？", /2000年12月4日/],
    ["第54/126号决议通过于何时？", /1999年12月17日/],
    ["53/111号决议哪天通过的", /1998年12月9日/],
    // A bare number, without the word "resolution".
    ["which day did the assembly pass 54/126?", /17 December 1999/],
  ])("%s", async (question, date) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(date);
    expect(reply.citations.some((c) => c.document === "A/55/383/Add.2" || c.file?.startsWith("p18_"))).toBe(true);
  });
});
