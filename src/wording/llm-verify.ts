/**
 * Checks a model-worded answer against the evidence before anyone sees it, and assembles the
 * Answer from what survives. The citations come from the assistant's own passages, selected
 * by the ids the model cited; no text from the model ever becomes a citation.
 */
import type { Answer, Citation, Lang } from "../core/types.js";
import { buildSupport, extractClaims, stripMarkers, unsupportedClaims, type Support } from "./llm-claims.js";
import { detachedValues, linksAndMentions, unsupportedNegations, unsupportedWords, withoutInstructions, type Concepts } from "./llm-meaning.js";
import type { PromptEvidence } from "./llm-prompt.js";
import type { WordedAnswer } from "./llm-schema.js";

/** Why a sentence was not shown. */
export interface DroppedSentence {
  text: string;
  why: "no_citation" | "unknown_id" | "no_passage" | "unsupported" | "link_or_mention" | "meaning";
  /** The unknown ids or the unsupported claims ("date 2024-09-04"). */
  detail: string[];
}

/** Outcome of verifying one model reply. */
export type Verification =
  | { ok: true; answer: Answer; kept: number; dropped: DroppedSentence[] }
  | {
      ok: false;
      reason: "nothing_survived" | "too_little_survived" | "answered_mismatch" | "empty" | "lost_draft_facts";
      kept: number;
      dropped: DroppedSentence[];
      /** For "lost_draft_facts": the draft's claims the worded answer no longer carries. */
      lost?: string[];
    };

/** A sentence that passed, with the passage keys it cites (facts removed). */
interface KeptSentence {
  text: string;
  passageKeys: string[];
}

/**
 * Verifies one sentence: every cited id was provided, at least one is a passage, and every
 * date, time, number, resolution number, symbol and quote in it occurs in what it cites.
 */
export function verifySentence(
  sentence: { text: string; passage_ids: string[] },
  ev: PromptEvidence,
  supportOf: (keys: string[]) => Support,
  concepts?: Concepts,
): { kept: KeptSentence } | { dropped: DroppedSentence } {
  const text = stripMarkers(sentence.text).trim();
  // Links and mentions (<!channel>, @here, URLs) never come from the model, whatever it cites.
  const links = linksAndMentions(text);
  if (links.length) return { dropped: { text, why: "link_or_mention", detail: links } };
  const ids = [...new Set(sentence.passage_ids.map((id) => id.trim().replace(/^\[|\]$/g, "")))];
  if (ids.length === 0) return { dropped: { text, why: "no_citation", detail: [] } };
  const passageKeys = new Set(ev.passages.map((p) => p.key));
  const factKeys = new Set(ev.facts.map((f) => f.key));
  const unknown = ids.filter((id) => !passageKeys.has(id) && !factKeys.has(id));
  if (unknown.length) return { dropped: { text, why: "unknown_id", detail: unknown } };
  const cited = ids.filter((id) => passageKeys.has(id));
  if (cited.length === 0) return { dropped: { text, why: "no_passage", detail: ids } };
  const missing = unsupportedClaims(extractClaims(text), supportOf(ids));
  if (missing.length) return { dropped: { text, why: "unsupported", detail: missing } };
  // Meaning: the words, negations and the clause each value stands in, against the cited
  // passages without their instruction-like sentences.
  const passages = cited.map((k) => ev.passages.find((p) => p.key === k)!.citation).flatMap(supportTexts).join("\n");
  const facts = ids.filter((id) => factKeys.has(id)).map((id) => ev.facts.find((f) => f.key === id)!.text);
  const against = [passages, ...facts].join("\n");
  const meaning = [...unsupportedNegations(text, against), ...unsupportedWords(text, against, concepts), ...detachedValues(text, against, concepts)];
  if (meaning.length) return { dropped: { text, why: "meaning", detail: meaning } };
  return { kept: { text, passageKeys: cited } };
}

/** What a passage vouches for: its text (instruction-like sentences aside) and the labels the assistant shows with it. */
function supportTexts(c: Citation): string[] {
  return [withoutInstructions(c.quote), c.document, c.paragraph ?? ""];
}

const TERMINAL = /[.。!?！？;；:：]$/;
const ABBREVIATION_END = /(?:\b[a-z]\.){2,}$|\b(?:etc|No|Nos|para|paras|Add|Rev|Corr)\.$/i;

/** Places `[n]` markers before the sentence's final punctuation ("… 2024 [1]."). */
function withMarkers(text: string, numbers: number[], lang: Lang): string {
  const markers = numbers.map((n) => `[${n}]`).join("");
  const m = text.match(TERMINAL);
  const body = m ? text.slice(0, -1).trimEnd() : text;
  // Chinese runs straight into its marker ("开幕[1]。"), whatever the answer's language.
  const sep = lang === "zh" || /\p{Script=Han}$/u.test(body) ? "" : " ";
  // "3 p.m." keeps its full stop: cutting it off would leave "3 p.m [1]."
  if (ABBREVIATION_END.test(text)) return `${text}${sep}${markers}`;
  if (m) return `${body}${sep}${markers}${m[0]}`;
  return `${text}${sep}${markers}`;
}

/** Joins sentences: bullets, quotes and headings start a line; anything else continues the line before it. */
function joinSentences(parts: string[], lang: Lang): string {
  let out = "";
  for (const [i, p] of parts.entries()) {
    if (i === 0) out = p;
    else if (/^(?:• |> |\*\*)/.test(p) || /[:：]$|^\*\*.*\*\*$/.test(parts[i - 1])) out += `\n${p}`;
    else out += lang === "zh" ? p : ` ${p}`;
  }
  return out;
}

/**
 * Verifies a parsed reply and assembles the Answer, or says why the draft must be shown
 * instead. Fewer than half of the sentences surviving, or any date, time, number, resolution
 * or symbol of the draft missing from what survives, means the wording no longer says what the
 * draft says, so it is rejected whole. `answered` is the draft's: the model can neither
 * turn a refusal into an answer nor the reverse.
 */
export function verifyWording(reply: WordedAnswer, ev: PromptEvidence, draft: Answer, lang: Lang, concepts?: Concepts): Verification {
  const sentences = reply.answer_sentences.filter((s) => stripMarkers(s.text).trim() !== "");
  if (sentences.length === 0) return { ok: false, reason: "empty", kept: 0, dropped: [] };
  if (reply.answered !== draft.answered) return { ok: false, reason: "answered_mismatch", kept: 0, dropped: [] };

  const byKey = new Map<string, string[]>();
  for (const p of ev.passages) byKey.set(p.key, supportTexts(p.citation));
  for (const f of ev.facts) byKey.set(f.key, [f.text]);
  const memo = new Map<string, Support>();
  const supportOf = (keys: string[]) => {
    const k = [...keys].sort().join(",");
    let sup = memo.get(k);
    if (!sup) memo.set(k, (sup = buildSupport(keys.flatMap((key) => byKey.get(key) ?? []))));
    return sup;
  };

  const kept: KeptSentence[] = [];
  const dropped: DroppedSentence[] = [];
  for (const s of sentences) {
    const r = verifySentence(s, ev, supportOf, concepts);
    if ("kept" in r) kept.push(r.kept);
    else dropped.push(r.dropped);
  }
  if (kept.length === 0) return { ok: false, reason: "nothing_survived", kept: 0, dropped };
  if (kept.length * 2 < sentences.length) return { ok: false, reason: "too_little_survived", kept: kept.length, dropped };

  // Number citations in order of first use; the Citation objects are the assistant's own.
  const order: string[] = [];
  const parts = kept.map((s) => {
    const nums = s.passageKeys.map((k) => {
      let i = order.indexOf(k);
      if (i < 0) i = order.push(k) - 1;
      return i + 1;
    });
    return withMarkers(s.text, nums, lang);
  });
  const citationOf = new Map(ev.passages.map((p) => [p.key, p.citation]));
  // The draft may list further sources that its text never marks; they stay listed, after
  // the ones the wording cites, as the draft showed them.
  const markedInDraft = new Set([...draft.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]) - 1));
  const citations = order.map((k) => citationOf.get(k)!);
  for (const [i, c] of draft.citations.entries()) {
    if (!markedInDraft.has(i) && !citations.some((x) => x.file === c.file && x.paragraph === c.paragraph && x.quote === c.quote)) citations.push(c);
  }
  const text = joinSentences(parts, lang);

  // Rewording must not say less than the draft: every date, time, number, resolution and
  // symbol of the draft must still stand in the worded text or the passages it cites.
  const lost = unsupportedClaims(
    { ...extractClaims(draft.text), quotes: [] },
    buildSupport([text, ...citations.flatMap(supportTexts)]),
  );
  if (lost.length) return { ok: false, reason: "lost_draft_facts", kept: kept.length, dropped, lost };

  return {
    ok: true,
    answer: { answered: draft.answered, text, citations, lang },
    kept: kept.length,
    dropped,
  };
}
