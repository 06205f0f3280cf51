/**
 * A paragraph of a resolution named in a Chinese question ("80/48号决议第12段", "第80/48号决议第12段",
 * "决议80/12执行部分第7段") is where its answer is: what that paragraph asks or says, not every
 * paragraph with the same verb. A question writes the number without 第 as often as with it.
 * Paraphrases written before the rule, read off resolutions 80/12 and 80/48.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";

const ask = useTestAssistant(withRealDocuments);

describe("a paragraph of a resolution named in a Chinese question", () => {
  it.each([
    ["80/48号决议第12段呼吁什么？", "80/48", 12],
    ["决议80/12执行部分第7段请谁做什么？", "80/12", 7],
    ["第80/48号决议第12段呼吁各国做什么？", "80/48", 12],
  ] as const)("%s names the paragraph of %s", (text, number, paragraph) => {
    expect(read(text).resolutions).toContainEqual({ number, paragraph });
  });

  it.each([
    ["80/48号决议第12段呼吁什么？", /nuclear disarmament and non-proliferation education/],
    ["第80/48号决议第12段呼吁各国做什么？", /nuclear disarmament and non-proliferation education/],
    ["按照第80/48号决议第12段，谁被吁请推动核裁军和不扩散教育？", /all States/],
  ])("%s is answered by that paragraph", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
    expect(reply.citations.map((c) => c.paragraph)).toContain("12");
    expect(reply.citations.map((c) => c.paragraph)).not.toContain("3");
  });
});
