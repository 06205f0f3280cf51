/**
 * Reply -> Teams message activities carrying Adaptive Cards (version 1.5, the highest Teams
 * renders). An answer card holds the answer text, its sources one line per document (symbol
 * linked to the official document, title, date, paragraphs, and the sentence that states the
 * fact), one "Show passages" show-card revealing every cited passage whole, and feedback buttons.
 * Teams refuses messages over about 28 KB, so a long reply is split into several activities,
 * each under `maxActivityBytes`.
 */
import { createHash } from "node:crypto";
import type { Lang, Reply } from "../../core/types.js";
import { labelIn, markers, placesText, sourceLines, type SourceLine } from "../../present/sources.js";
import { plainText, shorten, splitByBytes, textBlocks, type TextBlock } from "./card-text.js";
import { labelsFor, type CardLabels } from "./labels.js";

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
export const ADAPTIVE_CARD_VERSION = "1.5";
/** Teams' limit is about 28 KB for the whole message; leave room for the envelope Teams adds. */
export const DEFAULT_MAX_ACTIVITY_BYTES = 24_000;
const SUMMARY_CHARS = 250;

export interface RenderOptions {
  maxActivityBytes?: number;
}

type CardElement = object;

/** An outgoing message activity, before the SDK addresses it to the conversation. */
export interface OutgoingActivity {
  type: "message" | "typing";
  text?: string;
  summary?: string;
  attachments?: { contentType: string; content: unknown }[];
}

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: string;
  version: string;
  fallbackText?: string;
  body: CardElement[];
  actions?: CardElement[];
  msteams: { width: "Full" };
}

/** The answer reference a feedback vote is about: the cited passages, or a digest of the text. */
export function answerRef(reply: Reply): string {
  const ids = reply.citations.map((c) => c.passageId).filter((id): id is string => Boolean(id));
  if (ids.length) return shorten(ids.join(","), 400);
  return "text:" + createHash("sha256").update(reply.text).digest("hex").slice(0, 16);
}

function wantsFeedback(reply: Reply): boolean {
  return reply.kind === "answer" || reply.kind === "refusal" || reply.kind === "clarification" || reply.kind === "digest";
}

/** One document's source line, and its passages for the "Show passages" card. */
interface SourceItem {
  line: CardElement[];
  passages: CardElement[];
  /** Whether a passage had to be shortened to fit the card. */
  shortened: boolean;
}

/** Markdown link text must not close the link early. */
const linkText = (s: string) => s.replace(/[[\]]/g, "");

function sourceItem(line: SourceLine, lang: Lang, maxQuoteBytes: number): SourceItem {
  const label = line.url ? `[${linkText(line.label)}](${line.url})` : labelIn(line.label, lang);
  const identity = [`${markers(line.numbers)} ${label}`, line.title && labelIn(line.title, lang), line.date, placesText(line.places, lang)].filter(Boolean).join(" · ");
  const elements: CardElement[] = [{ type: "TextBlock", text: identity, wrap: true, spacing: "Small", size: "Small" }];
  if (line.excerpt) elements.push({ type: "TextBlock", text: `“${line.excerpt}”`, wrap: true, isSubtle: true, spacing: "None", size: "Small" });
  let shortened = false;
  const passages = line.passages.flatMap((p): CardElement[] => {
    const fits = Buffer.byteLength(p.text, "utf8") <= maxQuoteBytes;
    shortened ||= !fits;
    return [
      { type: "TextBlock", text: `[${p.n}] ${line.label}${p.place ? `, ${p.place}` : ""}`, wrap: true, weight: "Bolder", spacing: "Medium", size: "Small" },
      { type: "TextBlock", text: fits ? p.text : `${splitByBytes(p.text, maxQuoteBytes)[0]}…`, wrap: true, spacing: "Small" },
    ];
  });
  return { line: elements, passages, shortened };
}

function sourcesElements(items: SourceItem[], heading: string, labels: CardLabels): CardElement[] {
  if (!items.length) return [];
  const shortenedNote = items.some((i) => i.shortened) ? [{ type: "TextBlock", text: labels.passageShortened, wrap: true, isSubtle: true, spacing: "Medium", size: "Small" }] : [];
  return [
    { type: "TextBlock", text: heading, wrap: true, weight: "Bolder", spacing: "Medium", separator: true },
    ...items.flatMap((i) => i.line),
    { type: "ActionSet", actions: [{ type: "Action.ShowCard", title: labels.showPassages, card: { type: "AdaptiveCard", body: [...items.flatMap((i) => i.passages), ...shortenedNote] } }] },
  ];
}

function feedbackActions(reply: Reply, labels: CardLabels): CardElement[] {
  const ref = answerRef(reply);
  return [
    { type: "Action.Submit", title: labels.helpful, data: { action: "feedback", vote: "up", ref } },
    { type: "Action.Submit", title: labels.notHelpful, data: { action: "feedback", vote: "down", ref } },
  ];
}

function leadBlocks(reply: Reply, labels: CardLabels): TextBlock[] {
  const blocks = textBlocks(reply.text);
  if (reply.kind !== "error") return blocks;
  // An error says what went wrong and what to do next.
  return [
    { type: "TextBlock", text: `⚠️ ${labels.errorTitle}`, wrap: true, weight: "Bolder", color: "Attention" },
    ...blocks.map((b, i): TextBlock => (i === 0 ? { ...b, spacing: "Small" } : b)),
    { type: "TextBlock", text: labels.errorHint, wrap: true, isSubtle: true, spacing: "Medium" },
  ];
}

function toActivity(card: AdaptiveCard, summary: string): OutgoingActivity {
  return {
    type: "message",
    summary,
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
  };
}

function sizeOf(activity: OutgoingActivity): number {
  return Buffer.byteLength(JSON.stringify(activity), "utf8");
}

/**
 * Renders a reply as one or more message activities with Adaptive Cards. The plain text goes
 * into each card's fallbackText and the activity's summary (the notification preview); it is
 * not put in `text`, which Teams would show above the card, repeating the answer.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): OutgoingActivity[] {
  const maxBytes = options.maxActivityBytes ?? DEFAULT_MAX_ACTIVITY_BYTES;
  const labels = labelsFor(reply.lang);
  const summary = shorten(plainText(reply.text).replace(/\s+/g, " "), SUMMARY_CHARS);
  const feedback = wantsFeedback(reply) ? feedbackActions(reply, labels) : [];
  // A single element must leave room for the card envelope, a heading and the feedback buttons.
  const elementBudget = Math.max(1_000, maxBytes - 2_000);
  const lines = sourceLines(reply);
  // Every passage gets an equal share of half a card, so one document's passages always fit one card.
  const perPassage = Math.floor(elementBudget / 2 / Math.max(1, reply.citations.length)) - 120;
  const sources = lines.map((l) => sourceItem(l, reply.lang, Math.max(150, perPassage)));
  const lead: TextBlock[] = leadBlocks(reply, labels).flatMap((b) =>
    Buffer.byteLength(b.text, "utf8") <= elementBudget / 2 ? [b] : splitByBytes(b.text, Math.floor(elementBudget / 2)).map((text, i) => ({ ...b, text, spacing: i === 0 ? b.spacing : "None" })),
  );

  const build = (blocks: readonly object[], items: SourceItem[], heading: string, withFeedback: boolean, fallback: string): OutgoingActivity =>
    toActivity(
      {
        type: "AdaptiveCard",
        $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
        version: ADAPTIVE_CARD_VERSION,
        fallbackText: fallback,
        body: [...blocks, ...sourcesElements(items, heading, labels)],
        ...(withFeedback && feedback.length ? { actions: feedback } : {}),
        msteams: { width: "Full" },
      },
      summary,
    );

  const whole = build(lead, sources, labels.sources, true, plainText(reply.text));
  if (sizeOf(whole) <= maxBytes) return [whole];

  // Too large for one message: text first, then the sources, packed greedily; feedback on the last card.
  const cards: { blocks: TextBlock[]; items: SourceItem[] }[] = [{ blocks: [], items: [] }];
  const fallbackOf = (blocks: TextBlock[]) => plainText(blocks.map((b) => b.text).join("\n"));
  const render = (c: { blocks: TextBlock[]; items: SourceItem[] }, index: number, last: boolean) =>
    build(c.blocks, c.items, cards.slice(0, index).some((e) => e.items.length) ? labels.sourcesContinued : labels.sources, last, fallbackOf(c.blocks) || summary);
  const fits = (c: { blocks: TextBlock[]; items: SourceItem[] }, index: number) => sizeOf(render(c, index, true)) <= maxBytes;

  for (const block of lead) {
    const current = cards[cards.length - 1];
    const next = { blocks: [...current.blocks, block], items: current.items };
    if (fits(next, cards.length - 1) || current.blocks.length === 0) cards[cards.length - 1] = next;
    else cards.push({ blocks: [block], items: [] });
  }
  for (const item of sources) {
    const current = cards[cards.length - 1];
    const next = { blocks: current.blocks, items: [...current.items, item] };
    if (fits(next, cards.length - 1) || (current.blocks.length === 0 && current.items.length === 0)) cards[cards.length - 1] = next;
    else cards.push({ blocks: [], items: [item] });
  }
  return cards.map((c, i) => render(c, i, i === cards.length - 1));
}

/** A short plain message (acknowledgements), without a card. */
export function renderNote(text: string): OutgoingActivity {
  return { type: "message", text };
}

/** After a 👎: a card asking what was wrong, whose submit carries the vote's id. */
export function renderReasonCard(voteId: string, lang: Lang): OutgoingActivity {
  const labels = labelsFor(lang);
  const card: AdaptiveCard = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: ADAPTIVE_CARD_VERSION,
    body: [
      { type: "TextBlock", text: labels.reasonPrompt, wrap: true },
      { type: "Input.Text", id: "reason", isMultiline: true, maxLength: 2000, placeholder: labels.reasonPlaceholder },
    ],
    actions: [{ type: "Action.Submit", title: labels.reasonSend, data: { action: "feedbackReason", voteId } }],
    msteams: { width: "Full" },
  };
  return toActivity(card, labels.reasonPrompt);
}
