/**
 * A place named inside a title a passage quotes ("its resolution 10/1 entitled ‘Atlanta 2023:
 * promoting integrity …’") is no place where a meeting was held: the working group's 15th
 * meeting is placed in Vienna, where the documents hold it, not in Atlanta. Paraphrases not used
 * to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a place in a quoted title does not answer where a meeting was held", () => {
  it.each([
    ["where did the prevention working group of the Convention hold its 15th meeting?", /Vienna/],
    ["the Convention's prevention WG, 15th mtg: which city?", /Vienna/],
    ["《公约》预防工作组第十五次会议是在哪个城市开的？", /维也纳/],
  ])("%s", async (q, place) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(place);
    expect(reply.text).not.toMatch(/Place: Atlanta|地点：亚特兰大/);
  });
});
