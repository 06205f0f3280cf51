/**
 * The English of what a Chinese passage says, for an English question answered from it: the
 * articles it cites ("《公约》第十二条": article 12), the numbered things it names ("第二周期": second
 * cycle) and the glossary's terms it holds ("洗钱": money laundering), besides those the question
 * names itself. An English reader gets the fact in words of their own, the quote backs it.
 */
import { countryNames, englishWords, glossaryTermsIn, isStopWordEn, normalizeZh, ordinalWord, parseChineseNumber, stemKey, type TermFound } from "../knowledge/index.js";
import type { AnswerContext } from "./context.js";

/** One thing the passage says, in English, with the words it is said in and where. */
export interface Glossed {
  en: string;
  zh: string;
  at: number;
}

/** How many things a gloss gives at most. */
const MAX_GLOSSED = 6;

/** A cited article, of the Convention or of rules ("议事规则第2条第2款"), with its paragraph if any. */
const ARTICLE_ZH = /(议事规则)?第([〇零一二三四五六七八九十百\d]+)条(?:第([〇零一二三四五六七八九十百\d]+)款)?/g;
/** An ordinal before what it numbers: "第二周期", "第十次会议". */
const ORDINAL_ZH = /第([〇零一二三四五六七八九十百\d]+)(?:个|次|届|轮|期)?/g;

/** The articles a (normalised) Chinese text cites, in English. */
function articlesIn(t: string): Glossed[] {
  return [...t.matchAll(ARTICLE_ZH)].flatMap((m) => {
    const n = parseChineseNumber(m[2]);
    if (!n) return [];
    const paragraph = m[3] ? parseChineseNumber(m[3]) : undefined;
    const en = `${m[1] ? "rule" : "article"} ${n}${paragraph ? `, paragraph ${paragraph}` : ""}`;
    return [{ en, zh: m[0], at: m.index! }];
  });
}

/** The things a text numbers by an ordinal a glossary term follows ("第二周期": second cycle). */
function numberedIn(t: string, terms: TermFound[]): Glossed[] {
  return [...t.matchAll(ORDINAL_ZH)].flatMap((m) => {
    const n = parseChineseNumber(m[1]);
    const after = m.index! + m[0].length;
    const term = terms.find((x) => x.at === after && x.en.length > 0);
    if (!n || !term || t[after] === "条") return [];
    return [{ en: `${ordinalWord(n)} ${term.en[0]}`, zh: m[0] + term.term, at: m.index! }];
  });
}

/** Whether a glossary term is one the question names (in its words or the other language's). */
function named(term: TermFound, asked: { variants: Set<string>; keys: Set<string> }): boolean {
  return asked.variants.has(term.term) || term.en.some((e) => asked.keys.has(stemKey(e)));
}

/** A State's name as CLDR writes it in English, by its Chinese name ("布基纳法索": Burkina Faso). */
let statesByZh: Map<string, string> | undefined;
const stateInEnglish = (zh: string) => (statesByZh ??= new Map(countryNames().map((c) => [normalizeZh(c.zh), c.en]))).get(zh);

/** Months and weekdays: a date the answer states already. */
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * Whether a term's English is a name or a phrase of the documents' own ("money-laundering",
 * "multi-year workplan", "Vienna"), not an everyday word of any sentence ("continue", "title",
 * "based on"), which glossing would only repeat.
 */
function telling(en: string): boolean {
  let known = tellingNames.get(en);
  if (known === undefined) {
    known = !CALENDAR_WORD.test(en) && (/^[A-Z]/.test(en) || /\w-\w/.test(en) || englishWords(en).filter((w) => !isStopWordEn(w.word)).length >= 2);
    tellingNames.set(en, known);
  }
  return known;
}
/** Whether each English name tells, worked out once: the glossary's names are few and asked often. */
const tellingNames = new Map<string, boolean>();

/** A term's English, as a State's name when it is one. */
const englishOf = (x: TermFound) => stateInEnglish(x.term) ?? x.en[0];

/**
 * What a Chinese text says, in English: its articles, numbered things and glossary terms, those
 * the question names aside, in the order the text says them. `concepts` are the question's.
 */
export function englishGloss(ctx: AnswerContext, text: string, concepts: { variants: string[]; en: string[] }[]): Glossed[] {
  const asked = { variants: new Set(concepts.flatMap((c) => c.variants.map(normalizeZh))), keys: new Set(concepts.flatMap((c) => c.en)) };
  const seen = new Set<string>();
  return glossOf(ctx.glossary, text)
    .filter((g) => !g.term || !named(g.term, asked))
    .filter((g) => !seen.has(g.en.toLowerCase()) && !!seen.add(g.en.toLowerCase()))
    .slice(0, MAX_GLOSSED);
}

/**
 * Everything a Chinese text says in English, in its order, with the glossary term each comes from
 * (the question's are left out by the caller). Kept per text: a resolution's statements are
 * glossed again on every request that quotes them.
 */
function glossOf(glossary: AnswerContext["glossary"], text: string): (Glossed & { term?: TermFound })[] {
  let byText = glosses.get(glossary.data);
  if (!byText) glosses.set(glossary.data, (byText = new Map()));
  let found = byText.get(text);
  if (!found) {
    const t = normalizeZh(text);
    const terms = glossaryTermsIn(t, glossary);
    const covered = [...articlesIn(t), ...numberedIn(t, terms)];
    const inside = (x: TermFound) => covered.some((g) => x.at >= g.at && x.at < g.at + g.zh.length);
    const glossed = terms
      .filter((x) => x.en.length > 0 && !inside(x))
      .map((x) => ({ en: englishOf(x), zh: x.term, at: x.at, term: x }))
      .filter((g) => telling(g.en));
    found = [...covered, ...glossed].sort((a, b) => a.at - b.at);
    if (byText.size >= MAX_KEPT) byText.clear();
    byText.set(text, found);
  }
  return found;
}
const glosses = new WeakMap<object, Map<string, (Glossed & { term?: TermFound })[]>>();
/** Texts whose gloss is kept, at most (about a megabyte). */
const MAX_KEPT = 5_000;

/** The gloss as the answer writes it: "In English: article 12 (第十二条); money laundering (洗钱)." */
export function glossLine(glossed: Glossed[]): string | undefined {
  return glossed.length ? `In English: ${glossed.map((g) => `${g.en} (${g.zh})`).join("; ")}.` : undefined;
}

/**
 * What a Chinese clause of an English answer says, in English: its articles, numbered things and
 * terms, those the question names aside; undefined when it names none, or is not Chinese.
 */
export function englishOfClause(ctx: AnswerContext, text: string, concepts: () => { variants: string[]; en: string[] }[]): string | undefined {
  // (The question's concepts are worked out only for a Chinese clause.)
  if (ctx.q.lang !== "en" || !/[\u4e00-\u9fff]/.test(text)) return undefined;
  const glossed = englishGloss(ctx, text, concepts());
  return glossed.length ? glossed.map((g) => g.en).join("; ") : undefined;
}

/**
 * A Chinese name or title in the English the glossary gives its parts ("马拉喀什预防腐败宣言":
 * Marrakech Declaration on the Prevention of Corruption), for an English answer that quotes it:
 * all of it, the question's words too; undefined when the glossary knows none of its words, or the
 * text is not Chinese.
 */
export const englishOfTitle = (ctx: AnswerContext, text: string): string | undefined => englishOfClause(ctx, text, () => []);

/** " (in English: …)" after a Chinese text quoted, when there is an English to give. */
export const inEnglish = (english: string | undefined): string => (english ? ` (in English: ${english})` : "");
