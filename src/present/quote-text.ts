/**
 * Quotes for people: the cited passage without markup, cut to the sentence that states the fact.
 * The citation itself keeps the whole passage exactly as in the source; only its display is cut.
 */
import { ABBREVIATION, plainText } from "../knowledge/index.js";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

/** The passage as a person reads it: no HTML tags or entities, markdown links, emphasis, headings or list marks. */
export function quoteText(passage: string): string {
  return plainText(passage)
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, e: string) => ENTITIES[e])
    .replace(/<[^>]+>/g, "")
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, (_, a?: string, b?: string) => a ?? b ?? "")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^\s*[-*+]\s+/gm, "")
    .replace(/^\s*>\s?/gm, "")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A sentence: Chinese ones end at 。！？； ; English ones at . ! ? ; before a space and a capital, a
 * digit or an opening mark. Abbreviations ("para. 5", "No. 3", "Rev. 1") do not end a sentence.
 */
const SENTENCE = new RegExp(`[^。！？；]*?(?:[。！？；]|(?<!\\b(?:${ABBREVIATION}))[.!?;](?=\\s+[A-Z0-9“"(（])|$)`, "gy");

/** Sentences of a passage, Chinese or English, each with its closing mark. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  const re = SENTENCE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m[0] !== "") {
    const s = m[0].trim();
    if (s) out.push(s);
  }
  return out.length ? out : [text];
}

/** Words a sentence and an answer may share: numbers, Latin words, Chinese character pairs. */
function tokens(text: string): Set<string> {
  const out = new Set<string>();
  const t = text.toLowerCase().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  for (const m of t.matchAll(/\d+(?:[./]\d+)*/g)) out.add(m[0]);
  for (const m of t.matchAll(/[a-z][a-z-]{3,}/g)) out.add(m[0]);
  for (const run of t.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}

/**
 * The sentence of the passages that best states what `context` (the answer's sentences citing
 * them) says: most shared numbers, words and character pairs, the earliest on a tie. Paragraph
 * numbers ("18.") are dropped; a sentence over `max` characters is cut at a word boundary.
 */
export function keySentence(passages: string | string[], context: string, max = 160): string {
  const want = tokens(context);
  let best = { text: "", score: -1, later: false };
  for (const passage of Array.isArray(passages) ? passages : [passages]) {
    const all = sentences(quoteText(passage).replace(/^\d+\.\s+/, ""));
    all.forEach((s, i) => {
      let score = 0;
      for (const tok of tokens(s)) if (want.has(tok)) score++;
      if (score > best.score) best = { text: s, score, later: i > 0 };
    });
  }
  return (best.later ? "… " : "") + cut(best.text, max);
}

/** Cuts text to `max` characters at a space or a Chinese punctuation mark where one is near, adding "…". */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const atWordEnd = /\s/.test(text[max - 1]) ? head.length : -1;
  const at = Math.max(atWordEnd, head.lastIndexOf(" "), head.search(/[，、；：][^，、；：]*$/) + 1);
  return `${at > max * 0.6 ? head.slice(0, at).trimEnd() : head}…`;
}
