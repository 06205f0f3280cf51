/**
 * How a meeting is held (in person, online, hybrid) is asked in many words, and a document's
 * description gives its distribution (General, Limited) as its cover prints it. Paraphrases not
 * used to write the rules; the facts stand in the answer's own text.
 */
import { describe, expect, it } from "vitest";
import { ownWords } from "./own-words.js";
import { useTestAssistant } from "../core/test-assistant.js";

const ask = useTestAssistant();

describe("the format of a meeting", () => {
  it.each([
    ["Can delegates attend the fifteenth meeting of the prevention working group remotely?", /in person/],
    ["Is the 15th meeting of the Working Group on Prevention held virtually or physically?", /in person/],
    ["Will the prevention group's 15th meeting be in-person?", /in person/],
    ["预防工作组第十五次会议可以线上参加吗？", /现场/],
    ["第十五次会议是视频会议还是线下开？", /现场/],
    ["预防腐败问题工作组第十五次会议是混合形式吗？", /现场/],
  ])("%s", async (question, format) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(ownWords(reply.text)).toMatch(format);
  });
});

describe("a document's distribution", () => {
  it.each([
    ["What is CAC/COSP/WG.4/2019/L.1/Add.1?", /limited distribution/],
    ["Is CAC/COSP/WG.4/2019/L.1/Add.1 a restricted or a public document?", /limited distribution/],
    ["CAC/COSP/WG.4/2019/L.1/Add.1是什么文件？", /Distr\.: Limited/],
  ])("%s", async (question, distribution) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(distribution);
  });
});
