/**
 * A "who" or "which country" question is answered by the best passage that names a State, not
 * refused because the passage ranked first names none; everyday Chinese words for "where" (哪儿,
 * 何地) ask for a place and are no subject to search for; and "ratify" finds "ratification".
 * Paraphrases not used to write the rules; facts read off A/RES/80/46 and A/RES/80/14 by hand.
 */
import { describe, expect, it } from "vitest";
import { useTestAssistant, withRealDocuments } from "../core/test-assistant.js";
import { stem } from "../../src/knowledge/lang/english.js";

const ask = useTestAssistant(withRealDocuments);

describe("the State asked for stands in a passage below the first", () => {
  it.each([
    ["en", "The latest State to ratify the Arms Trade Treaty was which?", "Vanuatu"],
    ["en", "who ratified the arms trade treaty most recently?", "Vanuatu"],
    ["zh", "《武器贸易条约》最新的批准国是哪一个国家？", "瓦努阿图"],
    ["zh", "哪个国家最近批准了武器贸易条约？", "瓦努阿图"],
    ["zh", "最近一个批准武器贸易条约的国家是谁？", "瓦努阿图"],
  ])("%s: %s", async (_lang, q, state) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain(state);
    expect(reply.citations.some((c) => c.file?.endsWith("A_RES_80_46.md"))).toBe(true);
  });
});

// "The resolution" in the question is the text of the resolution it describes: its paragraphs are
// credited with the word, as a resolution named by number is.
it("Which country's ratification of the Arms Trade Treaty does the resolution welcome as the latest?", async () => {
  const reply = await ask("Which country's ratification of the Arms Trade Treaty does the resolution welcome as the latest?");
  expect(reply.text).toContain("Vanuatu");
});

describe("everyday Chinese words for where", () => {
  it.each(["佩林达巴条约在哪儿签署的，哪一天？", "《佩林达巴条约》于何时何地签署？", "佩林达巴条约是在哪儿签订的？"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/Cairo|开罗/);
    expect(reply.citations.some((c) => c.file?.endsWith("A_RES_80_14.md"))).toBe(true);
  });
});

describe("a verb in -ify and its noun in -ification", () => {
  it("share one stem", () => {
    expect(stem("ratify")).toBe(stem("ratification"));
    expect(stem("ratified")).toBe(stem("ratifications"));
    expect(stem("notify")).toBe(stem("notification"));
  });
});

describe("a resolution named by number, asked which country", () => {
  it.each([
    ["en", "Resolution 80/46 - which State does it name as the most recent to ratify the treaty?", "Vanuatu"],
    ["en", "per 80/46, the latest ratification came from which country?", "Vanuatu"],
    ["zh", "第80/46号决议欢迎哪个国家最近批准了该条约？", "瓦努阿图"],
    ["zh", "依据80/46号决议，最新批准武器贸易条约的国家是哪个？", "瓦努阿图"],
  ])("%s: %s", async (_lang, q, state) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain(state);
  });
});

describe("'according to', 'pursuant to' and 'mentioned in' frame a Chinese question, they are not its subject", () => {
  it.each(["依照80/20号决议，外空问题政府专家组是依据哪一项大会决议设立的？", "80/20号决议里提到的政府专家组，是按照哪项决议成立的？", "根据80/20号决议，关于外层空间的政府专家组依哪项决议而设？"])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain("77/250");
  });
});

describe("a document's identity does not answer who did something", () => {
  it.each([
    "who was the latest to ratify the Treaty on the Prohibition of Nuclear Weapons?",
    "Treaty on the Prohibition of Nuclear Weapons: who ratified it most recently?",
    "谁最近批准了《禁止核武器条约》？",
  ])("%s", async (q) => {
    const reply = await ask(q);
    expect(reply.text).not.toMatch(/is resolution 80\/54|是第80\/54号决议|是大会第80\/54号决议/);
  });
});

describe("which countries hosted: the hosting is what is asked, stated as 'convened by' as often as with the word", () => {
  it.each([
    ["en", "which countries hosted the conferences on the humanitarian impact of nuclear weapons?", "Norway"],
    ["en", "the humanitarian impact conferences — who hosted them?", "Austria"],
    ["zh", "核武器人道主义影响会议是哪几个国家主办的？", "墨西哥"],
    ["zh", "核武器人道主义影响问题会议由哪些国家承办？", "墨西哥"],
  ])("%s: %s", async (_lang, q, state) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain(state);
  });
});

describe("the words that qualify 'resolution' name the resolution; the rest is what is asked of it", () => {
  it.each([
    ["en", "according to the nuclear disarmament res, who most recently ratified the TPNW?", "Ghana"],
    ["en", "in the resolution on nuclear disarmament, which country is the latest to ratify the TPNW?", "Ghana"],
    ["zh", "核裁军决议里，最近批准禁止核武器条约的是哪个国家？", "加纳"],
  ])("%s: %s", async (_lang, q, state) => {
    const reply = await ask(q);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toContain(state);
    expect(reply.citations.some((c) => c.file?.endsWith("A_RES_80_24.md"))).toBe(true);
  });
});

describe("the meeting asked, not the one whose document the question cites as its source", () => {
  it.each([
    "In which city did the Conference hold its first session (according to the COSP6 provisional agenda)?",
    "where was the very first COSP session held? (per the sixth session's annotations)",
    "缔约国会议第一届会议在哪里举行？（根据第六届会议的临时议程说明）",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(/Amman|安曼/);
    expect(reply.text).not.toMatch(/Petersburg|圣彼得堡/);
  });
});

describe("a Chinese question's word and the documents' near-synonym ('宣布成立' asked, '公布成立' written)", () => {
  it.each([
    ["架设桥梁倡议工作队是哪位总统宣布成立的？", /肯雅塔/],
    ["谁宣布成立了架设桥梁倡议工作队？什么时候？", /肯雅塔[\s\S]*2019/],
  ])("%s", async (question, fact) => {
    const reply = await ask(question);
    expect(reply.answered, reply.text).toBe(true);
    expect(reply.text).toMatch(fact);
  });
});
