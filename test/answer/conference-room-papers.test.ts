/**
 * A meeting page's list of papers under a heading set in capitals ("CONFERENCE ROOM PAPERS"): the
 * line of the paper asked answers, not the report line above the heading, which the heading had
 * been read into. Read off the UNODC page of the prevention working group's second session (2011):
 * CAC/COSP/WG.4/2011/CRP.2, activities supported by the OSCE. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("a paper listed under a heading in capitals", () => {
  it.each(["symbol of the conference room paper on OSCE anti-corruption activities at the 2nd session of the prevention working group?", "预防工作组第二届会议关于欧安组织打击腐败活动的会议室文件的文号"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toContain("CAC/COSP/WG.4/2011/CRP.2");
    expect(beforeSources(reply.text)).not.toContain("CAC/COSP/WG.4/2011/4");
  });
});
