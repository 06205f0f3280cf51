/**
 * "What right of Member States", "which obligations of the States parties": the thing of the
 * States is asked, not a State; "which countries", "what African States", "which of the States"
 * still ask who. And an organization asked of the States ("what organization should Member States
 * cooperate with") is answered by a paragraph that names organizations, not States. Paraphrases
 * not used to write the rules.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, useTestAssistant, withPdfDocuments, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { understand } from "../../src/answer/understand.js";

const glossary = loadGlossary(join(repoRoot, "data", "terms"));
const asks = (text: string) => understand(text, glossary, { now: new Date("2024-09-01T08:00:00Z"), timeZone: "Europe/Vienna" }).asks;

describe("a thing of the States asked", () => {
  it.each([
    "What right of Member States does the Red Sea draft take note of?",
    "which obligations of the States parties does the convention list?",
    "what role for regional organizations does the draft recognise?",
    "What share of countries took part?",
  ])("asks no who: %s", (q) => {
    expect(asks(q).has("who")).toBe(false);
  });

  it.each(["Which countries sponsored it?", "what African States signed?", "which of the States voted against?", "which of these organizations attended?", "what other delegations spoke?"])(
    "still asks who: %s",
    (q) => {
      expect(asks(q).has("who")).toBe(true);
    },
  );

  const ask = useTestAssistant(withPdfDocuments);
  it("is answered by the paragraph that states it", async () => {
    const reply = await ask("Which right of Member States is noted in the Red Sea draft resolution?");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/defend their vessels/);
  });
});

describe("an organization asked of the States", () => {
  const ask = useTestAssistant(withRealDocuments);
  it("is answered by a paragraph that names organizations", async () => {
    const reply = await ask("Olympic truce resolution: other than the IOC, what organization should Member States cooperate with?");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/International Paralympic Committee/);
  });
});
