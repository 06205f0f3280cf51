/**
 * A passage may place what it tells of in regions of the world ("in South Asia, the Pacific and
 * East Africa"): they answer "where". A Chinese State's name before 文 or 语 names a language
 * ("西班牙文版本"): it is no place. Paraphrases not used to write the rule; the fact read off the
 * 2019 draft report of the Working Group on Prevention by hand (paragraph 5).
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("regions answer where, languages do not", () => {
  it.each([
    ["Where did UNODC run the regional workshops on protecting whistle-blowers and witnesses?", /South Asia/, /Spain/],
    ["保护举报人和证人的区域会议在什么地方举办的？", /南亚/, /西班牙(?!文)/],
  ])("%s", async (question, place, notPlace) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(place);
    expect(reply.text.split("\n").slice(0, 2).join("\n")).not.toMatch(notPlace);
  });
});
