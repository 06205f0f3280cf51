/**
 * A footnote that cites a conference's report by its place and dates ("Report of the United Nations
 * Conference on the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, New York,
 * 9–20 July 2001 (A/CONF.192/15)") answers when and where that conference was held, in the
 * answer's own words. Paraphrases not used to write the rule, over the real documents.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources as own } from "../core/answer-text.js";

const ask = useTestAssistant(withRealDocuments);

describe("when and where a conference was held, from the note citing its report", () => {
  it.each([
    ["Where did the 2001 small arms conference take place?", /New York/],
    ["On what dates in 2001 did the UN conference on the illicit small arms trade meet?", /9.20 July 2001/],
    ["Which city hosted the 2001 UN Conference on the Illicit Trade in Small Arms?", /New York/],
    ["2001年联合国小武器问题会议是在哪里、什么时候举行的？", /纽约/],
    ["联合国非法小武器贸易问题会议2001年在哪个城市召开？", /纽约|New York/],
    ["2001年那次联合国小武器大会是哪几天开的？", /2001年7月9日至20日/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(own(reply.text)).toMatch(fact);
    expect(reply.citations[0]?.document).toBe("A/RES/80/38");
  });
});
