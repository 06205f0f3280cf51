/**
 * Words of how an act goes on, not what it is: "keep sending", "keeps monitoring" (the verb after
 * "keep" is the act), "every year", "each year", 每年 (a paragraph says "annually" as often). A
 * passage is never weighed against them. And "what is the Secretary-General supposed to do" asks
 * what, not who: an office after "what is the" is the subject, not the kind of answer. Read off the
 * General Assembly's resolutions; paraphrases not used to write the rules.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { understand } from "../../src/answer/understand.js";

describe("words of how an act goes on", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    "Per resolution 80/12, what is the Secretary-General asked to keep doing every year on military expenditures?",
    "Under resolution 80/12, what must the SG keep sending out each year on military spending?",
  ])("never count against the paragraph that says the act: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/note verbale/);
  });
});

describe("an office after 'what is the'", () => {
  const g = loadGlossary(join(repoRoot, "data/terms"));
  const asks = (q: string) => understand(q, g, { now: new Date("2025-01-01T00:00:00Z"), timeZone: "UTC" }).asks;
  it.each(["what is the Secretary-General supposed to send every year?", "what was the Prosecutor asked to report on?"])("asks what, not who: %s", (q) => {
    expect(asks(q).has("who")).toBe(false);
  });
  it.each(["which UN official presented the report?", "what senior official opened the session?"])("still asks who: %s", (q) => {
    expect(asks(q).has("who")).toBe(true);
  });
});
