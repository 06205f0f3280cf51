/**
 * An agenda item named by its place in the list rather than as "item N": "议程第5项", "第四项议程",
 * "the 7th agenda item", "item no. 3". Paraphrases not used to write the rule; the fact read off
 * the provisional agenda of the Conference's sixth session (CAC/COSP/2015/1) by hand: item 5 is
 * asset recovery.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { readQuestion as read } from "../core/read-question.js";

describe("an item by its place in the agenda", () => {
  it.each([
    ["缔约国会议第六届会议临时议程的第5项讲什么？", "5"],
    ["第三项议程是什么", "3"],
    ["议程上第十项是啥", "10"],
    ["what's the fourth agenda item of cosp 6?", "4"],
    ["the 2nd item on the provisional agenda?", "2"],
    ["Agenda item number 8 at the sixth session?", "8"],
    ["第六届缔约国会议的临时议程中，第三项是什么？", "3"],
    ["那届会议议程里，第7项讲的啥", "7"],
    ["圣彼得堡那届会议第二项是什么议题？", "2"],
  ])("%s", (q, item) => {
    expect(read(q).items).toContain(item);
  });

  it.each(["第5项建议是什么？", "the 6th session's agenda", "第六届会议第二次全体会议", "决议的第3项是什么要求？"])("names no item: %s", (q) => {
    expect(read(q).items).toEqual([]);
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("the item asked by its place is the one answered", () => {
  it("answers item 5 of the sixth session's agenda, not another item", async () => {
    const reply = await ask("圣彼得堡那届缔约国会议，临时议程里第五项是什么？");
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/Asset recovery|资产追回/);
    expect(reply.text).not.toMatch(/项目2[：:]/);
  });

  it("answers in English too", async () => {
    const reply = await ask("What was the 3rd item on the provisional agenda of the sixth session of the Conference of the States Parties?");
    expect(reply.text).toMatch(/Item 3: Technical assistance/);
  });
});
