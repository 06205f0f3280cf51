/**
 * When something was established is the date of the resolution it was established by: "the
 * working group established pursuant to resolution 76/233 of 24 December 2021",
 * "特设委员会是根据大会1998年12月9日第53/111号决议设立的". A cited resolution's date dates nothing
 * else the passage tells of (its adoption only), but it does date what was set up by it. A Chinese
 * question's word for setting up (成立) is found in the glossary's other words for it (设立) as an
 * English question's is. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { unquoted as ownText } from "../core/answer-text.js";


describe("when something was established, from the resolution it was established by", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["when did the GA create the ad hoc committee that drafted the organized crime convention?", /9 December 1998/],
    ["when was the ad hoc committee on the organized crime convention set up?", /9 December 1998/],
    ["打击跨国有组织犯罪公约特设委员会是什么时候成立的？", /1998年12月9日/],
    ["what date was the OEWG on conventional ammunition established?", /24 December 2021/],
  ])("%s", async (question, date) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownText(reply.text)).toMatch(date);
  });

  it("still does not date another thing a passage tells of by the date of a resolution it cites", async () => {
    // The working group's report was adopted, without a vote, on a day no passage gives; resolution
    // 78/47's date is its own adoption's.
    const reply = await ask("when was the final report of the open-ended working group on conventional ammunition adopted?");
    expect(ownText(reply.text)).not.toMatch(/24 December 2021/);
  });
});
