/**
 * "Where is the SG to publish / post …": a question about where something is published asks for
 * a place of publication (a website, a portal, the Journal of the United Nations), not a city; and
 * a "heads-up" is an announcement. Read off A/RES/80/2 by hand (paragraph 3: the deadline of
 * resolution 54/237 C brought to Member States' attention "including through an early
 * announcement in the Journal of the United Nations"). Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { realGlossary } from "../knowledge/corpus.js";
import { beforeSources } from "../core/answer-text.js";

const g = realGlossary();

describe("a heads-up", () => {
  it.each(["any heads-up on the deadline?", "did they give a heads up about the session?"])("is an announcement: %s", (q) => {
    const c = questionConcepts(q, "en", g, () => true);
    expect(c.flatMap((x) => x.zh.map((z) => z.term))).toContain("通知");
    expect(c.map((x) => x.label.toLowerCase())).not.toContain("heading");
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("where something is published", () => {
  it.each([
    "80/2: where is the SG to publish the early announcement on the 54/237 C deadline?",
    "where should the secretary-general post an early heads up of the deadline in 54/237 C?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toContain("Journal of the United Nations");
  });
});

// "In which city was A/70/46 published", "在哪座城市印发的": the imprint on a document's cover
// ("United Nations New York, 2015", "2015年,纽约") says where it was published, though it places no
// meeting. Paraphrases not used to write the rule; the place read off A/70/46's cover by hand.
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
