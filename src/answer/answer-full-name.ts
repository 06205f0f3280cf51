/**
 * The full name behind a short form a document uses: "the Colombia draft keeps saying 'the Final
 * Agreement': what's its full name", "S/2022/501 里的 the Mechanism 全称是什么", "what does SJP
 * stand for". A document defines its short forms where it first writes the name in full: "the
 * Final Agreement for Ending the Conflict and Building a Stable and Lasting Peace (the Final
 * Agreement)", "the International Residual Mechanism for Criminal Tribunals (Mechanism)", "the
 * Special Jurisdiction for Peace (SJP)". The document is the one the question names by symbol, or
 * the first the question's words find that defines the short form.
 */
import type { KnowledgeIndex, Passage } from "../knowledge/index.js";
import { definitionsIn, escapeRegExp, toHalfWidth } from "../knowledge/index.js";
import type { AnswerContext, AnswerResult } from "./context.js";
import { Sources, answered, paragraphText } from "./compose.js";

/** A question that asks what a short form stands for. */
export const FULL_NAME_ASKED = /\bfull(?:-|\s+)(?:name|form)\b|\bspelled out\b|\bspell(?:s|ed)? out\b|\bstands? for\b|\bshort for\b|\bwritten (?:out )?in full\b|全称|全名|完整(?:的)?名称|完整名字/i;

/** A short form as a question writes it: quoted, or a run of capitalised words with "the" before it. */
const QUOTED = /[‘'“"]([^‘'“"’”]{2,60})[’'”"]/g;
const CAPITALISED = /\b(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*/g;
/** Small words a full name holds between its capitalised ones ("Final Agreement for Ending the Conflict and Building a Stable …"). */
const JOINER = /^(?:of|for|on|the|and|in|to|against|a|an|de)$/;
/** How many documents the question's words find are searched for the definition. */
const DOCUMENTS_SEARCHED = 8;

/** The full name and the passage that defines it. */
interface Definition {
  short: string;
  full: string;
  passage: Passage;
}

export function answerFullName(ctx: AnswerContext): AnswerResult | undefined {
  const { q, index } = ctx;
  const shorts = shortFormsAsked(q.text);
  if (!shorts.length) return undefined;
  const named = q.symbols.map((s) => index.symbol(s)?.docId).filter((id): id is string => !!id);
  // The documents the question finds, then those that write the short form itself.
  const docsOf = (text: string) => [...new Set(index.search(text, { limit: 30 }).map((h) => h.passage.docId))].slice(0, DOCUMENTS_SEARCHED);
  const asked = named.length ? named : docsOf(q.text);
  for (const short of shorts) {
    const found = named.length ? named : [...new Set([...asked, ...docsOf(short)])];
    for (const docId of found) {
      const def = definitionIn(index, docId, short);
      if (!def) continue;
      const src = new Sources(index);
      return { answer: answered(fullNameLine(ctx, def, src), src, q.lang) };
    }
  }
  return undefined;
}

/** The line that states the full name, with the passage that defines it quoted. */
function fullNameLine(ctx: AnswerContext, def: Definition, src: Sources): string {
  const doc = ctx.index.document(def.passage.docId);
  const name = doc?.meta.symbol ?? doc?.meta.title ?? def.passage.docId;
  const cite = src.cite(def.passage.id);
  return ctx.q.lang === "zh"
    ? `${name}中的“${def.short}”全称为“**${def.full}**”${cite}。\n> ${paragraphText(def.passage.text)}`
    : `In ${name}, “${def.short}” is the **${def.full}**${cite}.\n> ${paragraphText(def.passage.text)}`;
}

/** The short forms a question asks about, longest first: what it quotes, then its capitalised runs (with and without "the"). */
export function shortFormsAsked(question: string): string[] {
  const text = toHalfWidth(question);
  const quoted = [...text.matchAll(QUOTED)].map((m) => m[1].trim());
  const runs = [...text.matchAll(CAPITALISED)].map((m) => m[0].trim()).filter((r) => !/^(?:the\s+)?[A-Z][a-z]*$/.test(r) || /^the\s/i.test(r));
  const all = [...quoted, ...runs].filter((s) => /[A-Za-z]{2}/.test(s));
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

/** Where a document defines the short form: the full name before "(the X)", "(X)", or an acronym's name before "(X)". */
function definitionIn(index: KnowledgeIndex, docId: string, short: string): Definition | undefined {
  const doc = index.document(docId);
  if (!doc) return undefined;
  const bare = short.replace(/^the\s+/i, "");
  const acronym = /^[A-Z]{2,8}s?$/.test(bare);
  const at = new RegExp(String.raw`\(\s*(?:hereinafter\s+|hereafter\s+)?(?:referred to as\s+)?(?:the\s+)?[“"‘']?${escapeRegExp(bare).replace(/\s+/g, String.raw`\s+`)}[”"’']?\s*\)`, "i");
  for (const p of doc.passages) {
    const m = p.text.match(at);
    if (!m) continue;
    const full = acronym ? definitionsIn(p.text, bare)[0] : nameBefore(p.text.slice(0, m.index), bare);
    if (full && full.toLowerCase() !== bare.toLowerCase()) return { short, full, passage: p };
  }
  return undefined;
}

/**
 * The capitalised name that ends just before a definition's bracket and holds the short form's
 * last word ("… of the Final Agreement for Ending the Conflict and Building a Stable and Lasting
 * Peace" -> "Final Agreement for Ending …"), or undefined.
 */
function nameBefore(before: string, bare: string): string | undefined {
  const words = before.trimEnd().split(/\s+/);
  let start = words.length;
  while (start > 0 && (/^[A-Z]/.test(words[start - 1]) || JOINER.test(words[start - 1]))) start--;
  while (start < words.length && JOINER.test(words[start])) start++;
  const name = words.slice(start).join(" ").replace(/[,;:]+$/, "");
  const head = bare.split(/\s+/).pop()!.toLowerCase();
  return name && name.toLowerCase().split(/\s+/).includes(head) ? name : undefined;
}
