/**
 * "Which 2 orgs", "which three countries": a count between "which" and the noun still asks who,
 * and the names stand in the answer's own words over a passage in the other language. "LatAm" is
 * chat for Latin America. Paraphrases not used to write the rule; the fact read off the Working
 * Group on Prevention's 2019 draft report by hand (paragraph 9: INTERPOL and Transparency International).
 */
import { describe, expect, it } from "vitest";
import { spelledOut } from "../../src/knowledge/index.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";


describe("a count between which and the noun asks who", () => {
  it.each(["which 2 organizations took part?", "which three countries hosted workshops?", "what 2 agencies run it?"])("%s", (q) => {
    expect(read(q).asks.has("who")).toBe(true);
  });
  it("spells out LatAm", () => {
    expect(spelledOut("projects in LatAm")).toBe("projects in Latin America");
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("the organizations asked for, named in the answer's words", () => {
  it.each(["which 2 orgs does UNODC implement the cocaine route project with?", "cocaine route project in LatAm: UNODC works with which two organizations?"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    const head = reply.text.split("\n").slice(0, 2).join(" ");
    expect(head).toMatch(/INTERPOL/);
    expect(head).toMatch(/Transparency International/);
  });
});
