/**
 * A chat question that opens on the word "year(s)" ("years of the special sessions?") asks for a
 * year, as "in which year" does: a passage that states the years answers it. Paraphrases not used
 * to write the rule; the years read off A/RES/80/30, preamble 2, by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";

describe("a year asked by a question that opens on the word", () => {
  it.each(["years of the three disarmament special sessions?", "year of adoption of the Arms Trade Treaty?", "the years for SSOD I to III?"])("%s", (q) => {
    expect(read(q).asks.has("year")).toBe(true);
  });
  it.each(["how many years of experience do the experts have?", "what did the group do over the years?"])("not: %s", (q) => {
    expect(read(q).asks.has("year")).toBe(false);
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("the years of the special sessions devoted to disarmament", () => {
  it("are given by the paragraph that states them", async () => {
    const reply = await ask("years of the three GA special sessions on disarmament?");
    expect(reply.answered, reply.text).toBe(true);
    for (const y of ["1978", "1982", "1988"]) expect(reply.text).toContain(y);
  });
});
