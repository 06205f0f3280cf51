import { describe, expect, it } from "vitest";
import type { Citation, Reply } from "../../../src/core/types.js";
import { answerRef, renderReply } from "../../../src/adapters/teams/render.js";
import { splitByBytes, textBlocks } from "../../../src/adapters/teams/card-text.js";
import { actionsOf, sampleCitation, textsOf } from "./helpers.js";

const card = (a: any) => a.attachments[0].content;
const bytes = (a: unknown) => Buffer.byteLength(JSON.stringify(a), "utf8");

const zhCitation: Citation = {
  document: "CAC/COSP/WG.4/2024/1",
  file: "wg4-2024-1-zh.txt",
  paragraph: "2(a)(四)",
  quote: "预防腐败问题工作组第十五届会议将于2024年9月4日至6日在维也纳举行。",
  passageId: "wg4-2024-1-zh#2a4",
};

function answer(text: string, citations: Citation[], lang: "en" | "zh" = "en"): Reply {
  return { kind: "answer", answered: true, text, citations, lang };
}

describe("renderReply", () => {
  it("keeps bold, bullets and [n] markers, one TextBlock per line with paragraph spacing", () => {
    const [activity] = renderReply(answer("**15th meeting** of WG.4 [1]\n\n• item 1: opening [1]\n• item 2: review", [sampleCitation]));
    const blocks = card(activity).body.filter((e: any) => e.type === "TextBlock").slice(0, 3);
    expect(blocks.map((b: any) => [b.text, b.spacing])).toEqual([
      ["**15th meeting** of WG.4 [1]", undefined],
      ["• item 1: opening [1]", "Medium"],
      ["• item 2: review", "None"],
    ]);
    expect(blocks.every((b: any) => b.wrap === true)).toBe(true);
  });

  it("lists the sources as a fact set of document and paragraph, and a show-card with the whole passage for each", () => {
    const [activity] = renderReply(answer("Two facts [1] [2]", [sampleCitation, { ...zhCitation, paragraph: null }]));
    const c = card(activity);
    expect(c.body.find((e: any) => e.type === "FactSet").facts).toEqual([
      { title: "[1] CAC/COSP/WG.4/2024/1", value: "¶ 27" },
      { title: "[2] CAC/COSP/WG.4/2024/1", value: "—" },
    ]);
    const shows = actionsOf(c).filter((a) => a.type === "Action.ShowCard");
    expect(shows.map((s) => s.title)).toEqual(["Show passage [1]", "Show passage [2]"]);
    expect(textsOf(shows[0].card)).toEqual([sampleCitation.quote, "— CAC/COSP/WG.4/2024/1, ¶ 27"]);
    expect(textsOf(shows[1].card)[0]).toBe(zhCitation.quote);
  });

  it("uses Chinese labels for a Chinese answer", () => {
    const [activity] = renderReply(answer("第十五届会议 [1]", [zhCitation], "zh"));
    const c = card(activity);
    expect(textsOf(c)).toContain("出处");
    expect(actionsOf(c).map((a) => a.title)).toEqual(["查看原文 [1]", "👍 有帮助", "👎 没有帮助"]);
  });

  it("offers feedback on answers and refusals but not on help or confirmations", () => {
    const submits = (r: Reply) => actionsOf(card(renderReply(r)[0])).filter((a) => a.type === "Action.Submit");
    expect(submits(answer("x [1]", [sampleCitation]))).toHaveLength(2);
    expect(submits({ ...answer("The documents do not say.", []), kind: "refusal", answered: false })).toHaveLength(2);
    expect(submits({ ...answer("Commands: …", []), kind: "help" })).toHaveLength(0);
    expect(submits({ ...answer("Subscribed.", []), kind: "confirmation" })).toHaveLength(0);
  });

  it("refers feedback to the cited passages, or to a digest of the text when nothing is cited", () => {
    expect(answerRef(answer("x", [sampleCitation, zhCitation]))).toBe("wg4-2024-1#p27,wg4-2024-1-zh#2a4");
    expect(answerRef(answer("no sources", []))).toMatch(/^text:[0-9a-f]{16}$/);
    expect(answerRef(answer("no sources", []))).not.toBe(answerRef(answer("other", [])));
  });

  it("puts the plain text in the summary and the card's fallback text", () => {
    const [activity] = renderReply(answer("**Bold** answer [1]", [sampleCitation]));
    expect(activity.summary).toBe("Bold answer [1]");
    expect(card(activity).fallbackText).toBe("Bold answer [1]");
    expect(activity.text).toBeUndefined();
  });

  it("splits a long answer into several activities, each under the size limit, keeping every line and source", () => {
    const lines = Array.from({ length: 120 }, (_, i) => `• 第${i + 1}项：缔约国会议请秘书处继续协助各国开展预防腐败工作并提交报告 [${(i % 12) + 1}]`);
    const citations = Array.from({ length: 12 }, (_, i) => ({ ...zhCitation, paragraph: String(i + 1), passageId: `p${i + 1}`, quote: zhCitation.quote.repeat(20) }));
    const activities = renderReply(answer(lines.join("\n"), citations, "zh"), { maxActivityBytes: 8_000 });

    expect(activities.length).toBeGreaterThan(2);
    for (const a of activities) expect(bytes(a)).toBeLessThanOrEqual(8_000);
    const allTexts = activities.flatMap((a) => textsOf(card(a)));
    for (const line of lines) expect(allTexts).toContain(line);
    const facts = activities.flatMap((a) => card(a).body.filter((e: any) => e.type === "FactSet").flatMap((f: any) => f.facts));
    expect(facts.map((f: any) => f.value)).toEqual(citations.map((c) => `¶ ${c.paragraph}`));
    const withFeedback = activities.filter((a) => actionsOf(card(a)).some((x) => x.type === "Action.Submit"));
    expect(withFeedback).toEqual([activities.at(-1)]);
  });

  it("shortens a passage too large for any card and says so", () => {
    const huge = { ...sampleCitation, quote: "The Conference of the States Parties decides. ".repeat(2_000) };
    const activities = renderReply(answer("x [1]", [huge]), { maxActivityBytes: 10_000 });
    expect(activities).toHaveLength(1);
    expect(bytes(activities[0])).toBeLessThanOrEqual(10_000);
    const show = actionsOf(card(activities[0])).find((a) => a.type === "Action.ShowCard");
    const texts = textsOf(show.card);
    expect(huge.quote.startsWith(texts[0])).toBe(true);
    expect(texts.at(-1)).toContain("Passage shortened");
  });

  it("keeps each card's actions within what Teams shows in one action set", () => {
    const citations = Array.from({ length: 8 }, (_, i) => ({ ...sampleCitation, paragraph: String(i + 1), passageId: `p${i}` }));
    const c = card(renderReply(answer("many [1]", citations))[0]);
    const sets = c.body.filter((e: any) => e.type === "ActionSet");
    expect(sets.map((s: any) => s.actions.length)).toEqual([5, 3]);
  });
});

describe("card text helpers", () => {
  it("keeps the nesting of indented bullets", () => {
    expect(textBlocks("• 1 organization\n  • 1(a) opening\n    • 1(a)(i) election").map((b) => b.text)).toEqual(["• 1 organization", "\u2003• 1(a) opening", "\u2003\u2003• 1(a)(i) election"]);
  });

  it("ignores leading and trailing blank lines", () => {
    expect(textBlocks("\n\nA\n\n").map((b) => b.text)).toEqual(["A"]);
  });

  it("splits an oversized paragraph at sentence ends within the byte budget", () => {
    const text = "第一句很长。".repeat(50) + "Second. ".repeat(50);
    const pieces = splitByBytes(text, 200);
    expect(pieces.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
    for (const p of pieces) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(200);
    expect(pieces[0].endsWith("。")).toBe(true);
  });
});
