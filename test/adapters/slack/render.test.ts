import { describe, expect, it } from "vitest";
import type { types } from "@slack/bolt";
import { answerRef, BLOCK_KIT_LIMITS, parseFeedbackValue, renderPassage, renderReply } from "../../../src/adapters/slack/render.js";
import type { Citation, Reply } from "../../../src/core/types.js";
import { cannedAnswer, CITATION_27, CITATION_28 } from "./fake-assistant.js";

type Block = types.KnownBlock;

const textOf = (b: Block): string => {
  if (b.type === "section") return b.text?.text ?? "";
  if (b.type === "context") return b.elements.map((e) => ("text" in e ? e.text : "")).join(" ");
  return "";
};
const citation = (n: number): Citation => ({
  document: `CAC/COSP/IRG/2024/${n}`,
  file: `doc${n}.txt`,
  paragraph: String(n),
  quote: `Passage ${n}: the Group recommends that States parties continue to share good practices.`,
  passageId: `doc${n}#${n}`,
});
const reply = (over: Partial<Reply>): Reply => ({ kind: "answer", answered: true, lang: "en", text: "", citations: [], ...over });

describe("renderReply", () => {
  it("puts the answer first, then a sources heading, one context block per citation, the show buttons and Slack's native feedback buttons", () => {
    const [m, ...rest] = renderReply(cannedAnswer());
    expect(rest).toHaveLength(0);
    expect(m.blocks.map((b) => b.type)).toEqual(["section", "context", "context", "context", "actions", "context_actions"]);
    expect(textOf(m.blocks[0])).toBe("*Fifteenth meeting* of the Working Group on Prevention [1]:\n• Item 2: implementation of resolution 10/3 [1]\n• Item 3: good practices [2]");
    expect(textOf(m.blocks[2])).toMatch(/^\[1\] \*CAC\/COSP\/WG\.4\/2024\/1\*, ¶ 27 — “The Working Group/);
    expect(textOf(m.blocks[3])).toBe("[2] *CAC/COSP/WG.4/2024/1*, ¶ 28 — “议程项目3：良好做法和经验。”");
    expect(m.text).toBe("Fifteenth meeting of the Working Group on Prevention [1]:\n• Item 2: implementation of resolution 10/3 [1]\n• Item 3: good practices [2]");
  });

  it("shows at most 150 characters of a quote in the sources line", () => {
    const [m] = renderReply(cannedAnswer());
    const quoted = /“(.*)”/.exec(textOf(m.blocks[2]))![1];
    // Cut at a character boundary; a space before the cut is dropped, so 149 or 150.
    expect(Array.from(quoted).length).toBeLessThanOrEqual(150);
    expect(Array.from(quoted).length).toBeGreaterThanOrEqual(149);
    expect(quoted.endsWith("…")).toBe(true);
    expect(CITATION_27.quote.length).toBeGreaterThan(150);
  });

  it("leaves out the paragraph when a citation has none", () => {
    const [m] = renderReply(reply({ text: "Yes [1].", citations: [{ ...CITATION_28, paragraph: null }] }));
    expect(textOf(m.blocks[2])).toBe("[1] *CAC/COSP/WG.4/2024/1* — “议程项目3：良好做法和经验。”");
  });

  it("shows a locator that is not a paragraph number as it is, without ¶", () => {
    const [m] = renderReply(reply({ text: "Item 1 [1].", citations: [{ ...CITATION_28, paragraph: "provisional agenda, item 1(a)" }] }));
    expect(textOf(m.blocks[2])).toBe("[1] *CAC/COSP/WG.4/2024/1*, provisional agenda, item 1(a) — “议程项目3：良好做法和经验。”");
  });

  it("labels sources and buttons in Chinese for a Chinese answer", () => {
    const [m] = renderReply(reply({ lang: "zh", text: "第15次会议 [1]", citations: [CITATION_28] }));
    expect(textOf(m.blocks[1])).toBe("*来源*");
    const show = m.blocks[3] as types.ActionsBlock;
    expect((show.elements[0] as types.Button).text.text).toBe("原文 [1]");
    expect(show.block_id).toBe("passages:zh:0");
  });

  it("gives every show button a unique action id within its block and the passage id as value", () => {
    const [m] = renderReply(cannedAnswer());
    const show = m.blocks[4] as types.ActionsBlock;
    expect(show.elements.map((e) => [(e as types.Button).action_id, (e as types.Button).value])).toEqual([
      ["show_passage:1", CITATION_27.passageId],
      ["show_passage:2", CITATION_28.passageId],
    ]);
  });

  it("renders feedback as a context_actions block with a feedback_buttons element whose values carry the vote and the cited passages", () => {
    const [m] = renderReply(cannedAnswer());
    expect(m.blocks.at(-1)).toEqual({
      type: "context_actions",
      block_id: "feedback:en",
      elements: [
        {
          type: "feedback_buttons",
          action_id: "feedback",
          positive_button: { text: { type: "plain_text", text: "👍", emoji: true }, accessibility_label: "This answer helped", value: `up:${CITATION_27.passageId},${CITATION_28.passageId}` },
          negative_button: { text: { type: "plain_text", text: "👎", emoji: true }, accessibility_label: "This answer did not help", value: `down:${CITATION_27.passageId},${CITATION_28.passageId}` },
        },
      ],
    });
    expect(parseFeedbackValue(`down:${CITATION_27.passageId}`)).toEqual({ vote: "down", ref: CITATION_27.passageId });
    expect(parseFeedbackValue("sideways:x")).toBeUndefined();
  });

  it("renders plain 👍/👎 buttons instead where asked to (Slack refused the native ones)", () => {
    const [m] = renderReply(cannedAnswer(), { feedback: "buttons" });
    const row = m.blocks.at(-1) as types.ActionsBlock;
    expect(row.type).toBe("actions");
    expect(row.elements.map((e) => [(e as types.Button).action_id, (e as types.Button).value])).toEqual([
      ["feedback_up", `${CITATION_27.passageId},${CITATION_28.passageId}`],
      ["feedback_down", `${CITATION_27.passageId},${CITATION_28.passageId}`],
    ]);
  });

  it("offers feedback on answers and refusals but not on errors or help", () => {
    const hasFeedback = (r: Reply) => JSON.stringify(renderReply(r)).includes("feedback_buttons");
    expect(hasFeedback(cannedAnswer())).toBe(true);
    expect(hasFeedback(reply({ kind: "refusal", answered: false, text: "The documents do not say.", code: "not_covered" }))).toBe(true);
    expect(hasFeedback(reply({ kind: "error", text: "Bad argument.", ephemeral: true }))).toBe(false);
    expect(hasFeedback(reply({ kind: "help", text: "Commands…" }))).toBe(false);
  });

  it("keeps every section within Block Kit's 3000 characters and splits at paragraph boundaries", () => {
    const paragraph = (i: number) => `Paragraph ${i}: ` + "the Working Group discussed prevention measures. ".repeat(20);
    const text = Array.from({ length: 12 }, (_, i) => paragraph(i)).join("\n\n");
    const [m] = renderReply(reply({ text }));
    const sections = m.blocks.filter((b) => b.type === "section").map(textOf);
    expect(sections.length).toBeGreaterThan(1);
    expect(sections.every((s) => s.length <= BLOCK_KIT_LIMITS.sectionText)).toBe(true);
    expect(sections.every((s) => s.startsWith("Paragraph "))).toBe(true);
    expect(sections.join("\n\n")).toBe(Array.from({ length: 12 }, (_, i) => paragraph(i).trimEnd()).join("\n\n"));
  });

  it("splits a single line longer than a section without losing text", () => {
    const text = "议程项目：".repeat(1000);
    const messages = renderReply(reply({ text }));
    const sections = messages.flatMap((m) => m.blocks.filter((b) => b.type === "section").map(textOf));
    expect(sections.every((s) => s.length <= 3000)).toBe(true);
    expect(sections.join("")).toBe(text);
  });

  it("splits a long cited answer into several messages within 50 blocks, each citation with the paragraph that first cites it", () => {
    const citations = Array.from({ length: 60 }, (_, i) => citation(i + 1));
    const text = citations.map((_, i) => `Point ${i + 1} [${i + 1}]`).join("\n\n");
    const messages = renderReply(reply({ text, citations }), { maxSectionChars: 40 });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.blocksPerMessage);
      expect(m.text.length).toBeGreaterThan(0);
      const cited = new Set([...m.blocks.filter((b) => b.type === "section").map(textOf).join(" ").matchAll(/\[(\d+)\]/g)].map((x) => x[1]));
      const listed = m.blocks.filter((b) => b.type === "context").map(textOf).flatMap((t) => /^\[(\d+)\]/.exec(t)?.[1] ?? []);
      expect(listed.sort()).toEqual([...cited].sort());
      for (const a of m.blocks.filter((b): b is types.ActionsBlock => b.type === "actions")) expect(a.elements.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.actionsElements);
    }
    const allListed = messages.flatMap((m) => m.blocks.filter((b) => b.type === "context").map(textOf).flatMap((t) => /^\[(\d+)\]/.exec(t)?.[1] ?? []));
    expect(allListed).toEqual(citations.map((_, i) => String(i + 1)));
    // Feedback once, at the end.
    expect(messages.map((m) => JSON.stringify(m.blocks).includes("feedback_buttons"))).toEqual(messages.map((_, i) => i === messages.length - 1));
  });

  it("lists citations no paragraph refers to after the answer", () => {
    const [m] = renderReply(reply({ text: "Two documents cover this.", citations: [citation(1), citation(2)] }));
    expect(m.blocks.filter((b) => b.type === "context").map(textOf).slice(1).map((t) => t.slice(0, 3))).toEqual(["[1]", "[2]"]);
  });

  it("never sends an empty message", () => {
    const [m] = renderReply(reply({ kind: "error", text: "  " }));
    expect(m.text).toBe("(no answer)");
    expect(m.blocks).toHaveLength(1);
  });
});

describe("answerRef", () => {
  it("joins the cited passage ids", () => {
    expect(answerRef(cannedAnswer())).toBe(`${CITATION_27.passageId},${CITATION_28.passageId}`);
  });

  it("names kind and code when nothing is cited", () => {
    expect(answerRef(reply({ kind: "refusal", code: "not_covered" }))).toBe("refusal:not_covered");
  });

  it("fits a button value", () => {
    const many = Array.from({ length: 300 }, (_, i) => citation(i));
    expect(answerRef(reply({ citations: many })).length).toBeLessThanOrEqual(2000);
  });
});

describe("renderPassage", () => {
  it("quotes the whole passage, escaped, under its document and paragraph", () => {
    const m = renderPassage(CITATION_27, "en");
    expect(textOf(m.blocks[0])).toBe("Cited passage: *CAC/COSP/WG.4/2024/1*, ¶ 27");
    const quoted = m.blocks.slice(1).map(textOf).join("\n");
    expect(quoted.startsWith(">The Working Group will hold")).toBe(true);
    expect(quoted).toContain("10/3 &amp; related &lt;matters&gt;");
    expect(m.text).toContain(CITATION_27.quote);
  });

  it("splits a passage longer than a section into several quoted sections", () => {
    const long = { ...CITATION_28, quote: "各缔约国应当采取措施。".repeat(600) };
    const m = renderPassage(long, "zh");
    const sections = m.blocks.slice(1).map(textOf);
    expect(sections.length).toBeGreaterThan(1);
    expect(sections.every((s) => s.length <= 3000 && s.startsWith(">"))).toBe(true);
    expect(sections.map((s) => s.slice(1)).join("")).toBe(long.quote);
  });
});
