/**
 * "Where was the 2nd session held?" is not answered by a passage whose every place stands by
 * another session's ordinal: CAC/COSP/2015/1 says the first session "was held in Amman", and of
 * the second only that it "was to be held within one year". A place said of every meeting listed
 * ("… the sixth …, all held in Addis Ababa") is the place of each. Paraphrases not used to write
 * the rule, over the real documents.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("a place that stands by another session's ordinal", () => {
  it.each(["Which city hosted the second session of the Conference of the States Parties?", "CoSP 2nd session: where was it held?", "缔约国会议第二届会议是在哪里举行的？"])("%s is refused", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
    expect(beforeSources(reply.text)).not.toMatch(/Amman|安曼/);
  });
});

describe("a place said of every meeting listed", () => {
  it.each(["In which city did the fourth Conference of States Parties to the Treaty of Pelindaba take place?", "佩林达巴条约第五次缔约国会议在哪个城市开的？"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/Addis Ababa|亚的斯亚贝巴/);
  });
});
