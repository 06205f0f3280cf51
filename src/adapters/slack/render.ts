/**
 * Reply -> Block Kit. The answer comes first, then its sources, one context line per document
 * (symbol linked to the official document, title, date, paragraphs, the sentence that states the
 * fact), one "Show passages" menu holding every cited passage and, on answers, Slack's native
 * feedback buttons (a context_actions block with a feedback_buttons element; a row of 👍/👎
 * buttons where Slack refuses those) with, on private answers, a "Share in channel" button in an
 * actions block of its own (a context_actions block holds no ordinary button).
 * Long replies are split into several messages within Block Kit's limits, and a document always
 * travels in the same message as the first paragraph that cites it.
 */
import type { types } from "@slack/bolt";
import type { Citation, Lang, Reply } from "../../core/types.js";
import { t } from "./messages.js";
import { cutToFit, escapeMrkdwn, excerpt, toMrkdwn, toPlainText } from "./slack-text.js";
import { quoteText } from "../../present/quote-text.js";
import { identityText, labelIn, markers, placeOf, placesText, sourceLines, type SourceLine } from "../../present/sources.js";

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
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
} as const;

/**
 * Action ids the adapter listens to. The "Show passages" menu is `show_passage`; buttons of older
 * messages carry their number (`show_passage:3`) because action ids must be unique within a block.
 */
export const ACTION_IDS = {
  showPassage: "show_passage",
  share: "share_in_channel",
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
  /** Most source lines (documents) in one message. */
  maxCitationsPerMessage?: number;
  /** Longest excerpt in a source line. */
  excerptChars?: number;
  /** "native": Slack's feedback buttons (the default); "buttons": plain buttons, where Slack refuses those. */
  feedback?: "native" | "buttons";
}

const defaults: Required<RenderOptions> = {
  maxSectionChars: BLOCK_KIT_LIMITS.sectionText,
  maxBlocks: BLOCK_KIT_LIMITS.blocksPerMessage,
  maxCitationsPerMessage: 20,
  excerptChars: 160,
  feedback: "native",
};

/** What a message carries besides the reply: a "Share in channel" button, or who shared it. */
export interface RenderExtras {
  /** The request text to answer again in the channel; adds a "Share in channel" button. */
  share?: string;
  /** The Slack user who shared the answer into the channel. */
  sharedBy?: string;
}

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
export function renderReply(reply: Reply, options: RenderOptions = {}, extras: RenderExtras = {}): SlackMessage[] {
  const o = { ...defaults, ...options };
  const chunks = chunkText(reply.text, o.maxSectionChars);
  const lines = sourceLines(reply, { excerptChars: o.excerptChars });
  assignLines(chunks, lines);
  const feedback = FEEDBACK_KINDS.has(reply.kind);
  const closing = feedback ? (shareable(extras.share) ? 2 : 1) : 0;
  const groups = packMessages(chunks, lines.length, o, closing);
  const messages = groups.map((g, i) => buildMessage(reply, lines, g, i, o, feedback && i === groups.length - 1, extras.share));
  if (extras.sharedBy) messages[0].blocks.unshift({ type: "context", elements: [{ type: "mrkdwn", text: `${t("sharedBy", reply.lang)} <@${extras.sharedBy}>` }] });
  return messages;
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

/** Gives each source line (by its index) to the first chunk that mentions one of its markers; unmentioned ones stay unassigned. */
function assignLines(chunks: Chunk[], lines: SourceLine[]): void {
  const lineOf = new Map<number, number>();
  lines.forEach((l, i) => l.numbers.forEach((n) => lineOf.set(n, i)));
  const seen = new Set<number>();
  for (const chunk of chunks) {
    for (const m of chunk.text.matchAll(/\[(\d+)\]/g)) {
      const line = lineOf.get(Number(m[1]));
      if (line !== undefined && !seen.has(line)) {
        seen.add(line);
        chunk.citations.push(line);
      }
    }
  }
}

interface Group {
  chunks: string[];
  citations: number[];
}

/** Blocks a group needs: sections, then (with sources) a heading, one context per document and the passages menu, then the closing rows. */
function blocksOf(sections: number, citations: number, closing: number): number {
  return sections + (citations > 0 ? 2 + citations : 0) + closing;
}

/** `closing`: the blocks the last message ends with (feedback, share). */
function packMessages(chunks: Chunk[], citationCount: number, o: Required<RenderOptions>, closing: number): Group[] {
  const groups: Group[] = [{ chunks: [], citations: [] }];
  const current = () => groups[groups.length - 1];
  // Room for the closing rows is kept in every message: which one is last is known only at the end.
  const fits = (g: Group, sections: number, citations: number) =>
    blocksOf(g.chunks.length + sections, g.citations.length + citations, closing) <= o.maxBlocks &&
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
  for (let n = 0; n < citationCount; n++) if (!assigned.has(n)) addCitation(n);
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

function buildMessage(reply: Reply, lines: SourceLine[], group: Group, index: number, o: Required<RenderOptions>, withFeedback: boolean, share?: string): SlackMessage {
  const lang = reply.lang;
  const blocks: KnownBlock[] = group.chunks.map((c) => ({ type: "section", text: { type: "mrkdwn", text: toMrkdwn(c) } }));
  const fallback: string[] = group.chunks.map(toPlainText);

  if (group.citations.length > 0) {
    const shown = group.citations.sort((a, b) => a - b).map((i) => lines[i]);
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `*${t("sources", lang)}*` }] });
    for (const line of shown) {
      blocks.push(sourceContext(line, lang));
      if (group.chunks.length === 0) fallback.push(sourceLineText(line, lang));
    }
    const menu = passagesMenu(shown, lang);
    if (menu) blocks.push({ type: "actions", block_id: `passages:${lang}:${index}`, elements: [menu] });
  }

  if (withFeedback) {
    blocks.push(feedbackBlock(reply, o.feedback));
    if (shareable(share)) blocks.push(shareBlock(share, lang));
  }

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

/** The "Share in channel" button, in an actions block of its own beside the feedback block. */
function shareBlock(share: string, lang: Lang): KnownBlock {
  return {
    type: "actions",
    block_id: `share:${lang}`,
    elements: [{ type: "button", action_id: ACTION_IDS.share, style: "primary", text: { type: "plain_text", text: t("shareInChannel", lang), emoji: false }, value: share }],
  };
}

/** Whether a request text can travel in the "Share in channel" button's value. */
function shareable(share: string | undefined): share is string {
  return share !== undefined && share.length > 0 && share.length <= BLOCK_KIT_LIMITS.buttonValue;
}

/** "[1]–[3] *<url|CAC/COSP/WG.4/2024/1>* · Annotated provisional agenda · 13 June 2024 · ¶ 2, 5" and the excerpt, as one context block. */
function sourceContext(line: SourceLine, lang: Lang): types.ContextBlock {
  const label = line.url ? `<${line.url}|${escapeMrkdwn(line.label)}>` : escapeMrkdwn(labelIn(line.label, lang));
  const rest = [line.title && labelIn(line.title, lang), line.date, placesText(line.places, lang)].filter(Boolean).map((x) => escapeMrkdwn(x!));
  const elements: types.ContextBlock["elements"] = [{ type: "mrkdwn", text: [`${markers(line.numbers)} *${label}*`, ...rest].join(" · ") }];
  // plain_text: the quote is shown as it stands, with no accidental mrkdwn formatting.
  if (line.excerpt) elements.push({ type: "plain_text", text: `“${line.excerpt}”`, emoji: false });
  return { type: "context", elements };
}

function sourceLineText(line: SourceLine, lang: Lang): string {
  return `${identityText(line, lang)}${line.excerpt ? ` — “${line.excerpt}”` : ""}`;
}

/** One "Show passages" menu: an option per cited passage, "[2] CAC/COSP/WG.4/2024/1, ¶ 5". */
function passagesMenu(lines: SourceLine[], lang: Lang): types.StaticSelect | undefined {
  const options = lines
    .flatMap((l) => l.passages.map((p) => ({ p, label: l.label })))
    .filter(({ p }) => p.passageId && p.passageId.length <= BLOCK_KIT_LIMITS.optionValue)
    .slice(0, BLOCK_KIT_LIMITS.selectOptions)
    .map(({ p, label }) => ({
      text: { type: "plain_text" as const, text: excerpt(`[${p.n}] ${label}${p.place ? `, ${p.place}` : ""}`, BLOCK_KIT_LIMITS.optionText), emoji: false },
      value: p.passageId!,
    }));
  if (!options.length) return undefined;
  return { type: "static_select", action_id: ACTION_IDS.showPassage, placeholder: { type: "plain_text", text: t("showPassages", lang), emoji: false }, options };
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
  const loc = placeOf(c.paragraph, lang);
  const heading = `*${escapeMrkdwn(c.document)}*${loc ? `, ${escapeMrkdwn(loc)}` : ""}`;
  // A literal ">" per line makes a block quote; the quote itself is escaped.
  const quoteLines = (s: string) => s.split("\n").map((l) => `>${escapeMrkdwn(l)}`).join("\n");
  const measure = (s: string) => quoteLines(s).length;
  const pieces = c.quote.split("\n").map(quoteText).filter(Boolean).flatMap((line) => (measure(line) <= max ? [line] : cutToFit(line, max, measure)));
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
  const text = `${c.document}${loc ? `, ${loc}` : ""}: ${quoteText(c.quote)}`;
  return { text: cutToFit(text, BLOCK_KIT_LIMITS.sectionText)[0], blocks };
}
