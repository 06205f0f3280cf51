/**
 * The item of an agenda a question names by its title, also across languages (a Chinese
 * question over an English agenda), when the question also names the meeting by its number,
 * place and "provisional agenda": those words name the meeting, not the item. Paraphrases not
 * used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withPdfDocuments, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("an agenda item named by its title", () => {
  it.each([
    ["第六届缔约国会议临时议程中，国际合作是第几个项目？", /项目6/],
    ["缔约国会议第六届会议（圣彼得堡）的临时议程上，预防是哪一项？", /项目4/],
    ["In the provisional agenda of the Conference's sixth session in Saint Petersburg, which item is asset recovery?", /Item 5/i],
  ])("%s", async (question, item) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(item);
    // One item, not the whole agenda.
    expect(reply.text).not.toMatch(/Organizational matters/);
  });
});

describe("an item named by its title at a meeting placed by its body and month", () => {
  it.each([
    ["prevention working group, Sept 2024: on which day is public procurement discussed?", /3 September 2024/],
    ["预防工作组2024年9月那次会，妇女和青年那个议题安排在哪天？", /2024年9月5日/],
    ["When in September 2024 does the prevention WG take up measuring corruption?", /September 2024/],
  ])("%s", async (question, day) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/2\(a\)\((?:i|iv|v)\)|2\(a\)\(/);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(day);
    expect(reply.text).not.toMatch(/Meetings the documents place in that period|在该期间举行的会议/);
  });
});

describe("the day of an item named by its title, asked with its part of the day or the schedule's words", () => {
  // "Which day … scheduled", "morning or afternoon" ask when the item is taken up, not a day's
  // agenda; a term of several words ("women and youth") names the item as two words would.
  it.each([
    ["WG prevention 15th meeting: on which day is the panel on women and youth scheduled?", /5 September 2024/],
    ["15th prevention WG meeting — which day are women and youth taken up, morning or afternoon?", /5 September 2024/],
    // A meeting placed by its body and year, with the words of taking a subject up.
    ["which day does the prevention working group take up women and youth at its 2024 session?", /5 September 2024/],
    ["at its 2024 meeting, when does the working group on prevention consider the role of women and youth?", /5 September 2024/],
  ])("%s", async (question, day) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(day);
    expect(reply.text).not.toMatch(/Organizational matters/);
  });
});

/**
 * "议程项目3在什么时候讨论": the day and time an item is scheduled for say when it is discussed, so a
 * resolution's paragraph that speaks of a discussion and an item 3 does not outweigh the schedule.
 */
describe("an agenda item's slot answers when it is discussed, taken up or considered", () => {
  // (With the Security Council drafts indexed too, as the bot runs on its whole stream.)
  const askAll = useTestAssistant(withPdfDocuments);
  it.each([
    ["议程项目3在什么时候讨论？", /2024年9月6日/],
    ["When is agenda item 3 discussed?", /6 September 2024/],
    ["项目4什么时候审议？", /2024年9月6日.*下午3时/],
    ["When will item 2(a)(ii) be considered?", /4 September 2024/],
  ])("%s", async (question, slot) => {
    const reply = await askAll(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split(/Sources:|出处/)[0]).toMatch(slot);
  });
});
