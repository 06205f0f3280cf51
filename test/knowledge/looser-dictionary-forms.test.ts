/**
 * A dictionary sense of a Chinese word, as English documents also write it: a prefix set apart
 * ("nonaligned" as "Non-Aligned": 不结盟), and a meeting's kind without the head noun the
 * dictionary adds ("summit meeting" as "Summit": 峰会). Paraphrases not used to write the rule;
 * the answer tests ask over A/RES/80/40 ("the Nineteenth Summit of … Non-Aligned Countries, held
 * in Kampala on 19 and 20 January 2024").
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";
import { realGlossary } from "./corpus.js";

const g = realGlossary();
const senses = (q: string, label: string) => questionConcepts(q, "zh", g, () => true).find((c) => c.label === label)?.en.map((s) => s.term) ?? [];

describe("looser forms of a dictionary sense", () => {
  it("不结盟: non align", () => expect(senses("不结盟的立场是什么？", "不结盟")).toContain("non align"));
  it("峰会: summit", () => expect(senses("峰会在哪里开？", "峰会")).toContain("summit"));
});

describe("answers", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["80/40号决议里说的不结盟国家第十九次峰会是在哪个城市开的？", /坎帕拉|Kampala/],
    ["按80/40号决议，不结盟国家峰会是哪年开的？", /2024/],
  ])("%s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});
