/**
 * The name of an official or officer asked ("the name of the UNODC official who …", "which
 * official opened …", "…的秘书处官员是谁") asks for a person: a paragraph that names no person
 * holding that office (a State that took part, an agenda's items) does not answer, and the office
 * is the noun the asker names last ("the UNODC official": the official, not UNODC). Someone asked
 * of an agenda item ("who introduced item 2") is asked of the item, not its agenda. Where a
 * paragraph names the person, the answer names them. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a person asked by an official's office", () => {
  const ask = useTestAssistant(withPdfDocuments);
  it.each([
    "Could you give me the name of the UNODC staff officer who drafted the prevention working group's 2020 progress report?",
    "name of the Secretariat official who introduced item 2 at the prevention working group's 15th meeting?",
    "what was the name of the UNODC official who presented the 2019 implementation report to the Working Group on Prevention?",
    "编写2020年预防工作组进展报告的毒品和犯罪问题办公室官员叫什么名字？",
    "预防工作组第十五次会议上介绍议程项目2的秘书处官员是谁？",
    "向预防工作组第十次会议作介绍的毒品和犯罪问题办公室官员叫什么？",
  ])("is not answered by a paragraph that names no one holding the office: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(false);
  });

  it.each([
    "what is the name of the official the Security Council draft appoints as Prosecutor of the Residual Mechanism?",
    "who is the official appointed Prosecutor of the Residual Mechanism in the 2022 draft?",
  ])("is answered by the paragraph that names them: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/Serge Brammertz/);
  });
});
