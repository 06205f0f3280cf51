/**
 * A person's name asked ("the name of the Chairperson of the African Union Commission", "the name
 * of the panellist from Myanmar", "主席叫什么名字") is answered by a sentence that names a person in
 * an office the question names, not by a paragraph that names only the office or an organization
 * ("the name of the Prosecutor the Gabon IRMCT draft appoints", "the name of the official the draft
 * appoints as Prosecutor"). Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a person's name asked", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    "what's the name of the chair of the AU Commission mentioned in S/2019/179?",
    "What is the name of the Chairperson of the African Union Commission referred to in draft resolution S/2019/179?",
    "name of the Myanmar speaker at the 2019 prevention working group panel?",
    "S/2019/179里提到的非洲联盟委员会主席叫什么名字？",
  ])("is refused where the documents name only the office: %s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
  });

  it("is the person a sentence names in the office asked", async () => {
    const reply = await ask("what is the name of the Prosecutor the Gabon IRMCT draft appoints?");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/Brammertz/);
  });
});
