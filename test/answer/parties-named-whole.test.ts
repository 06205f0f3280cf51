/**
 * "Which countries …", "who …": the parties a passage names are the answer, named in the answer's
 * own text whole, not the first three of them. Read off the bundled Chinese progress report
 * (CAC/COSP/WG.4/2019/L.1/Add.1), asked in English; paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("the parties asked for", () => {
  const ask = useTestAssistant();
  it.each([
    "which countries' courts received UNODC technical assistance at the national level in the 2019 progress report on prevention?",
    "per the 2019 implementation report, UNODC gave technical assistance to the judiciaries of which States at the national level?",
    "To whose judiciaries did UNODC provide national-level technical assistance, according to the 2019 implementation update?",
  ])("are named whole in the answer's text: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    const text = beforeSources(reply.text).replace(/“[^”]*”|「[^」]*」/g, "");
    for (const state of [/C[ôo]te d[’']Ivoire/, /Cabo Verde|Cape Verde/, /Haiti/, /Ecuador/]) expect(text).toMatch(state);
  });
});
