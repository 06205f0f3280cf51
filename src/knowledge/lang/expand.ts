/**
 * A question's concepts in both languages. Each content word of the question becomes a concept
 * with its terms in English (stem keys) and Chinese: UN terminology first (the glossary), then
 * the general dictionary (CC-CEDICT, best senses first), numbers and ordinals spelled both ways.
 * A word neither source knows is kept as `unknown`: it may count for a passage that contains
 * it, never against one that does not.
 */
import type { Glossary } from "../glossary.js";
import { COUNT_MEASURES, parseChineseNumber, toChineseNumber, toHalfWidth } from "../text.js";
import { verbOfPast, englishWords, isStopWordEn, stemKey } from "./english.js";
import { segmentChinese } from "./chinese.js";
import { lexicon, type Lexicon, type Sense } from "./lexicon.js";
import { isOrdinal, ordinalSuffix, ordinalWord, parseEnglishOrdinal } from "./ordinal.js";
import { countryNames, type CountryName } from "./countries.js";
import { QUESTION_EN, QUESTION_ZH, SHORTHAND_EN } from "./words.js";
import { findSymbols } from "../parse/clean.js";

/** An ordinal in figures as English writes it: "4th", "21st". */
const ENGLISH_ORDINAL_FIGURE = /^\d+(?:st|nd|rd|th)$/i;

/** Where a concept's translations come from. */
export type ConceptSource = "terminology" | "dictionary" | "number" | "unknown";

/** One content word or term of a question, in both languages. */
export interface QuestionConcept {
  /** As the question writes it. */
  label: string;
  source: ConceptSource;
  /** Chinese terms, best first. */
  zh: Sense[];
  /** English stem keys ("discuss", "sign up"), best first. */
  en: Sense[];
  /** For English questions: the words it stands for, first and after last (as `englishWords` counts). */
  span?: [number, number];
}

/** Terms that name what is asked, not what it is about. */
const ASKING = /^(?:how many|how much|number|numbers|number of|what|when|where|who|whom|whose|which person|which|date|dates|time|times|what time|what day|which day|what year|which year|year|what date|which city|what city|in which city)$/i;
/** "Which day", "what month": the kind of date asked, not a concept. */
const TIME_UNIT = /^(?:day|days|month|months|week|weeks|hour)$/;
/** "How long", "how often", "how soon", "how far": the kind of fact asked, not a concept. */
const HOW_ASKED = /^(?:long|often|soon|far|frequently)$/;
/** "How many more", "how much more": the count asked, not a concept. */
const COUNTING = /^(?:many|much)$/;
/** "Need" before "to" is a modal ("what time do we need to be there"), not the noun ("assistance needs"). */
const MODAL_NEED = /^(?:need|needs|needed)$/i;
/** Dictionary senses kept per word: later ones are rarely what a delegate means. */
const MAX_SENSES = 6;

/**
 * Whether the documents use a dictionary sense: a Chinese term as the dictionary writes it (the
 * caller normalises it as it compares passages) or an English stem key ("carri out").
 * Given, the senses the documents use are kept first ("carry out": 执行 before 践行, which they
 * never write), since a word's senses past the first few are cut.
 */
export type SenseUse = (term: string, lang: "zh" | "en") => boolean;

/** The concepts of a question in its language, each with its terms in the other. */
export function questionConcepts(text: string, lang: "en" | "zh", glossary: Glossary, used?: SenseUse): QuestionConcept[] {
  return withResolutionNumbers(text, lang === "zh" ? chineseConcepts(text, glossary, used) : englishConcepts(text, glossary, used));
}

/**
 * "35/46" in "resolution 35/46", "第45/54号决议": one number, the resolution's, found as written in
 * either language; not its two halves, each found anywhere ("35" in one resolution of a list and
 * "46" in another).
 */
function withResolutionNumbers(text: string, concepts: QuestionConcept[]): QuestionConcept[] {
  const t = toHalfWidth(text);
  const numbers = resolutionNumberMatches(t);
  if (!numbers.length) return concepts;
  let out = concepts;
  for (const m of numbers) {
    // (The part of a resolution may be read with its number: "24t" in "56/24 T".)
    const halves = [m[1], m[2]].map((h) => out.findIndex((c) => c.source === "number" && c.label.replace(/(?<=\d)[a-z]{1,2}$/i, "") === h));
    if (halves.some((k) => k < 0)) continue;
    const [first, second] = halves.map((k) => out[k]);
    // A part the question writes ("56/24 T") is part of the number: 56/24 D is another resolution.
    const part = t.slice(m.index! + m[0].length).match(/^\s?([A-Z]{1,2})\b/)?.[1];
    const label = `${m[1]}/${m[2]}${part ? ` ${part}` : ""}`;
    const span: [number, number] | undefined = first.span && second.span ? [first.span[0], second.span[1]] : undefined;
    const merged: QuestionConcept = { label, source: "number", zh: [sense(`${m[1]}/${m[2]}`)], en: [sense(`${m[1]} ${m[2]}`)], ...(span ? { span } : {}) };
    out = out.flatMap((c) => (c === first ? [merged] : c === second ? [] : [c]));
  }
  return out;
}
/** Where a (half-width) text writes resolutions' numbers (not inside a symbol, "A/RES/80/18", whose figures follow a slash). */
const resolutionNumberMatches = (t: string) => [...t.matchAll(RESOLUTION_NUMBER)];
/** The resolutions' and decisions' numbers a question writes ("35/46", "第45/54号"), outside document symbols. */
export const resolutionNumbersIn = (text: string): string[] => [...new Set(resolutionNumberMatches(toHalfWidth(text)).map((m) => `${m[1]}/${m[2]}`))];
/** A resolution's or decision's number: session and number, neither part of a longer figure, a date or a symbol. */
const RESOLUTION_NUMBER = /(?<![\d/.])(\d{1,3})\s*\/\s*(\d{1,3})(?![\d/])/g;

/** A word's dictionary senses as kept: the first few, those the documents use first when that is known. */
function keptSenses(all: Sense[], lang: "zh" | "en", used?: SenseUse): Sense[] {
  // A single character ("年" for "year") is found in too many words to stand for one; it is kept only alone.
  const words = lang === "zh" ? all.filter((s) => s.term.length > 1) : all;
  const senses = words.length ? words : all;
  if (!used || senses.length <= MAX_SENSES) return senses.slice(0, MAX_SENSES);
  const inUse = senses.filter((s) => used(s.term, lang));
  return [...inUse, ...senses.filter((s) => !inUse.includes(s))].slice(0, MAX_SENSES);
}

const sense = (term: string, rank = 0): Sense => ({ term, rank });

const SYMBOL = /\b[A-Z]{1,6}(?:\/[A-Za-z0-9.\-]+){2,}/g;

/** "During" as the glossary writes it, and the meeting words that may follow it within a few words. */
const DURING = /^(?:during|in the course of)$/i;
const MEETING_AHEAD = /^(?:(?:the|its|their|this|that)\s+)?(?:[\w-]+\s+){0,3}?(?:session|meeting|conference|summit)s?\b/i;

/**
 * Share of an English question's content words (not stop or question words) that reach a term
 * of the other language, with the words that do not.
 */
export function englishReach(text: string, glossary: Glossary): { content: number; reached: number; unreached: string[] } {
  const words = englishWords(toHalfWidth(text).replace(/-/g, " "));
  const reached = new Set<number>();
  for (const c of englishConcepts(text, glossary)) if (c.source !== "unknown" && c.zh.length && c.span) for (let i = c.span[0]; i < c.span[1]; i++) reached.add(i);
  const content = words.map((w, i) => ({ w, i })).filter(({ w }) => !isStopWordEn(w.word) && (w.word.length > 1 || /\d/.test(w.word)));
  return { content: content.length, reached: content.filter(({ i }) => reached.has(i)).length, unreached: content.filter(({ i }) => !reached.has(i)).map(({ w }) => w.word) };
}

function englishConcepts(text: string, glossary: Glossary, used?: SenseUse): QuestionConcept[] {
  const t = toHalfWidth(text);
  const words = englishWords(t.replace(/-/g, " "));
  const taken = new Array<boolean>(words.length).fill(false);
  const out: { at: number; c: QuestionConcept }[] = [];
  for (const c of glossary.englishConcepts(t)) {
    for (let i = c.start; i < c.end; i++) taken[i] = true;
    // A term that is what is asked ("last": which came last) is no concept either.
    if (ASKING.test(c.en) || QUESTION_EN.has(c.en.toLowerCase()) || (c.end - c.start === 1 && foundAsked(words, c.start))) continue;
    // "During its twelfth session": what a passage on the session tells is of it, in whatever words.
    if (DURING.test(c.en) && MEETING_AHEAD.test(words.slice(c.end, c.end + 5).map((w) => w.word).join(" "))) continue;
    const en = [...new Set([c.en, ...c.variants].map(stemKey))].map((k) => sense(k));
    const concept: QuestionConcept = { label: c.en, source: "terminology", zh: c.zh.map((z) => sense(z)), en, span: [c.start, c.end] };
    out.push({ at: c.start, c: c.end - c.start === 1 ? withVerbOfPast(concept, words[c.start].word, used) : concept });
  }
  // A document symbol (CAC/COSP/WG.4/2024/3, A/RES/80/22) is written the same in both languages.
  for (const m of t.matchAll(SYMBOL)) {
    // Names joined by slashes ("Malaysia/NZ/Senegal") are no symbol.
    if (!findSymbols(m[0]).length) continue;
    const inside = words.map((w, i) => i).filter((i) => words[i].index >= m.index! && words[i].index < m.index! + m[0].length);
    if (!inside.length) continue;
    for (const i of inside) taken[i] = true;
    out.push({ at: inside[0], c: { label: m[0], source: "number", zh: [sense(m[0].toLowerCase())], en: [sense(stemKey(m[0].replace(/[/.]/g, " ")))], span: [inside[0], inside[inside.length - 1] + 1] } });
  }
  // `lexicon()` reads the 4.5 MB dictionary at its first call only: a question of numbers and
  // terms ("/agenda 15") never calls it, and a one-shot tool never reads it.
  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    const { word, stem } = words[i];
    if (namesNothing(t, words, i)) continue;
    // An ordinal written with a hyphen ("fifty-fifth", "eighty-first") is one number.
    const joined = words[i + 1] && t.slice(words[i].index + word.length, words[i + 1].index) === "-" ? `${word}-${words[i + 1].word}` : "";
    if (joined && isOrdinal(joined)) {
      taken[i + 1] = true;
      out.push({ at: i, c: { ...numberConcept(joined.toLowerCase())!, span: [i, i + 2] } });
      continue;
    }
    // A number glued to a name ("COSP10", "IRG14", "WG15") numbers its session or meeting.
    const glued = i > 0 && /^\d{1,3}$/.test(word) && words[i - 1].index + words[i - 1].word.length === words[i].index && /^[a-z]+$/.test(words[i - 1].word);
    const num = glued ? withOrdinalForms(numberConcept(word)!, Number(word)) : numberConcept(word);
    if (num) {
      out.push({ at: i, c: { ...num, span: [i, i + 1] } });
      continue;
    }
    const long = SHORTHAND_EN.get(word);
    if (long) {
      const term = glossary.englishConcepts(long)[0];
      const zh = term ? term.zh.map((z) => sense(z)) : keptSenses(lexicon().chinese(stemKey(long)), "zh", used);
      out.push({ at: i, c: { label: word, source: term ? "terminology" : zh.length ? "dictionary" : "unknown", zh, en: [sense(stemKey(long))], span: [i, i + 1] } });
      continue;
    }
    // A two-word sense first ("sign up", "take place", "take their seats"), then the word alone.
    const j = pairedWord(words, i);
    const next = words[j];
    // Words a slash joins ("the Japan/US draft") are named side by side, not one compound ("Japan-US").
    // Nor is a preposition that opens the question's own phrase ("the talks to which session", "by
    // whom") part of the word before it, nor the "going" of "going to be held".
    const pair = next && !taken[j] && !goingToDo(t, words, j) && !ASKING_AFTER.test(words[j + 1]?.word ?? "") && !t.slice(words[i].index, next.index).includes("/") ? lexicon().chinese(`${stem} ${next.stem}`) : [];
    if (pair.length) {
      for (let k = i + 1; k <= j; k++) taken[k] = true;
      out.push({ at: i, c: { label: words.slice(i, j + 1).map((w) => w.word).join(" "), source: "dictionary", zh: keptSenses(pair, "zh", used), en: [sense(`${stem} ${next.stem}`)], span: [i, j + 1] } });
      continue;
    }
    const zh = lexicon().chinese(stem);
    // A glossary term of two words written as one ("cellphones" for "cell phones"): the term.
    const solid = zh.length ? undefined : solidTerm(word, glossary);
    if (solid) {
      out.push({ at: i, c: { label: word, source: "terminology", zh: solid.zh.map((z) => sense(z)), en: [...new Set([solid.en, ...solid.variants].map(stemKey))].map((k) => sense(k)), span: [i, i + 1] } });
      continue;
    }
    // A State the dictionary does not know, written in lower case ("vanuatu"): a name, with its Chinese name.
    const state = zh.length ? undefined : stateNamed(word);
    if (state) {
      out.push({ at: i, c: { label: state.en, source: "terminology", zh: [sense(state.zh)], en: [sense(stem)], span: [i, i + 1] } });
      continue;
    }
    out.push({ at: i, c: withVerbOfPast({ label: word, source: zh.length ? "dictionary" : "unknown", zh: keptSenses(zh, "zh", used), en: [sense(stem)], span: [i, i + 1] }, word, used) });
  }
  return onceEach(namedOnce(t, words, out.sort((a, b) => a.at - b.at).map((x) => x.c)));
}

/** The glossary term of two words a word writes solid ("cellphones": "cell phones"), if any. */
function solidTerm(word: string, glossary: Glossary): ReturnType<Glossary["englishConcepts"]>[number] | undefined {
  if (word.length < MIN_SOLID || !/^[a-z]+$/i.test(word)) return undefined;
  for (let at = MIN_PART; at <= word.length - MIN_PART; at++) {
    const found = glossary.englishConcepts(`${word.slice(0, at)} ${word.slice(at)}`);
    if (found.length === 1 && found[0].start === 0 && found[0].end === 2) return found[0];
  }
  return undefined;
}
/** The shortest word read as two, and the shortest part: "into", "onto" are no two words of a term. */
const MIN_SOLID = 7;
const MIN_PART = 3;

/** The State whose English name is this one word (CLDR's names), if any. */
function stateNamed(word: string): CountryName | undefined {
  if (!oneWordStates) {
    oneWordStates = new Map();
    for (const c of countryNames()) if (!/\s/.test(c.en)) oneWordStates.set(c.en.toLowerCase(), c);
  }
  return oneWordStates.get(word.toLowerCase());
}
let oneWordStates: Map<string, CountryName> | undefined;

/**
 * A name spelled out with capitals beside its acronym ("United Nations Assistance Mission in
 * Somalia (UNSOM)", as the question reader writes the acronyms it knows) is one concept, held by
 * a passage that writes either: its words are not so many concepts, which would favour the
 * passages that spell the name out over those that use the acronym ("extend UNSOM's mandate").
 */
function namedOnce(text: string, words: ReturnType<typeof englishWords>, concepts: QuestionConcept[]): QuestionConcept[] {
  let out = concepts;
  for (const m of text.matchAll(BRACKETED_ACRONYM)) {
    const acronym = m[1];
    // The name before it: as many words as the acronym has letters, not counting "of", "the" …
    const letters = acronym.replace(/s$/, "").length;
    // The acronym's own word (the first after the bracket), and the last word before it.
    const own = words.findIndex((w) => w.index > m.index!);
    let k = own < 0 ? words.length - 1 : own - 1;
    let content = 0;
    let first = -1;
    while (k >= 0 && content < letters) {
      const w = words[k].word;
      if (NAME_JOINERS.has(w)) k--;
      // A name is written with capitals: "crime commission (CCPCJ)" is the asker's words for it.
      else if (isStopWordEn(w) || !/^[A-Z]/.test(text.slice(words[k].index))) break;
      else {
        content++;
        first = k--;
      }
    }
    if (content < 2) continue;
    const last = own < 0 ? words.length : own + 1;
    // A term may take the article before the name ("the Convention" of "the Convention on Cluster
    // Munitions"): it is a part of the name too, not another instrument.
    let from = first;
    while (from > 0 && NAME_JOINERS.has(words[from - 1].word.toLowerCase())) from--;
    const parts = out.filter((c) => c.span && c.span[0] >= from && c.span[1] <= last);
    if (parts.length < 2) continue;
    const name = text.slice(words[first].index, m.index!).trim();
    const whole = parts.find((c) => c.source === "terminology" && c.span![0] === first && c.span![1] >= last - 1);
    const merged: QuestionConcept = {
      label: acronym,
      source: "terminology",
      zh: whole ? whole.zh : [],
      en: [...new Set([stemKey(name), stemKey(acronym), ...(whole ? whole.en.map((e) => e.term) : [])])].map((key) => sense(key)),
      span: [first, last],
    };
    const at = out.indexOf(parts[0]);
    out = [...out.slice(0, at).filter((c) => !parts.includes(c)), merged, ...out.slice(at).filter((c) => !parts.includes(c))];
  }
  return out;
}
/** An acronym in brackets after the name it stands for: "(ATT)", "(CBMs)". */
const BRACKETED_ACRONYM = /\(([A-Z][A-Za-z]*[A-Z]s?)\)/g;
/** The small words inside a name ("Treaty on the Prohibition of …"), not counted as its letters. */
const NAME_JOINERS = new Set(["of", "the", "in", "for", "on", "and", "to", "against", "a"]);

/** A word that is also another verb's past form ("found"): its concept holds that verb's senses too. */
function withVerbOfPast(c: QuestionConcept, word: string, used?: SenseUse): QuestionConcept {
  const verb = verbOfPast(word);
  if (!verb) return c;
  const key = stemKey(verb);
  return { ...c, en: [...c.en, sense(key)], zh: [...c.zh, ...keptSenses(lexicon().chinese(key), "zh", used)] };
}

/**
 * The concepts with a term written twice counted once: a name and its acronym beside it ("the
 * open-ended working group (OEWG)") are one term of the glossary, not two things a passage must hold.
 */
function onceEach(concepts: QuestionConcept[]): QuestionConcept[] {
  const seen = new Set<string>();
  return concepts.filter((c) => {
    if (c.source !== "terminology") return true;
    const key = c.en.map((e) => e.term).sort().join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether the word at `i` names nothing a passage must hold: a stop or question word, a single
 * letter, a modal "need to", a "going to" of what lies ahead, a verb's "back", the "more" of "how
 * many more", the "day" of "which day", the "found" of "can be found".
 */
function namesNothing(text: string, words: ReturnType<typeof englishWords>, i: number): boolean {
  const { word } = words[i];
  const before = words[i - 1]?.word ?? "";
  return (
    isStopWordEn(word) ||
    (word.length < 2 && !/\d/.test(word)) ||
    (MODAL_NEED.test(word) && words[i + 1]?.word === "to") ||
    goingToDo(text, words, i) ||
    particleBack(words, i) ||
    (word === "more" && COUNTING.test(before)) ||
    (TIME_UNIT.test(word) && /^(?:what|which)$/.test(before)) ||
    (HOW_ASKED.test(word) && before === "how") ||
    foundAsked(words, i)
  );
}
/**
 * "Going to" before a verb ("going to be held", "gonna take place") says that it lies ahead, which
 * a paragraph says with "will" or "to be": no going, nor one word with the word before it ("the
 * Games going" is no game of go).
 */
function goingToDo(text: string, words: ReturnType<typeof englishWords>, i: number): boolean {
  const verb = words[i].word === "gonna" ? words[i + 1] : words[i].word === "going" && words[i + 1]?.word === "to" ? words[i + 2] : undefined;
  // (Not before a name or a determiner: "going to Vienna", "going to the meeting".)
  return !!verb && !DETERMINERS.test(verb.word) && /[a-z]/.test(text[verb.index] ?? "");
}
/**
 * "Back" after a verb, before a preposition or at the end ("report back to the Assembly", "get
 * back on it"): part of the verb, no back a passage must hold (a verb "back", "which States
 * backed it", is another word).
 */
const particleBack = (words: ReturnType<typeof englishWords>, i: number) =>
  words[i].word === "back" && i > 0 && !DETERMINERS.test(words[i - 1].word) && (!words[i + 1] || /^(?:to|on|in|at|with|about|from|by|for)$/.test(words[i + 1].word));
/** "Where can they be found", "where was it found": the passive of "find" asks where, and is no "founded". */
const foundAsked = (words: ReturnType<typeof englishWords>, i: number) =>
  words[i].word === "found" && (BE_FORM.test(words[i - 1]?.word ?? "") || (/^(?:it|they|this|these|those|that)$/.test(words[i - 1]?.word ?? "") && BE_FORM.test(words[i - 2]?.word ?? "")));
const BE_FORM = /^(?:be|is|are|was|were|been|being)$/;

/**
 * The word a two-word sense pairs with the word at `i`: the next one, past an article or a
 * possessive ("take their seats", "take the floor"), as the dictionary's glosses are kept
 * without them ("take one's seat": "take seat").
 */
function pairedWord(words: ReturnType<typeof englishWords>, i: number): number {
  let j = i + 1;
  while (j < words.length && j <= i + 2 && DETERMINERS.test(words[j].word)) j++;
  return j;
}
const DETERMINERS = /^(?:a|an|the|their|its|his|her|our|your|my|one's)$/i;
/** The words that open a question's own phrase after a preposition: "to which", "by whom", "of what". */
const ASKING_AFTER = /^(?:which|what|whom|whose|where|when)$/;

/** An ordinal's English forms as stem keys: "6th" and "sixth". */
const ordinalKeys = (n: number) => [ordinalWord(n), ordinalSuffix(n)].map(stemKey);

const CARDINALS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** Measure words a count is written with ("两种新出版物", "三份报告", "四个区域"). */
const MEASURES = [...COUNT_MEASURES, "届"];

/** A count as Chinese writes it before a noun: "两个", "两种", "2个", …; 2 is 两, not 二. */
function countedForms(n: number): string[] {
  const z = n === 2 ? "两" : toChineseNumber(n);
  return [...MEASURES.map((m) => `${z}${m}`), ...MEASURES.map((m) => `${n}${m}`)];
}

/** "三本", "两种", "5个": a count and its measure word in a Chinese question, as a concept in both languages. */
function chineseCount(word: string): QuestionConcept | undefined {
  const m = word.match(new RegExp(`^([两一二三四五六七八九十]+|\\d+)(?:${MEASURES.join("|")})$`));
  if (!m) return undefined;
  const n = parseChineseNumber(m[1]);
  if (!n || n < 2 || n > 12) return undefined;
  return { label: word, source: "number", zh: countedForms(n).map((x) => sense(x)), en: [sense(CARDINALS[n]), sense(String(n))] };
}

/** A number's concept found as the ordinal it may be too ("IRG14": 14, "14th", "第14届"). */
function withOrdinalForms(num: QuestionConcept, n: number): QuestionConcept {
  const ordinal = numberConcept(ordinalSuffix(n))!;
  return { ...num, zh: [...num.zh, ...ordinal.zh], en: [...num.en, ...ordinal.en.filter((e) => !num.en.some((x) => x.term === e.term))] };
}

/** "three" -> 3, 三个, 三次…; "fifth", "5th" -> 第5; "2024", "50%", "iv" as they are. */
function numberConcept(word: string): QuestionConcept | undefined {
  if (/^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})$/.test(word) && word !== "i") return { label: word, source: "number", zh: [sense(word)], en: [sense(word)] };
  const card = CARDINALS.indexOf(word);
  // The bare figure too: "eight" may be how a question writes the eighth ("第8届").
  if (card > 0) return { label: word, source: "number", zh: [String(card), ...countedForms(card)].map((x) => sense(x)), en: [sense(word), sense(String(card))] };
  if (isOrdinal(word)) {
    const n = parseEnglishOrdinal(word)!;
    // "11th" and "eleventh" are the same ordinal, whichever the question and the text write.
    const forms = new Set([stemKey(word), ...ordinalKeys(n)]);
    // "第15次" and "第15届" as search writes them whole, then the bare "第15".
    // Chinese text writes the ordinal in figures or in Chinese numerals ("第十四届").
    const cn = toChineseNumber(n);
    return { label: word, source: "number", zh: [`第${n}次`, `第${n}届`, `第${n}`, `第${cn}次`, `第${cn}届`, `第${cn}`].map((z) => sense(z)), en: [...forms].map((f) => sense(f)) };
  }
  if (/^\d/.test(word)) return { label: word, source: "number", zh: [sense(word)], en: [sense(word)] };
  return undefined;
}

/** The glossary's Chinese terms, longest first, each with its English terms, and each term's place in that order by its first character. */
interface ChineseVocabulary {
  terms: string[];
  english: Map<string, string[]>;
  byFirst: Map<string, number[]>;
  /** The other Chinese terms of the glossary entries a term is one of ("成立": 设立, 建立, 创建). */
  synonyms: Map<string, string[]>;
  /**
   * The English name a glossary entry pairs with a Chinese term: its first with its first, and
   * each with the one in the same place when the entry lists as many in each language
   * ("多边组织, 多边": "multilateral organizations, multilateral"); a State's, body's or place's own.
   */
  names: Map<string, string>;
}
const vocabularies = new WeakMap<object, ChineseVocabulary>();
export function chineseVocabulary(glossary: Glossary): ChineseVocabulary {
  let v = vocabularies.get(glossary.data);
  if (!v) {
    const g = glossary.data;
    const english = new Map<string, string[]>();
    const add = (z: string | undefined, en: (string | undefined)[]) => {
      if (!z) return;
      const k = normalizeZh(z);
      if (k.length < 2) return;
      english.set(k, [...new Set([...(english.get(k) ?? []), ...en.filter((e): e is string => !!e)])]);
    };
    for (const b of g.bodies) for (const z of [b.zh, b.short?.zh, ...b.aliases.zh]) add(z, [b.en, b.short?.en, ...b.abbreviations, ...b.aliases.en]);
    for (const t of g.terms) for (const z of t.zh) add(z, t.en);
    // The verbs resolutions state with ("呼吁": "calls upon"), as the English terms hold them too.
    for (const v of g.verbs) for (const z of v.zh) add(z, v.en);
    for (const x of [...g.venues, ...g.countries, ...g.organizations]) add(x.zh, [x.en]);
    for (const z of g.genericBodyWords?.zh ?? []) add(z, g.genericBodyWords?.en ?? []);
    // A Chinese question's word is found in its glossary entry's other words as an English one is
    // (an English "set up" is found in 设立, 建立, 成立 and 创建 alike).
    const synonyms = new Map<string, string[]>();
    // (Not an entry one of whose words is a single character, "请": a text's words are not looked
    // for by it, so the others would stand for it unequally.)
    // So is a body's name found in its other names: 经社理事会 in 经济及社会理事会.
    for (const entry of [...g.verbs, ...g.bodies.map((b) => ({ zh: [b.zh, b.short?.zh, ...b.aliases.zh].filter((z): z is string => !!z) }))]) {
      const zh = [...new Set(entry.zh.map(normalizeZh))];
      if (zh.length > 1 && zh.every((z) => z.length >= 2)) for (const z of zh) synonyms.set(z, [...new Set([...(synonyms.get(z) ?? []), ...zh.filter((o) => o !== z)])]);
    }
    const names = new Map<string, string>();
    const name = (z: string | undefined, en: string | undefined) => {
      const k = z && normalizeZh(z).replace(/[《》]/g, "");
      if (k && en && !names.has(k)) names.set(k, en);
    };
    for (const x of [...g.countries, ...g.venues, ...g.organizations]) name(x.zh, x.en);
    for (const b of g.bodies) {
      name(b.zh, b.en);
      name(b.short?.zh, b.short?.en);
    }
    for (const t of g.terms) t.zh.forEach((z, i) => (i === 0 || t.zh.length === t.en.length) && name(z, t.en[i]));
    const terms = [...english.keys()].sort((a, b) => b.length - a.length);
    const byFirst = new Map<string, number[]>();
    terms.forEach((t, i) => (byFirst.get(t[0]) ?? byFirst.set(t[0], []).get(t[0])!).push(i));
    v = { terms, english, byFirst, synonyms, names };
    vocabularies.set(glossary.data, v);
  }
  return v;
}

/** A glossary term a Chinese text holds: as the vocabulary writes it, where, and the English name the glossary pairs with it (none when it pairs none). */
export interface TermFound {
  term: string;
  /** Where it starts in the text as `normalizeZh` makes it. */
  at: number;
  en: string[];
}

/**
 * The glossary's terms a Chinese text holds, left to right, the longest at each place, none inside
 * another found ("洗钱" in "预防洗钱措施", not "预防" again inside a longer term taken).
 */
export function glossaryTermsIn(text: string, glossary: Glossary): TermFound[] {
  const vocab = chineseVocabulary(glossary);
  const t = normalizeZh(text);
  const out: TermFound[] = [];
  for (let i = 0; i < t.length; ) {
    const term = longestTermAt(vocab, t, i);
    if (!term) {
      i++;
      continue;
    }
    const name = vocab.names.get(term.replace(/[《》]/g, ""));
    out.push({ term, at: i, en: name ? [name] : [] });
    i += term.length;
  }
  return out;
}

/** The longest glossary term a text holds at a place (the vocabulary lists a character's terms longest first). */
function longestTermAt(vocab: ChineseVocabulary, t: string, i: number): string | undefined {
  const candidates = vocab.byFirst.get(t[i]);
  if (!candidates) return undefined;
  for (const k of candidates) if (t.startsWith(vocab.terms[k], i)) return vocab.terms[k];
  return undefined;
}

/**
 * The words of a Chinese term of two or more words ("交流经验": 交流, 经验), each of two characters
 * or more; none for a term that is one word. A text may write the words apart ("交流在实施…方面的经验").
 */
export function termParts(term: string): string[] {
  let parts = partsOfTerm.get(term);
  if (!parts) {
    const segmented = term.length >= 4 && /^[\u4e00-\u9fff]+$/.test(term) ? segmentChinese(term) : [];
    // A four-character word the segmenter keeps whole is mostly two words ("交流经验").
    const words = segmented.length === 1 && term.length === 4 ? [term.slice(0, 2), term.slice(2)] : segmented;
    parts = words.length >= 2 && words.every((w) => w.length >= 2) ? words : [];
    if (partsOfTerm.size >= 10_000) partsOfTerm.clear();
    partsOfTerm.set(term, parts);
  }
  return parts;
}
const partsOfTerm = new Map<string, string[]>();

/** Chinese text as the concepts are compared: half-width, no spaces, lower case. */
export function normalizeZh(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, "").toLowerCase();
}

/** Most segments joined into one dictionary word, and its longest length. */
/** The question's words of more than one character, longest first. */
const QUESTION_WORDS_ZH = [...QUESTION_ZH].filter((w) => w.length > 1).sort((a, b) => b.length - a.length);

const MAX_JOINED = 3;
const MAX_JOINED_CHARS = 6;

/**
 * Whether the text at `at` (`length` characters) stands inside a longer Chinese word the dictionary
 * knows, one the segmenter also cuts whole or in the pieces `dictionaryWords` joins (多边|主义).
 */
function insideLongerWord(text: string, at: number, length: number, lex: Lexicon): boolean {
  for (let from = Math.max(0, at - LONGER_BY); from <= at; from++) {
    for (let to = at + length; to <= Math.min(text.length, at + length + LONGER_BY); to++) {
      if (to - from === length) continue;
      const word = text.slice(from, to);
      if (/^\p{Script=Han}+$/u.test(word) && lex.english(word).length && dictionaryWords(word, lex).length === 1) return true;
    }
  }
  return false;
}
/** How many characters longer than a term a dictionary word around it may be. */
const LONGER_BY = 2;

/**
 * The words of what the terms leave ("|" between the pieces): the segmenter's, with neighbours
 * joined where the dictionary knows the whole ("乏" + "燃料" is 乏燃料, "spent fuel").
 */
function dictionaryWords(rest: string, lex: Lexicon): string[] {
  const out: string[] = [];
  for (const piece of rest.split("|")) {
    const segs = segmentChinese(piece);
    for (let i = 0; i < segs.length; ) {
      let take = 1;
      for (let n = Math.min(MAX_JOINED, segs.length - i); n >= 2; n--) {
        const parts = segs.slice(i, i + n);
        const joined = parts.join("");
        if (joined.length <= MAX_JOINED_CHARS && /^\p{Script=Han}+$/u.test(joined) && !parts.some((w) => QUESTION_ZH.has(w)) && lex.english(joined).length) {
          take = n;
          break;
        }
      }
      out.push(segs.slice(i, i + take).join(""));
      i += take;
    }
  }
  return withUnknownWordsResplit(out, lex);
}

/** Whether the dictionary knows a Chinese word. */
const knownWord = (w: string, lex: Lexicon) => /^\p{Script=Han}+$/u.test(w) && lex.english(w).length > 0;

/**
 * Words the segmenter cut where the dictionary would not ("常任理事/国投/了/弃权票"): a run of words
 * the dictionary does not know is cut again by it, into the longest words it knows from the left,
 * when that gives a word it knows followed by single characters ("常任理事国投": 常任理事国, 投; "弃权票":
 * 弃权, 票; "高级别": 高级, 别). A run that would fall apart into several words ("八十年代": 八十, 年代,
 * which say "eighty" and "era", not "the 1980s"), or whose first character qualifies the word after
 * it ("核废料": nuclear waste, not any 废料), stays as it was.
 */
function withUnknownWordsResplit(words: string[], lex: Lexicon): string[] {
  const out: string[] = [];
  const unknown = (w: string) => w.length >= 2 && /^\p{Script=Han}+$/u.test(w) && !knownWord(w, lex) && !QUESTION_ZH.has(w);
  for (let i = 0; i < words.length; i++) {
    if (!unknown(words[i])) {
      out.push(words[i]);
      continue;
    }
    const run = [words[i]];
    while (i + 1 < words.length && unknown(words[i + 1])) run.push(words[++i]);
    const parts = longestKnownWords(run.join(""), lex);
    out.push(...(parts[0].length > 1 && parts.slice(1).every((x) => x.length === 1) ? parts : run));
  }
  return out;
}

/** A Chinese word cut into the longest words the dictionary knows, from the left (single characters where none). */
function longestKnownWords(w: string, lex: Lexicon): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; ) {
    let n = w.length - i;
    while (n > 1 && !knownWord(w.slice(i, i + n), lex)) n--;
    out.push(w.slice(i, i + n));
    i += n;
  }
  return out;
}

/** A glossary term of a Chinese question, with its English terms. */
function termConcept(term: string, vocab: ChineseVocabulary): QuestionConcept {
  return { label: term, source: "terminology", zh: [term, ...(vocab.synonyms.get(term) ?? [])].map((z) => sense(z)), en: (vocab.english.get(term) ?? []).map((e) => sense(stemKey(e))) };
}

/**
 * Glossary terms of two words written in the other order, verb before object: "追回资产" (recover
 * assets) is the term 资产追回 (asset recovery), "建设能力" is 能力建设: two neighbouring words of the
 * segmenter, of two characters or more each, where the term's own parts are those two swapped.
 */
function swappedTerms(rest: string, vocab: ChineseVocabulary): { label: string; written: string }[] {
  const out: { label: string; written: string }[] = [];
  for (const piece of rest.split("|")) {
    if (piece.length < 4) continue;
    const words = segmentChinese(piece);
    for (let i = 0; i + 1 < words.length; i++) {
      const [a, b] = [words[i], words[i + 1]];
      if (a.length < 2 || b.length < 2 || !/^\p{Script=Han}+$/u.test(a + b)) continue;
      const label = b + a;
      const parts = vocab.english.has(label) ? termParts(label) : [];
      // Not where a longer term holds the two as written ("…追回资产…" inside a name).
      if (parts.length === 2 && parts[0] === b && parts[1] === a && !vocab.terms.some((t) => t.length > label.length && t.includes(a + b) && rest.includes(t))) out.push({ label, written: a + b });
    }
  }
  return out;
}

/** How far down a word's senses, and a sense's words, a near-synonym may stand (0 is the first). */
const SYNONYM_RANK = 1;

/**
 * Words the documents may write for a question's word ("宣布" for their "公布成立", "举办" for
 * "举行"): of the same length, with a character in common, and sharing one of their first English
 * senses, each among the other's first words for it.
 */
function nearSynonyms(w: string, en: Sense[], lex: ReturnType<typeof lexicon>, used?: SenseUse): Sense[] {
  if (w.length < 2) return [];
  const out = new Set<string>();
  for (const e of en) {
    if (e.rank > SYNONYM_RANK) continue;
    for (const x of lex.chinese(e.term)) {
      if (x.rank > SYNONYM_RANK || x.term === w || x.term.length !== w.length || ![...x.term].some((ch) => w.includes(ch))) continue;
      if (lex.english(x.term).some((k) => k.term === e.term && k.rank <= SYNONYM_RANK) && (!used || used(x.term, "zh"))) out.add(x.term);
    }
  }
  return [...out].map((t) => sense(t, 1));
}

/** 期间 after a meeting ("第十二届会议期间", "会议，期间"): the meeting, then "during" set apart. */
const DURING_MEETING_ZH = /(会议?|届会|会期)[，,]?\s*期间/g;

/**
 * A verb whose object a particle splits off ("签的字", "开了会", "投过票", "发的言"): the verb
 * whole ("签字", "开会" …), as documents write it; "开的会议" is a meeting held, not a verb.
 */
const SEPARATED_VERB = new RegExp(`(${["签", "开", "投", "发", "致", "表"].join("|")})(?:了|过|的)(${["字", "会", "票", "言", "辞", "态"].join("|")})(?!议)`, "g");

/** A run of English words of two letters or more, not part of a symbol ("A/RES/80/16", "CAC/COSP"). */
const LATIN_RUN = /(?<![\w/.-])[A-Za-z][A-Za-z'’-]+(?:\s+[A-Za-z][A-Za-z'’-]+)*(?![\w/])/g;

/**
 * Words of a Chinese question that name nothing a passage must hold: 问题 after what a body or a
 * report is on ("南苏丹问题专家小组", "卢旺达问题国际刑事法庭": the Panel on South Sudan, the Tribunal
 * for Rwanda), 为止 of "到什么时候为止" (until when).
 */
const NAMES_NOTHING_ZH = new Set(["问题", "为止"]);

function chineseConcepts(text: string, glossary: Glossary, used?: SenseUse): QuestionConcept[] {
  const vocab = chineseVocabulary(glossary);
  const out: QuestionConcept[] = [];
  // English written inside a Chinese question ("ICT安全", "IRG第六届会议的agenda"): read as an
  // English question's words are, its terms from the glossary (a symbol's letters are no word).
  // An acronym the glossary knows only as a common word ("新START": no "start") stays as written.
  const chinese = text.replace(LATIN_RUN, (run) => {
    const half = toHalfWidth(run);
    const words = englishWords(half.replace(/-/g, " "));
    const literal: string[] = [];
    for (const c of englishConcepts(run, glossary, used)) {
      const w = c.span && c.span[1] - c.span[0] === 1 ? words[c.span[0]] : undefined;
      const written = w ? half.slice(w.index, w.index + w.word.length) : undefined;
      // (A word neither the glossary nor the dictionary knows, "ISSN", stays as written too.)
      if (written && ((/^[A-Z]{2,}$/.test(written) && c.label !== written) || c.source === "unknown")) literal.push(written);
      else if (c.source !== "unknown") out.push({ label: c.label, source: c.source, zh: c.zh, en: c.en });
    }
    return `|${literal.join("|")}|`;
  });
  // Whole glossary terms first ("工作组", "预算外资源"), then the remaining words.
  // Title and quotation marks ("《公约》") are no part of the words they enclose.
  // "会议期间" (during the meeting): what a passage on the meeting tells is of it, in whatever words ("其间").
  let rest = normalizeZh(chinese).replace(/[《》「」『』“”"]/g, "|").replace(/第([一二三四五六七八九十百]+)(届|次|段|条|期|份|项|个|轮|批|本|部)/g, (m, n, w) => {
    const v = parseChineseNumber(n);
    return v ? `第${v}${w}` : m;
  }).replace(DURING_MEETING_ZH, "$1|").replace(SEPARATED_VERB, "$1$2");
  // Meeting ordinals, read before terms such as "届会议" take their measure word.
  // So are the ordinals of documents and other things counted ("第四份报告": the fourth report).
  const ordinals = new Set([...rest.matchAll(/第(\d+)(?:届|次|份|项|个|轮|批|本|部)/g)].map((m) => m[1]));
  // The terms the question holds, in the vocabulary's order (longest first): only those can be
  // taken below, since taking a term only ever removes text.
  // A term inside a longer word of the dictionary is not taken there: 多边主义 is "multilateralism",
  // not the term 多边 ("multilateral") and 主义 ("ism").
  // Before them, the terms written in the other order: "建设能力" is 能力建设, not the term 能力 alone.
  for (const term of swappedTerms(rest, vocab)) {
    out.push(termConcept(term.label, vocab));
    rest = rest.split(term.written).join("|");
  }
  const lex = lexicon();
  const held = new Set<number>();
  for (let i = 0; i < rest.length; i++) for (const t of vocab.byFirst.get(rest[i]) ?? []) if (rest.startsWith(vocab.terms[t], i) && !insideLongerWord(rest, i, vocab.terms[t].length, lex)) held.add(t);
  for (const t of [...held].sort((a, b) => a - b)) {
    const term = vocab.terms[t];
    if (!rest.includes(term) || QUESTION_ZH.has(term) || NAMES_NOTHING_ZH.has(term)) continue;
    out.push(termConcept(term, vocab));
    rest = rest.split(term).join("|");
  }
  // A question word is a word of its own: "哪天开的" is not cut as "哪" + "天开".
  for (const w of QUESTION_WORDS_ZH) if (rest.includes(w)) rest = rest.split(w).join("|");
  for (const w of dictionaryWords(rest, lex)) {
    if (QUESTION_ZH.has(w) || NAMES_NOTHING_ZH.has(w) || (w.length < 2 && !/\d/.test(w))) continue;
    const count = chineseCount(w);
    if (count) {
      out.push(count);
      continue;
    }
    if (/^\d/.test(w) || /^第\d+/.test(w)) {
      const n = w.replace(/\D+/g, "");
      // "第六次" is "sixth" and "6th" in English, not only "6".
      // So is "4th" written in a Chinese question ("4th special session …那个工作组").
      const ordinal = ordinals.has(n) || ENGLISH_ORDINAL_FIGURE.test(w) ? ordinalKeys(Number(n)).map((k) => sense(k)) : [];
      // An ordinal is found in Chinese text as the question writes it or in Chinese numerals ("第四").
      const written = ordinals.has(n) && !w.startsWith("第") ? [`第${n}`, `第${toChineseNumber(Number(n))}`].map((z) => sense(z)) : [];
      out.push({ label: w, source: "number", zh: [sense(w), ...written], en: [sense(n), ...ordinal] });
      continue;
    }
    const en = lex.english(w);
    const side = en.length ? undefined : stateOfSide(w);
    if (side) {
      out.push({ label: side.zh, source: "terminology", zh: [sense(side.zh), sense(w)], en: [sense(stemKey(side.en))] });
      continue;
    }
    out.push({ label: w, source: en.length ? "dictionary" : "unknown", zh: [sense(w), ...nearSynonyms(w, en, lex, used)], en: withLooserForms(keptSenses(en, "en", used)) });
  }
  return out;
}

/**
 * The State a Chinese "<one character>方" names, "the … side", where "<that character>国" is the
 * State's Chinese name: 美方 the United States, 英方 the United Kingdom, 中方 China.
 */
function stateOfSide(word: string): CountryName | undefined {
  if (word.length !== 2 || word[1] !== "方") return undefined;
  statesByZh ??= new Map(countryNames().map((c) => [c.zh, c]));
  return statesByZh.get(`${word[0]}国`);
}
let statesByZh: Map<string, CountryName> | undefined;

/**
 * A dictionary sense as documents also write it: a prefix set apart ("nonalign" as
 * "Non-Aligned"), and a meeting's kind without the head noun the dictionary adds ("summit meet"
 * as "Summit").
 */
function withLooserForms(senses: Sense[]): Sense[] {
  const out = [...senses];
  for (const s of senses) {
    const prefixed = s.term.match(PREFIXED);
    if (prefixed) out.push({ term: `${prefixed[1]} ${prefixed[2]}`, rank: s.rank });
    const headed = s.term.match(MEETING_HEADED);
    if (headed) out.push({ term: headed[1], rank: s.rank });
  }
  return [...new Map(out.map((s) => [s.term, s])).values()];
}
const PREFIXED = /^(non|anti|multi|counter|self|inter|trans|post|pre|co)([a-z]{4,})$/;
const MEETING_HEADED = /^([a-z]{5,}) (?:meet|confer|session)$/;
