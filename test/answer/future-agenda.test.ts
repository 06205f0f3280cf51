/**
 * "When will the Assembly next take up the item on …": the session whose provisional agenda a
 * resolution, described by its subject, puts the item on. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("the session a described resolution puts its item on", () => {
  it.each([
    ["When will the General Assembly next take up the sport and Olympic ideal item?", /eighty-second|82nd/],
    ["When does the GA take up the item on sport and the Olympic ideal again?", /eighty-second|82nd/],
    ["At which session will the GA consider security assurances for non-nuclear-weapon States again?", /eighty-first|81st/],
    ["联大哪一届会议会再次审议体育和奥林匹克理想这个项目？", /第八十二届/],
    // "Next" or "again" after the verb, or with an agenda, in either order.
    ["Transparency in armaments: when does the Assembly take that item up next?", /eighty-third|83rd/],
    ["When is transparency in armaments going to be discussed again by the GA?", /eighty-third|83rd/],
    ["When will the General Assembly consider the sport and Olympic ideal sub-item again?", /eighty-second|82nd/],
    ["大会什么时候再审议军备透明问题？", /第八十三届/],
    ["军备透明这个项目以后会在大会哪届会议上再讨论？", /第八十三届/],
    // "Which GA session", a session named by the body's short name.
    ["which GA session does the transparency in armaments res put the item on next?", /eighty-third|83rd/],
    ["sport and the Olympic ideal res: which General Assembly session is it on the agenda of next?", /eighty-second|82nd/],
    ["no first placement of weapons in outer space res: which GA session gets the item next?", /eighty-first|81st/],
  ])("%s", async (question, session) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(session);
    expect(reply.text).not.toMatch(/Several meetings match/);
  });
});

describe("a resolution described by a short form of its title's words", () => {
  // "milex" is "military expenditures", "the arms register" the Register of Conventional Arms:
  // the glossary's other English forms of a term count when a title is matched.
  it.each([
    ["milex reporting resolution — when's that item on the GA agenda next?", /eighty-third|83rd/],
    ["the transparency of milex res: which session does the Assembly take it up again?", /eighty-third|83rd/],
    ["the military spending transparency resolution — which GA session is it on the agenda of next?", /eighty-third|83rd/],
  ])("%s", async (question, session) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(session);
    expect(reply.text).not.toMatch(/Several meetings match/);
  });
});

describe("the agenda item of a session after the resolution's own", () => {
  it.each([
    "80/20: under which agenda item will the sub-item be at the 81st session?",
    "no first placement of weapons in outer space res — at GA 81, which item is it under?",
    "不首先在外空放置武器的决议：第八十一届会议时这个分项列在哪个项目下？",
  ])("%s is the item it puts on that session's provisional agenda", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/provisional agenda of its eighty-first session, under the item entitled “Prevention of an arms race in outer space”/);
  });
});

describe("a resolution's place on an agenda, of a resolution the documents do not hold", () => {
  it.each([
    "CTBT res: when is it back on the agenda?",
    "test-ban treaty resolution — which session's agenda is it on next?",
    "全面禁核试条约那项决议下次什么时候列入议程？",
  ])("%s is not answered with the agenda of the meeting the documents organize", async (q) => {
    const reply = await ask(q);
    expect(reply.text).not.toMatch(/Provisional agenda of the 15th meeting|第十五次会议临时议程\*\*/);
  });

  it("while the agenda asked alone is that meeting's", async () => {
    expect((await ask("what's on the agenda?")).text).toMatch(/Provisional agenda of the 15th meeting of the Working Group on Prevention/);
  });
});

// An ordinal inside the subject of the item ("the item on convening the fourth special session")
// is no meeting asked: the session the item goes on the agenda of answers when it is taken up
// next. (Fact read off A/RES/80/30, paragraph 5.)
describe("the next session to take up an item whose subject holds an ordinal", () => {
  it.each(["When does the General Assembly next take up the item on convening the fourth special session devoted to disarmament?", "When will the Assembly next consider the agenda item on the fourth special session on disarmament?"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/eighty-first session/);
  });
});
