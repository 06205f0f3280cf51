/**
 * Adverbs a Chinese question fills its wording with ("一直到", "到底", "具体", "通常") say how it is
 * asked, not what about: they are no concept a passage must hold, so a passage that states the
 * fact asked is not refused for lacking them. Paraphrases not used to write the word list; the
 * answer test asks over the real documents.
 */
import { describe, expect, it } from "vitest";
import { questionConcepts } from "../../src/knowledge/index.js";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { realGlossary } from "./corpus.js";

const g = realGlossary();
const labels = (q: string) => questionConcepts(q, "zh", g, () => true).map((c) => c.label);

describe("a filler adverb is no concept of a Chinese question", () => {
  it.each([
    ["工作组一直到哪一年都在审议这个议题？", "一直"],
    ["这项决议到底请秘书长做什么？", "到底"],
    ["第80/8号决议究竟呼吁会员国做什么？", "究竟"],
    ["缔约国会议通常在哪个城市举行？", "通常"],
    ["决议具体要求各国提交什么报告？", "具体"],
    ["这项条约哪一年正式生效？", "正式"],
    ["修正案从哪天开始生效？", "开始"],
    ["是2019年通过的吗？还是哪一年？", "还是"],
    ["会议在维也纳举行，或者在纽约？", "或者"],
    ["审议组顺带讨论了哪些议题？", "顺带"],
  ])("%s (%s)", (question, filler) => {
    expect(labels(question)).not.toContain(filler);
  });

  it("keeps the words of what is asked", () => {
    expect(labels("缔约国会议通常在哪个城市举行？")).toEqual(expect.arrayContaining(["城市"]));
  });
});

const ask = useTestAssistant(withRealDocuments);

describe("\"so far\", \"thus far\" say until when, not what about", () => {
  const en = (q: string) => questionConcepts(q, "en", g, () => true).map((c) => c.label);
  it.each(["How many sessions has the Conference held so far?", "which States have ratified thus far?"])("%s", (q) => {
    expect(en(q)).not.toContain("far");
    expect(en(q)).not.toContain("thus");
  });
});

describe("a passage that states the fact is not refused for a filler it lacks", () => {
  it.each(["80/8号决议说古代ekecheiria的核心是停战，从赛前几天一直到赛后几天？", "80/8号决议里，ekecheiria的核心究竟是赛前赛后各停战几天？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.citations.some((c) => c.quote.includes("seven days before"))).toBe(true);
  });
});

describe("an adverb of how a date is asked does not cost the passage that gives it", () => {
  it.each(["立陶宛退出集束弹药公约，从哪天开始生效？", "立陶宛退出《集束弹药公约》是哪天正式生效的？"])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text.split("出处")[0]).toMatch(/2025年3月6日/);
  });
});
