/**
 * "During its twelfth session", "第十二届会议期间": what a passage on the session tells is of it,
 * whatever words it uses ("其间共举行了10次会议", "during which"), so "during" before a meeting
 * and 期间 after one are no concepts a passage must hold; "during the reporting period" keeps
 * its word. "Ad hoc committee" is the 特设委员会, not "added". Paraphrases not used to write the
 * rule; the fact read off A/55/383/Add.2 by hand (paragraph 4: ten meetings).
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { realGlossary } from "./corpus.js";

const g = realGlossary();
const labels = (q: string, lang: "en" | "zh") => questionConcepts(q, lang, g, () => true).map((c) => c.label.toLowerCase());

describe("during a meeting is no concept", () => {
  it.each([
    ["How many statements were made during the third session of the Conference?", "en", "during"],
    ["what did the working group decide during its fifteenth meeting", "en", "during"],
    ["第三届会议期间有多少个国家发言？", "zh", "期间"],
    ["工作组第十五次会议期间讨论了什么？", "zh", "期间"],
    ["第三届会议，期间有几个国家发言？", "zh", "期间"],
  ] as const)("%s", (question, lang, word) => {
    expect(labels(question, lang)).not.toContain(word);
  });

  it.each([
    ["what was reported during the reporting period", "en", "during"],
    ["报告期间提交了哪些材料？", "zh", "期间"],
  ] as const)("keeps it elsewhere: %s", (question, lang, word) => {
    expect(labels(question, lang)).toContain(word);
  });

  it("reads the ad hoc committee as one term", () => {
    expect(labels("What did the ad hoc committee finalize?", "en")).toContain("ad hoc committee");
    expect(labels("What did the ad hoc committee finalize?", "en")).not.toContain("added");
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("how many meetings a committee held during a session", () => {
  it.each([
    "打击跨国有组织犯罪公约特设委员会在第十二届会议期间开了多少次会？",
    "特设委员会第十二届会议期间共举行了几次会议？",
    "How many meetings did the Ad Hoc Committee hold during its twelfth session?",
    "how many meetings took place during the twelfth session of the ad hoc committee on the organized crime convention?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n").slice(0, 2).join(" ")).toMatch(/10次会议|\b10\b/);
  });
});
