/**
 * 活动 is "activities" and "events" alike: A/RES/80/22 paragraph 6 encourages Member States to
 * organize events such as conferences, seminars, workshops and exhibitions, which a Chinese
 * question asks as 活动. Paraphrases not used to write the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("events asked as 活动", () => {
  it.each([
    "80/22号决议请成员国举办什么活动",
    "第80/22号决议鼓励会员国组织哪些活动？",
    "科技与国际安全那项决议（80/22）希望各国搞哪类活动？",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/seminars, workshops and exhibitions/);
  });
});
