/**
 * A subsidiary body's short name with a number names its session or meeting ("IRG14", "IRG 14",
 * "WG15", "WG 15", "EMIC-4"), as "COSP10" names the Conference's tenth session; a symbol's
 * "WG.4" does not. In the name of a document the question takes as its source ("the IRG12
 * synergies report builds on which earlier report"), it names the document, not the meeting asked.
 * So does a figure right after any of a body's names ("prevention working group 11"), not a year,
 * a symbol or a count. Paraphrases not used to write the rule.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answer/understand.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { repoRoot, useTestAssistant } from "../core/test-assistant.js";

const glossary = loadGlossary(join(repoRoot, "data", "terms"));
const read = (q: string) => understand(q, glossary, { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" });

describe("a short name numbered", () => {
  it.each([
    ["IRG 14 dates", 14, "session"],
    ["IRG14: when?", 14, "session"],
    ["WG 15 — where is it held?", 15, "meeting"],
    ["what's on the WG15 agenda?", 15, "meeting"],
    ["EMIC-4 venue", 4, "meeting"],
  ] as const)("%s is the meeting numbered %i", (q, ordinal, word) => {
    const r = read(q);
    expect(r.ordinal).toBe(ordinal);
    expect(r.meetingWord).toBe(word);
  });

  it.each([
    ["prevention working group 11 - agenda?", 11],
    ["asset recovery WG 13 dates", 13],
    ["预防工作组 11 议程", 11],
  ] as const)("a figure right after any of a body's names numbers its meeting: %s", (q, ordinal) => {
    expect(read(q).ordinal).toBe(ordinal);
  });

  it.each(["the prevention working group 2024 meeting", "the Conference 10/3 resolution", "prevention working group 5 countries reported"])("a year, a symbol or a count after a name is no meeting's number: %s", (q) => {
    expect(read(q).ordinal).toBeUndefined();
  });

  it("a symbol's WG.4 is no meeting", () => {
    expect(read("what is CAC/COSP/WG.4/2024/3?").ordinal).toBeUndefined();
  });

  it("in a source document's name it names the document", () => {
    expect(read("the IRG12 synergies report builds on which earlier report? symbol?").ordinal).toBeUndefined();
  });
});

describe("answers of a meeting named so", () => {
  const ask = useTestAssistant();
  it.each(["WG 15 — where is it held?", "where does WG15 meet?"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.replace(/\*\*/g, "")).toMatch(/15th meeting of the Working Group on Prevention: 3–6 September 2024/);
  });
});
