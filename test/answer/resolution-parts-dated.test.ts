/**
 * A resolution adopted in parts ("67/234 A of 24 December 2012, 67/234 B of 2 April 2013"): the
 * date asked is the one the text gives the part the question names. Paraphrases written before
 * the rule; the dates read off the preamble of A/RES/80/46 by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the date of a resolution's part", () => {
  it.each([
    ["when was resolution 67/234 B adopted?", /Date: 2 April 2013\./],
    ["on what date was GA resolution 67/234 B adopted?", /Date: 2 April 2013\./],
    ["第67/234 B号决议是哪天通过的？", /日期：2013年4月2日。/],
    ["when was resolution 67/234 A adopted?", /Date: 24 December 2012\./],
  ])("%s", async (q, date) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(date);
  });
});
