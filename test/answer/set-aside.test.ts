/**
 * What a question sets aside ("besides GRECO and MESICIC, which other …", "apart from …",
 * "除了…以外") is not what the answer is about: its words are not weighed against passages, and
 * the words that set it aside are not concepts either. Title marks are no part of a word
 * ("《公约》" is 公约). Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { conceptsOf, setAsideText } from "../../src/answer/answer-search.js";
import { understand } from "../../src/answer/understand.js";
import { createTestAssistant } from "../core/test-assistant.js";

describe("the part of a question it sets aside", () => {
  it.each([
    ["Apart from GRECO and MESICIC, which other review mechanisms do States parties take part in?", "Apart from GRECO and MESICIC"],
    ["Besides resolution 10/3, what did the Conference adopt on prevention?", "Besides resolution 10/3"],
    ["除了反腐败国家集团以外，缔约国还参加了哪些监测机制？", "除了反腐败国家集团以外"],
    // With no comma before the question proper, it ends at the question word.
    ["Other than Chile which States signed the protocol in 2019?", "Other than Chile"],
    ["apart from the annual report what does the Secretary-General have to submit?", "apart from the annual report"],
    ["except Sudan who else asked for an extension until the end of the session?", "except Sudan"],
  ])("%s", (question, aside) => expect(setAsideText(question)).toBe(aside));

  it("is undefined when nothing is set aside", () => {
    expect(setAsideText("Which review mechanisms do States parties take part in?")).toBeUndefined();
  });
});

describe("concepts without what is set aside", () => {
  it("leaves out the set-aside names and keeps the rest", async () => {
    const t = await createTestAssistant();
    try {
      const { index } = t.assistant;
      const labels = (text: string) => {
        const q = understand(text, index.glossary, { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" });
        return conceptsOf({ index, glossary: index.glossary, q, now: new Date(), timeZone: "Europe/Vienna", thread: {} }).map((c) => c.label.toLowerCase());
      };
      const en = labels("Apart from GRECO and MESICIC, which other monitoring mechanisms do States parties join?");
      expect(en).not.toContain("greco");
      expect(en).not.toContain("mesicic");
      expect(en.some((l) => l.includes("monitoring"))).toBe(true);
      const zh = labels("除了反腐败国家集团以外，《公约》的缔约国还参加了哪些监测机制？");
      expect(zh.some((l) => l.includes("反腐败国家集团") || l.includes("除了"))).toBe(false);
      expect(zh.some((l) => /[《》]/.test(l))).toBe(false);
    } finally {
      await t.cleanup();
    }
  });
});

describe("what is set aside is not searched for", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["besides OECD WGB, GRECO and MESICIC, which other review or monitoring mechanisms do some UNCAC parties belong to?", /非洲联盟|African Union/],
    ["except for the OECD WGB, GRECO and MESICIC, what other monitoring mechanisms do a few UNCAC parties also sit on?", /非洲联盟|African Union/],
    ["aside from GRECO, the OECD WGB and the OAS MESICIC, which other review or monitoring mechanisms are several UNCAC parties members of?", /非洲联盟|African Union/],
    ["除了经合组织贿赂问题工作组、反腐败国家集团和美洲组织的机制以外，缔约国还参加了哪些监测机制？", /非洲联盟/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});

describe("what the question asks after what it sets aside is searched for", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    "Under A/RES/80/2, besides Bolivia which other State may vote in the General Assembly until the end of the eightieth session?",
    "In resolution 80/2, apart from Bolivia what other country can still vote in the Assembly till the end of its 80th session?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/\nSources:/)[0]).toMatch(/Sao Tome and Principe/);
  });
});
