/**
 * A meeting's page lists its documents, each a symbol and a title. Asked for the symbol of one of
 * them, the answer is weighed on what the question says of the document, not on what the page
 * already says of the meeting (its body, place and year), and gives that entry's symbol alone.
 * Paraphrases not used to write the rule; symbols read off the second session's page by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { ownWords as own } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("the symbol of a document a meeting's page lists", () => {
  it.each([
    "symbol of the final list of participants for the prevention working group meeting in Vienna, August 2011?",
    "预防工作组2011年维也纳会议的与会人员名单，文号是多少？",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    // The answer's line gives that entry's symbol, not the one listed beside it (the annotated
    // agenda) nor the meeting's report (the quoted list below it shows them all).
    const line = own(reply.text).split("\n")[0];
    expect(line).toContain("CAC/COSP/WG.4/2011/INF.1");
    expect(line).not.toMatch(/CAC\/COSP\/WG\.4\/2011\/[14]\b/);
  });
});
