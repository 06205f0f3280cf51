/**
 * A passage of a document prepared for another meeting of the body a question names by its
 * number tells of that meeting ("在本背景文件起草时，已收到 23 个国家提交的材料" in the eleventh meeting's
 * paper is no count for the fifteenth), unless its text, headings or the paragraph it goes on from
 * name the meeting asked ("工作组第九次和第十次会议讨论情况"); nor does a passage about another
 * body's meeting of that number (the eleventh expert meeting on international cooperation)
 * answer for the prevention group's eleventh. Paraphrases not used to write the rules.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ownText = (text: string) => text.split(/\n(?:Sources|出处)[:：]/)[0];

describe("a passage of another meeting's document", () => {
  const ask = useTestAssistant(withRealDocuments);
  it.each([
    "工作组第十五次会议前有多少个国家提交了书面材料？",
    "第十四次会议前，多少国家就利益冲突提交了材料？",
    "Before the prevention working group's 13th meeting, how many States had sent in written contributions?",
  ])("gives no count for the meeting asked: %s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(false);
    expect(reply.text).not.toMatch(/\b23\b/);
  });

  it("answers where its headings name the meeting asked", async () => {
    const reply = await ask("预防工作组第十次会议建议继续与审议组举行联席会议的目的是什么？");
    expect(reply.answered, reply.text).toBe(true);
    expect(ownText(reply.text)).toMatch(/信息交流/);
  });

  it.each(["wg on prevention 11th meeting - when and where?", "wg prevention 11th meeting: dates and venue?"])("of another body's meeting of that number does not date the one asked: %s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownText(reply.text)).toMatch(/9[–-]10 June 2020/);
    expect(ownText(reply.text)).not.toMatch(/November 2022/);
  });
});
