/**
 * A document of a disarmament treaty's meeting that a resolution cites in a footnote
 * ("TPNW/MSP/2022/6, annex II" for the Vienna Action Plan) is named by its symbol when asked for.
 * Read off the real General Assembly resolutions; paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

describe("a treaty meeting's document asked by its symbol", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each(["禁核条约维也纳行动计划的文号是什么？", "what is the symbol of the Vienna Action Plan adopted at the first TPNW Meeting of States Parties?"])("gives the symbol the footnote cites: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/TPNW\/MSP\/2022\/6/);
  });
});
