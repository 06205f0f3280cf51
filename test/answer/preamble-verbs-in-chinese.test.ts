/**
 * A Chinese question on an English resolution's preamble writes its opening verb as the
 * Organization's Chinese texts do: 深信 (Convinced), 铭记 (Mindful, Bearing in mind), 意识到
 * (Conscious, Aware), 痛惜 (Deploring). Each is the English verb the paragraph opens with, so the
 * paragraph it opens answers, not the resolution's operative requests. Paraphrases written before
 * the terms were added, read off resolutions 80/18, 80/20, 80/38 and 80/52.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("a preambular verb in a Chinese question", () => {
  it.each([
    ["80/20号决议序言意识到防止外空军备竞赛可以避免什么？", /avert a grave danger to international peace and security/, "preamble 4"],
    ["80/52号决议序言意识到集束弹药残留物会妨碍什么？", /obstruct economic and social development/, "preamble 4"],
    ["关于集束弹药的80/52号决议痛惜什么？", /Deploring the use of cluster munitions/, "preamble 3"],
    ["80/38号决议序言铭记什么的执行情况?", /implementation of the outcomes adopted by the follow-up meetings/, "preamble 6"],
    ["80/18号决议的序言深信核裁军和彻底消除核武器对消除什么危险是必不可少的？", /remove the danger of nuclear war/, "preamble 4"],
    ["80/20号决议深信这些措施可以大大改善应对什么威胁的条件？", /the threat of an arms race in outer space/, "preamble 8"],
  ])("%s", async (q, fact, paragraph) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
    expect(reply.text).toContain(paragraph);
  });
});
