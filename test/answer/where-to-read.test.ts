/**
 * "Where can I find the report of the intersessional meeting", "可以在哪里查阅": where something can
 * be read is a web address or a place in print, not the meeting's venue; and a web address written
 * as an autolink ("<https://…>") is kept in the answer, not stripped as markup. Read off the 2023
 * report on the follow-up to the political declaration (paragraph 8). The last two questions were
 * written after the rule and not used to write it.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { plainText } from "../../src/knowledge/index.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("where something can be read", () => {
  it.each([
    "Where can I find the report of the September 2022 COSP intersessional meeting on the political declaration?",
    "Where is the report of the 2022 intersessional meeting of the Conference posted?",
    "2022年9月缔约国会议闭会期间会议的报告可以在哪里查阅？",
    "Where could delegates read the report of the Conference's intersessional meeting held in September 2022?",
    "缔约国会议2022年闭会期间会议的报告在哪儿能下载？",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/https:\/\/ungass2021\.unodc\.org\/ungass2021\/en\/follow-up-process\.html/);
  });

  it("is not the meeting's venue when the meeting itself is asked where", async () => {
    const reply = await ask("Where was the September 2022 intersessional meeting held?");
    expect(beforeSources(reply.text)).toMatch(/Vienna/);
  });

  it("keeps a web address written as an autolink", () => {
    expect(plainText("可在网站上查阅：<https://example.org/a-b.html>。")).toBe("可在网站上查阅：https://example.org/a-b.html。");
    expect(plainText("a <b>bold</b> word")).toBe("a bold word");
  });
});
