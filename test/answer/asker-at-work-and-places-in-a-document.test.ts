/**
 * Words that say nothing a passage must hold: the desk work the asker is at, its subject left out
 * ("Drafting talking points on …", "Putting together a brief …", "在准备发言要点"); "going to" before
 * a verb (what lies ahead, which a paragraph says with "to be held"); a paragraph named by its
 * number ("para 8": its place, which no paragraph writes); and Member States after a preposition
 * ("promote the truce among Member States": to or among whom, not the State asked for). Read off
 * the General Assembly's resolutions; paraphrases not used to write the rules.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { questionConcepts } from "../../src/knowledge/index.js";

describe("what the asker is at", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["Drafting talking points on the arms Register for our 1st Cttee statement. What share of the 2024–2025 GGE were women?", /half/],
    ["Working on our statement for the First Committee. To which session must the SG report on environmental norms in disarmament agreements?", /eighty-first/],
    ["Putting together a brief on the TPNW. How many States had become Parties as at 10 October 2025?", /\b74\b/],
  ])("is no word a paragraph must write: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });
});

describe("going to, before a verb", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    ["Olympic truce res – where are the 2026 Summer Youth Olympic Games going to be held?", /Dakar/],
    ["Where are the XXVII Olympic Winter Games going to be held?", /Salt Lake City/],
  ])("says what lies ahead: %s", async (q, fact) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(fact);
  });

  const g = loadGlossary(join(repoRoot, "data/terms"));
  const labels = (q: string) => questionConcepts(q, "en", g).map((c) => c.label.toLowerCase());
  it("is no concept, nor one word with the word before it", () => {
    const seen = labels("where are the Games going to be held?");
    expect(seen).not.toContain("games going");
    expect(seen).not.toContain("going");
    expect(seen).toContain("games");
  });
  it.each(["who is going to the Vienna meeting?", "which delegations are going to Vienna?"])("is still a going somewhere before a place or a meeting: %s", (q) => {
    expect(labels(q)).toContain("going to");
  });
});

describe("a paragraph named by its number, and States after a preposition", () => {
  const ask = useTestAssistant(withRealDocuments);
  it("answer from the paragraph, with the party asked named", async () => {
    const reply = await ask("Olympic truce res para 8 – besides the SG, who is asked to promote observance of the truce among member states?");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/President of the General Assembly/);
  });
});
