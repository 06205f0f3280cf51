/**
 * "In which city was A/70/46 published", "在哪座城市印发的": the imprint on a document's cover
 * ("United Nations New York, 2015", "2015年,纽约") says where it was published, though it places no
 * meeting. Paraphrases not used to write the rule; the place read off A/70/46's cover by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("where a document was published, from its imprint", () => {
  it.each([
    ["A/70/46是在哪座城市印发的？", /纽约/],
    ["In which city was A/70/46 published?", /New York/],
    ["原子辐射科学委员会的报告A/70/46在哪个城市出版？", /纽约/],
  ])("%s", async (q, place) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/\n>/)[0]).toMatch(place);
  });
});
