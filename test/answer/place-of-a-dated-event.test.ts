/**
 * A question that names an event by its date, of a list of dated events ("convened by Norway, on
 * 4 and 5 March 2013, Mexico, on 13 and 14 February 2014, and Austria, on 8 and 9 December 2014,
 * and, most recently, on 20 June 2022"): the place written beside that date answers, not every
 * place of the list, and a date the list gives no place beside is not placed. Paraphrases not
 * used to write the rule; facts read off A/RES/80/50 by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the place beside the date asked", () => {
  it.each([
    ["2014年12月8日至9日召开的核武器人道主义影响会议是在哪个城市？", "地点：奥地利。"],
    ["核武器人道主义影响会议2014年2月13日至14日那次在哪里开？", "地点：墨西哥。"],
    ["2013年3月4日至5日的核武器人道主义影响会议在哪国举行？", "地点：挪威；"],
  ])("%s", async (q, place) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain(place);
  });
});

describe("a date of the list with no place beside it", () => {
  it.each([
    "the humanitarian impact conference held on 20 June 2022 — in which city?",
    "humanitarian impact of nuclear weapons, the 20 June 2022 conference: which country hosted it?",
    "where did the conference on humanitarian consequences of 20 June 2022 take place?",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });
});
