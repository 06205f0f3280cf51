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
  it("puts the answer first, then a sources heading, one line per document, one Show passages menu and Slack's native feedback buttons", () => {
    const [m, ...rest] = renderReply(cannedAnswer());
    expect(rest).toHaveLength(0);
    expect(m.blocks.map((b) => b.type)).toEqual(["section", "context", "context", "actions", "context_actions"]);
    expect(textOf(m.blocks[0])).toBe("*Fifteenth meeting* of the Working Group on Prevention [1]:\n• Item 2: implementation of resolution 10/3 [1]\n• Item 3: good practices [2]");
    expect(textOf(m.blocks[2])).toMatch(/^\[1\]\[2\] \*CAC\/COSP\/WG\.4\/2024\/1\* · ¶ 27, 28 “/);
    expect(m.text).toBe("Fifteenth meeting of the Working Group on Prevention [1]:\n• Item 2: implementation of resolution 10/3 [1]\n• Item 3: good practices [2]");
  });

  it("shows the sentence of the passage that states the fact, not the whole passage", () => {
    const [m] = renderReply(reply({ text: "Item 2 concerns resolution 10/3 [1].", citations: [CITATION_27] }));
    const quoted = /“(.*)”/.exec(textOf(m.blocks[2]))![1];
    // A short answer leaves room for about 60 characters of it, cut at a word.
    expect(quoted.startsWith("… Item 2 of the provisional agenda concerns")).toBe(true);
    expect(quoted.length).toBeLessThanOrEqual(60);
  });

  it("links the symbol to the official document and shows the title and date in the answer's language", () => {
    const c: Citation = { ...CITATION_28, symbol: "CAC/COSP/WG.4/2024/1", title: "Annotated provisional agenda", date: "2024-06-13", url: "https://documents.un.org/api/symbol/access?s=CAC%2FCOSP%2FWG.4%2F2024%2F1&l=E&t=pdf" };
    const [m] = renderReply(reply({ text: "Item 3 [1].", citations: [c] }));
    expect(textOf(m.blocks[2])).toMatch(/^\[1\] \*<https:\/\/documents\.un\.org\/api\/symbol\/access\?s=CAC%2FCOSP%2FWG\.4%2F2024%2F1&l=E&t=pdf\|CAC\/COSP\/WG\.4\/2024\/1>\* · Annotated provisional agenda · 13 June 2024 · ¶ 28/);
    const [zh] = renderReply(reply({ lang: "zh", text: "议程项目3 [1]。", citations: [{ ...c, title: "临时议程说明" }] }));
    expect(textOf(zh.blocks[2])).toContain("临时议程说明 · 2024年6月13日 · 第28段");
  });

  it("puts a title that exists only in Chinese in quotation marks in an English answer", () => {
    const [m] = renderReply(reply({ text: "Item 3 [1].", citations: [{ ...CITATION_28, title: "临时议程说明", document: "临时议程说明, 2024-06-13" }] }));
    expect(textOf(m.blocks[2])).toMatch(/^\[1\] \*“临时议程说明”\*/);
  });

  it("leaves out the paragraph when a citation has none", () => {
    const [m] = renderReply(reply({ text: "Yes [1].", citations: [{ ...CITATION_28, paragraph: null }] }));
    expect(textOf(m.blocks[2])).toBe("[1] *CAC/COSP/WG.4/2024/1* “议程项目3：良好做法和经验。”");
  });

  it("writes locators for people, never with ¶ before a locator that is not a paragraph number", () => {
    const [m] = renderReply(reply({ text: "Item 1 [1][2].", citations: [{ ...CITATION_28, paragraph: "provisional agenda, item 1(a)" }, { ...CITATION_27, paragraph: "header, meeting" }] }));
    expect(textOf(m.blocks[2])).toMatch(/ · agenda item 1\(a\), cover page /);
  });

  it("strips markup from quotes", () => {
    const [m] = renderReply(reply({ text: "Item 3 [1].", citations: [{ ...CITATION_28, quote: "<b>议程项目3</b>：[良好做法](#)和经验<sup>a</sup>。" }] }));
    expect(textOf(m.blocks[2])).toContain("“议程项目3：良好做法和经验。”");
  });

  it("labels sources and the passages menu in Chinese for a Chinese answer", () => {
    const [m] = renderReply(reply({ lang: "zh", text: "第15次会议 [1]", citations: [CITATION_28] }));
    expect(textOf(m.blocks[1])).toBe("*来源*");
    const show = m.blocks[3] as types.ActionsBlock;
    expect((show.elements[0] as types.StaticSelect).placeholder!.text).toBe("查看原文");
    expect(show.block_id).toBe("passages:zh:0");
  });

  it("offers every cited passage in one Show passages menu, each option carrying the passage id", () => {
    const [m] = renderReply(cannedAnswer());
    const menus = m.blocks.filter((b): b is types.ActionsBlock => b.type === "actions").flatMap((b) => b.elements).filter((e) => e.type === "static_select") as types.StaticSelect[];
    expect(menus).toHaveLength(1);
    expect(menus[0].action_id).toBe("show_passage");
    expect(menus[0].options!.map((o) => [o.text.text, o.value])).toEqual([
      ["[1] CAC/COSP/WG.4/2024/1, ¶ 27", CITATION_27.passageId],
      ["[2] CAC/COSP/WG.4/2024/1, ¶ 28", CITATION_28.passageId],
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

  it("puts the Share in channel button in an actions block of its own after the native feedback block, which holds no ordinary button", () => {
    const [m] = renderReply(cannedAnswer(), {}, { share: "/agenda 15" });
    expect(m.blocks.slice(-2).map((b) => [b.type, b.block_id])).toEqual([
      ["context_actions", "feedback:en"],
      ["actions", "share:en"],
    ]);
    const [share] = (m.blocks.at(-1) as types.ActionsBlock).elements as types.Button[];
    expect([share.action_id, share.value, share.text.text]).toEqual(["share_in_channel", "/agenda 15", "Share in channel"]);
  });

  it("keeps the Share in channel button beside the plain 👍/👎 buttons where Slack refused the native ones", () => {
    const [m] = renderReply(cannedAnswer(), { feedback: "buttons" }, { share: "/agenda 15" });
    const rows = m.blocks.slice(-2) as types.ActionsBlock[];
    expect(rows.map((r) => r.elements.map((e) => (e as types.Button).action_id))).toEqual([["feedback_up", "feedback_down"], ["share_in_channel"]]);
  });

  it("keeps a long shared answer within 50 blocks a message with the feedback and share rows at its end", () => {
    const citations = Array.from({ length: 60 }, (_, i) => citation(i + 1));
    const text = citations.map((_, i) => `Point ${i + 1} [${i + 1}]`).join("\n\n");
    const messages = renderReply(reply({ text, citations }), { maxSectionChars: 40 }, { share: "/ask points" });
    for (const m of messages) expect(m.blocks.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.blocksPerMessage);
    expect(messages.map((m) => JSON.stringify(m.blocks).includes("share_in_channel"))).toEqual(messages.map((_, i) => i === messages.length - 1));
  });

  it("keeps the sources of an answer no longer than the answer beyond the first document's sentence", () => {
    const citations = Array.from({ length: 6 }, (_, i) => citation(i + 1));
    const text = "The Group recommends that States parties continue to share good practices [1][2][3][4][5][6].";
    const [m] = renderReply(reply({ text, citations }));
    const sources = m.blocks.filter((b) => b.type === "context").slice(1).map(textOf);
    expect(sources).toHaveLength(6);
    expect(sources.filter((t) => t.includes("“"))).toHaveLength(1);
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
  it("quotes the whole passage, escaped and without markup, under its document and paragraph", () => {
    const m = renderPassage({ ...CITATION_27, quote: "The Working Group will hold <b>its meeting</b> on 10/3 & related items." }, "en");
    expect(textOf(m.blocks[0])).toBe("Cited passage: *CAC/COSP/WG.4/2024/1*, ¶ 27");
    const quoted = m.blocks.slice(1).map(textOf).join("\n");
    expect(quoted).toBe(">The Working Group will hold its meeting on 10/3 &amp; related items.");
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
