/**
 * An organization named in full in running text answers "which organization", however the
 * extraction glued its words and whether or not the glossary writes its short form after it.
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

// The prevention group's second session page: "CAC/COSP/WG.4/2011/CRP.2 Activities supported by the
// Organization for Security andCo-operation in Europe …" (the extraction glued "and" to the next
// word; the glossary writes the name with its short form, "… in Europe (OSCE)").
describe("an organization named in full, glued by the extraction and without its short form, answers which organization", () => {
  it.each([
    "At the prevention working group's second session, CRP.2 covered the work of which organization?",
    "which organisation supported the activities described in CAC/COSP/WG.4/2011/CRP.2?",
    "CAC/COSP/WG.4/2011/CRP.2 涉及哪一个国际组织的活动？",
    "预防工作组第二届会议的CRP.2，介绍的是哪一国际组织支持的工作？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/\nSources:|\n出处：/)[0]).toMatch(/Security and ?Co-operation in Europe|欧洲安全与合作组织|欧安组织/);
  });
});
