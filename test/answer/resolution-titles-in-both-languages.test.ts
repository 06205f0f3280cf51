/**
 * A resolution's title, where the documents give it in both languages (a Chinese report's 题为“…”,
 * an English note's entitled "…"), is given in the asker's language; and a title quoted whole
 * ("题为“…”的", 'entitled "…"') names the resolution of that very title, not one whose title holds
 * it (the follow-up to the declaration). Paraphrases written before the rule.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";

const ask = useTestAssistant(withRealDocuments);

describe("a resolution's title in the asker's language", () => {
  it.each([
    ["What's the title of COSP resolution 4/3?", /entitled “Marrakech declaration on the prevention of corruption”/],
    ["/resolution 4/3", /entitled “Marrakech declaration on the prevention of corruption”/],
    ["第4/3号决议的标题是什么？", /题为“马拉喀什预防腐败宣言”/],
  ])("%s", async (q, title) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n")[0]).toMatch(title);
  });
});

describe("a title quoted whole", () => {
  it.each([
    'which resolution is entitled "Marrakech declaration on the prevention of corruption"?',
    'the resolution titled "Marrakech declaration on the prevention of corruption" - what number?',
    "number of the resolution called “Marrakech declaration on the prevention of corruption”?",
    "题为“马拉喀什预防腐败宣言”的是哪项决议？",
    "名为《马拉喀什预防腐败宣言》的决议是第几号？",
    "根据2020年的背景文件，题为“马拉喀什预防腐败宣言”的决议编号是多少？",
  ])("names that resolution, not its follow-up: %s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("\n")[0]).toMatch(/4\/3/);
    expect(reply.text.split("\n")[0]).not.toMatch(/10\/3|5\/4/);
  });
});
