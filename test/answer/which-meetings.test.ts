/**
 * "Which (earlier) meetings discussed it": meetings asked for by their ordinals are answered by the
 * passage that names them, though it names meetings other than the one the question speaks of,
 * and the answer lists them all (below the named meeting's when earlier ones are asked).
 * Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the meetings that discussed a topic", () => {
  it.each([
    ["the role of journalists and media as a WG topic - which earlier meetings covered it before the 15th?", /1st; 2nd; 4th; 8th; 13th/],
    ["which meetings of the prevention WG discussed the role of non-governmental stakeholders, journalists and the media?", /8th; 13th/],
    ["At which previous sessions did the WG take up the role of non-governmental stakeholders, journalists and media?", /8th; 13th/],
    ["预防工作组之前哪几次会议讨论过社会参与和记者、媒体的作用？", /第八和第十三次/],
    ["第十五次会议的社会参与议题，工作组以前在哪几次会议上讨论过？", /第八和第十三次/],
    ["记者和媒体的作用这个议题，工作组此前哪几届会议讨论过？", /第八和第十三次/],
  ])("%s names the meetings", async (question, meetings) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/\n\n/)[0]).toMatch(meetings);
  });
});

describe("an ordinal of a committee's name", () => {
  it.each(["80/44里第一和第四委员会开过哪几次联合会议？", "第一委员会和第四委员会一起开过哪几次会议？"])("%s: the First and Fourth Committees are no meetings' ordinals", async (question) => {
    const reply = await ask(question);
    expect(reply.text).not.toMatch(/届次：[^。]*第一次|届次：[^。]*第四次/);
  });
});
