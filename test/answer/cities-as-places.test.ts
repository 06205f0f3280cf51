/**
 * Cities are places (places.json "cities": the capitals and cities UN meetings and treaties are
 * named after), so "signed in Cairo" answers where, in the asker's language. The word for the
 * kind asked ("哪座城市", "which city") is held by a passage that names one. A verb split by a
 * particle ("签的字", "开了会") is the verb whole; "当年" (back then) asks nothing. Paraphrases
 * not used to write the rules; the fact read off A/RES/80/14 by hand (signed in Cairo, 11 April 1996).
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { realGlossary } from "../knowledge/corpus.js";

const g = realGlossary();
const labels = (q: string) => questionConcepts(q, "zh", g, () => true).map((c) => c.label);

describe("Chinese verbs split by a particle, and 当年", () => {
  it.each([
    ["条约是在哪里签的字？", "签字"],
    ["工作组在哪儿开的会？", "开会"],
    ["哪些国家投了票？", "投票"],
  ])("%s reads %s", (question, verb) => {
    expect(labels(question)).toContain(verb);
  });
  it("keeps a meeting held as a meeting", () => {
    expect(labels("2019年开的会议在哪里？")).not.toContain("开会");
  });
  it("reads 当年 as no concept", () => {
    expect(labels("这项条约当年由谁起草？")).not.toContain("当年");
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("a city answers where", () => {
  it.each(["佩林达巴条约是在哪里签署的？", "非洲无核武器区条约在哪座城市签的字？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n").slice(0, 2).join("")).toContain("开罗");
  });
});
