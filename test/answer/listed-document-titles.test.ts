/**
 * The documents of a meeting are listed with their titles: the corpus document's own, else the
 * words the listing prints after the symbol (a meeting page's table: "CAC/COSP/WG.4/2011/CRP.2
 * Activities supported by the Organization for Security and Co-operation in Europe …"), so that a
 * question about what one of them is about is answered in the list's own text. A symbol cited in
 * running text has no title. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { titleAfterSymbol } from "../../src/answer/answer-document.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("a listed document's title", () => {
  it.each([
    ["which documents were issued for the prevention working group's second session?", "Activities supported by the Organization for Security"],
    ["papers for the Aug 2011 meeting of the WG on prevention", "Notifications pursuant to article 6, paragraph 3"],
    ["list the documents of the second meeting of the working group on prevention", "Annotated provisional agenda and proposed organization of work"],
    ["预防腐败工作组第二届会议有哪些文件？", "Activities supported by the Organization for Security"],
    ["2011年8月预防工作组开会时用了哪些会议文件", "codes of conduct (article 8 of the Convention)"],
    ["给预防工作组第二次会议准备的文件都有哪些", "Report on the meeting of the Open-ended"],
  ])("%s", async (question, title) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toContain(title);
  });

  it("is the words a listing prints after the symbol, up to its furniture", () => {
    const row = "CAC/COSP/WG.4/2011/CRP.2 Activities supported by the Organization for Security and Co-operation in Europe in combating corruption across its region  - - - - - !";
    expect(titleAfterSymbol(row, "CAC/COSP/WG.4/2011/CRP.2")).toBe("Activities supported by the Organization for Security and Co-operation in Europe in combating corruption across its region");
    const two = "CAC/COSP/WG.4/2011/INF.1 Final List of Participants - - Session documents Document Symbol Topic EN FR SP RU AR CH CAC/COSP/WG.4/2011/1 Annotated provisional agenda and proposed organization of work";
    expect(titleAfterSymbol(two, "CAC/COSP/WG.4/2011/INF.1")).toBe("Final List of Participants");
    expect(titleAfterSymbol(two, "CAC/COSP/WG.4/2011/1")).toBe("Annotated provisional agenda and proposed organization of work");
  });

  it("is none for a symbol cited in running text", () => {
    expect(titleAfterSymbol("lessons learned in implementation (CAC/COSP/WG.4/2011/4, paragraph 12).", "CAC/COSP/WG.4/2011/4")).toBeUndefined();
    expect(titleAfterSymbol("as set out in CAC/COSP/2023/18 and in the report", "CAC/COSP/2023/18")).toBeUndefined();
  });
});
