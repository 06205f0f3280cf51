/**
 * Words read for what they are in the question's sentence: an office the question names ("the
 * letter to the President of the Council", 主席) says of whom, not who, where another kind of fact
 * is asked; a greeting and the asker's errands ("Heads up, sorting travel.", "各位好") say nothing
 * a passage must hold; a verb's "back" ("report back to") is part of the verb; a preposition that
 * opens the question's own phrase ("talks to which session") is not part of the word before it; the
 * words before a symbol in Chinese ("南苏丹制裁草案S/2017/444") are the asker's name for the document;
 * a body's Chinese name with its convention in title marks ("《联合国打击跨国有组织犯罪公约》缔约方会议")
 * is that body. Paraphrases not used to write the rules.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, useTestAssistant, withPdfDocuments, withRealDocuments } from "../core/test-assistant.js";
import { beforeSources } from "../core/answer-text.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { questionConcepts } from "../../src/knowledge/index.js";
import { understand } from "../../src/answer/understand.js";

const g = loadGlossary(join(repoRoot, "data/terms"));
const asks = (q: string) => understand(q, g, { now: new Date("2025-01-01T00:00:00Z"), timeZone: "UTC" }).asks;
const labels = (q: string) => questionConcepts(q, "en", g).map((c) => c.label.toLowerCase());

describe("an office the question names", () => {
  it.each(["秘书长给安理会主席的信是哪天写的？", "when was the chair's summary issued?", "会议主席在哪里致的开幕词？"])("asks no 'who' beside another kind of fact: %s", (q) => {
    expect(asks(q).has("who")).toBe(false);
  });
  it.each(["who chaired the meeting and when?", "会议主席是谁，什么时候当选？", "who was the chair of the 3rd session?"])("still asks who with a word of its own: %s", (q) => {
    expect(asks(q).has("who")).toBe(true);
  });

  const ask = useTestAssistant(withPdfDocuments);
  it("answers when the letter to the Council's President was written", async () => {
    const reply = await ask("哥伦比亚核查团那份草案里，秘书长给安理会主席的信（S/2021/186）是哪天写的？");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/24 February 2021|2021年2月24日/);
  });
  it("reads the asker's Chinese name for a draft before its symbol as a name, not as asked of it", async () => {
    const reply = await ask("南苏丹制裁草案S/2017/444要专家小组什么时候交中期报告？");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/1 December 2017|2017年12月1日/);
  });
});

describe("greetings and errands", () => {
  const ask = useTestAssistant(withRealDocuments);
  it("say nothing a passage must hold", async () => {
    const reply = await ask("Heads up, sorting CCM travel. Per the cluster munitions res, where's the 3rd Review Conf going to be held?");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/Vientiane/);
  });
});

describe("where a phrase ends", () => {
  it("a verb's 'back' is part of the verb", () => {
    expect(labels("the CD is to report back to the GA on progress")).not.toContain("back");
    expect(labels("what is on the back of the cover page")).toContain("back");
  });
  it("a preposition that opens the question's phrase is not part of the word before it", () => {
    const seen = labels("progress in the talks to which GA session");
    expect(seen).toContain("talks");
    expect(seen).not.toContain("talks to");
  });
});

describe("a convention in title marks in a body's Chinese name", () => {
  it.each([
    ["《联合国打击跨国有组织犯罪公约》缔约方会议第一届会议是什么时候举行的？", "ctoc-cop"],
    ["《联合国反腐败公约》缔约国会议第十届会议在哪里举行？", "cosp"],
  ])("names the body as the name without them does: %s", (q, body) => {
    expect(understand(q, g, { now: new Date("2025-01-01T00:00:00Z"), timeZone: "UTC" }).bodies).toEqual([body]);
  });

  const ask = useTestAssistant(withRealDocuments);
  it("dates the body's meeting", async () => {
    const reply = await ask("《联合国打击跨国有组织犯罪公约》缔约方会议第一届会议是什么时候在维也纳举行的？");
    expect(reply.answered, reply.text).toBe(true);
    expect(beforeSources(reply.text)).toMatch(/2004年6月28日/);
  });
});
