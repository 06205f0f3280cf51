/**
 * Reply -> Block Kit. The answer comes first, then its sources as context blocks, a row of
 * "show passage" buttons and, on answers, Slack's native feedback buttons (a context_actions
 * block with a feedback_buttons element; a row of 👍/👎 buttons where Slack refuses those).
 * Long replies are split into several
 * messages within Block Kit's limits, and a citation always travels in the same message as the
 * first paragraph that cites it.
 */
import type { types } from "@slack/bolt";
import type { Citation, Lang, Reply } from "../../core/types.js";
import { t } from "./messages.js";
import { cutToFit, escapeMrkdwn, excerpt, toMrkdwn, toPlainText } from "./slack-text.js";

type KnownBlock = types.KnownBlock;

/** One message to post: Block Kit blocks plus the plain-text fallback Slack uses in notifications. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Block Kit's limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const BLOCK_KIT_LIMITS = {
  sectionText: 3000,
  blocksPerMessage: 50,
  actionsElements: 25,
  contextElements: 10,
  buttonValue: 2000,
  buttonText: 75,
} as const;

/** Action ids the adapter listens to. `show_passage` buttons carry their number (`show_passage:3`) because action ids must be unique within a block. */
export const ACTION_IDS = {
  showPassage: "show_passage",
  /** Slack's native feedback buttons; the value says which was pressed ("up:<ref>", "down:<ref>"). */
  feedback: "feedback",
  /** The plain 👍/👎 buttons (and those of messages posted by earlier releases). */
  feedbackUp: "feedback_up",
  feedbackDown: "feedback_down",
} as const;

/** Reads a native feedback button's value back: the vote and the answer reference. */
export function parseFeedbackValue(value: string | undefined): { vote: "up" | "down"; ref: string } | undefined {
  const m = /^(up|down):([\s\S]*)$/.exec(value ?? "");
  return m ? { vote: m[1] as "up" | "down", ref: m[2] } : undefined;
}

/** Matches the action id of every "show passage" button. */
export const SHOW_PASSAGE_ACTION = /^show_passage(?::\d+)?$/;

export interface RenderOptions {
  /** Longest section text; Block Kit allows 3000. Lowered in tests to exercise splitting. */
  maxSectionChars?: number;
  /** Most blocks in one message; Block Kit allows 50. */
  maxBlocks?: number;
  /** Most citations (and so "show" buttons) in one message; must stay within one actions block. */
  maxCitationsPerMessage?: number;
  /** Excerpt length in the sources line. */
  excerptChars?: number;
  /** "native": Slack's feedback buttons (the default); "buttons": plain buttons, where Slack refuses those. */
  feedback?: "native" | "buttons";
}

const defaults: Required<RenderOptions> = {
  maxSectionChars: BLOCK_KIT_LIMITS.sectionText,
  maxBlocks: BLOCK_KIT_LIMITS.blocksPerMessage,
  maxCitationsPerMessage: 20,
  excerptChars: 150,
  feedback: "native",
};

/** Reply kinds that get 👍 / 👎 buttons: the ones that say something about the documents. */
const FEEDBACK_KINDS = new Set<Reply["kind"]>(["answer", "refusal", "clarification"]);

/** A chunk of answer text that fits one section, with the citations it is the first to mention. */
interface Chunk {
  text: string;
  citations: number[];
}

/**
 * Renders a reply as one or more Slack messages (usually one).
 * Every message has a plain-text `text` fallback and at most `maxBlocks` blocks.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage[] {
  const o = { ...defaults, ...options };
  const chunks = chunkText(reply.text, o.maxSectionChars);
  assignCitations(chunks, reply.citations.length);
  const feedback = FEEDBACK_KINDS.has(reply.kind);
  const groups = packMessages(chunks, reply.citations.length, o, feedback);
  return groups.map((g, i) => buildMessage(reply, g, i, o, feedback && i === groups.length - 1));
}

/** Splits text into section-sized chunks at paragraph, then line, then word boundaries. */
function chunkText(text: string, max: number): Chunk[] {
  const measure = (s: string) => toMrkdwn(s).length;
  const paragraphs = text.split(/\n{2,}/).map((p) => p.replace(/\s+$/, "")).filter((p) => p.trim() !== "");
  const pieces: string[] = [];
  for (const p of paragraphs) {
    if (measure(p) <= max) {
      pieces.push(p);
      continue;
    }
    for (const line of p.split("\n")) {
      if (line.trim() === "") continue;
      pieces.push(...(measure(line) <= max ? [line] : cutToFit(line, max, measure)));
    }
  }
  // Join small neighbours back together so a short answer stays one section.
  const out: Chunk[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && measure(`${last.text}\n\n${piece}`) <= max) last.text = `${last.text}\n\n${piece}`;
    else out.push({ text: piece, citations: [] });
  }
  return out;
}

/** Gives each citation to the first chunk that mentions it by `[n]`; unmentioned ones stay unassigned. */
function assignCitations(chunks: Chunk[], count: number): void {
  const seen = new Set<number>();
  for (const chunk of chunks) {
    for (const m of chunk.text.matchAll(/\[(\d+)\]/g)) {
      const n = Number(m[1]);
      if (n >= 1 && n <= count && !seen.has(n)) {
        seen.add(n);
        chunk.citations.push(n);
      }
    }
  }
}

interface Group {
  chunks: string[];
  citations: number[];
}

/** Blocks a group needs: sections, then (with citations) a heading, one context each and one actions row. */
function blocksOf(sections: number, citations: number, feedback: boolean): number {
  return sections + (citations > 0 ? 2 + citations : 0) + (feedback ? 1 : 0);
}

function packMessages(chunks: Chunk[], citationCount: number, o: Required<RenderOptions>, feedback: boolean): Group[] {
  const groups: Group[] = [{ chunks: [], citations: [] }];
  const current = () => groups[groups.length - 1];
  // Room for the feedback row is kept in every message: which one is last is known only at the end.
  const fits = (g: Group, sections: number, citations: number) =>
    blocksOf(g.chunks.length + sections, g.citations.length + citations, feedback) <= o.maxBlocks &&
    g.citations.length + citations <= o.maxCitationsPerMessage;

  for (const chunk of chunks) {
    let g = current();
    if (!fits(g, 1, chunk.citations.length) && (g.chunks.length > 0 || g.citations.length > 0)) {
      g = { chunks: [], citations: [] };
      groups.push(g);
    }
    g.chunks.push(chunk.text);
    for (const n of chunk.citations) addCitation(n);
  }
  const assigned = new Set(chunks.flatMap((c) => c.citations));
  for (let n = 1; n <= citationCount; n++) if (!assigned.has(n)) addCitation(n);
  return groups;

  // A chunk citing more sources than one message holds (rare) spills them into follow-up messages.
  function addCitation(n: number) {
    let g = current();
    if (!fits(g, 0, 1)) {
      g = { chunks: [], citations: [] };
      groups.push(g);
    }
    g.citations.push(n);
  }
}

function buildMessage(reply: Reply, group: Group, index: number, o: Required<RenderOptions>, withFeedback: boolean): SlackMessage {
  const lang = reply.lang;
  const blocks: KnownBlock[] = group.chunks.map((c) => ({ type: "section", text: { type: "mrkdwn", text: toMrkdwn(c) } }));
  const fallback: string[] = group.chunks.map(toPlainText);

  if (group.citations.length > 0) {
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `*${t("sources", lang)}*` }] });
    const buttons: types.Button[] = [];
    for (const n of group.citations) {
      const c = reply.citations[n - 1];
      blocks.push(citationContext(n, c, o.excerptChars));
      if (group.chunks.length === 0) fallback.push(citationLine(n, c, o.excerptChars));
      if (c.passageId && c.passageId.length <= BLOCK_KIT_LIMITS.buttonValue) {
        buttons.push({
          type: "button",
          action_id: `${ACTION_IDS.showPassage}:${n}`,
          text: { type: "plain_text", text: `${t("showPassage", lang)} [${n}]` },
          value: c.passageId,
        });
      }
    }
    if (buttons.length > 0) blocks.push({ type: "actions", block_id: `passages:${lang}:${index}`, elements: buttons });
  }

  if (withFeedback) blocks.push(feedbackBlock(reply, o.feedback));

  const text = fallback.join("\n\n").trim() || t("noAnswer", lang);
  if (blocks.length === 0) blocks.push({ type: "section", text: { type: "mrkdwn", text: escapeMrkdwn(text) } });
  return { text: cutToFit(text, BLOCK_KIT_LIMITS.sectionText)[0], blocks };
}

/** The feedback row: Slack's native feedback buttons, or plain 👍/👎 buttons. */
function feedbackBlock(reply: Reply, kind: "native" | "buttons"): KnownBlock {
  const lang = reply.lang;
  const blockId = `feedback:${lang}`;
  if (kind === "buttons") {
    const ref = answerRef(reply);
    return {
      type: "actions",
      block_id: blockId,
      elements: [
        { type: "button", action_id: ACTION_IDS.feedbackUp, text: { type: "plain_text", text: "👍", emoji: true }, value: ref },
        { type: "button", action_id: ACTION_IDS.feedbackDown, text: { type: "plain_text", text: "👎", emoji: true }, value: ref },
      ],
    };
  }
  // The vote travels in the value, so the reference gets the room left by its "down:" prefix.
  const ref = answerRef(reply, BLOCK_KIT_LIMITS.buttonValue - "down:".length);
  return {
    type: "context_actions",
    block_id: blockId,
    elements: [
      {
        type: "feedback_buttons",
        action_id: ACTION_IDS.feedback,
        positive_button: { text: { type: "plain_text", text: "👍", emoji: true }, accessibility_label: t("feedbackHelpful", lang), value: `up:${ref}` },
        negative_button: { text: { type: "plain_text", text: "👎", emoji: true }, accessibility_label: t("feedbackUnhelpful", lang), value: `down:${ref}` },
      },
    ],
  };
}

/**
 * Where in the document: "¶ 27" for a numbered paragraph, the locator as it is otherwise
 * ("provisional agenda, item 2(a)", "annex, row 2024-09-05 10:00").
 */
export function locatorOf(c: Citation): string | undefined {
  if (!c.paragraph) return undefined;
  return /^\d+(?:\s*[-–]\s*\d+)?$/.test(c.paragraph) ? `¶ ${c.paragraph}` : c.paragraph;
}

function citationContext(n: number, c: Citation, excerptChars: number): types.ContextBlock {
  const loc = locatorOf(c);
  const where = loc ? `, ${escapeMrkdwn(loc)}` : "";
  return {
    type: "context",
    elements: [
      { type: "mrkdwn", text: `[${n}] *${escapeMrkdwn(c.document)}*${where} —` },
      // plain_text: the quote is shown as it stands, with no accidental mrkdwn formatting.
      { type: "plain_text", text: `“${excerpt(c.quote, excerptChars)}”`, emoji: false },
    ],
  };
}

function citationLine(n: number, c: Citation, excerptChars: number): string {
  const loc = locatorOf(c);
  return `[${n}] ${c.document}${loc ? `, ${loc}` : ""} — “${excerpt(c.quote, excerptChars)}”`;
}

/**
 * A compact reference to an answer for feedback votes: the cited passage ids, or for answers
 * without citations the reply kind and code. Fits a button value.
 */
export function answerRef(reply: Reply, maxLength: number = BLOCK_KIT_LIMITS.buttonValue): string {
  const ids = reply.citations.map((c) => c.passageId ?? `${c.file}#${c.paragraph ?? ""}`);
  if (ids.length === 0) return `${reply.kind}:${reply.code ?? "none"}`;
  let ref = "";
  for (const id of ids) {
    const next = ref ? `${ref},${id}` : id;
    if (next.length > maxLength) break;
    ref = next;
  }
  return ref || ids[0].slice(0, maxLength);
}

/** The whole cited passage, for the "show passage" button (shown to the clicker only). */
export function renderPassage(c: Citation, lang: Lang, options: Pick<RenderOptions, "maxSectionChars" | "maxBlocks"> = {}): SlackMessage {
  const max = options.maxSectionChars ?? defaults.maxSectionChars;
  const maxBlocks = options.maxBlocks ?? defaults.maxBlocks;
  const loc = locatorOf(c);
  const heading = `*${escapeMrkdwn(c.document)}*${loc ? `, ${escapeMrkdwn(loc)}` : ""}`;
  // A literal ">" per line makes a block quote; the quote itself is escaped.
  const quoteLines = (s: string) => s.split("\n").map((l) => `>${escapeMrkdwn(l)}`).join("\n");
  const measure = (s: string) => quoteLines(s).length;
  const pieces = c.quote.split("\n").flatMap((line) => (measure(line) <= max ? [line] : cutToFit(line, max, measure)));
  const sections: string[] = [];
  for (const p of pieces) {
    const last = sections.length - 1;
    if (last >= 0 && measure(`${sections[last]}\n${p}`) <= max) sections[last] = `${sections[last]}\n${p}`;
    else sections.push(p);
  }
  const blocks: KnownBlock[] = [
    { type: "context", elements: [{ type: "mrkdwn", text: `${t("passageHeading", lang)}: ${heading}` }] },
    ...sections.slice(0, maxBlocks - 1).map((s): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text: quoteLines(s) } })),
  ];
  const text = `${c.document}${loc ? `, ${loc}` : ""}: ${c.quote}`;
  return { text: cutToFit(text, BLOCK_KIT_LIMITS.sectionText)[0], blocks };
}
