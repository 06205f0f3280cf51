/**
 * "审议大会" / "审查大会" is a treaty's Review Conference, one term, not 审议 and 大会 (the General
 * Assembly) apart: the passage on the third Review Conference of the Convention on Cluster
 * Munitions gives its place. Paraphrases not used to write the term; the place read off A/RES/80/52
 * by hand (paragraph 8: "to be held in Vientiane").
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("a treaty's Review Conference", () => {
  it.each([
    ["集束弹药公约第三次审议大会打算在哪里开？", /万象/],
    ["《集束弹药公约》的第三次审议大会计划在哪个城市举行？", /万象/],
    ["集束弹药公约第三次审议大会将在何处举办？", /万象/],
    ["Cluster Munitions Convention: where is its third Review Conference taking place?", /Vientiane/],
    ["which city hosts the 3rd review conference of the convention on cluster munitions?", /Vientiane/],
    ["where will the third Review Conference of the Convention on Cluster Munitions be held?", /Vientiane/],
  ])("%s", async (question, place) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(place);
  });
});
