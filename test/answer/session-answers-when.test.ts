/**
 * "When must the Secretary-General report": a session named by its ordinal ("at its eighty-third
 * session") answers when, as a date does; "SG" is the Secretary-General. "What did it cost" asks
 * an amount, which a meeting's dates do not give. Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a session answers when", () => {
  it.each([
    "When is the SG to report on transparency in armaments?",
    "transparency in armaments: when must the Secretary-General report to the Assembly?",
    "transparency in armaments — which session is it on next, and when does the SG report back?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("Sources:")[0]).toMatch(/Requests the Secretary-General to report[^\n]*eighty-third session/);
  });
});

describe("what something cost asks an amount", () => {
  it.each([
    "what did the intersessional meeting in 2022 cost?",
    "what will the fifteenth meeting of the prevention working group cost?",
  ])("%s is refused, not answered with dates", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });
});

describe("years answer when, where no date is given", () => {
  it.each([
    "联合国常规武器登记册的下一个政府专家组什么时候召开？",
  ])("%s states the years in the asker's words", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("出处")[0]).toMatch(/2027年/);
  });

  // The glossary names the Register (联合国常规武器登记册, 常规武器登记册): 常规武器 alone reaches
  // "conventional weapons", where the resolution writes "conventional arms".
  it.each(["常规武器登记册政府专家组下次什么时候开会？", "下一个审议常规武器登记册的专家组哪年开会？", "When will the next group of experts on the Register of Conventional Arms be convened?"])(
    "%s states the years",
    async (question) => {
      const reply = await ask(question);
      expect(reply.answered, reply.text).toBe(true);
      expect(reply.text.split(/出处|Sources/)[0]).toMatch(/2027/);
    },
  );
});
