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

  it("lists the sources one line per document, and one show-card holding every passage whole", () => {
    const [activity] = renderReply(answer("Two facts [1] [2]", [sampleCitation, { ...zhCitation, paragraph: "28", file: "other.txt" }]));
    const c = card(activity);
    expect(c.body.some((e: any) => e.type === "FactSet")).toBe(false);
    const texts = textsOf({ body: c.body.filter((e: any) => e.type === "TextBlock") });
    expect(texts).toContain("[1] CAC/COSP/WG.4/2024/1 · ¶ 27");
    expect(texts).toContain("[2] CAC/COSP/WG.4/2024/1 · ¶ 28");
    const shows = actionsOf(c).filter((a) => a.type === "Action.ShowCard");
    expect(shows.map((s) => s.title)).toEqual(["Show passages"]);
    expect(textsOf(shows[0].card)).toEqual(["[1] CAC/COSP/WG.4/2024/1, ¶ 27", sampleCitation.quote, "[2] CAC/COSP/WG.4/2024/1, ¶ 28", zhCitation.quote]);
  });

  it("links the symbol to the official document and never puts ¶ before a locator that is not a paragraph number", () => {
    const url = "https://documents.un.org/api/symbol/access?s=CAC%2FCOSP%2FWG.4%2F2024%2F1&l=E&t=pdf";
    const [activity] = renderReply(answer("Opening [1].", [{ ...sampleCitation, symbol: "CAC/COSP/WG.4/2024/1", title: "Annotated provisional agenda", date: "2024-06-13", url, paragraph: "header, meeting" }]));
    const line = textsOf(card(activity)).find((t) => t.startsWith("[1]"));
    expect(line).toBe(`[1] [CAC/COSP/WG.4/2024/1](${url}) · Annotated provisional agenda · 13 June 2024 · cover page`);
    expect(JSON.stringify(card(activity))).not.toContain("¶ header");
  });

  it("shows the sentence that states the fact under its document, without markup", () => {
    const quote = "<b>1.</b> 工作组第十五次会议将于2024年9月3日在维也纳开幕。会议将以现场与会的方式举行。";
    const [activity] = renderReply(answer("会议以现场与会方式举行[1]。", [{ ...zhCitation, quote }], "zh"));
    const texts = textsOf(card(activity));
    expect(texts).toContain("“… 会议将以现场与会的方式举行。”");
    expect(texts.join("\n")).not.toContain("<b>");
  });

  it("uses Chinese labels for a Chinese answer", () => {
    const [activity] = renderReply(answer("第十五届会议 [1]", [zhCitation], "zh"));
    const c = card(activity);
    expect(textsOf(c)).toContain("出处");
    expect(textsOf(c)).toContain("[1] CAC/COSP/WG.4/2024/1 · 2(a)(四)");
    expect(actionsOf(c).map((a) => a.title)).toEqual(["查看原文", "👍 有帮助", "👎 没有帮助"]);
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
    const shown = activities.flatMap((a) => actionsOf(card(a)).filter((x) => x.type === "Action.ShowCard").flatMap((x) => textsOf(x.card).filter((t) => t.startsWith("["))));
    expect(shown).toEqual(citations.map((c, i) => `[${i + 1}] CAC/COSP/WG.4/2024/1, 第${c.paragraph}段`));
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
    expect(texts[1].endsWith("…")).toBe(true);
    expect(huge.quote.startsWith(texts[1].slice(0, -1))).toBe(true);
    expect(texts.at(-1)).toContain("Passage shortened");
  });

  it("keeps one Show passages button however many passages are cited", () => {
    const citations = Array.from({ length: 18 }, (_, i) => ({ ...sampleCitation, paragraph: String(i + 1), passageId: `p${i}` }));
    const c = card(renderReply(answer("many [1]", citations))[0]);
    const sets = c.body.filter((e: any) => e.type === "ActionSet");
    expect(sets.map((s: any) => s.actions.length)).toEqual([1]);
    expect(textsOf(sets[0].actions[0].card)).toHaveLength(36);
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
