/**
 * Questions the graph does not cover: passage search (BM25, each question expanded into the other language),
 * answered only when a passage covers the question's concepts and holds the kind of fact asked
 * for (a number for "how many", a date for "when", a place for "where"). Otherwise a refusal.
 */
import type { BodyId, DocumentKind, KnowledgeIndex, Meeting, ParsedDocument, Passage, Resolution, SearchHit } from "../knowledge/index.js";
import { describedResolution, namesOf, resolutionsByNumber } from "./resolution-subject.js";
import { acronymNames, definedNames } from "./defined-names.js";
import { wholeText } from "./whole-text.js";
import { ofParagraph, paragraphNamedIn } from "./paragraph-named.js";
import { NUMBER_OF_RESOLUTION_EN, SPEAKS_OF, asidesOf, speaksOfAnother, withoutCues } from "./resolution-slots.js";
import { acronymsAlone, definitionsIn, escapeRegExp, chinesePlaceName, passageId, splitPassageId, parseChineseNumber, parseTimeRange, formatTime, footnotesOf, footnoteMarks, formatDateRange, sentences, findDates, findDaysOfYear, formatDayOfYear, formatMonth, plainText, toChineseNumber, toHalfWidth, COUNT_MEASURES, findSymbols, findResolutionMentions, countryNames, normalizeForSearch, englishWords, ORDINAL_PATTERN, ordinalSuffix, ordinalWord, parseEnglishOrdinal, chineseVocabulary, questionConcepts, resolutionNumbersIn, termParts, squashedText, stemLine, stemKey, hasStemKey, type ConceptSource, type DateMention } from "../knowledge/index.js";
import type { AnswerContext, AnswerResult } from "./context.js";
import type { Answer } from "../core/types.js";
import { HOLDING_VERBS, NAMES_OF_PEOPLE_EN, PEOPLE_EN, PERSON_NAME_ASKED, PERSON_ROLE_EN, PERSON_ROLE_ZH, PHRASE_BREAK_EN, SYMBOL_WORD, asksForFact, isRelativeWord, type Ask } from "./understand.js";
import { CHAIR, WHICH_RESOLUTION } from "./intent.js";
import { detectLanguage } from "../core/language.js";
import { BARE_INSTRUMENT, BARE_INSTRUMENT_KEYS, JOINT, findMeetings, holdsInstrumentWord, meetingKindWords, namesAnInstrument, namesInstrument, questionBodies, spellsOutInstrument } from "./find-meetings.js";
import { bodyNames } from "./body-names.js";
import { Sources, answered, clippedAt, refused, bodyName, list, meetingName, meetingWhen, venueName, paragraphText, resolutionKind } from "./compose.js";
import { NameMatcher, type NameEntry } from "./name-matcher.js";
import { introducingClause, listCountAnswer, listIntroduced } from "./listed-count.js";
import { meetingAt } from "./lookups.js";
import { englishGloss, glossLine } from "./gloss.js";

/** A concept of the question: any of its variants found in a passage counts. */
interface Concept {
  label: string;
  /** Chinese variants, normalised as passages are for comparison. */
  variants: string[];
  /** English stem keys ("discuss", "sign up"), checked against a passage's stems. */
  en: string[];
  weight: number;
  /** A word neither the glossary nor the dictionary knows: it counts only where it is found. */
  neutral?: boolean;
  /** A dictionary word no passage holds. */
  unused?: boolean;
  /** Where its translations come from. */
  source: ConceptSource;
  /** For English questions: the words it stands for, first and after last (as `englishWords` counts). */
  span?: [number, number];
}

/**
 * The names a question writes with capitals ("the Commonwealth Games", "Eurovision", "Pelindaba"),
 * with their concepts. A capitalised word that only starts a sentence is not taken for a name, nor
 * is an acronym, which may stand for words the documents spell out ("PAROS", "CBMs").
 */
export function writtenNames(ctx: AnswerContext): WrittenName[] {
  // Read by several answerers and checks of one question, and a name that starts it costs a search: once.
  let names = writtenByQuestion.get(ctx.q);
  if (!names) writtenByQuestion.set(ctx.q, (names = readWrittenNames(ctx)));
  return names;
}
type WrittenName = { written: string; concept: Concept };
const writtenByQuestion = new WeakMap<object, WrittenName[]>();
function readWrittenNames(ctx: AnswerContext): WrittenName[] {
  const { q } = ctx;
  if (q.lang !== "en") return [];
  const text = toHalfWidth(q.text);
  const words = englishWords(text.replace(/-/g, " "));
  const names: WrittenName[] = [];
  for (const c of conceptsOf(ctx)) {
    if (c.source === "number" || !c.span) continue;
    const from = words[c.span[0]].index;
    const last = words[c.span[1] - 1];
    // A possessive's "'s" is no part of the name ("the IRMCT's work": IRMCT).
    const written = text.slice(from, last.index + (text.slice(last.index).match(/^[A-Za-z0-9'’\u00C0-\u024F]+/)?.[0].length ?? last.word.length)).replace(POSSESSIVE, "");
    const startsSentence = /^\s*$|[.?!:;]\s*$/.test(text.slice(0, from));
    // A word no glossary or dictionary knows that starts a sentence is a name where the documents
    // write it so inside a sentence ("Dakar Youth Olympic Games …": "held in Dakar in 2026").
    const capitals = startsSentence && !(c.source === "unknown" && writtenWithCapital(ctx, written)) ? written.slice(1) : written;
    // An acronym ("PAROS", "CBMs") may stand for words the documents spell out, and short words
    // are mostly abbreviations ("Art 19", "Res"): only names count.
    const name = /[A-Z]/.test(capitals) && /[a-z]/.test(written) && !/^[A-Z]{2,}s?\d*$/.test(written) && written.length > 3;
    if (name) names.push({ written, concept: c });
  }
  return names;
}

/** A possessive's ending: "'s", "’s". */
const POSSESSIVE = /['’]s$/;

/** Whether a passage that holds a word writes it, as here, with a capital inside a sentence. */
function writtenWithCapital(ctx: AnswerContext, word: string): boolean {
  if (!/^[A-Z][a-z]/.test(word)) return false;
  const inside = new RegExp(`[a-z,;]\\s+${escapeRegExp(word)}\\b`);
  return ctx.index.search(word, { limit: WITH_CAPITAL_SEARCHED }).some((h) => inside.test(h.passage.text));
}
/** How many passages holding a word are read for how they write it. */
const WITH_CAPITAL_SEARCHED = 5;

/**
 * The names a question writes with capitals that no passage holds, in English or, for UN
 * terminology, in Chinese: no document speaks of what they name.
 */
export function absentNames(ctx: AnswerContext): string[] {
  // "Did the IRG hold its 12th session in Geneva?": the city put to the documents is the claim the
  // meeting's venue settles, not a name they must hold.
  const placeChecked = ctx.q.asks.has("where") && ctx.q.ordinal !== undefined;
  // A dictionary's senses of a name ("Commonwealth": 联邦) are not the name itself.
  return writtenNames(ctx)
    .filter(({ written }) => !(placeChecked && namesIn(ctx, "places", written, "en").length))
    .filter(({ concept: c }) => ctx.index.passageFrequency({ zh: c.source === "terminology" ? c.variants : [], en: c.en }, [1]) === 0)
    .map(({ written }) => written);
}

/**
 * What the question asks of a document it names that no passage of the whole corpus speaks of
 * ("was S/2023/970 vetoed": no document mentions a veto): its concepts of UN terminology or the
 * dictionary, other than the kinds of fact asked ("title", "date", "symbol"), that no passage
 * holds in either language. None when the question only asks what the document is.
 */
export function unsaidOfDocument(ctx: AnswerContext): Concept[] {
  return askedOfDocument(ctx).filter((c) => glossedAsWord(ctx, c) && ctx.index.passageFrequency({ zh: c.variants, en: c.en }, [1]) === 0);
}
/**
 * Whether a Chinese question's dictionary word has an English sense of one word: one glossed only
 * by a phrase (逃犯, "escaped criminal") may be what the English documents say in a word of their
 * own ("fugitives"), so that no passage holding the phrase does not show that none speaks of it.
 */
const glossedAsWord = (ctx: AnswerContext, c: Concept) => ctx.q.lang !== "zh" || c.source !== "dictionary" || c.en.some((k) => !k.includes(" "));
/**
 * The concepts a question asks of a document it names: not the kinds of fact asked ("title",
 * "date", "symbol"), nor numbers, nor the words of an aside that describes the document ("(…, lots
 * of co-sponsors)"), which ask nothing of it.
 */
function askedOfDocument(ctx: AnswerContext): Concept[] {
  // Worked out once per question: a document answer asks it up to three times (what no document
  // says, what the named one does not, what its description does not hold).
  let asked = askedByQuestion.get(ctx.q);
  if (!asked) {
    const described = describedByAsker(ctx);
    asked = conceptsOf(ctx).filter((c) => !c.neutral && c.source !== "number" && !described.has(c.label) && !GENERIC_ATTRIBUTE.test(c.label) && !GENERIC_ATTRIBUTE_ZH.test(c.label) && !ASKING_DOCUMENT.test(c.label));
    askedByQuestion.set(ctx.q, asked);
  }
  return asked;
}
const askedByQuestion = new WeakMap<object, Concept[]>();

/**
 * The labels of the concepts an aside ("(…, lots of co-sponsors)", "（以色列定居点问题）") or the words
 * before a symbol ("the South Sudan sanctions draft S/2017/444") describe a document by: the asker's
 * name for it, nothing asked of it. Once per question.
 */
export function describedByAsker(ctx: AnswerContext): ReadonlySet<string> {
  let described = describedByQuestion.get(ctx.q);
  if (!described) {
    const aside = [asidesOf(ctx.q.text), describingDocument(ctx.q.text)].filter(Boolean).join(" ");
    described = new Set(aside ? questionConcepts(aside, ctx.q.lang, ctx.glossary, () => true).map((c) => c.label) : []);
    describedByQuestion.set(ctx.q, described);
  }
  return described;
}
const describedByQuestion = new WeakMap<object, ReadonlySet<string>>();
/**
 * The words a question describes a document with before its symbol ("the US South Sudan sanctions
 * draft S/2017/444", "the Gaza ceasefire draft (S/2023/970)", "南苏丹制裁草案S/2017/444"): the
 * asker's name for it, which its text may put otherwise ("measures imposed"), not something asked
 * of it. (A verb's past, "the Council vetoed draft resolution …", is no description.)
 */
function describingDocument(text: string): string {
  return [DESCRIBED_BEFORE_SYMBOL, DESCRIBED_BEFORE_SYMBOL_ZH, ...DESCRIBED_RESOLUTION].flatMap((re) => [...text.matchAll(re)].map((m) => m.slice(1).find(Boolean) ?? "")).join(" ");
}
/**
 * The words a question describes a resolution named by its number with: "关于向无核武器国家提供安全保证的
 * 80/18号决议", "军备透明决议（80/28）", "第80/38号决议（小武器和轻武器非法贸易）", "resolution 80/48 (on …)",
 * "the sport resolution 80/8", "resolution 80/52 on the Convention …".
 */
const DESCRIBED_RESOLUTION = [
  /关于([^，。？?\d]{2,30}?)的\s*(?:第)?\s*\d{1,3}\s*\/\s*\d{1,3}\s*号?决议/g,
  /([\u4e00-\u9fff《》]{2,20}?)的?决议\s*[(（]\s*(?:第)?\s*\d{1,3}\s*\/\s*\d{1,3}/g,
  /\d{1,3}\s*\/\s*\d{1,3}\s*号?决议\s*[(（]([^()（）\d]{2,30})[)）]/g,
  /\b(?:resolution|res\.?)\s*\d{1,3}\/\d{1,3}\s*\((?:on\s+)?([^()\d]{3,80})\)/gi,
  /\b(?:[Tt]he|GA(?:'s)?|[Ii]ts)\s+((?:(?![a-z]+ed\b)[A-Za-z'’-]+\s+){1,6}?)(?:resolution|res\.?)\s*\(?\s*\d{1,3}\/\d{1,3}/g,
  /\b(?:resolution|res\.?)\s*\d{1,3}\/\d{1,3}\s+on\s+([^,;:?()]{3,60})/gi,
];
/** In Chinese: the words before a document's noun and its symbol ("南苏丹制裁草案S/2017/444", "秘书长给安理会主席的信（S/2021/186）"). */
const DESCRIBED_BEFORE_SYMBOL_ZH = /([\u4e00-\u9fff]{2,16}?)(?:的)?(?:决议草案|草案|决议|报告|文件|信函|来信|信|函|说明)\s*[(（]?\s*[A-Z]{1,2}\/(?:RES\/)?\d/g;
const DESCRIBED_BEFORE_SYMBOL = /\b(?:[Tt]he|[Aa]|[Tt]his|[Tt]hat|[Ii]ts)\s+((?:(?![a-z]+ed\b)[A-Za-z'’-]+\s+){1,6}?)(?:draft(?:\s+resolution)?|resolution|report|document|text|paper)\s*[(（]?\s*[A-Z]{1,2}\/(?:RES\/)?\d/g;

/**
 * What the question asks of the documents it names by symbol that other documents speak of but
 * none of their own texts holds ("the troop ceiling" of a draft on settlements): its distinctive
 * terms of UN terminology, other than the kinds of fact asked and the words of an aside. (A
 * dictionary word is as often the asker's own way of putting it, "the full title", "put out", or
 * words a text abbreviates, "distribution" for "Distr.", as something the text does not say.)
 */
export function unsaidByDocuments(ctx: AnswerContext, docIds: string[]): Concept[] {
  const docs = docIds.map((d) => ctx.index.document(d)).filter((d): d is ParsedDocument => !!d);
  if (!docs.length) return [];
  const asked = askedOfDocument(ctx).filter((c) => c.source === "terminology" && c.weight >= DISTINCTIVE && !DOCUMENT_WORD.test(c.label));
  return asked.filter((c) => docs.every((d) => coverage([c], { text: wholeText(d), headingPath: [] }, documentContext(ctx, d.meta.id), ctx).hit === 0));
}
/**
 * What the question asks of the documents it names by symbol that a text describing them (their
 * title, date and opening words) does not hold: their distinctive concepts other than the kinds of
 * fact asked and the words for a document ("the Gaza draft S/2023/970: the SG's Article 99 letter
 * is dated when": the letter, the article, the Secretary-General), which the documents' paragraphs
 * answer, if anything does.
 */
export function askedBeyond(ctx: AnswerContext, docIds: string[], description: string): Concept[] {
  const context = docIds.map((d) => documentContext(ctx, d)).join("\n");
  const asked = askedOfDocument(ctx).filter((c) => c.weight >= DISTINCTIVE && !DOCUMENT_WORD.test(c.label));
  const held = new Set(conceptsHeld(asked, { text: description, headingPath: [] }, context, ctx));
  return asked.filter((c) => !held.has(c));
}
/** Words for a document or a draft, which say what the symbol names, not something it says. */
const DOCUMENT_WORD = /^(?:draft(?:ing|s)?|documents?|texts?|resolutions?|草案|起草|文件|文本|决议)$/i;
/** The word for a report, which names no report's subject. */
const REPORT_WORD = /^(?:reports?|报告)$/i;

/** Words that ask what a document is or when it was issued, not something it says. */
const ASKING_DOCUMENT = /^(?:document (?:number|code)s?|issued?|issue date|distributed|distribution|circulated|dated|published|released?|about|文件号|文件编号|印发|分发|发布|签发|出版|标题|关于)$/i;

/**
 * Reads what weighing concepts reads on every question (the warm-up at start): the index's
 * containment postings; gathers what a refusal says the documents cover; and works out, for every
 * Chinese term of the glossary, its longer terms and whether each means the same
 * (`prepareLongerTerms`).
 */
export function prepareAnswerSearch(corpus: Pick<AnswerContext, "index" | "glossary">): void {
  corpus.index.passageFrequency({ zh: [], en: [] });
  graphCover(corpus.index);
  prepareLongerTerms(corpus.glossary);
}

/**
 * What `withoutLongerTerms` reads for every term of the Chinese vocabulary, worked out at once
 * instead of by the first question that weighs each term: its longer terms (`longerTermsHolding`)
 * and whether each means the same (`sameConcept`: a pattern per pair of terms, a few milliseconds
 * of a first question).
 */
function prepareLongerTerms(glossary: AnswerContext["glossary"]): void {
  const vocab = chineseVocabulary(glossary);
  for (const [v, longer] of longerTermsIndex(vocab.terms)) for (const term of longer) sameConcept(vocab, v, term);
}

/** `f` remembering its results for the last `size` texts it was given (the first given goes first). */
export function recentOf<T>(f: (text: string) => T, size: number): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    let value = kept.get(text);
    if (value === undefined) {
      if (kept.size >= size) kept.delete(kept.keys().next().value as string);
      kept.set(text, (value = f(text)));
    }
    return value;
  };
}
// Coverage is often asked of one evidence text concept by concept (which concepts an answer
// holds), and of one passage by several answerers and checks of a question (half the texts of a
// question come back): its squashed text and stems are made once for a while, not once per call.
const squashedOnce = recentOf(squashedText, 256);
const stemLineOnce = recentOf(stemLine, 256);

/** The least count whose share of `n` (`count / n`, as weighed) reaches `share`. */
function leastCount(share: number, n: number): number {
  let k = Math.ceil(share * n);
  while (k > 0 && (k - 1) / n >= share) k--;
  while (k / n < share) k++;
  return k;
}

/**
 * How much a concept counts: words found in much of the corpus ("工作", "UNODC") say little about
 * whether a passage answers; one found nowhere at all is strong evidence that none does (for
 * UN terminology; a dictionary sense the documents do not use says less, see `asidesOfPhrasing`).
 */
function rarityWeight(ctx: AnswerContext, c: Concept, source: ConceptSource): Pick<Concept, "weight" | "unused"> {
  // Counted from the index's containment postings, each count kept for the build; only the
  // band matters (none, under 5%, under 20%, more), which the postings' lengths often settle.
  const n = Math.max(1, ctx.index.counts().passages);
  const df = ctx.index.passageFrequency({ zh: c.variants, en: c.en }, [1, leastCount(0.05, n), leastCount(0.2, n)]);
  const f = df / n;
  if (df === 0) return source === "dictionary" ? { weight: 1, unused: true } : { weight: 1.5 };
  if (f >= 0.2) return { weight: COMMON };
  if (f >= 0.05) return { weight: 0.6 };
  return { weight: 1 };
}
/** The weight of a word in every fifth passage or more. */
const COMMON = 0.3;

/** How many rare concepts a question must name besides unused words for those to count for little. */
const NAMED_BESIDES = 2;

/**
 * A dictionary word no document uses ("bound up", "bundled", "吆喝") in a question that names at
 * least two rare things the documents do hold ("the 1994 memo", "the NPT"; "国际奥委会", "休战") is
 * the asker's own way of putting it: it cannot tell those things' passages apart, and counts as
 * little as a word in every fifth passage. Where the question names no two such things ("What is
 * the quorum of the Conference?"), the unused word is what is asked, and it keeps its weight.
 */
function asidesOfPhrasing(concepts: Concept[]): Concept[] {
  const named = concepts.filter((c) => !c.neutral && !c.unused && c.source !== "number" && c.weight >= DISTINCTIVE);
  if (new Set(named.map((c) => c.label)).size < NAMED_BESIDES) return concepts;
  return concepts.map((c) => (c.unused ? { ...c, weight: COMMON } : c));
}

/** The content concepts of the question, each in both languages. */
export function conceptsOf(ctx: AnswerContext): Concept[] {
  // Several answerers look at the same question; weighing reads the index's postings, so do it once.
  let concepts = conceptsByQuestion.get(ctx.q);
  if (!concepts) {
    // What the question sets aside ("besides GRECO and MESICIC, which other …") is not what the
    // answer is about: a passage is not weighed on it.
    const excluded = setAsideText(ctx.q.text)?.toLowerCase();
    // The asker telling of themselves ("这是我第二次参加", "I'm putting together a brief") says
    // nothing a passage must be about; the bodies such a clause names still say which.
    const ownWords = askersOwnWords(ctx);
    const ownWord = (label: string) => ownWords.has(label) && !ctx.glossary.findBodies(label).length;
    const used = (term: string, lang: "zh" | "en") => ctx.index.passageFrequency(lang === "zh" ? { zh: [squashedText(term)], en: [] } : { zh: [], en: [term] }, [1]) > 0;
    const paragraphs = paragraphNumbers(ctx.q.text);
    concepts = questionConcepts(ctx.q.text, ctx.q.lang, ctx.glossary, used).filter((c) => (!excluded || !excluded.includes(c.label.toLowerCase())) && !ownWord(c.label)).map((c) => {
      const concept = asConcept(c);
      // The kind of party or place asked for ("which organizations", "哪些国家", "哪座城市") names the
      // answer, not what the passage must be about: it counts where found, never against a passage.
      // So does "resolution" before the number the question names: it only says what the number is.
      const namesKind = ctx.q.resolutions.length > 0 && SPEAKS_OF[ctx.q.lang].test(c.label);
      // "Which countries hosted", "哪几个国家主办": the hosting is what is asked, which a passage
      // states as "convened by Norway" or "held in Vienna" as often as with the word.
      const asksParty = ctx.q.asks.has("who") || ctx.q.asks.has("where");
      // "Next" or "last" of a meeting says which of its meetings, by today's date, not what a passage is about.
      const relative = !!ctx.q.relativeMeeting && isRelativeWord(c.label);
      // "Who is it urging to …", "邀请谁…": whom something is asked of is asked, which a paragraph
      // asks with its own verb ("Encourages States Parties …"), not necessarily the question's.
      const askingVerb = ASKING_VERB[ctx.q.lang].test(c.label) && ADDRESSEE_ASKED[ctx.q.lang].test(ctx.q.text);
      // "When is it scheduled", "for which year": the schedule is what a date or a year answers, not
      // a word the passage must write.
      const timing = (ctx.q.asks.has("when") || ctx.q.asks.has("year")) && SCHEDULE_WORD.test(c.label);
      // "At the beginning of S/2018/257", "草案开头谴责的", "para 8": where in the document, which no
      // passage writes (a paragraph's number is its place, not its words).
      const position = PLACE_IN_DOCUMENT.test(c.label) || (PARAGRAPH_WORD.test(c.label) && paragraphs.size > 0) || (c.source === "number" && paragraphs.has(c.label));
      // "Keep sending", "keeps monitoring": the verb after it is what is done, "keep" only that it
      // goes on; "every year", "每年" that it recurs, which a paragraph says as "annually" as often.
      const aspect = (KEEP.test(c.label) && KEEP_DOING.test(ctx.q.text)) || RECURRENCE.test(c.label);
      // "Sum up", "the main points", "概要": how the answer is to be given, not what it is about.
      const form = ANSWER_FORM.test(c.label) || (/^brief(?:ing)?$/i.test(c.label) && BRIEF_ME.test(ctx.q.text));
      // "Make the arrangements", "give a statement": a light verb before its object says no more than the object.
      const light = (LIGHT_VERB.test(c.label) || HEDGE.test(c.label) || PARTICLE.test(c.label)) && c.source === "dictionary";
      // "Where can I download it", "在哪里查阅": the reading is what the web address or the place answers.
      const reading = ctx.q.asks.has("where") && READING.test(c.label);
      if (c.source === "unknown" || namesKind || relative || askingVerb || timing || position || aspect || form || light || reading || (asksParty && (asksFor(ctx.q.text, c.label) || HOSTING.test(c.label)))) return { ...concept, neutral: true };
      // A resolution's number ("80/18") counts as much as the two figures it is written with, each as rare as it is.
      if (RESOLUTION_NUMBER.test(c.label)) return { ...concept, weight: figuresOf(c.label).reduce((w, f) => w + rarityWeight(ctx, { ...concept, label: f, variants: [f], en: [f] }, "number").weight, 0) };
      return { ...concept, ...rarityWeight(ctx, concept, c.source) };
    });
    concepts = asidesOfPhrasing(bareOfAnother(concepts));
    conceptsByQuestion.set(ctx.q, concepts);
  }
  return concepts;
}
const conceptsByQuestion = new WeakMap<object, Concept[]>();

/** A concept the vocabulary reads in a text, as the answer weighs it: its Chinese variants squashed, its English stems, weight 1. */
function asConcept(c: ReturnType<typeof questionConcepts>[number]): Concept {
  return { label: c.label, variants: [...new Set(c.zh.map((z) => squashedText(z.term)).filter(Boolean))], en: [...new Set(c.en.map((e) => e.term))], weight: 1, source: c.source, span: c.span };
}

/** The verb "keep", and "keep" before a verb's -ing form: "keep sending", "keeps monitoring". */
const KEEP = /^(?:keep|keeps|keeping|kept)$/i;
const KEEP_DOING = /\bkeep(?:s|ing)?\s+[a-z]+ing\b|\bkept\s+[a-z]+ing\b/i;
/** Words for the form of an answer asked: a summary, an overview, its main points ("sum up", "gist", "概要", "要点"). */
const ANSWER_FORM = /^(?:summar(?:y|ies|ise[ds]?|ize[ds]?|ising|izing)|sum(?:s|med)? up|overviews?|gist|outlines?|synopsis|recap|rundown|highlights|(?:main|key) (?:points|takeaways|messages)|takeaways?|in a nutshell|概要|概述|要点|大意|摘要|梗概|简介|重点内容|主要内容|主旨)$/i;
/** Verbs that carry little of their own before an object ("make arrangements", "give an overview", "get support"). */
const LIGHT_VERB = /^(?:make|makes|made|making|give|gives|gave|given|giving|get|gets|got|getting|do|does|did|done|doing|put|puts|putting|take|takes|took|taken|taking)$/i;
/** Words that say when or how usually something is done, or that it can be, not what: "once it is recommended", "should normally be completed", "可以查阅". */
const HEDGE = /^(?:once|normally|usually|generally|typically|ordinarily|可以|能够|可)$/i;
/** Verbs of finding or reading something, which a place or a web address answers. */
const READING = /^(?:find|found|read|access(?:ed)?|download(?:ed)?|consult(?:ed)?|view(?:ed)?|查阅|查看|下载|找到|查到|获取|看到)$/i;
/** A verb's particle standing alone ("came up", "brought up"): the verb says what happened, the particle nothing a passage writes. */
const PARTICLE = /^(?:up|out|off|down|over)$/i;
/** "Brief me on", "brief us about": a briefing asked for, not one spoken of. */
const BRIEF_ME = /\bbrief (?:me|us)\b/i;
/** Words of a thing's recurring every year: "every year", "each year", 每年. */
const RECURRENCE = /^(?:every year|each year|every single year|每年|每一年|年年)$/i;

/** A paragraph's word. */
const PARAGRAPH_WORD = /^(?:paragraphs?|paras?|段|段落)$/i;
/** The paragraphs' numbers a question names ("para 8", "paragraph 4", "第4段"). */
const paragraphNumbers = (text: string): Set<string> => new Set([...toHalfWidth(text).matchAll(/\b(?:paragraphs?|paras?|op\.?)\s*(\d+)|第\s*(\d+)\s*段/gi)].map((m) => m[1] ?? m[2]));

/** Where in a document something stands, as a question places it ("at the beginning", "开头", "文末"). */
const PLACE_IN_DOCUMENT = /^(?:begin|beginning|outset|start|开头|开篇|篇首|结尾|末尾|文末)$/i;

/** The acronyms a question's text defines, as its reading spelt them out ("Full Name (ACRONYM)"), each with the pattern of the acronym as a word. */
function speltOutAcronyms(text: string): { name: string; written: RegExp }[] {
  // (A Chinese question runs its words into the name: "S/2018/257里United Nations …".)
  const latin = text.replace(/[\u4e00-\u9fff]/g, " ");
  return [...latin.matchAll(/\(([A-Z]{3,8})\)/g)].flatMap((m) => definitionsIn(latin, m[1]).map((name) => ({ name, written: new RegExp(`(?<![A-Za-z])${m[1]}(?![A-Za-z])`) })));
}

/** A question's word for a meeting's or a topic's schedule. */
const SCHEDULE_WORD = /^schedul/i;
/** Where a clause of a question ends, for the asker's own clauses. */
const ASKER_CLAUSE_END = /(?:[,，。.;；!！?？]|[:：](?!\d))\s*|\s[-–—]\s|\s+(?=(?:right|correct|no)\s*[?？])/i;
/**
 * A clause in which the asker speaks of themselves: "这是我…", "我们团…", "I'm …", "we are …", "my …",
 * "need it for a briefing", "thanks", greetings ("heads up", "各位好"), and the desk work they are at
 * with its subject left out ("Drafting talking points …", "Sorting travel …", "在准备发言稿").
 */
const ASKER_SUBJECT = /^(?:这是|这次是|今年是)?(?:我们?|咱们|我团|我方)|^谢谢|^多谢|^(?:快速|顺便|随便)?(?:问一?下|请教一?下|确认一?下)|^(?:this is )?(?:i'm|i am|i|we're|we are|we|my|our)\b|^(?:need(?:ed|s)?|want(?:ed|s)?) (?:it|this|that)\b|^(?:thanks|thank you|thx|cheers)\b|^(?:just |currently |still |now )?(?:drafting|preparing|prepping|writing|doing|working on|putting together|pulling together|compiling|updating|finali[sz]ing|getting ready|sorting|booking|arranging|organi[sz]ing|planning|filling in|filling out)\b|^(?:heads[- ]up|btw|hi|hello|hey|morning|good (?:morning|afternoon))\b|^(?:正在|正|在)?(?:准备|起草|撰写|整理|赶写)|^(?:各位|大家|您|你)好|^(?:(?:a |just a )?quick (?:check|q|question|one)|(?:sanity|double)[- ]check|fyi|for (?:my|our) [a-z]+)\b/i;
/** The English words of a tag that asks for a claim to be confirmed: "right", "correct", "is that so". */
const TAG_EN = "right|correct|true|is that (?:right|correct|so|true)";
/** A claim put to the documents to be confirmed: "…, right?", "… correct?", "…对吧？". */
const PUTS_CLAIM = new RegExp(`(?:[,，]\\s*|\\s)(?:${TAG_EN})\\s*[?？]|(?:对吧|对吗|是吗|没错吧|是不是)\\s*[?？]?`, "i");
/** A tag that only asks the asker to be confirmed: "right?", "correct?", "is that so?". */
const CONFIRMING_TAG = new RegExp(`^(?:${TAG_EN}|am i right|no)$`, "i");
/** Words that ask, in a clause. */
const ASKS_IN_CLAUSE = /\b(?:what|which|who|whom|whose|when|where|how|whether|is|are|does|did|do|can|could|asks?|asking)\b|哪|什么|多少|几|吗|是否|有没有/i;

/**
 * The clauses of a question in which the asker speaks of themselves and asks nothing ("这是我第二次
 * 参加", "I'm putting together a brief", "I keep mixing them up"), and the tags that only ask to be
 * confirmed ("…, right?"), joined as `own`; the rest of the question as `rest`. A question that is
 * all such clauses has none.
 */
export function askersOwn(question: string): { own: string; rest: string } {
  const clauses = question.split(ASKER_CLAUSE_END).map((c) => c.trim()).filter(Boolean);
  const own = new Set(clauses.filter(isAskersOwnClause));
  if (own.size === clauses.length) return { own: "", rest: question };
  return { own: [...own].join(" "), rest: clauses.filter((c) => !own.has(c)).join(" ") };
}

/** Whether a clause only speaks of the asker ("I know half were women", "need it for a brief") or asks to be confirmed ("right?"). */
export const isAskersOwnClause = (c: string): boolean => CONFIRMING_TAG.test(c) || (ASKER_SUBJECT.test(c) && !ASKS_IN_CLAUSE.test(c.replace(ASKER_SUBJECT, "")));

/** Words that only ask to be told what follows: "List …", "Name …" opening the question, "I need to know", "could you tell me", "do you know", "我想知道", "请告诉我". */
const ASKING_TO_BE_TOLD = /^(?:please )?(?:list|name|give(?: me)?|show(?: me)?|provide|identify)\b|\b(?:(?:i|we)(?: would|'d)? (?:need|want|like|wish|have) to (?:know|find out|learn|confirm|check)|(?:can|could|would) you (?:please )?(?:tell|let) me(?: know)?|(?:please )?tell me|do you know|i (?:wonder|am wondering|'m wondering)(?: if| whether)?)\b|我(?:们)?(?:想|要|需要|想要)(?:知道|了解|确认|问问?)|请?告诉我/gi;

/** The labels of the concepts only the asker's own clauses name (not the rest of the question too). */
function askersOwnWords(ctx: AnswerContext): Set<string> {
  const clauses = askersOwn(ctx.q.text);
  // So does a lead-in that only asks to be told ("I need to know", "could you tell me", "我想知道").
  const leads = [...clauses.rest.matchAll(ASKING_TO_BE_TOLD)].map((m) => m[0]);
  const own = [clauses.own, ...leads].join(" ").trim();
  const rest = clauses.rest.replace(ASKING_TO_BE_TOLD, " ");
  if (!own) return new Set();
  const labels = (text: string) => questionConcepts(text, ctx.q.lang, ctx.glossary, () => true).map((c) => c.label);
  const asked = new Set(labels(rest));
  return new Set(labels(own).filter((l) => !asked.has(l)));
}

/**
 * The part of a question it sets aside, with the words that set it aside: "besides OECD WGB, GRECO
 * and MESICIC", "apart from resolution 10/3", "除了维也纳以外"; undefined when it sets nothing aside.
 */
export function setAsideText(question: string): string | undefined {
  const en = question.match(/\b(?:besides|apart from|aside from|other than|except(?: for)?|in addition to)\s+(.+?)(?=,\s*(?:which|what|who|whom|where|when|how|is|are|do|does|did)\b|\s(?:which|what|who|whom|where|when|how)\b|\?|$)/i);
  if (en) return en[0];
  return question.match(/除了?(.+?)(?:以外|之外|外)/)?.[0];
}

/** An instrument's concept without its bare forms ("the Convention", "《公约》"), when it has others. */
function byOwnName(c: Concept): Concept {
  const variants = c.variants.filter((v) => !BARE_INSTRUMENT.test(v));
  const en = c.en.filter((k) => !BARE_INSTRUMENT_KEYS.has(k));
  return variants.length || en.length ? { ...c, variants, en } : c;
}

/**
 * A bare "the Convention" or "公约" in a question that names another instrument ("a cluster
 * munition-free region … party to the Convention") is that instrument: it keeps its bare forms,
 * not the glossary's reading of it as the Convention against Corruption.
 */
function bareOfAnother(concepts: Concept[]): Concept[] {
  const another = concepts.some((c) => !BARE_INSTRUMENT.test(c.label) && c.en.some(holdsInstrumentWord) && !c.en.some((k) => BARE_INSTRUMENT_KEYS.has(k)));
  if (!another) return concepts;
  return concepts.map((c) => (BARE_INSTRUMENT.test(c.label) ? { ...c, variants: c.variants.filter((v) => BARE_INSTRUMENT.test(v)), en: c.en.filter((k) => BARE_INSTRUMENT_KEYS.has(k)) } : c));
}

/** An acronym the glossary spells out as a named instrument ("UNCAC": "UN Convention against Corruption"). */
const acronymOfInstrument = (c: Concept) => spellsOutInstrument(c.label, c.source, c.en);

/** The question without what it sets aside, as it is searched for. */
function searchedText(question: string): string {
  const aside = setAsideText(question);
  return aside ? question.replace(aside, " ") : question;
}

/** Words for hosting a meeting. */
const HOSTING = /^(?:host(?:s|ed|ing)?|hosted by|主办|东道国|承办)$/i;

/** Whether a question asks "which <label>" ("which countries", "which two States", "哪些组织", "哪一个代表团", "哪几个国家"). */
function asksFor(question: string, label: string): boolean {
  const at = question.toLowerCase().indexOf(label.toLowerCase());
  return at > 0 && WHICH_BEFORE.test(question.slice(0, at));
}
/** "Which", "what", "which other", "which two", 哪, 哪些, 哪几个, 哪一位, 什么, 啥 right before a noun. */
const WHICH_BEFORE = /(?:\b(?:which|what)(?:\s+(?:other|two|three|four|five|six|several))?|哪[一几些]?[个位家项份种所座届次名]?|什么|啥)\s*$/i;

/**
 * Passage text with the longer glossary terms that contain `v` but mean something else removed:
 * "预算外资源" (extrabudgetary resources) is not "预算" (budget), while "利益冲突的预防和管理"
 * (prevention and management of conflicts of interest) is about "利益冲突".
 */
function withoutLongerTerms(ctx: AnswerContext, text: string, v: string, asked: ReadonlySet<string>): string {
  const vocab = chineseVocabulary(ctx.glossary);
  const { terms } = vocab;
  let t = text;
  for (const term of longerTermsHolding(terms, v)) {
    // A longer term the question itself names is one of its concepts, not another meaning; so is
    // one that holds two more of the question's terms: the question names it in words of its own
    // (a project's title, shortened: "“拉丁美洲、加勒比和西非可卡因路线”项目").
    if (t.includes(term) && !asked.has(term) && !namesInPart(term, v, asked) && !sameConcept(vocab, v, term)) t = t.split(term).join("|");
  }
  return t;
}

/** Whether a longer term holds at least `IN_PART` of the question's terms besides `v`. */
function namesInPart(term: string, v: string, asked: ReadonlySet<string>): boolean {
  let n = 0;
  for (const a of asked) if (a !== v && a.length > 1 && term.includes(a) && ++n >= IN_PART) return true;
  return false;
}
const IN_PART = 2;

/**
 * Whether a longer glossary term holding `v` means the same as `v` (its English names hold one of
 * `v`'s, or either has none). Kept per vocabulary: it depends on the two terms alone, and making
 * its patterns again for every passage weighed was the costliest part of weighing them.
 */
function sameConcept(vocab: ReturnType<typeof chineseVocabulary>, v: string, term: string): boolean {
  let known = sameConcepts.get(vocab);
  if (!known) sameConcepts.set(vocab, (known = new Map()));
  const key = `${v}\u0000${term}`;
  let same = known.get(key);
  if (same === undefined) {
    const lower = (zh: string) => (vocab.english.get(zh) ?? []).map((e) => e.toLowerCase());
    const mine = lower(v);
    const theirs = lower(term);
    same = !mine.length || !theirs.length || theirs.some((t) => mine.some((e) => new RegExp(`(?:^|[^a-z])${escapeRegExp(e)}s?(?![a-z])`).test(t)));
    known.set(key, same);
  }
  return same;
}
const sameConcepts = new WeakMap<object, Map<string, boolean>>();

/**
 * The vocabulary's terms longer than `v` (a term of the vocabulary) that contain it, in the
 * vocabulary's order (longest first): every passage weighed is checked for them, and going through
 * the thousands of terms each time took a sixth of a free question's time.
 */
function longerTermsHolding(terms: readonly string[], v: string): string[] {
  return longerTermsIndex(terms).get(v) ?? [];
}

/**
 * Every term of a vocabulary with the longer terms that contain it, made once per vocabulary: a
 * term's shorter terms are among its own parts (its substrings, a few hundred at most, each
 * looked up), so the vocabulary is read once, in its order, rather than once per term.
 */
function longerTermsIndex(terms: readonly string[]): Map<string, string[]> {
  let holding = longerTerms.get(terms);
  if (!holding) {
    holding = new Map();
    const known = new Set(terms);
    for (const term of terms) {
      const seen = new Set<string>();
      for (let i = 0; i < term.length; i++) {
        for (let j = i + 1; j <= term.length && j - i < term.length; j++) {
          const v = term.slice(i, j);
          if (seen.has(v) || !known.has(v)) continue;
          seen.add(v);
          const list = holding.get(v);
          if (list) list.push(term);
          else holding.set(v, [term]);
        }
      }
    }
    longerTerms.set(terms, holding);
  }
  return holding;
}
const longerTerms = new WeakMap<readonly string[], Map<string, string[]>>();

/** How many of the concepts a passage (with its headings) contains; `wholeNumbers`: a number asked counts only whole, not as the digits of a longer one. */
export function coverage(concepts: Omit<Concept, "source" | "span">[], passage: Pick<Passage, "text" | "headingPath">, context = "", ctx?: AnswerContext, wholeNumbers = false): { hit: number; total: number; missing: string[] } {
  const seen = evidence(passage, context, ctx, wholeNumbers);
  const missing: string[] = [];
  let hit = 0;
  let total = 0;
  let asked: Set<string> | undefined;
  const askedAll = () => (asked ??= new Set(concepts.flatMap((c) => c.variants)));
  for (const c of concepts) {
    const present = holds(seen, c, askedAll);
    if (c.neutral) {
      if (present) {
        hit += UNKNOWN_WORD_WEIGHT;
        total += UNKNOWN_WORD_WEIGHT;
      }
      continue;
    }
    total += c.weight;
    if (present) hit += c.weight;
    else if (c.weight >= 0.6) missing.push(c.label);
  }
  return { hit, total, missing };
}

/**
 * The concepts a passage (with its headings and context) holds, each weighed on its own: those
 * for which `coverage([c], passage, context, ctx).hit > 0`, the passage's texts made once for all.
 */
export function conceptsHeld<C extends Omit<Concept, "source" | "span">>(concepts: C[], passage: Pick<Passage, "text" | "headingPath">, context = "", ctx?: AnswerContext): C[] {
  const seen = evidence(passage, context, ctx);
  return concepts.filter((c) => {
    let asked: Set<string> | undefined;
    return holds(seen, c, () => (asked ??= new Set(c.variants))) && (c.neutral || c.weight > 0);
  });
}

/** A passage as coverage reads it: its text with headings and context, squashed, and its stems when first needed. */
interface Evidence {
  whole: string;
  text: string;
  stems?: string;
  /** Whether a number asked is found only whole (see `coverage`). */
  wholeNumbers?: boolean;
  /** The whole text with full-width digits made ASCII, made when a number is looked for whole. */
  halfWidth?: string;
  ctx?: AnswerContext;
  vocab?: ReadonlyMap<string, unknown>;
}
function evidence(passage: Pick<Passage, "text" | "headingPath"> & Partial<Pick<Passage, "docId">>, context: string, ctx?: AnswerContext, wholeNumbers = false): Evidence {
  const named = ctx && passage.docId ? acronymNames(ctx.index, { docId: passage.docId, text: passage.text }) : "";
  const whole = `${passage.text} ${passage.headingPath.join(" ")} ${context}${named}`;
  return { whole, text: squashedOnce(whole), ctx, vocab: ctx ? chineseVocabulary(ctx.glossary).english : undefined, wholeNumbers };
}

/** Whether the evidence holds a concept; `asked` gives the terms the question names (see `withoutLongerTerms`). */
function holds(seen: Evidence, c: Omit<Concept, "source" | "span">, asked: () => Set<string>): boolean {
  const { text, ctx, vocab } = seen;
  // A number asked ("第四届", "4") is found whole, not inside another ("9时45分", "14").
  // So is a resolution's number, with the part the question gives it ("10/3" is not in "10/30",
  // nor "56/24 T" in "56/24 D").
  if (RESOLUTION_NUMBER.test(c.label)) return resolutionIn(seen, c.label);
  const number = seen.wholeNumbers && PLAIN_NUMBER.test(c.label);
  const found = (v: string) =>
    number && PLAIN_NUMBER.test(v)
      ? wholeNumberIn(seen, v)
      : // A glossary term found only inside a longer, different term does not count.
        !!v && text.includes(v) && (!ctx || !vocab!.has(v) || withoutLongerTerms(ctx, text, v, asked()).includes(v));
  // A State's name is found as written: "South Africa, Spain, Sudan" is no "South Sudan".
  const foundEn = (k: string) => hasStemKey((seen.stems ??= stemLineOnce(seen.whole)), k) || (!number && nearbyStems(seen.stems, k) && !stateKeys().has(k));
  return c.variants.some(found) || c.en.some(foundEn) || (!c.neutral && HAN.test(c.label) && c.variants.some((v) => nearby(text, termParts(v), v.length)));
}

const PLAIN_NUMBER = /^\d+$/;
/** A resolution's number as a question's concept: "35/46", "56/24 T". */
const RESOLUTION_NUMBER = /^\d+\/\d+(?: [A-Z]{1,2})?$/;

/** The two figures of a resolution's number ("80/18 A": 80, 18). */
const figuresOf = (label: string) => label.split(" ")[0].split("/");

/** Whether a concept is the number of one of the resolutions ("80/12"). */
const numbersResolution = (resolutions: Resolution[], label: string) => RESOLUTION_NUMBER.test(label) && resolutions.some((r) => r.number === label.split(" ")[0]);

/** Whether the evidence's text writes a resolution's number whole, with its part when it has one. */
function resolutionIn(seen: Evidence, label: string): boolean {
  const [number, part] = label.split(" ");
  return resolutionNumberAt((seen.halfWidth ??= toHalfWidth(seen.whole)), number, part) >= 0;
}

/**
 * Where a (half-width) text first writes a resolution's number whole ("35/46", not in "135/46",
 * "35/460" or "1/35/46"; a symbol's "A/RES/80/18" is 80/18), with the part given if any ("56/24 T",
 * not "56/24 D"); -1 when it does not.
 */
function resolutionNumberAt(t: string, number: string, part?: string): number {
  for (let at = t.indexOf(number); at >= 0; at = t.indexOf(number, at + 1)) {
    if (/\d\/?$/.test(t.slice(Math.max(0, at - 2), at))) continue;
    const after = t.slice(at + number.length, at + number.length + 4);
    if (part ? new RegExp(`^\\s?${part}(?![A-Za-z\\d])`).test(after) : !/^[\d/]/.test(after)) return at;
  }
  return -1;
}

/** The stems of the States' English names (CLDR's), made once. */
let statesByKey: Set<string> | undefined;
const stateKeys = () => (statesByKey ??= new Set(countryNames().map((c) => stemKey(c.en))));

/** Whether the evidence's text holds a number whole: not as the digits of a longer one. */
function wholeNumberIn(seen: Evidence, digits: string): boolean {
  const whole = (seen.halfWidth ??= toHalfWidth(seen.whole));
  for (let at = whole.indexOf(digits); at >= 0; at = whole.indexOf(digits, at + 1)) {
    if (!/\d/.test(whole[at - 1] ?? "") && !/\d/.test(whole[at + digits.length] ?? "")) return true;
  }
  return false;
}

/**
 * Whether a line of stems holds every stem of a two- or three-word term close together in
 * another order ("Winter Olympics" in "the Olympic Winter Games", "implementation review" in
 * "review of implementation"): within the term's length and two words more.
 */
function nearbyStems(line: string, key: string): boolean {
  const words = key.split(" ");
  if (words.length < 2 || words.length > 3 || !words.every((w) => line.includes(` ${w} `))) return false;
  const stems = line.trim().split(" ");
  const span = words.length + NEARBY_EXTRA;
  return stems.some((w, i) => {
    if (w !== words[0]) return false;
    const around = stems.slice(Math.max(0, i - span + 1), i + span);
    return words.every((k) => around.includes(k));
  });
}
const NEARBY_EXTRA = 2;

/**
 * Whether a text holds every word of a term close together, in any order ("交流在实施所审议条款
 * 方面的经验" for "交流经验"): within twice the term's length and a clause.
 */
function nearby(text: string, parts: string[], length: number): boolean {
  if (!parts.length) return false;
  const at = parts.map((w) => text.indexOf(w));
  if (at.some((i) => i < 0)) return false;
  return Math.max(...at) - Math.min(...at) <= length * 2 + NEARBY_REACH;
}
/** A Chinese question's own word, which a passage may word apart; the glossary's terms an English word stands for are matched as written. */
const HAN = /[\u4e00-\u9fff]/;
/** How many characters besides twice the term's length its words may stand apart. */
const NEARBY_REACH = 12;

/** A line of a table of contents ("Outcome of the reviews ........ 12"): it lists, it does not state. */
const CONTENTS_LINE = /\.{5,}|…{3,}|(?:\. ){4,}/;
/** What a word neither source knows adds to a passage that contains it. */
const UNKNOWN_WORD_WEIGHT = 0.75;
/**
 * A meeting named by its ordinal: "第13届", "第 8 次", "13th session", "the sixth Conference",
 * "fourth Review Conference". An ordinal of something else ("for the first time", "the second
 * panel") does not name a meeting.
 */
const MEETING_ORDINAL = new RegExp(`第\\d+(?:届|次)|\\b(?:${ORDINAL_PATTERN})\\s+(?:[a-z-]+\\s+){0,3}?(?:session|meeting|conference|summit|biennial)s?\\b`, "i");
const MEETING_ORDINALS = new RegExp(MEETING_ORDINAL.source, "gi");
/** How much more a passage counts for each such word it holds. */
const NAME_BONUS = 0.3;

/**
 * A quantity, not a year, date, paragraph or resolution number: "730 多人", "近 50%", "四十多个",
 * "11 个国家"; not an ordinal ("第十二次会议"), whose numeral is not read from its middle either.
 */
const QUANTITY = new RegExp(String.raw`(?<![\d/.第])(?<!第\s+)\d[\d,.]*\s*(?:%|[${COUNT_MEASURES}多人国天万亿]|美元|欧元|percent|per cent)|(?<![第一二两三四五六七八九十百千])(?!一[${COUNT_MEASURES}])[一二两三四五六七八九十百千]+多?[${COUNT_MEASURES}]`);
/** An English quantity: a number or number word before the noun it counts ("27 chemical weapons production facilities", "four regions", "its 22-point action plan"). */
const QUANTITY_EN = /(?<![\d/.,])\b\d+-(?!(?:year-old)\b)[a-z]{3,}\b|(?<![\d/.,])\b\d+(?:,\d{3})*(?:\.\d+)?\s+(?:per cent\b|percent\b|(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|plenary|of|to|and|or|in|on|at|by|for|from|with|the|an?|is|are|was|were|be|that|which|this|its|their)\b)[A-Za-z]{2,})|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?)\s+[a-z]{2,}/i;
/** The verbs of a meeting's being held: the date it was held says it was held (see `saysMore`). */
export const HOLDING = new RegExp(`^(?:${HOLDING_VERBS.en}|convening|${HOLDING_VERBS.zh}|举办|开会)$`, "i");
/** The words for a kind of fact asked, by the ask: a place for "where", a symbol for "symbol". */
const KIND_WORDS: Partial<Record<Ask, RegExp>> = {
  where: /^(?:cit(?:y|ies)|towns?|places?|venues?|locations?|城市|地点|地方)$/i,
  symbol: SYMBOL_WORD,
  // "Which article", "哪个条款": a passage naming an article by its number states one.
  article: /^(?:articles?|provisions?|clauses?|条款?|条文|规定)$/i,
  // "Within what time frame", "the time limit": a span stated ("within four months") gives one.
  duration: /^(?:time ?frames?|timeframes?|time ?limits?|time ?limitations?|time ?periods?|periods?|timelines?|期限|时限|时间框架)$/i,
  // "When was the note issued", "说明是什么时候印发的": a document's date ("the note … of 6 October
  // 2020") says when it came out, without the word.
  issued: /^(?:issued?|distributed|circulated|published|印发|分发|发布|签发|出版)$/i,
};
/** Whether a concept's label is the word for a kind of fact the question asks ("which city", "文号是多少"). */
const namesKindAsked = (q: AnswerContext["q"], label: string) =>
  Object.entries(KIND_WORDS).some(([ask, re]) => q.asks.has(ask as Ask) && re.test(label)) || (WEB_ADDRESS_WORD.test(label) && WEB_ADDRESS_ASKED.test(q.text)) || (NOTE_WORD.test(label) && !!noteNamedIn(q.text));
/** The word for a note, which a question naming one by its number ("footnote 1") says where to look with. */
const NOTE_WORD = /^(?:foot ?notes?|脚注)$/i;
/** An article of an instrument by its number: "第十一条", "article 11", "articles III and IV". */
// (A range of them too: "第五至十四条".)
const ARTICLE_NUMBERED = /第\s*[\d一二三四五六七八九十百]+\s*(?:(?:至|到|-|–|和|、)\s*(?:第\s*)?[\d一二三四五六七八九十百]+\s*)?条|\b[Aa]rticles?\s+(?:\d+|[IVXLC]+\b)/;
/** Whether a text names an article by its number. */
export const namesArticle = (t: string) => ARTICLE_NUMBERED.test(t);
export const hasQuantity = (t: string) => {
  const text = withoutNumbering(t);
  return QUANTITY.test(text) || QUANTITY_EN.test(text);
};
/** A count of people asked: "多少人", "几个人", "人数是多少", "几位代表", "how many persons", "how many delegates". */
const PEOPLE_COUNTED = new RegExp(`多少(?:个)?人(?![权民类士员])|几个?人(?![权民类士员])|人数|(?:多少|几)[名位](?!额)|\\b(?:how many|number of) (?:[a-z-]+ )?(?:${PEOPLE_EN})\\b`, "i");
/** Whether a text counts people: "118名代表", "三百多人", "20 位专家", "730 participants", "up to 4,050 personnel". */
export const countsPeople = (t: string) => PEOPLE_QUANTITY.test(withoutNumbering(t));
// ("一名发言者" is "a speaker", no count.)
const PEOPLE_QUANTITY = new RegExp(`(?:\\d[\\d,]*|(?<![一二两三四五六七八九十百千])(?!一[名人位])[一二两三四五六七八九十百千]+)\\s*多?\\s*(?:人|名|位(?!于))(?![权民类士员])|\\b\\d[\\d,]*\\s+(?:[a-z-]+\\s+)?(?:${PEOPLE_EN}|members)\\b`, "i");

/**
 * A text with what numbers it without counting removed: dates, years, a paragraph's own number,
 * and the numbers of resolutions, articles, paragraphs, rules, items and annexes it refers to.
 */
function withoutNumbering(t: string): string {
  const withoutDates = findDates(t).reduceRight((s, d) => s.slice(0, d.index) + " " + s.slice(d.index + d.length), t);
  return withoutDates.replace(/^\d+\.\s*/, "").replace(/\d{4}\s*年/g, " ").replace(/\b(?:resolution|decision|article|paragraph|rule|item|annex|chapter|section)s?\s+\d[\d/.()a-z]*/gi, " ");
}

/** An amount of money: "US$ 1.2 million", "3,500 dollars", "1.2 million euros", "120万美元". */
const AMOUNT = /(?:US\s?\$|\$|€|\b(?:USD|EUR)\s?)\s?\d|\d[\d,.]*\s*(?:(?:million|billion|thousand)\s+)?(?:United States dollars|US dollars|dollars|euros?|USD|EUR)\b|\d[\d,.]*\s*(?:万|亿)?\s*(?:美元|欧元)/i;
export const hasAmount = (t: string) => AMOUNT.test(t);

/**
 * Of passages ranked within a few percent of the first and covering as much of the question, the
 * first that says all the question's concepts it holds in one clause ("成功进行虚拟国别访问方面确定
 * 的良好做法包括…" against a paragraph that names virtual country visits and good practices in
 * sentences apart).
 */
function saidTogetherFirst<X extends { h: SearchHit; cov: { hit: number; missing: string[] }; rank: number }>(ranked: X[], concepts: Concept[], ctx: AnswerContext): X[] {
  const [first] = ranked;
  if (!first || ranked.length < 2) return ranked;
  const close = ranked.filter((x, i) => i > 0 && x.rank >= first.rank * CLOSE_RANK && x.cov.missing.length <= first.cov.missing.length).slice(0, CLOSE_RIVALS);
  if (!close.length) return ranked;
  const content = concepts.filter((c) => !c.neutral && c.source !== "number" && c.weight >= DISTINCTIVE);
  if (content.length < 2) return ranked;
  const together = (x: X) => {
    const held = content.filter((c) => !x.cov.missing.includes(c.label));
    return held.length >= 2 && sentences(x.h.passage.text).flatMap((s) => s.split(CLAUSE_MARK)).some((s) => coverage(held, { text: s, headingPath: [] }, "", ctx).missing.length === 0);
  };
  if (together(first)) return ranked;
  const better = close.find(together);
  return better ? [better, ...ranked.filter((x) => x !== better)] : ranked;
}
/** Where a clause ends within a sentence: a Chinese comma or a semicolon. */
const CLAUSE_MARK = /[，；;]/;
/** How close in rank a rival must be to the first to be weighed on saying the question in one clause, and how many are. */
const CLOSE_RANK = 0.95;
const CLOSE_RIVALS = 3;

/** Answers from the best-matching passages, or refuses. */
export function answerSearch(ctx: AnswerContext): AnswerResult | undefined {
  const { q, index } = ctx;
  const lang = q.lang;
  // A resolution the question names scopes the search: its own text is searched as well, and
  // its number and names count as every one of its passages' context.
  const resolutions = resolutionsInScope(ctx);
  // (A resolution described, not numbered, is also called by the word that describes it: "the
  // small arms resolution, para 14" speaks of its text.)
  const speaking = (r: Resolution) => (q.resolutions.length ? "" : r.kind === "decision" ? "decision 决定 " : "resolution 决议 ");
  const scope = new Map(resolutions.map((r) => [r.docId!, `${speaking(r)}${r.number} ${namesOf(index, r)}`]));
  // So does the meeting the question names: its own documents (an information note, its report)
  // are searched as well, the meeting's names counting as their passages' context.
  const named = meetingDocuments(ctx);
  for (const docId of named.docs) if (!scope.has(docId)) scope.set(docId, named.names);
  // The words the question describes a resolution named by number with ("关于…的80/18号决议") are
  // the asker's name for it, which its text may put otherwise: held by each of its passages.
  const describedBy = new Map<string, string>();
  if (resolutions.length && q.resolutions.length) {
    const aside = [...describedByAsker(ctx)].join(" ");
    if (aside) for (const r of resolutions) describedBy.set(r.docId!, aside);
  }
  // So does the document an earlier part of the message was answered from, the subject the parts
  // share its passages' context.
  if (ctx.inDocument && !scope.has(ctx.inDocument.docId)) scope.set(ctx.inDocument.docId, ctx.inDocument.about);
  // The word for the kind of fact asked ("which city", "文号") is held by a passage that states
  // one ("in Cairo", "A/79/364"), which every passage weighed below does: it is no concept of its own.
  const concepts = conceptsOf(ctx).filter((c) => !namesKindAsked(q, c.label));
  // The words that describe the document asked about ("the yemen sanctions draft"), if any.
  const describing = describingConcepts(q, concepts);
  // So does a document the question names by its symbol ("E/CN.15/2003/14 — what is its first
  // draft resolution about"): its own passages are searched, its symbol their context.
  // The words the question describes it by that it holds ("加沙人道停火草案（S/2023/970）") count
  // for each of its passages as well, though a passage must still say more than them.
  for (const symbol of q.symbols) {
    const doc = index.document(index.symbol(symbol)?.docId ?? "");
    if (!doc || scope.has(doc.meta.id)) continue;
    scope.set(doc.meta.id, symbol);
    const held = describing.length ? conceptsHeld(describing, { text: wholeText(doc), headingPath: [] }, documentContext(ctx, doc.meta.id), ctx) : [];
    if (held.length) describedBy.set(doc.meta.id, held.map((c) => c.label).join(" "));
  }
  // A document in scope is also about what the question names it by. Worked out once per
  // document: every passage of it that is weighed reads it.
  const headers = new Map<string, string>();
  const headerOf = (docId: string) => headers.get(docId) ?? headers.set(docId, `${documentContext(ctx, docId)} ${scope.get(docId) ?? ""}`).get(docId)!;
  // What the question sets aside ("besides GRECO and MESICIC, which other mechanisms") is not
  // searched for: the passage that lists what is set aside would outrank the one asked for.
  const searched = searchedText(q.text);
  // A document in scope is also searched for what its context does not already say: within the
  // note for the fourth session of a conference, the passage on seating, not only those naming the session.
  const inResolution = (docId: string) => resolutions.some((r) => r.docId === docId);
  const said = new Map<string, Concept[]>();
  const saidBy = (docId: string) => said.get(docId) ?? said.set(docId, conceptsHeld(concepts, NO_TEXT, headerOf(docId), ctx)).get(docId)!;
  const inScope = (docId: string, limit: number) => {
    const context = saidBy(docId);
    const rest = context.length && context.length < concepts.length ? concepts.filter((c) => !context.includes(c)).map((c) => c.label).join(" ") : undefined;
    return [index.search(searched, { limit, docId }), rest ? index.search(rest, { limit, docId }) : []];
  };
  // A passage must itself say something of what its document's context does not: a list of the
  // background papers of the fifteenth meeting is no answer to which symbol its report bears,
  // nor a paragraph recalling resolutions to how a resolution was voted.
  const heldAsked = q.ordinal !== undefined && (q.asks.has("when") || q.asks.has("year"));
  const askersName = q.symbols.length ? describedByAsker(ctx) : undefined;
  const dateOrYearAsked = q.asks.has("when") || q.asks.has("year");
  const whichResolution = WHICH_RESOLUTION.test(q.text);
  const saysMore = (p: Passage) => {
    const context = saidBy(p.docId);
    // In a resolution in scope, "resolution" says what the document is, not more; a meeting's
    // number and the word for it say which meeting, not what of it is asked (unless meetings
    // are what is counted).
    // Nor is the verb of holding when a numbered meeting's date is asked ("when did it hold its
    // sixty-second session") of a passage that names that meeting: the date it states says it.
    // (When a date is asked, another resolution's number the passage writes is something more: "its
    // resolution 79/8 of 12 November 2024" in resolution 80/8 says when 79/8 was adopted.)
    // Nor are the words the asker describes a document named by symbol with ("（以色列定居点问题）"):
    // a paragraph that only repeats them says nothing of what is asked; a word no dictionary knows
    // that it holds ("ISSN") does.
    const rest = concepts.filter((c) => (!c.neutral || (!!askersName?.size && c.source === "unknown")) && !context.includes(c) && !askersName?.has(c.label) && !(inResolution(p.docId) && SPEAKS_OF[lang].test(c.label)) && (c.source !== "number" || (dateOrYearAsked && RESOLUTION_NUMBER.test(c.label))) && (q.asks.has("howMany") || !MEETING_WORD.test(c.label)) && !(heldAsked && HOLDING.test(c.label) && namesOrdinal(q.ordinal!, p.text)) && !(ADOPTION.test(c.label) && datesNamedResolution(q, p.text)));
    // (Nor does one that names a resolution the question does not, where it asks which: "根据大会哪项
    // 决议设立的" of the working group that resolution 80/16 is named after.)
    return !rest.length || coverage(rest, p, "", ctx).hit > 0 || (whichResolution && findResolutionMentions(p.text).some((m) => m.number !== q.within && !q.resolutions.some((r) => r.number === m.number)));
  };
  let hits = mergeHits([questionHits(ctx, searched, 12), ...[...scope.keys()].flatMap((d) => inScope(d, SCOPED)), holdingAll(ctx, concepts, searched), holdingNumbers(ctx, concepts, searched)]);
  // A note the question names by its number ("脚注1给的网址") is weighed, of the documents found first,
  // however few of the question's words it holds.
  hits = mergeHits([hits, notesNamed(ctx, hits), paragraphsNamed(ctx, hits, [...scope.keys()])]);
  // "Where is the repository hosted": where something is online.
  // "网址是什么", "what's the URL of …": a web address is asked, which a note often gives.
  const addressAsked = asksWebAddress(q);
  const online = (q.asks.has("where") && ONLINE_ASKED.test(q.text)) || addressAsked;
  // "In its footnotes, which volume of the Treaty Series holds the NPT": what a note says is asked.
  const notesAsked = NOTES_ASKED.test(q.text);
  let byYear = false;
  // "Which (earlier) meetings discussed it": meetings by their ordinals, those of other meetings
  // than the one named; a passage that names them is not of another meeting.
  const asksMeetings = asksWhichMeetings(q);
  // "哪天", "on what date": neither a year nor a session's ordinal answers it.
  const dayAsked = DAY_ASKED.test(q.text);
  // Whether the question speaks of a meeting: when a meeting was held is not when something took
  // effect ("withdrawal … effective 6 March 2025"), and a year it names places the meeting.
  const placesMeeting = q.ordinal !== undefined || q.intersessional || MEETING_PLACED.test(q.text);
  // "How many States attended": a passage that counts States ("118个国家") states the figure asked.
  const counted = countedConcepts(ctx, concepts);
  const given = givenFigures(q.text);
  // Figures that count what is asked, and of several, none for the group asked: of "730 registered,
  // among them 560 government and 130 civil society representatives", none is the number of
  // private sector representatives, which the passage does not name.
  const counts = (text: string) => {
    const figures = counted.length > 0 ? countingQuantities(text, counted, given) : [];
    return figures.length === 1 || (figures.length > 1 && conceptsHeld(counted, { text, headingPath: [] }, "", ctx).length === counted.length);
  };
  const yearAsked = q.asks.has("year") && !q.asks.has("when");
  // The meetings asked by their ordinals: the question may name several ("when was the 11th, and where is the 12th").
  const meetingsAsked = q.ordinal === undefined ? undefined : new Set([q.ordinal, ...ordinalsIn(q.text)]);
  // The kinds of fact asked, each a check that a text states one: a quantity for "how many", a
  // date for "when", a place for "where". A passage must state them all.
  // "Report to it at its eighty-third session" says when; "the fourth special session" does not say
  // when the special session asked about opens: a session named by the question's own words is what
  // it asks about.
  const askedWords = new Set(englishWords(toHalfWidth(q.text).toLowerCase()).map((w) => w.word));
  // "When was the ad hoc committee set up": the date of the resolution it was set up by says when.
  const establishing = ESTABLISHMENT_ASKED.test(q.text);
  const sessionAsTime = (t: string) =>
    [...t.matchAll(MEETING_ORDINALS)].some((m) => !englishWords(m[0].toLowerCase()).slice(1, -1).some((w) => w.word.length > 2 && askedWords.has(w.word)));
  const asked = [
    // "多少人出席": a count of people ("118名代表", "730 participants"), not of discussions held.
    q.asks.has("amount") ? hasAmount : q.asks.has("howMany") && (PEOPLE_COUNTED.test(q.text) ? countsPeople : hasQuantity),
    // A day without its year ("6 April") answers "which day" of an annual observance. A month
    // does not answer when something happened in the period the question names ("in June 2023"),
    // nor which day it happened.
    // A day of each year ("by 30 April annually") answers when something recurs every year.
    // So does a session named by its ordinal ("report to it at its eighty-third session").
    // Failing all of those, a year ("at the end of 2027"), when the question names none.
    // The date a resolution cited bears ("resolution 75/240 of 31 December 2020") dates its adoption,
    // not what else the passage tells of, unless the question speaks of resolutions.
    q.asks.has("when") && (!q.asks.has("what") || WHAT_WHEN.test(q.text)) && (ANNUAL.test(q.text) ? (t: string) => findDaysOfYear(t).length > 0 : (text: string) => {
      const dated = SPEAKS_OF[lang].test(q.text) ? text : withoutCitationDates(text, establishing);
      const t = withoutOthersHeld(q.text, placesMeeting && !EFFECT_ASKED.test(q.text) ? withoutEffectiveDates(dated) : dated);
      // ("By when": a deadline stated by the end of a year, "by the end of 2018", answers it.)
      return findDates(t).some((d) => !(d.month && (q.dates || dayAsked))) || findDaysOfYear(t).length > 0 || (q.asks.has("deadline") && DEADLINE_STATED.test(t)) || ((!q.ordinal || q.asks.has("agenda")) && !dayAsked && sessionAsTime(t)) || (byYear && !q.dates && yearsIn(t).length > 0);
    }),
    // A place answers where: of a meeting asked by its ordinal, in a clause that names it or no
    // other ("the Eleventh Conference … from 25 to 29 August; the Twelfth … in Geneva" does not say
    // where the eleventh met). A web address or portal answers where something is online.
    q.asks.has("where") && ((t: string) => placedAsAsked(ctx, t, meetingsAsked) || (online && WEB_PLACE.test(t))),
    // "Which year" (asked without "when"): a year, in the passage or the heading it stands under;
    // a paragraph on the subject that gives none does not say which year.
    yearAsked && ((t: string) => yearsIn(t).length > 0),
    // A time of day (before a deadline: "what time does it open, and by when must delegates be
    // seated" is answered by the sentences that give times).
    q.asks.has("clock") && ((t: string) => !!parseTimeRange(t)),
    // "What's the deadline": a date something is due by, not any date of the subject.
    q.asks.has("deadline") && ((t: string) => DEADLINE_STATED.test(t)),
    q.asks.has("symbol") && ((t: string) => findSymbols(t).length > 0),
    addressAsked && ((t: string) => WEB_ADDRESS.test(t)),
    // "Which room": a room or hall named ("Board Room B", "M 楼 B/M1 会议室"), not the building or city.
    q.asks.has("room") && ((t: string) => ROOM_STATED.test(t)),
    q.asks.has("article") && namesArticle,
    // They may be named by their dates ("held on 22 October 2015, 12 October 2017 …").
    asksMeetings && ((t: string) => ordinalsAsked(q, t).length > 0 || findDates(t).some((d) => !d.month)),
    // "Which earlier resolution does 80/34 recall": a resolution named by its number, not the one
    // the question names as where to look; described by its date ("the one of 5 December 2007"),
    // with that date.
    q.within && !q.resolutions.length && !q.asks.has("symbol") && ((t: string) => findResolutionMentions(t).some((m) => m.number !== q.within) && (!q.dates || findDates(t).some((d) => datedIn(d, q.dates!)))),
  ].filter((f): f is (t: string) => boolean => !!f);
  const statesAsked = (text: string) => asked.every((states) => states(toHalfWidth(text)));
  const statesDate = (text: string) => findDates(toHalfWidth(text)).some((d) => !(d.month && q.dates));
  // A symbol asked for may stand in the footnote a paragraph points to ("…resolution 79/7;1").
  // A year asked may stand in the heading a row or paragraph sits under ("2025年" over a workplan's
  // rows), a heading that opens with it; one that mentions a year in passing ("… the recommendations
  // agreed at its meeting in September 2018") dates something else.
  // So may the web address of a place online ("…门户网站上¹" -> "¹ 可查阅 <https://…>").
  const withNotes = (p: Passage) => [p.text, ...(asksReference(q) || online || notesAsked ? footnotesOf(index, p).map((f) => f.text) : []), ...(q.asks.has("year") ? p.headingPath.filter((h) => YEAR_HEADED.test(h)) : []), ...(q.asks.has("year") || q.asks.has("when") ? rowLabel(p) : [])].join("\n");
  // Words neither the glossary nor the dictionary knows are mostly names ("Pelindaba"): a passage
  // that holds them is about what the question names.
  const unknown = concepts.filter((c) => c.neutral);
  const namesBonus = (p: Passage) => 1 + (NAME_BONUS * coverage(unknown, p, "", ctx).hit) / UNKNOWN_WORD_WEIGHT;
  // A year the question places its fact in ("to come out in 2020", "2019年通过的") agrees with a
  // passage that states it. A year that places a meeting (a session or meeting of that year) does
  // not: the passages of that meeting's report need not repeat it.
  const yearsOfQuestion = q.dates && !q.asks.has("year") && !placesMeeting ? yearsBetween(q.dates.from, q.dates.to) : [];
  const namesYearOfQuestion = (noted: string) => yearsOfQuestion.length > 0 && yearsIn(noted).some((y) => yearsOfQuestion.includes(y));
  // Whom the question asks what a paragraph asks of ("what does it ask the Houthis to do").
  const addressee = addresseeAsked(ctx, concepts);
  const addresses = (p: Passage) => {
    if (!addressee) return false;
    const words = opening(p.text);
    return ASKS_OF.test(words) && coverage([addressee], { text: words, headingPath: [] }, "", ctx).hit > 0;
  };
  // How much more a passage counts: of the resolution or meeting named, naming what the question
  // names, counting what it counts, naming a year when one is asked or the year the question names.
  // `noted` is the passage with its notes and, for a year, its headings (`withNotes`).
  // A note the question names by its number ("the website in footnote 1", "脚注3里的文号"): that
  // note, or a paragraph that points to it.
  const noteNamed = noteNamedIn(q.text);
  const ofNoteNamed = (p: Passage) => !!noteNamed && (p.locator === noteNamed || footnotesOf(index, p).some((f) => f.locator === noteNamed));
  // So is a paragraph the question names by its number ("背景文件第16段", "paragraph 27 of the report").
  const paragraphNamed = paragraphNamedIn(q.text);
  const boost = (p: Passage, noted: string) =>
    (scope.has(p.docId) ? SCOPE_BOOST : 1) * namesBonus(p) * (counts(p.text) ? ASKED_BOOST : 1) * (q.asks.has("year") && yearsIn(noted).length ? ASKED_BOOST : 1) * (namesYearOfQuestion(noted) ? ASKED_BOOST : 1) * (ofNoteNamed(p) ? ASKED_BOOST : 1) * (paragraphNamed && ofParagraph(p.locator, paragraphNamed) ? ASKED_BOOST : 1);
  // "Who …" needs a name in the passage: a State or an organization the glossary knows; "which
  // country" a State. "主席是谁", "who chaired": the role asked about must stand in it too.
  const role = q.asks.has("who") ? roleAsked(ctx, concepts) : undefined;
  const someone = nameMatcher(ctx, ASKS_STATE.test(q.text) ? "states" : "parties");
  // (Or by an office or a group of people the question does not write: "who submits it to the
  // Committee" is answered by "the Chair will immediately submit", "the suffering of whom" by "the
  // Palestinian civilian population".)
  // (Not where the question names the office itself: "who presided" asks who held it.)
  const namesSomeone = (t: string) => someone.test(t) || (!ASKS_STATE.test(q.text) && (namesPerson(t) || (!role && namesOfficeUnasked(t, q.text))));
  // An office held by a person ("the former Attorney General", 总检察长) is answered by a person's
  // name in the sentence that names the office: not by an organization, nor by a person of another
  // office in the next sentence.
  const ofPerson = role && !CHAIR.test(role.label) && PERSON_OFFICE.test(role.label);
  const personNameAsked = PERSON_NAME_ASKED.test(q.text);
  const officesAsked = concepts.filter((c) => !c.neutral && PERSON_OFFICE.test(c.label));
  const namesWhoAsked = (p: Passage) => {
    // "Who is encouraged to …", "鼓励谁…": whom a paragraph that opens by asking addresses it
    // names, whoever they are ("States Parties and signatory States in a position to do so").
    if (ADDRESSEE_ASKED[q.lang].test(q.text) && ASKS_OF.test(opening(p.text))) return true;
    if (!role) return namesSomeone(p.text);
    // So is the name of anyone asked as a person ("the name of the Chairperson of the African Union
    // Commission"): a paragraph that names only the office does not give it. (The office may be
    // any the question names: "the name of the official the draft appoints as Prosecutor".)
    if (ofPerson || personNameAsked) {
      const offices = ofPerson ? [role] : [role, ...officesAsked];
      return sentences(p.text).some((s) => namesPerson(s) && coverage(offices, { text: s, headingPath: [] }, "", ctx).hit > 0);
    }
    return namesSomeone(p.text) && coverage([role], p, headerOf(p.docId), ctx).hit > 0;
  };
  // A State asked for ("which country", "the latest State to ratify it") is looked for among the
  // passages found, a State's name being easy to tell; another "who" (a chair, a president) must
  // be named by the best passage itself: a lower one that names someone is mostly of another meeting.
  // ("Which organization are Member States called on to work with": an organization is asked, of the States.)
  // (In Chinese the State word is what 谁 asks only beside it: "哪些缔约国…", "缔约国是谁", not "鼓励缔约国强化谁的问责".)
  const asksState = asksWhichState(q) || (q.asks.has("who") && !ORGANIZATION_ASKED.test(q.text) && (lang === "en" || STATE_BESIDE_WHO.test(q.text)) && concepts.some((c) => STATE_WORD.test(c.label) && !amongOthers(q.text, c.label)));
  // An instrument named ("the arms trade treaty", "化学武器公约") is what the question is about: a
  // passage neither of it nor of a document about it tells of another instrument's meetings.
  const instruments = concepts.filter((c) => namesInstrument(q.text, c.label, !!c.neutral) || acronymOfInstrument(c));
  // A bare "the Convention" or "公约" is the instrument asked only in a document about no other.
  const byOwnNames = instruments.map(byOwnName);
  const ofInstruments = (p: Passage) => {
    if (!instruments.length) return true;
    const header = headerOf(p.docId);
    return conceptsHeld(byOwnNames, p, header, ctx).length === instruments.length || (!namesAnInstrument(header) && conceptsHeld(instruments, p, header, ctx).length === instruments.length);
  };
  // A footnote points to a source: it answers what a text refers to (a resolution, a symbol, a web
  // address), not what a resolution decides.
  const refersAsked = asksReference(q) || online || q.asks.has("symbol");
  // The passages that state no fact of the kind asked (or date another event, below), in the order
  // found: the first that covers the question is the nearest a refusal names, and its document is
  // read further for a date.
  const unstated: Passage[] = [];
  // What a passage is weighed with besides its text: its document's context and the names it defines.
  // A passage that dates a resolution the question names says when it was adopted, in whatever words.
  // An acronym the question writes, which its reading spelt out ("UNSOM" → "United Nations
  // Assistance Mission in Somalia (UNSOM)"), is that name in a passage that writes the acronym alone.
  const spelt = speltOutAcronyms(q.text);
  const namedByAcronym = (p: Passage) => spelt.filter((a) => a.written.test(p.text) && !p.text.includes(a.name)).map((a) => ` ${a.name}`).join("");
  // A resolution's paragraph is in its preamble or its operative part, which the question may name ("序言列举的…").
  // A paragraph of a section that tells of one meeting is of the dates its opening paragraphs give
  // it ("缔约国会议于2022年9月5日至8日…举行了闭会期间会议" before what was said there), when the question dates what it asks of.
  const contextOf = (p: Passage) => `${headerOf(p.docId)} ${describedBy.get(p.docId) ?? ""} ${definedNames(index, p)}${namedByAcronym(p)}${datesNamedResolution(q, p.text) ? ADOPTION_SAID : ""}${p.role ? PART_SAID[p.role] : ""}${q.dates && placesMeeting ? sectionDates(index, p) : ""}`;
  const firstCovering = () => unstated.map((p) => ({ p, cov: coverage(concepts, p, contextOf(p), ctx) })).find((x) => coveredShare(x.cov) >= ANSWERS);
  // "When was X suspended": a date dates the clause it stands in. What the question asks of is
  // said only in a clause describing a noun of the dated one ("the expiration in February 2026 of
  // the Treaty, which has been suspended") and that clause gives no date: the passage does not say when.
  const datesAnother = (p: Passage) => {
    if (!q.asks.has("when") || !asked.length) return false;
    const dated = withoutUndatedRelatives(p.text);
    if (dated === p.text) return false;
    const context = contextOf(p);
    const kept = new Set(conceptsHeld(concepts, { text: dated, headingPath: p.headingPath }, context, ctx));
    return conceptsHeld(concepts, p, context, ctx).some((c) => !kept.has(c) && c.source !== "number");
  };
  // "When will the fourth special session be held": a passage whose every date or year is before
  // its own document's year dates something else (the working group that "met in 2016 and 2017").
  const future = (q.asks.has("when") || q.asks.has("year")) && FUTURE_ASKED[lang].test(q.text);
  const datedBeforeItself = (p: Passage) => future && onlyEarlierThanDocument(index, p, withNotes(p));
  // A passage of a document prepared for the named meeting that the question names by a distinctive
  // word of its title ("the IRG12 synergies report", "给第十二届会议写的第7/4号决议执行进展报告") is of that
  // document, whatever other meetings it names ("this report builds on the report submitted at the
  // tenth session"); not one of the meeting's report asked as such ("the report of the 15th
  // meeting"), nor who did something, which is told of each meeting apart.
  // Those documents are worked out once, and only when a meeting's documents are named.
  const titledDocuments = q.asks.has("who") || !named.docs.length ? [] : documentsTitledBy(ctx, named.docs, concepts);
  const ownDocument = (p: Passage) => titledDocuments.includes(p.docId);
  // A passage of a document prepared for another meeting of the body the question names by its
  // ordinal ("在本背景文件起草时，已收到 23 个国家提交的材料" in the eleventh meeting's paper, asked of the
  // fifteenth) tells of that meeting, unless it names the one asked.
  // (The document's cover fields say which meeting it was prepared for, without reading its passages.)
  const meetingOf = (docId: string) => {
    const meta = index.document(docId)?.meta;
    return meta?.meeting?.ordinal !== undefined && meta.body ? { ordinal: meta.meeting.ordinal, bodies: [meta.body] } : undefined;
  };
  // (A body named by its kind alone, "工作组", is the one whose meeting of that number the documents hold.)
  let bodiesAsked: BodyId[] | undefined;
  const askedBodies = () => (bodiesAsked ??= q.bodies.length ? q.bodies : q.genericBody ? findMeetings(ctx).meetings.flatMap((m) => m.bodies) : []);
  const ofAnotherMeeting = (p: Passage) => {
    if (q.ordinal === undefined || asksMeetings) return false;
    const m = meetingOf(p.docId);
    // (Its headings may name it: "工作组第九次和第十次会议讨论情况".)
    const namesAsked = () => namesOrdinal(q.ordinal!, p.text) || namesOrdinal(q.ordinal!, p.headingPath.join(" "));
    if (m && m.ordinal !== q.ordinal && m.bodies.some((b) => askedBodies().includes(b)) && !namesAsked()) return true;
    // Nor does one whose number is of another body's meeting ("the eleventh … expert meeting on
    // international cooperation" asked of the prevention group's eleventh): the meeting of that
    // number the passage tells of is another body's, and it tells of none of the bodies asked.
    const asked = askedBodysMeetings();
    if (!asked.length) return false;
    const told = meetingAt(index, p.id);
    return !!told && told.ordinal === q.ordinal && !told.bodies.some((b) => q.bodies.includes(b)) && !asked.some((x) => x.sources.includes(p.id));
  };
  // The meetings of that number of a body the question names; none for another instrument's ("the
  // CSP to the Arab anti-corruption convention"). Worked out once per question.
  let ofBodiesAsked: Meeting[] | undefined;
  const askedBodysMeetings = () =>
    (ofBodiesAsked ??= q.bodies.length && q.ordinal !== undefined && !findMeetings(ctx).elsewhere ? index.meetings({ ordinal: q.ordinal }).filter((x) => x.bodies.some((b) => q.bodies.includes(b))) : []);
  // A note citing a conference's report by its place and dates ("Report of the United Nations
  // Conference on …, New York, 9–20 July 2001 (A/CONF.192/15)") says when and where it was held.
  const datesAndPlaces = (text: string) => (q.asks.has("when") || q.asks.has("where")) && findDates(text).length > 0 && namesPlace(ctx, text);
  // The number of the meeting asked is not the digits of a year: the twenty-fifth meeting is not in "2025年".
  const ordinalConcept = q.ordinal === undefined ? undefined : concepts.find((c) => c.source === "number" && isOrdinalNumber(c.label, q.ordinal!));
  const withoutYears = (t: string) => t.replace(YEARS_WRITTEN, " ");
  const inYear = (t: string) => [...t.matchAll(YEARS_WRITTEN)].some((m) => m[0].includes(String(q.ordinal)));
  const ordinalWhole = (p: Passage, cov: ReturnType<typeof coverage>, context: string, lead: string) => {
    if (!ordinalConcept || cov.missing.includes(ordinalConcept.label)) return cov;
    // (Most passages write no year that holds the number's digits: nothing to weigh again.)
    if (!inYear(p.text) && !inYear(p.headingPath.join(" ")) && !inYear(context)) return cov;
    if (coverage([ordinalConcept], { text: withoutYears(p.text), headingPath: p.headingPath.map(withoutYears) }, withoutYears(`${context} ${lead}`), ctx).hit > 0) return cov;
    return { hit: cov.hit - ordinalConcept.weight, total: cov.total, missing: [...cov.missing, ordinalConcept.label] };
  };
  // Each candidate's coverage is weighed once it passes the checks, which do not depend on it.
  const score = (candidates: SearchHit[]) => {
    const weighed = candidates
      .map((h) => ({ h, noted: withNotes(h.passage) }))
      // A passage that names other meetings but not the one asked ("the 17th summit") tells of them.
      .filter((x) => (statesAsked(x.noted) || (unstated.push(x.h.passage), false)) && (!asksState || namesWhoAsked(x.h.passage)) && ofInstruments(x.h.passage) && (asksMeetings || fitsOrdinal(q.ordinal, x.h.passage.text) || ownDocument(x.h.passage)) && !ofAnotherMeeting(x.h.passage) && (x.h.passage.kind !== "footnote" || refersAsked || statesFact(x.h.passage.text) || datesAndPlaces(x.h.passage.text)) && !CONTENTS_LINE.test(x.h.passage.text) && saysMore(x.h.passage) && !((datesAnother(x.h.passage) || datedBeforeItself(x.h.passage)) && (unstated.push(x.h.passage), true)))
      .map((x) => {
        const context = contextOf(x.h.passage);
        const lead = leadIn(index, x.h.passage);
        // (The notes asked about are part of what a passage says: "脚注…条约集登记号".)
        const covered = notesAsked ? { ...x.h.passage, text: x.noted } : x.h.passage;
        return { ...x, cov: ordinalWhole(x.h.passage, coverage(concepts, covered, `${context} ${lead}`, ctx), context, lead) };
      });
    const onScale = onOneScale(weighed.map((x) => ({ hit: x.h, answers: coveredShare(x.cov) >= ANSWERS })), q.lang);
    const ranked = weighed.map((x) => ({ ...x, rank: onScale(x.h) * (0.4 + coveredShare(x.cov)) * boost(x.h.passage, x.noted) })).sort((a, b) => b.rank - a.rank);
    return saidTogetherFirst(ranked, concepts, ctx);
  };
  // Numbers are weighed on their own (the resolution or meeting named); words say what is asked about.
  const weightOf = new Map(concepts.filter((c) => c.source !== "number").map((c) => [c.label, c.weight]));
  let scored = score(hits);
  type Weighed = (typeof scored)[number];
  // Whether a passage leaves out nothing `first` holds, the names no glossary knows ("New START") included.
  const keepsAllOf = (first: Weighed) => {
    const firstNames = coverage(unknown, first.h.passage, "", ctx).hit;
    return (x: Weighed) => x.cov.missing.every((label) => first.cov.missing.includes(label)) && coverage(unknown, x.h.passage, "", ctx).hit >= firstNames;
  };
  // None of the passages found can answer (none states the kind of fact asked, or the best covers
  // too little of the question): the documents in scope are read further down ("by 30 April
  // annually" in the first paragraph of a long resolution), then a year answers "when".
  const noneAnswers = () => !scored.length || coveredShare(scored[0].cov) < ANSWERS;
  const isDistinctive = (label: string) => (weightOf.get(label) ?? 0) >= DISTINCTIVE;
  const leavesOut = (x: { cov: { missing: string[] } }) => x.cov.missing.some(isDistinctive);
  const names = distinctiveNames(concepts);
  const leavesOutName = (x: { cov: { missing: string[] } }) => x.cov.missing.some((label) => names.has(label));
  // The question describes a document by words its paragraphs say, not all of them the one that
  // answers ("the 2019 draft on silencing the guns: which networks of women are welcomed"): the
  // one document that holds the whole description is searched, the description counting as every
  // one of its passages' context; the rest of the question its passages must say.
  if (!scope.size) {
    const described = describedDocument(ctx, describing, hits);
    if (described) {
      scope.set(described.docId, described.held.map((c) => c.label).join(" "));
      headers.delete(described.docId);
      said.delete(described.docId);
      hits = mergeHits([hits, ...inScope(described.docId, SCOPED_DEEP)]);
      scored = score(hits);
      // When a passage of the document described covers the whole question, a passage of another
      // that leaves out a word of the description is of another document ("the 2018 Darfur draft":
      // a 2020 draft's paragraph that recalls a 2018 resolution but not Darfur).
      const describes = new Set(described.held.map((c) => c.label));
      if (scored.some((x) => x.h.passage.docId === described.docId && !x.cov.missing.length)) {
        scored = scored.filter((x) => x.h.passage.docId === described.docId || !x.cov.missing.some((label) => describes.has(label)));
        hits = scored.map((x) => x.h);
      }
    }
  }
  if (noneAnswers() && asked.length && scope.size) {
    hits = mergeHits([hits, ...[...scope.keys()].flatMap((d) => inScope(d, SCOPED_DEEP))]);
    scored = score(hits);
  }
  if (noneAnswers() && q.asks.has("when") && !dayAsked) {
    byYear = true;
    scored = score(hits);
  } else if (q.asks.has("when") && !dayAsked && !q.dates && leavesOut(scored[0])) {
    // The first passage that states a date leaves out a distinctive concept ("when will the asset
    // recovery group discuss illicit financial flows": the 2023 row, of money-laundering): a table
    // row dated by its year alone that leaves out less (the 2024 row) answers instead.
    const dated = scored;
    byYear = true;
    scored = score(hits);
    if (!scored.length || scored[0].h.passage.kind !== "table-row" || scored[0].cov.missing.length >= dated[0].cov.missing.length) {
      byYear = false;
      scored = dated;
    }
  }
  // The best passage leaves out a distinctive concept of the question: its own document is read
  // further, where a later paragraph may say it, naming the subject by a short form ("the Joint
  // Convention entered into force on …" after the full name in an earlier paragraph).
  // Only a paragraph that leaves out none of them, and covers more of the question, replaces it.
  // So is a best passage that answers "when" with a session's ordinal only ("at its eighty-first
  // session"), where another paragraph of its document gives dates and covers as much.
  const datesOnlyByOrdinal = (x: { noted: string }) => q.asks.has("when") && !q.ordinal && asked.length > 0 && !ANNUAL.test(q.text) && !statesDate(x.noted);
  // Still no date: the document of the first passage that covers the question but states none is
  // read further, where another paragraph may date it (the joint meetings held, two paragraphs
  // before the one that convenes the next), covering as much and leaving out nothing distinctive.
  if (noneAnswers() && q.asks.has("when") && asked.length) {
    const near = firstCovering();
    const whole = near ? score(mergeHits(inScope(near.p.docId, SCOPED_DEEP))) : [];
    if (near && whole.length && whole[0].cov.hit >= near.cov.hit && !leavesOut(whole[0])) scored = whole;
  }
  if (scored[0] && (leavesOut(scored[0]) || datesOnlyByOrdinal(scored[0]))) {
    const first = scored[0];
    // Where the first leaves out a name (the IOC), one that leaves out only everyday words
    // ("put out", "original") and covers more holds what the question is about.
    const fuller = (x: Weighed) => !leavesOut(x) || (leavesOutName(first) && !leavesOutName(x));
    // (A dated paragraph covers as much in its own words: what its document's context says, every
    // paragraph of it covers: "Recalling the entry into force of the Treaty on 24 December 2014" is
    // no answer to when the Secretary-General reports on the resolution.)
    const ownHit = (x: Weighed) => coverage(concepts, x.h.passage, "", ctx).hit;
    const better = leavesOut(first) ? (x: Weighed) => fuller(x) && x.cov.hit > first.cov.hit : (x: Weighed) => statesDate(x.noted) && !leavesOut(x) && x.cov.hit >= first.cov.hit && ownHit(x) >= ownHit(first);
    // Nor does one that leaves out the year the question places its fact in, where the first states
    // it; a year that describes the document ("the 2016 settlements draft") dates the document, not the fact.
    const firstNamesYear = namesYearOfQuestion(first.noted) && !describing.some((c) => YEAR.test(c.label));
    const keepsYear = (x: Weighed) => !firstNamesYear || namesYearOfQuestion(x.noted);
    let whole = score(mergeHits(inScope(first.h.passage.docId, SCOPED_DEEP))).filter((x) => better(x) && keepsYear(x));
    // None there: a close second of another document that says it all does ("the Houthis seized
    // the Galaxy Leader" under "attacks on shipping in the Red Sea").
    // It leaves out nothing the first holds, the names no glossary knows ("New START") among them.
    const keepsAll = keepsAllOf(first);
    if (!whole.length) whole = scored.filter((x) => x.rank >= first.rank * CLOSE && better(x) && keepsYear(x) && keepsAll(x)).slice(0, 1);
    if (whole.length) scored = [...whole, ...scored.filter((x) => !whole.some((w) => w.h.passage.id === x.h.passage.id))];
  }
  // "How many States": of the passages that could answer, the first that counts what is asked;
  // none that counts it, and the question is not answered.
  // (A count the question gives, "which two publications", asks which, not how many.)
  const mustCount = q.asks.has("howMany") && !q.asks.has("amount") && counted.length > 0;
  if (mustCount) {
    const answering = scored.filter((x) => coveredShare(x.cov) >= ANSWERS && counts(x.noted));
    scored = [...answering, ...scored.filter((x) => !answering.includes(x))];
  }
  // "Who" asked, and the first passage names no one: a close second of its document that names
  // someone answers ("Recalling … appointing the Prosecutor" before "Decides to appoint Mr. Serge
  // Brammertz as Prosecutor"); one of another document is mostly of another meeting.
  if (q.asks.has("who") && scored[0] && !namesWhoAsked(scored[0].h.passage)) {
    const first = scored[0];
    const named = scored.find((x) => x.h.passage.docId === first.h.passage.docId && x.rank >= first.rank * CLOSE && coveredShare(x.cov) >= 0.8 && namesWhoAsked(x.h.passage));
    if (named) scored = [named, ...scored.filter((x) => x !== named)];
  }
  // "What does it ask the Houthis to do": of the first passage's document, a paragraph that asks
  // it of them ("Demands that the Houthis …") and covers as much answers before one that asks
  // someone else ("Requests the Secretary-General to report on … Houthi attacks").
  if (addressee && scored[0] && !addresses(scored[0].h.passage)) {
    const first = scored[0];
    const asking = scored.find((x) => x.h.passage.docId === first.h.passage.docId && x.cov.hit >= first.cov.hit && addresses(x.h.passage));
    if (asking) scored = [asking, ...scored.filter((x) => x !== asking)];
  }
  // "What's the ceiling for police": what the attribute is of must stand in the answer; of the
  // passages that answer, the first that names it (the police's ceiling, not the troops' above it).
  const attribute = attributeAsked(ctx, concepts);
  const owner = attribute ? ownerOfAttribute(ctx.q.text, attribute, concepts) : [];
  const namesOwner = (x: Weighed) => owner.some((c) => !x.cov.missing.includes(c.label));
  if (owner.length && scored[0] && !namesOwner(scored[0])) {
    const holder = scored.find((x) => namesOwner(x) && coveredShare(x.cov) >= ANSWERS);
    if (holder) scored = [holder, ...scored.filter((x) => x !== holder)];
  }
  // A word neither the glossary nor the dictionary knows that some passage holds is a name of what
  // the question is about ("Dakar", "Pelindaba"): of the passages that answer, the first that holds
  // it; none does, and a passage that leaves it out tells of something else.
  // So is a State the question names ("when did Ghana ratify the CTBT"), unless a place is asked,
  // which a State it names may be put to the documents to settle, or the question names a document
  // the State may describe (a draft by its symbol, "S/2022/158, the Yemen panel's update": its
  // paragraphs leave Yemen unsaid; a meeting's documents), or the State describes the document
  // asked of ("the Yemen draft"). A resolution named is about what its title says: "per 80/24
  // (on nuclear disarmament), when did Ghana ratify" needs a passage naming Ghana.
  const writtenAll = writtenNames(ctx);
  const written = new Set(writtenAll.map((n) => n.concept.label));
  // (In Chinese, the name of a State the question holds, "加纳", unless it is put to the documents
  // to confirm: "是不是…".)
  const known = (c: Concept) => c.source !== "unknown" && c.source !== "number";
  const statesNamed =
    q.asks.has("where") || (q.lang === "zh" && YES_NO_ZH.test(q.text)) || [...scope.keys()].some((docId) => !resolutions.some((r) => r.docId === docId))
      ? []
      : (q.lang === "zh"
          ? concepts.filter((c) => known(c) && nameMatcher(ctx, "states").all(c.label).includes(c.label))
          : writtenAll.filter((n) => known(n.concept) && nameMatcher(ctx, "states").test(n.written)).map((n) => n.concept)
        ).filter((c) => !describing.includes(c) && ![...scope.keys()].some((docId) => saidBy(docId).includes(c)));
  const heldNames = [...unknown.filter((c) => c.source === "unknown" && written.has(c.label)), ...statesNamed];
  const holdsNames = (x: Weighed) => heldNames.every((c) => coverage([c], x.h.passage, `${contextOf(x.h.passage)} ${leadIn(index, x.h.passage)}`, ctx).hit > 0);
  if (heldNames.length && scored[0] && !holdsNames(scored[0])) {
    const holder = scored.find((x) => coveredShare(x.cov) >= ANSWERS && holdsNames(x));
    if (holder) scored = [holder, ...scored.filter((x) => x !== holder)];
  }
  // The passage search ranked first covers too little of the question to answer (a document's
  // title, rich in the question's words), and one ranked below it covers enough: that one answers.
  // It holds every concept the first holds, and the names no glossary knows: one that leaves out
  // what the first is about ("the treaty" of "New START") covers the rest in another sense.
  if (scored[0] && coveredShare(scored[0].cov) < ANSWERS) {
    const first = scored[0];
    const keepsFirst = keepsAllOf(first);
    const answering = scored.find((x) => coveredShare(x.cov) >= ANSWERS && keepsFirst(x));
    if (answering) scored = [answering, ...scored.filter((x) => x !== answering)];
  }
  // "What does 80/26 have to say on the Olympic Truce": a resolution named by number whose own text
  // the documents hold is what the question asks of. A passage of another document that does not
  // cite it tells of something else ("the International Olympic Truce Centre" in resolution 80/8):
  // it does not answer, and a refusal quotes it (a passage of the resolution that ranks below it
  // speaks of the question's words in another sense: "the draft treaty introduced by China").
  const numbered = resolutionsByNumber(ctx).filter((r) => r.docId);
  const ofNumbered = (x: Weighed) => numbered.some((r) => r.docId === x.h.passage.docId || findResolutionMentions(x.h.passage.text).some((m) => m.number === r.number));
  const asksOfNumbered = numbered.length > 0 && !speaksOfAnother(q.text, lang);
  const best = scored[0];
  const ratio = best ? coveredShare(best.cov) : 0;
  const ofAnotherDocument = !!best && asksOfNumbered && !ofNumbered(best);
  // "What's Bolivia's assessment rate": the attribute asked must stand in the passage when the
  // documents name it rarely; a paragraph on Bolivia's assessments that gives no rate does not answer.
  const leavesAttribute = !!best && !!attribute && isDistinctive(attribute.label) && best.cov.missing.includes(attribute.label);
  // "What's the ceiling for civilian staff": a passage that gives the ceiling for troops gives another's.
  const leavesOwner = !!best && owner.length > 0 && !namesOwner(best);
  // "How many joined online": a count of everyone who registered is no count of one way of taking part.
  const mode = q.asks.has("howMany") ? concepts.find((c) => TAKING_PART.test(c.label)) : undefined;
  const leavesMode = !!best && !!mode && best.cov.missing.includes(mode.label);
  // "Did Kenya pass the bill": a passage on the bill that does not say it was passed does not answer.
  const predicate = predicateAsked(ctx, concepts);
  const leavesPredicate = !!best && !!predicate && best.cov.missing.includes(predicate.label);
  const leavesName = !!best && heldNames.length > 0 && !holdsNames(best);
  // "How many workshops in West Africa": a passage that names other regions of the world and none
  // the question names ("in South Asia, the Pacific and East Africa") tells of those.
  const regionsAsked = q.asks.has("where") ? [] : concepts.filter((c) => c.source !== "unknown" && c.source !== "number" && nameMatcher(ctx, "regions").all(c.label).includes(c.label));
  // Nor does a count that names none of the regions asked ("730多人报名…其中包括560多名政府代表"
  // asked "来自非洲国家的有多少人"): it counts everyone, not those of the region.
  const regionElsewhere = !!best && regionsAsked.length > 0 && regionsAsked.every((c) => best.cov.missing.includes(c.label)) && (q.asks.has("howMany") || nameMatcher(ctx, "regions").all(best.h.passage.text).length > 0);
  // "How many had … as of September 2022": a passage that counts as of another date ("截至2023年9月21日，
  // 35个缔约国…") counts at another time, whatever else of September 2022 it tells.
  const countedAnotherTime = !!best && q.asks.has("howMany") && !!q.dates && AS_OF.test(q.text) && countsAsOfOtherDate(best.h.passage.text, q.dates);
  // "How many decisions did it adopt": no passage counts them, and one may list them.
  if (mustCount && (!best || ratio < ANSWERS || !counts(best.noted))) {
    const listed = listedCount(ctx, hits, concepts, counted, headerOf);
    if (listed) return { answer: listed };
  }
  // "Which year": the best passage that names one leaves out a distinctive concept that a passage
  // naming none holds: its year is of something else (another body's launch), and the passage on
  // what is asked does not say which year.
  const nearest = yearAsked && best && leavesOut(best) ? firstCovering() : undefined;
  const ofAnother = !!nearest && best.cov.missing.some((label) => isDistinctive(label) && !nearest.cov.missing.includes(label));
  // Another "who" must cover most of the question; a State asked for ("which country") as much as
  // any answer must, a State's name being easy to tell.
  // "When and where was the 2nd review meeting": a passage that names no 2nd meeting dates and
  // places something else (the adoption of the convention the meetings review). So does a passage
  // that names no twentieth meeting, on its own or on its cover, of what a body did at its twentieth.
  const ordinalLeftOut = !!best && q.ordinal !== undefined && (q.asks.has("when") || q.asks.has("where") || q.bodies.length > 0) && best.cov.missing.some((label) => isOrdinalNumber(label, q.ordinal!));
  // "What year did the tenth Biennial Meeting convene": a passage on a tenth meeting that is not
  // a biennial one dates another body's.
  const kind = q.ordinal !== undefined && (q.asks.has("when") || q.asks.has("where") || q.asks.has("year")) ? meetingKindWords(q.text) : undefined;
  const kindLeftOut = !!best && !!kind && best.cov.missing.some((label) => kind.toLowerCase().includes(label.toLowerCase()));
  // "Where was the 2022 conference", "how many registered for the 2019 meeting": a passage that
  // names no 2022, on its own or on its cover, tells of another time.
  // Not a year the asker puts to the documents to be confirmed ("in force since 2010, right? or
  // when"): the answer's own date says whether it holds.
  const yearLeftOut = !!best && (q.asks.has("where") || q.asks.has("when") || q.asks.has("howMany")) && !PUTS_CLAIM.test(q.text) && best.cov.missing.some(isYear);
  // "When is the 2026 Review Conference": a passage whose every date falls in other years dates
  // other events (its preparatory sessions), whatever else it says of the conference.
  const yearElsewhere = !!best && q.asks.has("when") && datedOutsideYear(q, concepts, best.noted);
  // "Where was the 2nd session held": a passage whose every place stands by another session's
  // ordinal ("the first session … was held in Amman …; the second … was to be held within a
  // year") places that one.
  // (Not where the question numbers two meetings: "when was the 11th and where's the 12th".)
  const placedElsewhere = !!best && q.asks.has("where") && q.ordinal !== undefined && !ordinalsIn(q.text).some((n) => n !== q.ordinal) && placesOnlyOthers(ctx, best.h.passage.text, q.ordinal);
  if (!best || ratio < ANSWERS || best.h.score < 3 || ofAnother || ofAnotherDocument || ordinalLeftOut || kindLeftOut || placedElsewhere || yearLeftOut || yearElsewhere || countedAnotherTime || leavesAttribute || leavesOwner || leavesMode || leavesPredicate || leavesName || regionElsewhere || votesLeftOut(q.text, best.noted) || (mustCount && !counts(best.noted)) || (q.asks.has("who") && (ratio < (asksState ? ANSWERS : 0.8) || !namesWhoAsked(best.h.passage) || (asksState && !namesState(ctx, withNotes(best.h.passage)))))) {
    // A passage that speaks of what is asked, but states no fact of the kind asked (or a date of
    // another event), is the nearest.
    // (Weighed without the resolutions' numbers, which another document's passage does not write.)
    if (ofAnotherDocument && coveredShare(coverage(concepts.filter((c) => !numbersResolution(numbered, c.label)), best.h.passage, `${contextOf(best.h.passage)} ${leadIn(index, best.h.passage)}`, ctx)) >= ANSWERS) return { answer: saidElsewhere(ctx, numbered, best.h.passage) };
    const near = firstCovering();
    return { answer: refused(near ? notCovered(ctx, near.cov.missing, near.p) : notCovered(ctx, best?.cov.missing ?? [], best?.h.passage), lang) };
  }
  const src = new Sources(index);
  // A close second (ranked within 80% of the first, covering 80% as much) is shown too, from the
  // same document as well: the fact asked may stand in the passage that ranked second.
  // A passage that repeats one ranked above it word for word (a note that restates a paragraph) is not shown again.
  const shown = new Set<string>();
  const unseen = (p: Passage) => {
    const said = squashedText(plainText(p.text));
    return !shown.has(said) && !!shown.add(said);
  };
  const chosen = scored.filter((x, i) => (i === 0 || (x.rank >= best.rank * CLOSE && x.cov.hit >= best.cov.hit * CLOSE)) && unseen(x.h.passage)).slice(0, 2);
  const lines: string[] = [];
  // The sentences that best cover the question: the facts stated in the asker's words come from them.
  const focus: string[] = [];
  for (const { h } of chosen) {
    const p = h.passage;
    const cite = src.cite(p.id);
    const ss = sentences(paragraphText(p.text));
    // The sentences that state the (first) kind of fact asked, where the passage has any: the
    // asked fact must stand in the answer text, not only in the quote.
    const stating = asked.length ? ss.filter((s) => asked[0](s)) : [];
    const countingIt = stating.filter(counts);
    if (countingIt.length) stating.splice(0, stating.length, ...countingIt);
    // A number asked counts in a sentence only whole ("第四届" is not the 4 of "9时45分").
    const scoredSentences = (stating.length ? stating : ss).map((s) => ({ s, c: coverage(concepts, { text: s, headingPath: [] }, "", undefined, true).hit }));
    const max = Math.max(...scoredSentences.map((x) => x.c));
    // Of the sentences that state the kind of fact asked, a second that covers some of the question
    // too ("the opening is at 10 a.m.", "be seated by 9.45 a.m.").
    const top = scoredSentences.filter((x) => x.c === max);
    const next = stating.length ? scoredSentences.filter((x) => x.c > 0 && x.c < max).sort((a, b) => b.c - a.c) : [];
    let pick = [...top, ...next].slice(0, 2).sort((a, b) => ss.indexOf(a.s) - ss.indexOf(b.s)).map((x) => x.s.trim());
    focus.push(...pick, ...(online ? footnotesOf(index, p).map((f) => f.text) : []));
    // A short passage is shown whole: the fact asked ("which two publications") may stand in the
    // sentence after the one that names the question's words.
    if (!asked.length && plainText(p.text).length <= WHOLE_PASSAGE) pick = ss.map((x) => x.trim());
    lines.push(`${joinSentences(pick)}${cite}${notesAsked ? notesSaid(ctx, p, concepts, src) : asksReference(q) || addressAsked ? notesLine(index, p, src, lang, addressAsked) : ""}`);
  }
  // What a paragraph refers to in its own document ("the entity listed in the annex of this
  // resolution") is shown after it: the annex's opening passage.
  const annexed = chosen.map((x) => annexReferredTo(index, x.h.passage)).find((a) => !!a);
  if (annexed && !chosen.some((x) => x.h.passage.id === annexed.id)) {
    lines.push(`${clippedAt(plainText(annexed.text), WHOLE_PASSAGE)}${src.cite(annexed.id)}`);
  }
  const meta = index.document(best.h.passage.docId)!.meta;
  const place = passagePlace(index, best.h.passage, lang);
  const lead = lang === "zh" ? `据${place}：` : `According to ${place}:`;
  // A passage in the other language is shown as a quotation: the facts asked stand in the answer's
  // own words too, in the asker's language.
  // A web address, from the passage's footnotes, is stated in either language.
  // So are the dates asked of several a passage lists ("when did they last meet", "the dates of
  // the 2028 Games").
  const listed = q.asks.has("when") ? findDates(toHalfWidth(focus.join(" "))).filter((d) => !d.month) : [];
  // So are the dates of the meeting a question names by its ordinal, of several a passage lists
  // ("the first, second and third sessions … held from 31 July …, from 22 July …").
  const placing = yearsPlacingDocument(q, meta.date, describing);
  // (Or those after a name the question writes, or of the clause that says most of the question:
  // "the interim report … due by 12 August 2020 as well as the final report … due by 13 January 2021".)
  const focused = toHalfWidth(focus.join(" "));
  const picksDates = listed.length > 1 && (LATEST.test(q.text) || datesAsked(q.text, listed, placing).length < listed.length || q.ordinal !== undefined || nameMentioned(ctx, focused) >= 0 || ofClauseAsked(ctx, focused, listed, true).length < listed.length);
  // A table row dated only by the day or year it goes under states that date in the answer's words.
  const rowDate = (q.asks.has("when") || q.asks.has("year")) && !findDates(focused).some((d) => !d.month) && !yearsIn(focused).length ? rowLabel(best.h.passage) : [];
  // So are the places of the meeting a question names by its ordinal, of several a passage names
  // ("the Thirteenth Conference …, held in Kuala Lumpur …, the Seventeenth …, held on Margarita Island").
  const picksPlaces = q.asks.has("where") && ofOrdinalAsked(ctx, focused) !== focused;
  const facts = (meta.language && meta.language !== lang) || online || picksDates || picksPlaces || rowDate.length ? factLine(ctx, [...focus, ...rowDate].join(" "), lang, placing) : undefined;
  return { answer: answered([lead, facts, ...lines].filter(Boolean).join("\n"), src, lang) };
}

/** Sentences as one text: English ones a space apart, Chinese ones run on. */
const joinSentences = (ss: string[]): string => ss.reduce((text, s) => (!text ? s : /[。！？；]$/.test(text) ? text + s : `${text} ${s}`), "");

/**
 * The document a question describes by words its text holds anywhere ("the gaza ceasefire draft",
 * "红海那份草案"): of the documents the description and the question find, the one whose whole
 * text (with its title and cover) holds every describing concept, when no other does. With them.
 */
function describedDocument(ctx: AnswerContext, describing: Concept[], hits: SearchHit[]): { docId: string; held: Concept[] } | undefined {
  if (!describing.length) return undefined;
  const words = describing.map((c) => c.label).join(" ");
  // The documents the description finds first, and those the whole question finds first.
  // A year in the description ("the 2017 South Sudan draft") dates the document: those of that
  // year come first.
  const years = describing.map((c) => c.label).filter((l) => YEAR.test(l));
  const ofYear = (docId: string) => years.some((y) => ctx.index.document(docId)?.meta.date?.startsWith(y));
  const docsOf = (found: SearchHit[], n: number) => {
    const ids = [...new Set(found.map((h) => h.passage.docId))];
    return [...ids.filter(ofYear), ...ids.filter((id) => !ofYear(id))].slice(0, n);
  };
  const docs = [...new Set([...docsOf(ctx.index.search(words, { limit: DESCRIBED_SEARCHED }), DESCRIBED_CANDIDATES), ...docsOf(hits, QUESTION_CANDIDATES)])];
  const weighed = docs.map((docId) => {
    const doc = ctx.index.document(docId);
    const held = doc ? conceptsHeld(describing, { text: wholeText(doc), headingPath: [] }, documentContext(ctx, docId), ctx) : [];
    return { docId, held };
  });
  weighed.sort((a, b) => b.held.length - a.held.length);
  // Several hold it all: a year in the description dates the document ("the 2016 settlements
  // draft"), where another only mentions that year.
  const whole = weighed.filter((w) => w.held.length === describing.length);
  const dated = whole.length > 1 && years.length ? whole.filter((w) => ofYear(w.docId)) : [];
  if (dated.length === 1) return dated[0];
  // Else the document about what describes it: the one whose paragraphs speak of it at least
  // twice as often, for their number, as any other's ("the Red Sea draft" against a longer one
  // that names the Red Sea in a few paragraphs).
  if (whole.length > 1) {
    const about = mostAbout(ctx, whole.map((w) => w.docId), describing);
    if (about) return whole.find((w) => w.docId === about);
  }
  const [first, second] = weighed;
  // The document holds every word of its description, and no other document does.
  if (!first || first.held.length < describing.length || (second && second.held.length === first.held.length)) return undefined;
  return first;
}
/**
 * Of documents that all hold what describes one, the one about it: whose paragraphs speak of it
 * (its concepts but numbers and the document's noun) at least twice as often, for their number,
 * as any other's; undefined when none stands out so.
 */
export function mostAbout(ctx: AnswerContext, docIds: string[], describing: Concept[]): string | undefined {
  const subject = describing.filter((c) => c.source !== "number" && !isDocumentNoun(c.label));
  if (!subject.length) return undefined;
  const share = (docId: string) => {
    const passages = ctx.index.document(docId)?.passages ?? [];
    return passages.filter((p) => conceptsHeld(subject, p, "", ctx).length > 0).length / Math.max(1, passages.length);
  };
  const often = docIds.map((id) => ({ id, f: share(id) })).sort((a, b) => b.f - a.f);
  return often.length && often[0].f > 0 && often[0].f >= 2 * (often[1]?.f ?? 0) ? often[0].id : undefined;
}
/** A year as a question writes it. */
const YEAR = /^(?:19|20)\d\d$/;
/** How many passages the description alone finds documents in, besides those the question found. */
const DESCRIBED_SEARCHED = 20;

/** Words that name a document the question describes ("the silencing the guns draft", "也门制裁草案"). */
export const DOCUMENT_NOUN_EN = new Set(["draft", "drafts", "resolution", "res", "report", "note", "paper", "document", "doc", "text", "statement"]);
// (文件号 and 文件编号 are a symbol, of any kind of document.)
export const DOCUMENT_NOUN_ZH = /决议草案|草案|决议|报告|说明|声明|文件(?!编?号)/g;
/** Whether a concept names a kind of document by a document's noun after other words ("interim report", "final report"). */
const namesDocumentKind = (label: string) => {
  const words = label.split(/\s+/);
  return words.length > 1 && isDocumentNoun(words[words.length - 1]);
};
/** Whether a concept is a document's noun ("draft", "drafting", "草案"), which describes no subject. */
const isDocumentNoun = (label: string) => DOCUMENT_NOUN_KEYS.has(stemKey(label)) || DOCUMENT_NOUN_ZH_WORD.test(label);
const DOCUMENT_NOUN_KEYS = new Set([...DOCUMENT_NOUN_EN].map(stemKey));
const DOCUMENT_NOUN_ZH_WORD = new RegExp(`^(?:${DOCUMENT_NOUN_ZH.source})$`);
/** Words a description of a document stops at, reading back from its noun: what asks, and what says something of it. */
const DESCRIPTION_STOPS = new Set(["what", "which", "who", "whom", "whose", "when", "where", "why", "how", "is", "are", "was", "were", "be", "been", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "it", "its", "they", "their", "this", "that", "these", "those", "and", "or", "but", "by", "to", "for", "with", "on", "at", "about", "under", "in", "from", "per"]);
/** An English month's name or its abbreviation, as a word ("jun", "June", "sept"). */
export const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
/** A date or year after a document's noun still describes it ("the draft of jun 2022", "draft (jul 2024)"). */
const describesDate = (word: string) => /^(?:from|of|dated|in|\d{1,4})$/.test(word) || MONTH_WORD.test(word);
/** The words that lead a document's subject after its noun ("the draft on …", "the report about …"). */
const SUBJECT_AFTER = /^(?:on|about|concerning|regarding)$/;
/** The words that lead who put a document forward, after its noun ("the draft from Japan", "the one by Gabon"). */
const SPONSORS_AFTER = /^(?:from|by)$/;
/** Marks that end a description: a clause's or a phrase's end. */
const DESCRIPTION_BREAK = /[,:;?!()—–]|\s-\s/;
/** Marks that end the date after a document's noun: those of a description but brackets ("draft (jul 2024)"). */
const DATE_BREAK = /[,:;?!—–]|\s-\s/;
/** In Chinese, also a word that asks. */
const DESCRIPTION_BREAK_ZH = /[，：；？！（）,:;?!()]|什么|哪|谁|几|多少|怎么|如何|是否/g;

/**
 * The question's concepts that describe the document it asks about: the words of the first phrase
 * a document's noun ends ("the silencing the guns draft", "2016年以色列定居点那份决议草案"), and
 * the date after it ("draft (jul 2024)"); none when it names no document so. (A later one, "the
 * panel's final report", is what is asked of that document.)
 */
function describingConcepts(q: AnswerContext["q"], concepts: Concept[]): Concept[] {
  const text = toHalfWidth(q.text);
  if (q.lang === "zh") {
    for (const m of text.matchAll(DOCUMENT_NOUN_ZH)) {
      const before = text.slice(0, m.index);
      const start = Math.max(0, ...[...before.matchAll(DESCRIPTION_BREAK_ZH)].map((b) => b.index! + b[0].length));
      if (m.index! <= start) continue;
      const end = m.index! + m[0].length;
      return concepts.filter((c) => {
        const at = text.indexOf(c.label, start);
        return at >= 0 && at + c.label.length <= end;
      });
    }
    return [];
  }
  const words = englishWords(text.replace(/-/g, " "));
  const between = (i: number, j: number) => text.slice(words[i].index + words[i].word.length, words[j].index);
  /** The last word of the phrase that goes on from word `i`, up to a word that asks or says something of it, or a mark. */
  const phraseEnd = (i: number) => {
    while (i + 1 < words.length && !DESCRIPTION_STOPS.has(words[i + 1].word) && !DESCRIPTION_BREAK.test(between(i, i + 1))) i++;
    return i;
  };
  for (let k = 1; k < words.length; k++) {
    // "One" stands for a document the question has named by its noun ("across drafts. In the Dec 2016 one …").
    const pronoun = words[k].word === "one" && words.slice(0, k).some((w) => DOCUMENT_NOUN_EN.has(w.word));
    if (!DOCUMENT_NOUN_EN.has(words[k].word) && !pronoun) continue;
    let first = k;
    while (first > 0 && !DESCRIPTION_STOPS.has(words[first - 1].word) && !DESCRIPTION_BREAK.test(between(first - 1, first))) first--;
    if (first === k) continue;
    let last = k;
    while (last + 1 < words.length && describesDate(words[last + 1].word) && !DATE_BREAK.test(between(last, last + 1))) last++;
    // "The 2016 draft on Israeli settlements": its subject after it.
    if (last + 2 < words.length && SUBJECT_AFTER.test(words[last + 1].word) && !DESCRIPTION_BREAK.test(between(last, last + 1))) last = phraseEnd(last + 1);
    // "The draft from Malaysia/NZ/Senegal", "the one by Japan": the names of who put it forward.
    const by = words[last].word === "from" ? last : SPONSORS_AFTER.test(words[last + 1]?.word ?? "") && !DESCRIPTION_BREAK.test(between(last, last + 1)) ? last + 1 : -1;
    if (by >= 0 && by + 1 < words.length && /^[A-Z]/.test(text.slice(words[by + 1].index)) && !DESCRIPTION_BREAK.test(between(by, by + 1))) last = phraseEnd(by + 1);
    const held = concepts.filter((c) => c.span && c.span[0] >= first && c.span[1] <= last + 1 && !(pronoun && c.span[0] === k));
    // A phrase of the asker's own ("we're comparing language across drafts") describes no document.
    if (held.length) return held;
  }
  return [];
}
/** How many of the documents the description finds are weighed as the one a question may describe. */
const DESCRIBED_CANDIDATES = 5;
/** And how many of those the whole question finds. */
const QUESTION_CANDIDATES = 3;

/**
 * The opening passage of the annex a paragraph refers to in its own document ("listed in the annex
 * of this resolution", "annex I to the present resolution", "本决议附件"), if the document has it.
 */
function annexReferredTo(index: KnowledgeIndex, p: Passage): Passage | undefined {
  const m = p.text.match(ANNEX_REFERENCE);
  if (!m) return undefined;
  const numeral = (m[1] ?? m[2] ?? "").trim();
  const doc = index.document(p.docId);
  const heading = doc?.passages.find((x) => x.kind === "heading" && new RegExp(`^(?:Annex|附件)\\s*${numeral}$`, "i").test(x.text.trim()));
  if (!doc || !heading) return undefined;
  const at = doc.passages.indexOf(heading);
  return doc.passages.slice(at + 1).find((x) => x.kind !== "heading" && x.kind !== "footnote");
}
/** A reference to an annex of the document itself. */
const ANNEX_REFERENCE = /\bannex(\s+[IVX]{1,4}\b)?\s+(?:of|to)\s+(?:this|the present)\s+(?:resolution|decision)\b|本(?:决议|决定)附件([一二三四五六七八九十]*)/i;

/** The labels of the question's glossary names (a place, a body, an instrument) that weigh as distinctive. */
function distinctiveNames(concepts: Concept[]): Set<string> {
  return new Set(concepts.filter((c) => c.source === "terminology" && c.weight >= DISTINCTIVE).map((c) => c.label));
}

/**
 * The count of the list a passage introduces ("adopted the following decisions:"), naming what is
 * counted in its introducing clause and covering the question; undefined when no passage found does.
 */
function listedCount(ctx: AnswerContext, hits: SearchHit[], concepts: Concept[], counted: Concept[], headerOf: (docId: string) => string): Answer | undefined {
  // The list must be of what the question names: no name of the glossary (a place, a body, an
  // instrument) that weighs as distinctive is left out ("at its session in Atlanta").
  const names = distinctiveNames(concepts);
  const answers = (p: Passage) => {
    const cov = coverage(concepts, p, headerOf(p.docId), ctx);
    return coveredShare(cov) >= ANSWERS && !cov.missing.some((label) => names.has(label));
  };
  const namesCounted = (p: Passage) => conceptsHeld(counted, { text: introducingClause(p), headingPath: [] }, "", ctx).length === counted.length;
  for (const { passage } of hits) {
    if (!namesCounted(passage) || !answers(passage)) continue;
    const items = listIntroduced(ctx.index, passage);
    if (!items.length) continue;
    // What is counted, as the question writes it ("decisions", not the stem "decision").
    const label = counted[0].label;
    const word = ctx.q.text.match(new RegExp(`${escapeRegExp(label)}[a-z]*`, "i"))?.[0] ?? label;
    return listCountAnswer(ctx.index, passage, items, word, ctx.q.lang);
  }
  return undefined;
}

/**
 * Attributes whose answer the kind of fact asked already checks ("what is the date", "the symbol"),
 * or that passages seldom name in the question's word ("the purpose", "唯一办法"): never required.
 */
const GENERIC_ATTRIBUTE = /^(?:numbers?|figures?|total|amount|dates?|days?|years?|times?|names?|titles?|topics?|subjects?|themes?|purposes?|aims?|objectives?|goals?|points?|results?|outcomes?|status|situation|deal|story|contents?|ideas?|focus|differences?|reasons?|things?|parts?|kinds?|types?|views?|positions?|messages?|gist|symbols?|ways?|methods?|means)$/i;
const GENERIC_ATTRIBUTE_ZH = /^(?:数字|数量|日期|时间|名称|题目|主题|目的|结果|情况|内容|原因|类型|立场|办法|方法|方式|途径|文号|编号|符号)$/;

/**
 * The attribute a "what is …" question asks of what it names: the last word of the noun phrase
 * after "what's" ("what's Bolivia's assessment rate under …" -> rate), the noun before 是多少 /
 * 是什么 after its last 的 ("玻利维亚的会费分摊率是多少" -> 分摊率); undefined for a generic one.
 */
function attributeAsked(ctx: AnswerContext, concepts: Concept[]): Concept | undefined {
  const t = ctx.q.text;
  if (ctx.q.lang === "zh") {
    const head = t.match(/(\p{Script=Han}{2,12}?)(?:是|为|(?:定|设)(?:在|为))(?:多少|什么|几)/u)?.[1].split("的").pop();
    return head ? concepts.find((c) => !c.neutral && head.endsWith(c.label) && !GENERIC_ATTRIBUTE_ZH.test(c.label)) : undefined;
  }
  const np = t.match(/\bwhat(?:'s|’s|\s+(?:is|was|are|were|will be|would be))\s+(?:the\s+|its\s+|their\s+)?([a-z][\w'’ -]*?)(?=\s+(?:of|for|in|under|on|at|by|from|to|with|about|that|which|did|does|do|has|have|is|was|are|were|according)\b|\s*[?,;:(]|$)/i)?.[1];
  const head = np?.trim().split(/\s+/).pop()?.toLowerCase();
  if (!head || GENERIC_ATTRIBUTE.test(head)) return undefined;
  return concepts.find((c) => !c.neutral && c.label.toLowerCase().split(/\s+/).pop() === head);
}

/**
 * What a question's attribute is of: in English the concepts of the phrase after "for" or "of"
 * that follows it ("the ceiling for civilian staff" -> civilian staff), up to a mark or a word
 * that places the fact ("in", "under", "according to"); in Chinese the concept just before it;
 * none when there is no such phrase.
 */
function ownerOfAttribute(text: string, attribute: Concept, concepts: Concept[]): Concept[] {
  // In Chinese, the concept written just before it ("文职人员上限", "警察的人数上限").
  if (HAN.test(attribute.label)) {
    const at = text.indexOf(attribute.label);
    const before = text.slice(0, at).replace(/的$/, "");
    return at > 0 ? concepts.filter((c) => c !== attribute && !c.neutral && HAN.test(c.label) && !isDocumentNoun(c.label) && before.endsWith(c.label)) : [];
  }
  if (!attribute.span) return [];
  const words = englishWords(toHalfWidth(text).replace(/-/g, " "));
  const after = words[attribute.span[1]];
  if (!after || !/^(?:for|of)$/.test(after.word)) return [];
  const tail = toHalfWidth(text).slice(after.index + after.word.length);
  const phrase = tail.match(/^(.+?)(?=\s+(?:in|under|at|by|according|from|during|since|as)\b|[?,;:(]|$)/)?.[1] ?? "";
  const from = attribute.span[1] + 1;
  const to = from + englishWords(phrase.replace(/-/g, " ")).length;
  return concepts.filter((c) => !c.neutral && c.source !== "number" && !isDocumentNoun(c.label) && c.span && c.span[0] >= from && c.span[1] <= to);
}

/** A way of taking part in a meeting, as a question's concept: "online", "in person", 线上, 现场. */
const TAKING_PART = /^(?:online|virtual(?:ly)?|remote(?:ly)?|in[ -]person|on[ -]?site|physically|线上|在线|网上|远程|线下|现场|亲自)$/i;

/** Auxiliaries that open a yes/no question: "did Kenya pass …", "was the bill passed …", "has the group discussed …". */
const YES_NO_EN = new Set(["did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "will", "would", "can", "could"]);
/**
 * Where a yes/no question may begin: the start, or after what names its subject ("80/8 - did …",
 * "TPNW: has …"), a word of talk before it ("so did …", "ok, was …").
 */
const CLAUSE_START = /(?:^|[(:?;.!,–—]|\s-)\s*(?:(?:so|and|but|also|then|well|ok|okay)\b\s*,?\s*)?$/i;

/**
 * What a yes/no question asks of its subject: the concept after the first one that follows its
 * auxiliary, numbers aside ("did Kenya actually pass the bill" -> passed; "was the bill passed by
 * parliament" -> passed; "did decision 5/1 call for …" -> call for). A passage that does not
 * say it does not answer whether it happened.
 */
function predicateAsked(ctx: AnswerContext, concepts: Concept[]): Concept | undefined {
  if (ctx.q.lang === "zh") return predicateAskedZh(ctx.q.text, concepts);
  const words = englishWords(toHalfWidth(ctx.q.text).replace(/-/g, " "));
  const aux = words.findIndex((w) => YES_NO_EN.has(w.word) && CLAUSE_START.test(ctx.q.text.slice(0, w.index)));
  if (aux < 0) return undefined;
  const after = concepts.filter((c) => c.span && c.span[0] > aux && c.source !== "number").sort((a, b) => a.span![0] - b.span![0]);
  const [subject, next] = after;
  return subject && next && !next.neutral ? next : undefined;
}

/** How a Chinese question asks yes or no: "有没有", "是否", or a closing "吗". */
const YES_NO_ZH = /有没有|有无|是否|是不是|(?:吗|(?<![什怎那这多要])么)[？?]?\s*$/;
const YES_NO_WORD_ZH = /^(?:有没有|有无|是否|是不是)$/;

/**
 * The same of a Chinese yes/no question: its second concept as written, numbers and the asking
 * words aside ("肯尼亚最后通过了举报人保护法案吗" -> 通过; "缔约国会议有没有撤销审议组" -> 撤销).
 */
function predicateAskedZh(text: string, concepts: Concept[]): Concept | undefined {
  if (!YES_NO_ZH.test(text)) return undefined;
  const placed = concepts
    .filter((c) => c.source !== "number" && !YES_NO_WORD_ZH.test(c.label) && text.includes(c.label))
    .sort((a, b) => text.indexOf(a.label) - text.indexOf(b.label));
  const next = placed[1];
  return next && !next.neutral ? next : undefined;
}

/** Whom a question asks what a text asks of: "要求胡塞武装做什么", "what does it ask the Houthis to do". */
const ADDRESSEE_ZH = /(?:要求|请求|请|呼吁|促请|敦促|吁请|让|叫)(\p{Script=Han}{1,12}?)(?:做|干|采取|履行|承担|怎么|如何|去|立即|停止)/u;
const ADDRESSEE_EN = /\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:up)?on|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|want(?:s|ed)?|tell(?:s|ing)?|told)\s+(?:of\s+)?(?:the\s+)?([\w' -]{2,40}?)\s+(?:to|do)\b/i;

/** The concept a question names as the one a text asks something of (see ADDRESSEE_ZH, ADDRESSEE_EN). */
function addresseeAsked(ctx: AnswerContext, concepts: Concept[]): Concept | undefined {
  const m = ctx.q.text.match(ctx.q.lang === "zh" ? ADDRESSEE_ZH : ADDRESSEE_EN);
  if (!m) return undefined;
  const words = m[1].toLowerCase();
  return concepts.find((c) => !c.neutral && c.source !== "number" && words.includes(c.label.toLowerCase()));
}

/** The opening words of a paragraph, after its number: where it says who does what ("Demands that the Houthis …"). */
const opening = (text: string): string => plainText(text).replace(/^\s*(?:\d{1,3}(?:[.)]\s*|\s+)|\([a-z\d]{1,4}\)\s*|[a-z]\)\s*)/i, "").slice(0, OPENING_LENGTH);
const OPENING_LENGTH = 60;
/** A paragraph that opens by asking something of someone: "Demands that …", "Calls upon …", "要求…", "促请…". */
const ASKS_OF = /^(?:(?:further|also|strongly|again)\s+)?(?:demands?|requests?|calls?\s+(?:up)?on|urges?|encourages?|invites?|directs?|appeals?\s+to)\b|^(?:还|又|再次|进一步)?(?:要求|请|呼吁|促请|敦促|吁请|鼓励|邀请)/i;

/** A verb by which a resolution asks something of someone, as a question's concept is labelled. */
const ASKING_VERB: Record<"en" | "zh", RegExp> = {
  en: /^(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:up)?on|direct(?:s|ed|ing)?|demand(?:s|ed|ing)?)$/i,
  zh: /^(?:请|请求|要求|鼓励|邀请|促请|敦促|呼吁|吁请)$/,
};

/** A "who" that asks whom a paragraph asks something of: "who is encouraged to", "whom does it urge", "请谁", "谁被鼓励". */
const ADDRESSEE_ASKED: Record<"en" | "zh", RegExp> = {
  en: /\bwho(?:m)?\b(?:\s+\w+){0,2}\s+(?:is|are|was|were|gets?|got)\s+(?:\w+\s+)?(?:encouraged|requested|invited|urged|called (?:up)?on|asked|directed)\b|\bwhom\s+(?:\w+\s+){1,4}?(?:encourage|request|invite|urge|call (?:up)?on|ask|direct)s?\b|\bwho(?:m)?\s+(?:is|are|was|were)\s+(?:[\w-]+\s+){1,6}?(?:encouraging|requesting|inviting|urging|calling (?:up)?on|asking|directing)\b|\bwho(?:m)?\s+(?:does|did|do)\s+(?:[\w-]+\s+){1,6}?(?:encourage|request|invite|urge|call (?:up)?on|ask|direct)\b/i,
  zh: /(?:鼓励|请|邀请|促请|敦促|呼吁|要求|吁请)了?(?:哪些|哪个|哪方|谁)|(?:谁|哪些\S{0,4})被(?:鼓励|请求|邀请|要求|促请|敦促)/,
};

/** A word of a noun phrase: not a word that starts another phrase ("the chair of the Conference": the chair). */
const PHRASE_WORD = String.raw`(?!(?:${PHRASE_BREAK_EN})\b)[A-Za-z][A-Za-z'’-]*`;
/**
 * An English question's role asked, in the first group that matched: "who was president", "who is the former Attorney
 * General", "the name of the current chair", "who chaired", "who's presiding"; or the people whose
 * names are asked ("the names of the four remaining … fugitives").
 */
const ROLE_ASKED_EN = new RegExp(
  String.raw`\bwho\s+(?:is|was|will be|has been)\s+(${PERSON_ROLE_EN})\b|\b(?:who\s+(?:is|was|are|were|will be|has been)\s+(?:the|its|their)|name of\s+(?:the|its|their|[a-z]+['’]s))\s+((?:${PHRASE_WORD}\s+){0,5}${PHRASE_WORD})|\bwho\s+(chair)(?:s|ed)\b|\bwho(?:'s|\s+is|\s+was|\s+will be)?\s+((?:presid|chair|head|lead)(?:es|s|ed|ing)?|led)\b|${NAMES_OF_PEOPLE_EN}`,
  "i",
);
/** The concept that names the role a "who" asks about: the words before 是谁 / 是哪位, the noun of "who is the …". */
function roleAsked(ctx: AnswerContext, concepts: Concept[]): Concept | undefined {
  const t = ctx.q.text;
  // "前总检察长，他叫什么": the role before a pronoun that stands for it.
  // "由谁担任主席", "谁出任主席": the office after the verb of holding it.
  // "由谁主持", "谁来召集": the verb of presiding after it.
  const named = t.match(/(\p{Script=Han}{2,6})(?:[，,]\s*(?:他|她))?(是|为|由)?(?:谁|哪位)|(\p{Script=Han}{2,6})(?:[，,]\s*(?:他|她))?(?:的名字|(?:是|名)?叫(?:什么|啥)|姓(?:什么|啥))/u);
  const zh = t.match(/(?:谁|哪位)(?:来)?(?:担任|出任|当选|当)(\p{Script=Han}{2,6}?)(?=[？?，,。]|$)/u)?.[1] ?? t.match(/(?:谁|哪位)(?:来)?(主持|召集|牵头|领导|率领)/u)?.[1] ?? named?.[1] ?? named?.[3];
  // "…的国家是谁": a State's name is what is asked, not a role. Nor is a verb right before 谁 with no
  // 是 between ("鼓励缔约国强化谁的问责": whom the strengthening is of), unless it names an office ("主席谁").
  const byCopula = !named?.[1] || !!named[2] || zh !== named[1];
  if (zh) return concepts.find((c) => !c.neutral && (zh.endsWith(c.label) || c.label.endsWith(zh)) && !STATE_WORD.test(c.label) && (byCopula || PERSON_OFFICE.test(c.label)));
  // A role named ("who is the chair", "who chaired it"), not another verb ("who tabled it":
  // "introduced by" says it too).
  // So is presiding, chairing, heading or leading it ("who's presiding over the conference").
  // The noun may follow words that qualify it, up to five ("who is the former Attorney General", "the
  // name of the current chair", "the name of the African Women Leaders Network's coordinator").
  const en = t.match(ROLE_ASKED_EN);
  // The last noun that is a concept is the office ("the UNODC official": the official, not UNODC).
  const nouns = (en?.[1] ?? en?.[2] ?? en?.[3] ?? en?.[4] ?? en?.[5])?.toLowerCase().split(/\s+/).map(stemKey).reverse() ?? [];
  const office = (noun: string) => concepts.find((c) => !c.neutral && !STATE_WORD.test(c.label) && stemKey(c.label.toLowerCase().split(/\s+/)[0]) === noun);
  return nouns.map(office).find((c) => !!c);
}

/**
 * What every passage of a document is about besides its own words. A passage of the report of the
 * eighth session is about the eighth session: the document's header (body, meeting, dates). So is
 * its title: a paragraph of the Ad Hoc Committee's report is about the Ad Hoc Committee. So is
 * the body the question names, in the documents of that body: every paragraph of a note for the
 * Conference of the Parties is about that Conference.
 */
export function documentContext(ctx: AnswerContext, docId: string): string {
  const doc = ctx.index.document(docId);
  if (!doc) return "";
  const body = doc.meta.body && ctx.q.bodies.includes(doc.meta.body) ? bodyNames(ctx.glossary, doc.meta.body) : "";
  // So is its symbol, where the question names it: a paragraph of A/RES/80/46 is "per A/RES/80/46".
  const symbol = doc.meta.symbol && ctx.q.symbols.includes(doc.meta.symbol) ? doc.meta.symbol : "";
  const { meeting, date } = coverOf(doc);
  return `${meeting} ${doc.meta.title ?? ""} ${body} ${date} ${symbol} ${subjectStates(ctx, doc)} ${organOf(doc.meta.symbol)}`;
}

/**
 * How many of the words a question names its source document by ("(per the WG's 2020 progress
 * background paper)") the documents an answer cites hold, at most, on their covers: title, date,
 * meeting, kind. None where the question names no source.
 */
export function sourceWordsHeld(ctx: AnswerContext, answer: Answer): number {
  const concepts = sourceConcepts(ctx);
  if (!concepts.length) return 0;
  return Math.max(0, ...citedDocuments(ctx, answer).map((docId) => conceptsHeld(concepts, NO_TEXT, coverWords(ctx, docId), ctx).length));
}

/** The documents an answer's citations quote, each once. */
export function citedDocuments(ctx: AnswerContext, answer: Answer): string[] {
  return [...new Set(answer.citations.map((c) => (c.passageId ? ctx.index.passage(c.passageId)?.docId : undefined)).filter((d): d is string => !!d))];
}

/** The concepts of the words the question names its source by, once per question. */
function sourceConcepts(ctx: AnswerContext): Concept[] {
  let concepts = sourceByQuestion.get(ctx.q);
  if (!concepts) {
    const source = ctx.q.source ?? "";
    concepts = questionConcepts(source, ctx.q.lang, ctx.glossary, () => true).map(asConcept);
    sourceByQuestion.set(ctx.q, concepts);
  }
  return concepts;
}
const sourceByQuestion = new WeakMap<object, Concept[]>();

/** What a document's cover says it is: its context, its English title, its year and its kind in both languages. */
function coverWords(ctx: AnswerContext, docId: string): string {
  const meta = ctx.index.document(docId)?.meta;
  return `${documentContext(ctx, docId)} ${meta?.titleEn ?? ""} ${meta?.date?.slice(0, 4) ?? ""} ${meta?.kind ? KIND_SAID[meta.kind] ?? "" : ""}`;
}
/** A document's kind in the words a question names it by. */
const KIND_SAID: Partial<Record<DocumentKind, string>> = {
  "annotated-agenda": "annotated provisional agenda annotations 说明 临时议程",
  "provisional-agenda": "provisional agenda 临时议程",
  "background-paper": "background paper note 背景文件 说明",
  "secretariat-report": "report of the secretariat 秘书处 报告",
  "draft-report-addendum": "draft report addendum 报告草稿 增编",
  report: "report 报告",
};

/**
 * The principal organ whose series a symbol is of ("S/2018/693": the Security Council): what "the
 * Council" of every paragraph of a draft before it is.
 */
function organOf(symbol: string | undefined): string {
  return ORGANS.find(([series]) => symbol?.startsWith(series))?.[1] ?? "";
}
const ORGANS: [string, string][] = [
  ["S/", "Security Council 安全理事会 安理会"],
  ["A/", "General Assembly 大会"],
  ["E/", "Economic and Social Council 经济及社会理事会 经社理事会"],
];

/**
 * The State or two a document is about, as its opening paragraphs name them ("Recalling its previous
 * resolutions and statements on South Sudan"): its later paragraphs ("an interim report by 1
 * December 2017") are of that State without naming it. None where they name more (a list of
 * States is no subject). Once per document.
 */
function subjectStates(ctx: Pick<AnswerContext, "glossary">, doc: ParsedDocument): string {
  let states = subjects.get(doc);
  if (states === undefined) {
    const opening = doc.passages.filter((p) => !p.locator?.startsWith("header")).slice(0, SUBJECT_PASSAGES).map((p) => p.text).join("\n");
    const named = [...new Set(nameMatcher(ctx, "states").all(opening))];
    subjects.set(doc, (states = named.length <= SUBJECT_STATES ? named.join(" ") : ""));
  }
  return states;
}
const subjects = new WeakMap<ParsedDocument, string>();
/** The opening paragraphs read for a document's subject, and the most States it may be about. */
const SUBJECT_PASSAGES = 2;
const SUBJECT_STATES = 2;

/**
 * What a document's cover says whatever the question: its meeting line and its date in both
 * languages ("the June 2022 draft" is the draft dated 8 June 2022). Made once per document: an
 * answer citing a hundred documents weighs each of their contexts, question after question.
 */
function coverOf(doc: ParsedDocument): { meeting: string; date: string } {
  let cover = covers.get(doc);
  if (!cover) {
    const date = doc.meta.date ? `${formatDateRange(doc.meta.date, undefined, "en")} ${formatDateRange(doc.meta.date, undefined, "zh")}` : "";
    covers.set(doc, (cover = { meeting: doc.passages.find((p) => p.locator === "header, meeting")?.text ?? "", date }));
  }
  return cover;
}
const covers = new WeakMap<ParsedDocument, { meeting: string; date: string }>();

/**
 * The documents of the one meeting a question names by body and ordinal (those whose cover names
 * that meeting, up to a few, from the meeting's own sources), and the meeting's names in both
 * languages.
 */
function meetingDocuments(ctx: AnswerContext): { docs: string[]; names: string } {
  // A question that names no body, ordinal, date or joint meeting names no one meeting: the
  // meetings of the whole corpus are not gone through to find that out.
  const { q } = ctx;
  if (!q.bodies.length && q.ordinal === undefined && !q.dates && !q.intersessional && !JOINT.test(q.text) && !questionBodies(ctx).length) return { docs: [], names: "" };
  const { meetings, specific } = findMeetings(ctx);
  if (!specific || meetings.length !== 1) return { docs: [], names: "" };
  const m = meetings[0];
  const names = m.bodies.map((b) => bodyNames(ctx.glossary, b));
  return { docs: ownDocuments(ctx, m), names: [...names, meetingName(ctx.glossary, m, "en"), meetingName(ctx.glossary, m, "zh")].join(" ") };
}

/** A meeting's own documents: those among its sources whose cover names that meeting, up to a few. */
export function ownDocuments(ctx: AnswerContext, m: Meeting): string[] {
  const docs = new Set<string>();
  for (const id of m.sources) {
    const { docId } = splitPassageId(id);
    const meta = docId !== undefined ? ctx.index.document(docId)?.meta : undefined;
    if (meta && meta.meeting?.ordinal === m.ordinal && (!meta.body || m.bodies.includes(meta.body))) docs.add(meta.id);
    if (docs.size >= MEETING_DOCUMENTS) break;
  }
  return [...docs];
}
/** How many of a named meeting's own documents are searched besides the whole corpus. */
const MEETING_DOCUMENTS = 4;

/**
 * The passages that hold every distinctive concept of the question, with their search scores:
 * ranked by length-normalised BM25, a long paragraph that holds them all ("the secretariat
 * presented 25 analyses to the fourteenth session of the Review Group, …") may stand below
 * shorter ones that hold a few; the containment postings find it whatever its length.
 * `searched` is the question as it is searched for (without what it sets aside).
 */
function holdingAll(ctx: AnswerContext, concepts: Concept[], searched: string): SearchHit[] {
  const distinctive = concepts.filter((c) => !c.neutral && c.weight >= 0.6);
  return distinctive.length < 2 ? [] : hitsOf(ctx, ctx.index.passagesHolding(distinctive.map((c) => ({ zh: c.variants, en: c.en })), HOLDERS), searched);
}

/**
 * The passages that write the number of a resolution the question names ("resolution 35/46 of
 * 3 December 1980" in another resolution's preamble), whatever else they say: a number a dozen
 * passages write is found by itself, not by how well the question's other words rank the passage.
 */
function holdingNumbers(ctx: AnswerContext, concepts: Concept[], searched: string): SearchHit[] {
  const numbers = concepts.filter((c) => c.source === "number" && RESOLUTION_NUMBER.test(c.label));
  // (Each number on its own: a question may name a resolution and one it recalls, which few passages write together.)
  // (A passage that holds the number's two figures apart, "79 … 8", does not write it.)
  return numbers.length ? hitsOf(ctx, numbers.flatMap((c) => ctx.index.passagesHolding([{ zh: c.variants, en: c.en }], NUMBER_HOLDERS).filter((p) => writesNumber(p.text, c.label))), searched, NUMBER_HOLDERS) : [];
}

/** Whether a text writes a resolution's number as such ("79/8", "79 / 8"), not only its figures apart. */
const writesNumber = (text: string, number: string) => new RegExp(`(?<![\\d/])${number.split("/").map(escapeRegExp).join("\\s*/\\s*")}(?![\\d/])`).test(text);
/** How many passages holding a resolution's figures are read for the number written whole, and how far down its document's ranking one is looked for. */
const NUMBER_HOLDERS = 200;

/** Passages found by what they hold, with their search scores for the question (in the first few of their documents). */
function hitsOf(ctx: AnswerContext, holders: Passage[], searched: string, limit = HOLDERS): SearchHit[] {
  const ids = new Set(holders.map((p) => p.id));
  const docs = [...new Set(holders.map((p) => p.docId))].slice(0, HOLDER_DOCUMENTS);
  return docs.flatMap((docId) => ctx.index.search(searched, { limit, docId }).filter((h) => ids.has(h.passage.id)));
}
const NO_TEXT = { text: "", headingPath: [] };
/** The word for a meeting or session, which names no subject. */
export const MEETING_WORD = /^(?:第?\d*(?:次|届)?会议|次会|届会|开会|meetings?|sessions?)$/i;
/**
 * A paragraph that opens on what the one before it named ("The meeting was organized …", "会议
 * 是按照……安排的", "At that session") goes on with its subject: the paragraph before, under the
 * same headings, is its context.
 */
function leadIn(index: KnowledgeIndex, p: Passage): string {
  // A table's row is read under its header ("日期 附属机构 将在…议程项目下讨论的…拟议段落 关键词"):
  // the row of 2024 says what the asset recovery group is to discuss.
  if (p.kind === "table-row") return tableHeaderOf(index, p)?.text ?? "";
  if (p.seq === 0 || !GOES_ON.test(plainText(p.text).replace(/^\s*\d+\.\s*/, ""))) return "";
  const before = index.passage(passageId(p.docId, p.seq - 1));
  return before && before.kind === p.kind && before.headingPath.join("\n") === p.headingPath.join("\n") ? before.text : "";
}
/**
 * The dates the paragraphs before a passage in its section state (a few at most), as written. Only
 * under a heading, and not in a resolution, whose preambular paragraphs each recall their own events.
 */
function sectionDates(index: KnowledgeIndex, p: Passage): string {
  let said = datesBefore.get(p);
  if (said === undefined) datesBefore.set(p, (said = readSectionDates(index, p)));
  return said;
}
/** The dates of each passage's section, read once per passage (a passage is weighed several times per question). */
const datesBefore = new WeakMap<Passage, string>();
function readSectionDates(index: KnowledgeIndex, p: Passage): string {
  if (!p.headingPath.length || p.role) return "";
  const dates: string[] = [];
  for (let seq = p.seq - 1; seq >= 0 && seq >= p.seq - SECTION_DATED; seq--) {
    const before = index.passage(passageId(p.docId, seq));
    if (!before || before.headingPath.join("\n") !== p.headingPath.join("\n") || before.kind === "heading") break;
    dates.push(...findDates(toHalfWidth(before.text)).map((d) => d.raw));
  }
  return dates.length ? ` ${dates.join(" ")}` : "";
}
/** How many paragraphs back a section's dates are read. */
const SECTION_DATED = 4;
/** The label a table row goes under when it does not repeat it (the year of a workplan's rows: "annex, row 2025年 (4)"; a slot's day). */
const rowLabel = (p: Passage): string[] => {
  const label = p.kind === "table-row" ? p.locator?.match(/\brow\s+(.+?)(?:\s+\(\d+\))?$/)?.[1] : undefined;
  if (!label) return [];
  // A slot of a programme of work goes under its day ("annex, row 2024-09-06 15:00"): written as a date.
  const day = label.match(/^\d{4}-\d{2}-\d{2}\b/)?.[0];
  return [day ? formatDateRange(day, undefined, "zh") : label];
};
/** The header row of the table a row belongs to: the nearest table row before it that is a header, within the table. */
function tableHeaderOf(index: KnowledgeIndex, p: Passage): Passage | undefined {
  if (TABLE_HEADER.test(p.locator ?? "")) return undefined;
  for (let seq = p.seq - 1; seq >= 0 && seq >= p.seq - TABLE_ROWS_BACK; seq--) {
    const before = index.passage(passageId(p.docId, seq));
    if (!before || before.kind !== "table-row") return undefined;
    if (TABLE_HEADER.test(before.locator ?? "")) return before;
  }
  return undefined;
}
const TABLE_HEADER = /\btable header$/;
/** How far back a row's header is looked for. */
const TABLE_ROWS_BACK = 80;
/** The opening words of a paragraph that speaks of the meeting, session or text the paragraph before named. */
const GOES_ON =
  /^(?:(?:at|during|in|for|after) )?(?:the|this|that|these|such) (?:meetings?|sessions?|conferences?|events?|panels?|discussions?|dialogues?|consultations?|seminars?|workshops?|segments?)\b|^(?:会议|会上|该会议|此次会议|这次会议|本次会议|该次会议|在该会议上|在这次会议上|在会议上|该届会议|本届会议|这届会议|该活动|讨论会|研讨会上)/i;
/**
 * A text without the relative clauses that describe an undated noun, in its sentences that state a
 * date ("the expiration in February 2026 of the Treaty, which has been suspended"); the text itself
 * when it has none. A clause after a date describes what that date dates ("resolution 35/142 B of
 * 12 December 1980, which introduced …"), and a clause with a date of its own is dated.
 */
function withoutUndatedRelatives(text: string): string {
  if (!RELATIVE.test(text)) return text;
  return sentences(text)
    .map((s) =>
      findDates(toHalfWidth(s)).length
        ? s.replace(RELATIVE_CLAUSE, (m, at: number) => (ENDS_WITH_YEAR.test(s.slice(0, at)) || findDates(toHalfWidth(m)).length ? m : ""))
        : s,
    )
    .join("");
}
const RELATIVE = /,\s*(?:which|who|whose|whom)\b/i;
const RELATIVE_CLAUSE = /,\s*(?:which|who|whose|whom)\b[^,;.]*/gi;
const ENDS_WITH_YEAR = /(?:19|20)\d\d\)?\s*$/;
/** A text without the dates something takes effect or stands at ("effective 6 March 2025", "as at 1 May", "自…起生效", "截至…"). */
function withoutEffectiveDates(text: string): string {
  return text.replace(EFFECTIVE_DATE_EN, " ").replace(EFFECTIVE_DATE_ZH, " ");
}
const EFFECTIVE_DATE_EN = /\b(?:effective(?: as of| from)?|with effect from|as (?:at|of))\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}/g;
const EFFECTIVE_DATE_ZH = /(?:自|从)\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*起\s*生效|截至\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/g;
/** A question about a date something takes effect or a status stands at. */
const EFFECT_ASKED = /\beffect(?:ive)?\b|\bas (?:at|of)\b|生效|截至/i;

/**
 * A text without the dates of the resolutions and decisions it cites ("resolutions 75/240 of 31
 * December 2020 and 76/19 of 6 December 2021", "2020年12月31日第75/240号决议"); a date followed by
 * what the resolution did ("of 12 December 1980, which introduced …") stays.
 */
function withoutCitationDates(text: string, establishing = false): string {
  return text
    .replace(CITED_EN, (m, at: number) => (establishing && ESTABLISHED_BY_EN.test(text.slice(Math.max(0, at - 60), at)) ? m : m.replace(DATE_OF, " ")))
    .replace(CITED_ZH, (m, date: string, cited: string, at: number) => (establishing && ESTABLISHED_BY_ZH.test(text.slice(at + m.length, at + m.length + 6)) ? m : cited));
}
/**
 * What a resolution cited set up ("the working group established pursuant to resolution 76/233 of
 * 24 December 2021", "特设委员会是根据大会1998年12月9日第53/111号决议设立的"): its date is the day
 * that was established, when the question asks when something was.
 */
const ESTABLISHED_BY_EN = /\b(?:established|created|set up|founded|convened)\s+(?:by|pursuant to|under|in accordance with|in)\s+(?:(?:its|the|General|Assembly|Council)\s+)*$/i;
const ESTABLISHED_BY_ZH = /^\s*(?:所|而)?(?:设立|成立|建立|创建|设置)/;
/** A question that asks when something was established. */
const ESTABLISHMENT_ASKED = /\b(?:establish\w*|creat(?:e|ed|ion)|set up|found(?:ed|ing)?|formed)\b|设立|成立|建立|创建|设置/i;
const CITED_EN = /\b(?:resolutions?|decisions?)\s+\d{1,3}\/\d{1,3}(?:\s?[A-Z]\b)?\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}(?:,?\s+(?:and\s+)?\d{1,3}\/\d{1,3}(?:\s?[A-Z]\b)?\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})*(?!,?\s*(?:which|by which|in which|whereby)\b)/g;
const DATE_OF = /\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}/g;
const CITED_ZH = /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)(第?\s*\d{1,3}\/\d{1,3}\s*号(?:决议|决定))/g;
/** A question for the day itself ("哪天", "what date", "on which day"). */
export const DAY_ASKED = /哪[一几两三些]?天|几号|几月几日|哪一日|具体(?:日期|时间)|\b(?:what|which) (?:dates?|days?)\b|\bexact (?:dates?|days?)\b|\bon what day\b/i;
/** Something that recurs every year. */
const ANNUAL = /\b(?:each|every|per) year\b|\bannual(?:ly)?\b|\byearly\b|\bday of the year\b|每年|每一年|年度/i;
/**
 * Of the dates a text lists, those of the years the question names ("the dates of the 2028
 * Games"), where some are; all of them otherwise. Years that place the document answered from
 * (`placing`: "in the feb 2020 draft", dated 11 February 2020) ask for none of its dates.
 */
/** A document symbol as a question writes it ("S/2020/110", "CAC/COSP/2015/1", "E/CN.15/2003/14"). */
const SYMBOL_LIKE = /\b[A-Z][A-Za-z.]*(?:\/[\w.-]+)+/g;
function datesAsked<D extends { start: string }>(question: string, dates: D[], placing: ReadonlySet<string> = NONE): D[] {
  // (The year inside a document's symbol, "S/2020/110", names the document, not a date asked.)
  const years = new Set([...toHalfWidth(question).replace(SYMBOL_LIKE, " ").matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)].map((m) => m[1]).filter((y) => !placing.has(y)));
  const ofYears = dates.filter((d) => years.has(d.start.slice(0, 4)));
  return ofYears.length ? ofYears : dates;
}
const NONE: ReadonlySet<string> = new Set();
/**
 * The years the description of a document names when they are its cover's ("the feb 2020 draft",
 * dated 11 February 2020): they say which document, not which of its dates ("the dates of the
 * Paris 2024 Games" asks for those of 2024).
 */
function yearsPlacingDocument(q: AnswerContext["q"], docDate: string | undefined, describing: Concept[]): ReadonlySet<string> {
  if (!q.dates || !docDate || docDate < q.dates.from || docDate > q.dates.to) return NONE;
  const year = docDate.slice(0, 4);
  return describing.some((c) => c.label.includes(year)) ? new Set([year]) : NONE;
}
/** A question for the most recent of several times ("when did it last meet"), not "last year". */
const LATEST = /\b(?:latest|most recent(?:ly)?|last)\b(?!\s+(?:year|week|month|day|session|meeting|item)s?\b)|最近一次|最近的一次|上一次|上次|最后一次/i;
/** "What" that asks when: "by what date", "what are the dates", "on which day", 什么时候. */
const WHAT_WHEN = /\b(?:what|which)(?:\s+(?:is|are|was|were|will be)\s+the|'s\s+the)?\s+(?:[a-z]+\s+)?(?:date|dates|day|days|month|deadlines?)\b|截止日期|截止时间|最后期限|什么时候|啥时候?|什么时间|哪天|哪一天|几号/i;
/** A text that names a room or hall: "Board Room B", "Conference Room 4", "M 楼 B/M1 会议室" (not only a building or a city). */
const ROOM_STATED = /\b(?:conference|board|meeting|plenary)?\s*(?:room|hall)\s+[A-Z0-9]|\b(?:Plenary|Assembly|General Assembly) Hall\b|会议室|会议厅|大厅|全体会议厅|\b[A-Z]{1,2}\s*楼/;
/** The words for the part of a resolution a paragraph stands in. */
const PART_SAID = { preambular: " preamble preambular 序言 序言部分", operative: " operative 执行部分" } as const;
/** A count or state "as of" a date: "as of", "as at", "截至", "截止到". */
const AS_OF = /\bas (?:of|at)\b|截至|截止到|截止/i;
/** Whether a text states a count as of dates, none of them in the range asked. */
function countsAsOfOtherDate(text: string, asked: { from: string; to: string }): boolean {
  const clauses = [...toHalfWidth(text).matchAll(AS_OF_CLAUSE)].map((m) => m[1]);
  const dates = clauses.flatMap((c) => findDates(c));
  return dates.length > 0 && dates.every((d) => !datedIn(d, asked));
}
/** An "as of" and the words after it, up to the clause's end. */
const AS_OF_CLAUSE = new RegExp(`(?:${AS_OF.source})\\s*([^,，;；。]{4,40})`, "gi");
/** Whether a date mention starts within a range of days. */
const datedIn = (d: DateMention, range: { from: string; to: string }) => d.start >= range.from && d.start <= range.to;
/** A text that states a date something is due by: "by 30 April", "no later than 12 August 2020", "by the end of 2018", "deadline", "截至", "4月30日之前" (not "每次会议之前"). */
const DEADLINE_STATED = /\b(?:by|before|no later than|not later than|prior to|until|deadline)\s+(?:the\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b|(?:end|middle|beginning|close)\s+of\s+(?:(?:the\s+)?(?:year\s+)?(?:19|20)\d\d|[A-Z][a-z]+\s+(?:19|20)\d\d))|\bdeadline\b|截止|截至|[日月年号时分]\s*(?:之前|以前)/;
/** How many passages of a document in scope are weighed, and how many when none of them states the kind of fact asked. */
const SCOPED = 6;
const SCOPED_DEEP = 30;
/**
 * The weight from which a concept is rare enough to tell passages apart: one the best passage
 * leaves out sends the search further into its document, and one an answer leaves out weighs
 * against it when answers are compared (select.ts).
 */
export const DISTINCTIVE = 1;
/** How close, in rank and coverage, a second passage must come to the first to be shown with it. */
const CLOSE = 0.8;

/** How many passages holding every distinctive concept are weighed, and from how many documents. */
const HOLDERS = 20;
const HOLDER_DOCUMENTS = 4;

/**
 * The concepts a question counts: the words after 多少/几 and its measure word ("提交了多少份报告":
 * 报告), after "how many" ("how many countries attended": countries; "how many Annex 2 States":
 * Annex, States), or after a count the question gives ("which two new publications",
 * "哪两本新出版物": publications).
 */
/** The labels of what a "how many" question counts, of its concepts (see `countedConcepts`). */
export const countedLabels = (ctx: AnswerContext): string[] => countedConcepts(ctx, conceptsOf(ctx)).map((c) => c.label);
function countedConcepts(ctx: AnswerContext, concepts: Concept[]): Concept[] {
  const words = countedWords(ctx.q.text, ctx.q.lang);
  return concepts.filter((c) => {
    const label = c.label.toLowerCase();
    // "人数上限是多少": a ceiling's value is asked, not a count of ceilings.
    if (QUANTITY_NOUN.test(label)) return false;
    // (An English word counts a one-word concept by its stem too: "delegates" of the term "delegations".)
    return (!c.neutral || c.source === "unknown") && c.source !== "number" && words.some(({ word, before }) => (before ? word.endsWith(label) : word.startsWith(label) || label.startsWith(word) || (ctx.q.lang === "en" && !label.includes(" ") && c.en.includes(stemKey(word)))));
  });
}
/** The words a question counts (see `countedConcepts`), lower-cased; `before` when they stand before the asking word ("缔约国有几个"). */
function countedWords(text: string, lang: "en" | "zh"): { word: string; before?: boolean }[] {
  if (lang === "zh") {
    // The words after the asking word ("有多少位专家"); a count the question gives ("五个区域组的
    // 成员里有几个") is what is counted only when no count is asked ("哪两份报告").
    const asking = text.match(COUNTED_ASKED_ZH);
    const after = asking ? asking[1] : text.match(COUNTED_GIVEN_ZH)?.[1];
    // A verb after the count ("多少个已核实销毁") says what happened to what the words before it name.
    // "多少份资料的分析": what is counted is the head after 的 (analyses), its modifier too.
    const head = after?.match(/^[^，。？?的]{1,12}的([^，。？?的]+)/)?.[1];
    if (after && !/^[已被经获]/.test(after)) return head ? [{ word: after }, { word: head }] : [{ word: after }];
    // "四个里面有几个": a place among what was named ("of the four") is no word of what is counted.
    const before = text.match(COUNTED_BEFORE_ZH)?.[1].replace(AMONG_ZH, "");
    return before ? [{ word: before, before: true }] : [];
  }
  const words: { word: string }[] = [];
  // A name written out beside its acronym counts as the acronym ("how many OPCW inspections").
  // "How many of the 4 secretariats": what is counted is what follows "of the" and its number.
  const among = acronymsAlone(text).replace(/\bhow many\s+of\s+(?:the|these|those|its|their)\s+(?:\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?/gi, "how many ");
  for (const m of among.matchAll(/\b(?:how many|two|three|four|five|six|seven|eight|nine|ten)\s+(?=((?:[a-z0-9-]+\s*){0,4}))/gi)) {
    for (const w of m[1].toLowerCase().split(/[\s-]+/).filter(Boolean)) {
      if (NOT_COUNTED.has(w)) break;
      if (!/^\d+$/.test(w)) words.push({ word: w });
    }
  }
  return words;
}
/** A word for a quantity itself, whose value "多少" asks ("上限", "人数上限", "比例"), not things to count. */
const QUANTITY_NOUN = /(?:上限|下限|限额|人数|总数|数额|金额|比例|ceiling|limit|cap|total|amount|share|rate)$/;
/** "Among" after what a Chinese question counts within ("四个里面", "这些国家当中"). */
const AMONG_ZH = /(?:里面|里头|当中|之中|中间|其中|里|中)$/;
/** What a Chinese question counts after 多少/几 and a measure word, or after a count it gives ("哪两本新出版物"). */
const COUNTED_ASKED_ZH = new RegExp(`(?:多少|(?<![哪第那这])几)[${COUNT_MEASURES}]?(?:新的?)?(?![${COUNT_MEASURES}][？?]?$)([\\u4e00-\\u9fff]{1,6})?`);
const COUNTED_GIVEN_ZH = new RegExp(`(?<![第\\d一二三四五六七八九十])[两三四五六七八九十][${COUNT_MEASURES}](?:新的?)?([\\u4e00-\\u9fff]{1,6})`);
/** What a Chinese question counts before the asking words ("缔约国有几个", "生产设施，一共多少个"). */
const COUNTED_BEFORE_ZH = /([\u4e00-\u9fff]{2,6})[，,]?(?:一共|总共|共)?(?:有|是)?(?:多少|几)/;
/** Words after "how many" that end what is counted: a verb or a preposition follows the noun. */
const NOT_COUNTED = new Set(["how", "as", "of", "in", "at", "on", "by", "for", "to", "from", "with", "were", "was", "are", "is", "did", "do", "does", "have", "has", "had", "will", "would", "can", "could", "should", "still", "already", "there", "that", "which", "who", "and", "or"]);

/** The quantities of a text that count one of the concepts: a figure followed closely by one of its words ("118个国家", "27 States"). */
export function countingQuantities(text: string, cs: Concept[], given?: ReadonlySet<string>, qualifying: Concept[] = []): string[] {
  const t = withoutNumbering(toHalfWidth(text));
  // Each figure with how many of the counted words it counts, then of the question's other words:
  // of "730 多人…，其中包括 560 多名政府代表、130 多名民间社会组织代表", "civil society
  // representatives" (or "representatives of civil society") are the 130, not every representative.
  const counting: { figure: string; held: number; qualified: number }[] = [];
  for (const m of t.matchAll(QUANTITIES)) {
    // "一个、两个、三个或四个机制": alternatives listed, no count of anything.
    if (ENUMERATED_NEXT.test(t.slice(m.index! + m[0].length, m.index! + m[0].length + 2)) || ENUMERATED_BEFORE.test(t.slice(Math.max(0, m.index! - 3), m.index!))) continue;
    // "两次关于加强商业诚信的专题小组讨论": a modifier of what is counted stands between the count and its noun.
    const modifier = COUNTING_MEASURE.test(m[0]) ? (t.slice(m.index! + m[0].length).match(MODIFIER_ZH)?.[0].length ?? 0) : 0;
    const after = squashedText(t.slice(m.index!, m.index! + m[0].length + modifier + COUNTED_REACH).split(CLAUSE_END)[0]);
    // Chinese also names what it counts just before a figure with its measure word, in the same
    // clause ("提交了 25 份"); a share is no count ("近 50% 的").
    const before = COUNTING_MEASURE.test(m[0]) ? squashedText(t.slice(Math.max(0, m.index! - COUNTED_REACH), m.index!).split(CLAUSE_END).at(-1)!) : "";
    // Or the count stands inside the noun phrase it counts ("其他三个秘书处" counts "其他秘书处").
    const around = before && before + squashedText(t.slice(m.index! + m[0].length, m.index! + m[0].length + COUNTED_REACH).split(CLAUSE_END)[0]);
    const holds = (c: Concept) => c.variants.some((v) => after.includes(v) || (before && /\p{Script=Han}/u.test(v) && (before.includes(v) || around.includes(v))));
    const held = cs.filter(holds).length;
    if (held) counting.push({ figure: m[0], held, qualified: qualifying.filter(holds).length });
  }
  for (const m of t.matchAll(QUANTITIES_EN)) {
    if (/^(?:19|20)\d{2}\b/.test(m[0])) continue;
    const after = stemLine(t.slice(m.index!).split(/\s+/).slice(0, COUNTED_WORDS + 1).join(" "));
    const holds = (c: Concept) => c.en.some((k) => hasStemKey(after, k));
    const held = cs.filter(holds).length;
    if (held) counting.push({ figure: m[0], held, qualified: qualifying.filter(holds).length });
  }
  const kept = counting.filter((x) => !given?.has(figureOf(x.figure) ?? ""));
  const most = Math.max(0, ...kept.map((x) => x.held));
  const countingMost = kept.filter((x) => x.held === most);
  const best = Math.max(0, ...countingMost.map((x) => x.qualified));
  return countingMost.filter((x) => x.qualified === best).map((x) => x.figure);
}
/**
 * How far after a figure the counted word may stand, within its clause: characters in Chinese
 * ("1,800 多篇与腐败相关的文章"), words in English ("27 chemical weapons production facilities").
 */
const COUNTED_REACH = 10;
/** A modifier after a count and before what it counts: "关于…的", "有关…的", "涉及…的", "针对…的". */
const MODIFIER_ZH = /^\s*(?:关于|有关|涉及|针对)[^，。；、,;的]{1,20}的/;
/** A figure with the measure word of things counted ("25 份", "十个"), not a share or a sum. */
const COUNTING_MEASURE = new RegExp(`[${COUNT_MEASURES}国]$`);
/** A Chinese count listed among others: followed or preceded by 、 or 或 between measure words. */
const ENUMERATED_NEXT = /^\s*[、或]/;
const ENUMERATED_BEFORE = new RegExp(`[${COUNT_MEASURES}]\\s*[、或]\\s*$`);
/** Where a clause ends, for what a figure counts. */
const CLAUSE_END = /[，。；、;]|,(?!\d)/;
const COUNTED_WORDS = 4;
/** How much more a passage that counts what is asked counts, or names a year when one is asked (a year may also be told otherwise: "at its eleventh session"). */
const ASKED_BOOST = 1.5;

/** A question about where something is online or in print: hosted, posted, published, available; where it can be found or read. */
const ONLINE_ASKED = /\b(?:host(?:ed)?|post(?:ed)?|publish(?:ed)?|available|accessible|online|website|portal|url|link)\b|\bwhere\b[^?]{0,30}\b(?:find|read|access|download|consult|view)\b|网站|网上|在线|门户|网址|链接|刊登|登载|发布在|查阅|下载|找到/i;
/** A web address asked for: "网址", "链接", "the URL", "what website", "web address". */
const WEB_ADDRESS_ASKED = /\b(?:url|web(?:site)? ?address|web ?link|hyperlink)\b|\bwhat(?:'s| is)? the link\b|\bwhat (?:website|web ?site|web ?page)\b|网址|链接|网站地址|网页地址/i;
/** Votes asked: "votes in favour", "the recorded vote", "how did the vote go", "多少票赞成", "表决结果". */
const VOTES_ASKED = /\bvotes?\s+(?:for|in favou?r|against|cast)\b|\b(?:recorded|roll-call)\s+vote\b|\b(?:how|what)\s+(?:did|was|were)\s+the\s+vot(?:e|es|ing)\b|\bhow many votes\b|赞成票|反对票|弃权票|票数|多少票|表决结果|表决情况/i;
/** Votes stated: "by 150 votes to 3", "a recorded vote", "without a vote", "以150票对3票", "未经表决". */
const VOTES_STATED = /\b\d+\s+votes?\s+to\s+\d+|\b(?:recorded|roll-call)\s+vote\b|\bwithout a vote\b|\d+\s*票|未经表决|记录表决/i;
/** Whether votes are asked and a text states none. */
export const votesLeftOut = (question: string, text: string) => VOTES_ASKED.test(question) && !VOTES_STATED.test(text);
/** A year written in figures ("2025年", "in 2019", "2020–2024"). */
export const YEAR_WRITTEN = /(?<!\d)(?:19|20)\d\d(?!\d)/;
const YEARS_WRITTEN = new RegExp(YEAR_WRITTEN.source, "g");
/**
 * The passages a search for a question's text finds first, and for an English question those its
 * own words find: the English passages that its Chinese translations would crowd out (each English
 * word becomes several Chinese words and character pairs; a Chinese question's English
 * translations are few words and crowd out nothing). A passage both find comes twice.
 */
export function questionHits(ctx: AnswerContext, text: string, limit: number): SearchHit[] {
  const hits = ctx.index.search(text, { limit });
  return ctx.q.lang === "en" ? [...hits, ...ctx.index.search(text, { limit, ownWords: true })] : hits;
}

/** The notes a question names by number, of the documents the first hits stand in, scored as the first. */
function notesNamed(ctx: AnswerContext, hits: SearchHit[]): SearchHit[] {
  const named = noteNamedIn(ctx.q.text);
  if (!named || !hits.length) return [];
  const docs = [...new Set(hits.map((h) => h.passage.docId))].slice(0, HOLDER_DOCUMENTS);
  return passagesOf(ctx, docs, hits[0].score, (p) => p.kind === "footnote" && p.locator === named);
}
/** The paragraphs a question names by number, of the documents in scope and those the first hits stand in, scored as the first. */
function paragraphsNamed(ctx: AnswerContext, hits: SearchHit[], inScope: string[]): SearchHit[] {
  const named = paragraphNamedIn(ctx.q.text);
  if (!named || !hits.length) return [];
  const docs = [...new Set([...inScope, ...hits.map((h) => h.passage.docId).slice(0, HOLDER_DOCUMENTS)])];
  return passagesOf(ctx, docs, hits[0].score, (p) => p.kind !== "footnote" && ofParagraph(p.locator, named));
}
/** The passages of documents that `keep` picks, as hits of one score. */
function passagesOf(ctx: AnswerContext, docs: string[], score: number, keep: (p: Passage) => boolean): SearchHit[] {
  return docs.flatMap((docId) => ctx.index.document(docId)?.passages.filter(keep) ?? []).map((passage) => ({ passage, score }));
}
/** The locator of a note a question names by its number: "footnote 1", "脚注3" -> "footnote 3". */
function noteNamedIn(text: string): string | undefined {
  const m = text.match(/\bfoot ?notes? (?:no\.? ?)?(\d{1,3})\b|脚注\s*(\d{1,3})/i);
  return m ? `footnote ${m[1] ?? m[2]}` : undefined;
}
/** Whether a question asks for a web address. */
export const asksWebAddress = (q: AnswerContext["q"]) => WEB_ADDRESS_ASKED.test(q.text);
/** A question's word for a web address, which names the kind asked, not what the passage is about. */
const WEB_ADDRESS_WORD = /^(?:urls?|web(?:site)? ?address(?:es)?|links?|websites?|web ?pages?|网址|链接|网站地址|网页地址)$/i;
/** A web address in a text. */
const WEB_ADDRESS = /https?:\/\/|\bwww\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|int|com|net|gov)\b/i;
/**
 * A place online or of publication: a web address, a portal or a website, the Journal of the
 * United Nations, a gazette or bulletin.
 */
const WEB_PLACE = /https?:\/\/|\bwww\.|\bportal\b|\bwebsite\b|\bjournal\b|\bgazette\b|\bbulletin\b|门户|网站|日刊|公报/i;

/**
 * Whether a text names a place, in a clause that names one of the meetings asked by their ordinals
 * or no other meeting (any clause when none is asked by its ordinal).
 */
function placedAsAsked(ctx: AnswerContext, text: string, asked: Set<number> | undefined): boolean {
  text = placingText(ctx, text);
  // "In which city": a region of the world does not place it.
  const names = ctx.q.asks.has("city") ? namesLocality : namesPlace;
  if (!asked) return names(ctx, text);
  return sentences(text)
    .flatMap((s) => s.split(CLAUSE_BREAK))
    .some((c) => {
      if (!names(ctx, c)) return false;
      const named = ordinalsIn(c);
      return named.length === 0 || named.some((n) => asked.has(n));
    });
}
/**
 * The part of a text that may place what the question asks: without the titles it quotes and the
 * places of lesser events it does not ask of, and around the date the question gives.
 */
// (Where a document was published or issued, its imprint says: "United Nations, New York, 2015", "2015年,纽约".)
const placingText = (ctx: AnswerContext, text: string) => {
  const issued = ctx.q.asks.has("issued");
  const placed = aroundDateAsked(ctx, withoutOthersHeld(ctx.q.text, withoutTitles(issued ? text : text.replace(IMPRINT, " "))));
  return HOLDING_ASKED.test(ctx.q.text) && !issued ? venuesOnly(ctx, placed) : placed;
};

/** A document's imprint ("United Nations • New York, 2015"): where it was published, not where anything met. */
const IMPRINT = /\bUnited Nations\s*[•·]?\s*(?:New York|Geneva|Vienna|Nairobi),\s*(?:19|20)\d\d\b/g;
/** Where something is held, hosted or meets ("which city hosted it", "在哪开的"): a venue, not any place named. */
const HOLDING_ASKED = /\b(?:held|hold(?:s|ing)?|take[sn]? place|took place|taking place|host(?:s|ed)?|venue|city|convene[sd]?|meet(?:s|ing)?|met)\b|举行|召开|举办|开的|开会|在哪(?:里|儿)?开|城市|会址|会议地点|举办地|\blocation\b/i;
/**
 * A text without the places it names otherwise than as a venue: "the withdrawal of Lithuania" names
 * no venue; "in Vienna", "at Geneva", "hosted by Austria", "Vienna, 27–31 May", "在维也纳",
 * "维也纳举行" do, and so does a place listed after one of them ("in Mexico, Vienna and Oslo").
 */
function venuesOnly(ctx: AnswerContext, text: string): string {
  const matcher = nameMatcher(ctx, "places");
  let out = "";
  let from = 0;
  let lastVenueEnd = -1;
  for (let f = matcher.find(text); f; f = matcher.find(text, f.index + f.text.length)) {
    const end = f.index + f.text.length;
    const listed = lastVenueEnd >= 0 && LISTED_AFTER.test(text.slice(lastVenueEnd, f.index));
    if (listed || VENUE_BEFORE.test(text.slice(Math.max(0, f.index - 40), f.index)) || VENUE_AFTER.test(text.slice(end, end + 12))) {
      lastVenueEnd = end;
      continue;
    }
    out += text.slice(from, f.index);
    from = end;
  }
  return out + text.slice(from);
}
const VENUE_BEFORE = /(?:\b(?:in|at)\s+(?:the\s+)?(?:(?:city|capital|town)\s+of\s+)?|\bhosted\s+by\s+(?:the\s+)?(?:Governments?\s+of\s+)?(?:the\s+)?|\bvenue\s*:?\s*|在|于|东道国)$/i;
const VENUE_AFTER = /^(?:\s*[,，]\s*(?:\d|from\b|on\b)|\s*(?:举行|召开|举办|主办|开会)|\s+hosted\b)/;
const LISTED_AFTER = /^\s*(?:,|and|、|和|及|以及)\s*(?:and\s+)?$/;

/**
 * A text without where and when the lesser events it tells of were held, unless the question asks
 * of such an event: "the initiative of the President of the thirteenth Meeting of States Parties
 * to host the … Regional Workshop on the Convention, held on 18 and 19 March 2025 in Manila" dates
 * and places the workshop, not the Meeting; "在马尼拉举办的区域讲习班" the same. What is held is
 * the event named last before "held" (after it, in Chinese): "a workshop at the Conference, held
 * in Vienna" places the Conference.
 */
export function withoutOthersHeld(question: string, text: string): string {
  if (LESSER_EVENT_EN.test(question) || LESSER_EVENT_ZH.test(question)) return text;
  return withoutLesserHeldEn(text).replace(HELD_ZH, (m, _where: string, what: string) => (LESSER_EVENT_ZH.test(what) && !/会议|届会|大会|峰会/.test(what) ? what : m));
}

/** An English text without each lesser event held, its name ("the South-East Asia and Pacific Regional Workshop") with the clause saying where and when. */
function withoutLesserHeldEn(text: string): string {
  if (!HELD_EN.test(text)) return text;
  let out = "";
  let from = 0;
  for (const m of text.matchAll(HELD_CLAUSE_EN)) {
    const event = lastEventBefore(text, m.index!);
    if (!event || !LESSER_EVENT_EN.test(event[0]) || event.index! < from) continue;
    // The event's name: the capitalized words (and the small words between them) before its noun.
    const named = text.slice(from, event.index!).match(EVENT_NAME)?.[0].length ?? 0;
    out += text.slice(from, event.index! - named);
    from = m.index! + m[0].length;
  }
  return out + text.slice(from);
}
/** Capitalized words, with "and", "of", "for" between them, ending a text: an event's name before its noun. */
const EVENT_NAME = /(?:(?:[A-Z][\p{L}'’-]*|and|of|for)\s+)*$/u;
/** Events held that a question about a meeting or conference does not ask of. */
export const LESSER_EVENT_EN = /\b(?:workshops?|seminars?|trainings?|courses?|webinars?|briefings?|side[- ]events?|exhibitions?|symposi(?:um|a)|round[- ]?tables?|retreats?|study tours?)\b/i;
export const LESSER_EVENT_ZH = /讲习班|研讨会|研讨班|培训|讲座|会外活动|展览|圆桌|务虚会|考察/;
/** Any event: the lesser ones and the meetings, sessions and conferences. */
const EVENT_EN = new RegExp(String.raw`${LESSER_EVENT_EN.source}|\b(?:meetings?|sessions?|conferences?|summits?|assembl(?:y|ies)|forums?|fora|dialogues?|consultations?|congress(?:es)?)\b`, "gi");
/** The verbs by which an event is held. */
const HELD_VERBS = String.raw`held|convened|organi[sz]ed|hosted|took place|taking place`;
const HELD_EN = new RegExp(String.raw`\b(?:${HELD_VERBS})\b`, "i");
/** ", held on 18 and 19 March 2025 in Manila": a clause that says when or where something was held, up to the sentence's or clause's end. */
const HELD_CLAUSE_EN = new RegExp(String.raw`,?\s+(?:(?:which|that)\s+(?:was|were|is|will be)\s+)?(?:${HELD_VERBS}|to be held)\b[^;]*?(?=;|\.\s|\.$|$)`, "gi");
/** "于2025年3月18日和19日在马尼拉举办的…讲习班": the date and place of what follows 的. */
const HELD_ZH = /((?:于[^，。；、]{0,30}?)?在[^，。；、]{1,20}?(?:举行|举办|召开)的)([^，。；]{0,40})/g;
/** The event a text names last before a position, in the same sentence (its index in the whole text). */
function lastEventBefore(text: string, at: number): RegExpMatchArray | undefined {
  const sentenceStart = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf(";", at)) + 1;
  const last = [...text.slice(sentenceStart, at).matchAll(EVENT_EN)].at(-1);
  if (last) last.index! += sentenceStart;
  return last;
}

/**
 * Where the question names the event by a date a list of dated events gives ("the one of 8 and 9
 * December 2014"), the part of the list that tells of it: its date and the words between it and
 * the date before it, when the list writes places before dates ("convened by Norway, on 4 and 5
 * March 2013, Mexico, on 13 and 14 February 2014, and Austria, on 8 and 9 December 2014"), or
 * after it up to the next date when it writes them after. The whole text otherwise.
 */
function aroundDateAsked(ctx: AnswerContext, text: string): string {
  const given = datesGiven(ctx.q);
  if (!given.length) return text;
  const t = toHalfWidth(text);
  const dates = findDates(t);
  const at = dates.findIndex((d) => given.some((g) => g.start === d.start));
  if (at < 0 || dates.length < 2) return text;
  // A list writes each place on the same side of its date throughout: the side the first date's is on.
  const placeFirst = namesPlace(ctx, t.slice(0, dates[0].index));
  const end = (d: (typeof dates)[number]) => d.index + d.length;
  return placeFirst ? t.slice(at > 0 ? end(dates[at - 1]) : 0, end(dates[at])) : t.slice(dates[at].index, at + 1 < dates.length ? dates[at + 1].index : t.length);
}
/** The dates a question gives, read once per question (every passage found is placed against them). */
function datesGiven(q: AnswerContext["q"]): ReturnType<typeof findDates> {
  let given = givenByQuestion.get(q);
  if (!given) givenByQuestion.set(q, (given = findDates(toHalfWidth(q.text))));
  return given;
}
const givenByQuestion = new WeakMap<object, ReturnType<typeof findDates>>();
/**
 * A text with the titles it quotes blanked out: a place in a title ("题为‘亚特兰大 2023：在反腐败斗争中
 * 促进廉正…’的第 10/1 号决议", "the “Vienna Declaration”") is no place where something was held.
 * A quotation that is most of the text is the text itself, and stays.
 */
function withoutTitles(text: string): string {
  return text.replace(QUOTED_TITLE, (m) => (m.length < text.length * QUOTE_SHARE ? " ".repeat(m.length) : m));
}
const QUOTED_TITLE = /‘[^‘’]{2,200}’|“[^“”]{2,200}”|《[^《》]{1,200}》|"[^"]{2,200}"/g;
const QUOTE_SHARE = 0.6;
export function namesPlace(ctx: AnswerContext, text: string): boolean {
  return nameMatcher(ctx, "places").test(text) || HELD_AT.test(text);
}
/**
 * Whether a text names a city, a venue or at least the State it is in (not only a region of the
 * world: "in Africa" says no city), or where something was held.
 */
export function namesLocality(ctx: AnswerContext, text: string): boolean {
  return nameMatcher(ctx, "localities").test(text) || HELD_AT.test(text);
}
/** The symbols of the footnotes a passage points to, as the answer states them: "(footnote 1: A/80/83)". */
function notesLine(index: AnswerContext["index"], p: Passage, src: Sources, lang: "en" | "zh", addresses = false): string {
  const notes = footnotesOf(index, p).flatMap((f) => [...(addresses ? webAddressesIn(f.text) : []), ...referencesIn(f.text, lang)].map((symbol) => ({ f, symbol, n: f.locator.replace(/\D+/g, "") })));
  if (!notes.length) return "";
  const said = notes.map(({ f, symbol, n }) => (lang === "zh" ? `脚注${n}：${symbol}` : `footnote ${n}: ${symbol}`) + src.cite(f.id));
  return lang === "zh" ? `（${said.join("；")}）` : ` (${said.join("; ")})`;
}

/**
 * A question about what a passage's notes say: "脚注里…", "in the footnote", "per its footnotes";
 * or about what only a note gives, where a treaty is published ("which Treaty Series volume",
 * "收在《联合国条约集》第几卷", "its registration number").
 */
const NOTES_ASKED = /脚注|注脚|\bfoot-?notes?\b|\bTreaty Series\b|条约集|条约汇编|第几卷|哪一卷|登记(?:编)?号|\bregistration (?:number|no)\b|\bwhich vol(?:ume)?\b|\bvol(?:ume)? (?:number|no)\b/i;

/**
 * The notes of a passage on what the question asks, whole: of several, those whose markers close
 * the stretch of text that holds most of the question ("the Treaty on the South-East Asia Nuclear
 * Weapon-Free Zone (Treaty of Bangkok),9": note 9), after the quote ("（脚注9：United Nations,
 * Treaty Series, vol. 1981, No. 33873.）").
 */
function notesSaid(ctx: AnswerContext, p: Passage, concepts: Concept[], src: Sources): string {
  const marks = footnoteMarks(ctx.index, p);
  if (!marks.length) return "";
  const stretches = marks.map((m, i) => {
    const before = p.text.slice(i ? marks[i - 1].end : 0, m.at);
    return { f: m.note, n: m.note.locator.replace(/\D+/g, ""), hit: coverage(concepts, { text: before, headingPath: [] }, "", ctx).hit };
  });
  const most = Math.max(...stretches.map((x) => x.hit));
  const kept = most > 0 ? stretches.filter((x) => x.hit === most) : stretches;
  const zh = ctx.q.lang === "zh";
  const said = kept.slice(0, MAX_NOTES_SAID).map(({ f, n }) => `${zh ? `脚注${n}：` : `footnote ${n}: `}${plainText(f.text).replace(/^\[\^\d+\]:\s*/, "").trim()}${src.cite(f.id)}`);
  return zh ? `（${said.join("；")}）` : ` (${said.join("; ")})`;
}
/** How many notes of one passage an answer states whole. */
const MAX_NOTES_SAID = 3;

/** The web addresses a text gives ("See https://milex-reporting.unoda.org/en/states."), without the sentence's last stop. */
function webAddressesIn(text: string): string[] {
  return [...text.matchAll(/(?:https?:\/\/|\bwww\.)[^\s<>()（）“”"'，。；]+/gi)].map((m) => m[0].replace(/[.,;:]+$/, ""));
}

/** The documents a footnote refers to: its symbols, else the resolutions it names ("Resolution 55/2." -> "resolution 55/2"). */
function referencesIn(text: string, lang: "en" | "zh"): string[] {
  const symbols = findSymbols(text).map((s) => s.symbol);
  if (symbols.length) return symbols;
  return findResolutionMentions(text).map((m) => (lang === "zh" ? `第${m.number}号决议` : `resolution ${m.number}`));
}

/**
 * Whether a footnote states a fact of its own ("The Committee on Disarmament was redesignated the
 * Conference on Disarmament as from 7 February 1984", "议程项目 2 将与……一并讨论"), not only where
 * a text comes from ("See A/43/398, annex I.", "Resolution 70/1.", "可查阅 www.track.unodc.org。").
 */
function statesFact(text: string): boolean {
  const t = text.replace(NOTE_MARK, "").replace(/<[^>]*>|\b(?:https?:\/\/|www\.)\S+/g, " ").trim();
  if (REFERENCE_NOTE.test(t)) return false;
  return FINITE_VERB_EN.test(t) || (t.match(/\p{Script=Han}/gu)?.length ?? 0) >= NOTE_PROSE_HAN;
}
/** A footnote's mark: "[^4]:", "<sup>a</sup>", "¹", "*". */
const NOTE_MARK = /^\s*(?:\[\^?\w+\]:?|<sup>\w+<\/sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰*]+|[a-z]\s)/;
/** How a footnote that only points to a source begins. */
const REFERENCE_NOTE = /^(?:See\b|Ibid\b|Resolution\b|Official Records\b|United Nations, Treaty Series\b|见|参见|可查阅|网址)/i;
const FINITE_VERB_EN = /\b(?:is|are|was|were|has|have|had|became|will|shall|did)\b/i;
/** How many Chinese characters a footnote that states something holds at least. */
const NOTE_PROSE_HAN = 12;

/** A resolution's number asked: "which resolution", "resolution number", "第几号决议", "哪项决议". */
const RESOLUTION_NUMBER_ASKED = new RegExp(`\\b(?:which|what) (?:GA |General Assembly |Assembly )?(?:resolution|res)\\b|${NUMBER_OF_RESOLUTION_EN.source}|第几号|几号决议|多少号|哪(?:一)?(?:项|个|份)?决议`, "i");

/** Whether a question asks which document or resolution something is: its symbol, "which resolution", "which document", 哪份文件. */
const asksReference = (q: AnswerContext["q"]) => q.asks.has("symbol") || ((q.asks.has("which") || /哪/.test(q.text)) && (q.asks.has("resolution") || q.asks.has("documents")));

/**
 * An answer that quotes passages in the other language with the facts the question asks of them
 * stated in the asker's own (a resolution's paragraph "… held … in New York from 30 November to
 * 4 December 2026" asked "啥时候、在哪儿开": "日期：…；地点：纽约。" after its first line).
 */
export function withFactsInLanguage(ctx: AnswerContext, result: AnswerResult): AnswerResult {
  const { answer } = result;
  const lang = ctx.q.lang;
  if (!answer.answered || !asksForFact(ctx.q)) return result;
  const foreign = [...new Set(answer.citations.map((c) => c.passageId))]
    .map((id) => (id ? ctx.index.passage(id) : undefined))
    .filter((p): p is Passage => !!p && (ctx.index.document(p.docId)?.meta.language ?? lang) !== lang);
  const line = foreign.length ? factLine(ctx, foreign.map((p) => p.text).join("\n"), lang) : undefined;
  // Not when its own words state them already ("大会于2025年12月1日通过").
  if (!line || statedAlready(line, answer.text, lang)) return result;
  const [head, ...rest] = answer.text.split("\n");
  return { ...result, answer: { ...answer, text: [head, line, ...rest].join("\n") } };
}

/**
 * Where a text mentions the names an English question writes that no dictionary or glossary
 * knows (persons' names, not "Paris" or "the Prosecutor"), the last of them in the text ("per the
 * Prosecutor, when did Munyarugarama die": after "the Prosecutor's findings on 12 May 2022 … of
 * the deaths of … Munyarugarama", the name nearest its date); -1 when it mentions none.
 */
function nameMentioned(ctx: AnswerContext, text: string): number {
  const lower = text.toLowerCase();
  // Of the names the question asks about, after its "when": a name before it places the question
  // ("S/2020/110 Darfur sanctions: when's the interim report due").
  const asking = ctx.q.text.search(/\bwhen\b/i);
  const at = writtenNames(ctx)
    .filter(({ concept, written }) => concept.source === "unknown" && ctx.q.text.indexOf(written) > asking)
    .map(({ written }) => lower.indexOf(written.toLowerCase()))
    .filter((i) => i >= 0);
  // So are the dates after the number of a resolution it names ("resolutions 45/54 of 4 December 1990, 46/32 of …").
  const numbered = namedResolutionAt(ctx.q, text);
  if (numbered) at.push(numbered.at);
  return at.length ? Math.max(...at) : -1;
}

/**
 * Of a text that names several meetings by their ordinals, what it says of the one the question
 * asks by its ordinal: from its mention to the next ordinal ("the Thirteenth Conference …, held in
 * Kuala Lumpur …, which was reiterated at the Seventeenth Conference …, held on Margarita Island"),
 * when a place stands there. Otherwise the whole text.
 */
function ofOrdinalAsked(ctx: AnswerContext, text: string): string {
  const asked = ctx.q.ordinal;
  if (asked === undefined) return text;
  const mentions = ordinalMentions(text);
  const k = mentions.findIndex((m) => m.n === asked);
  if (k < 0 || mentions.every((m) => m.n === asked)) return text;
  const next = mentions.slice(k + 1).find((m) => m.n !== asked);
  const own = text.slice(mentions[k].at, next?.at ?? text.length);
  return namesPlace(ctx, own) ? own : text;
}

/** Where a text writes the number of a resolution the question names (the first place), and which number. */
function namedResolutionAt(q: AnswerContext["q"], text: string): { at: number; number: string } | undefined {
  const numbers = numbersNamed(q);
  if (!numbers.length) return undefined;
  const t = toHalfWidth(text);
  const asked = toHalfWidth(q.text);
  for (const number of numbers) {
    // With the part the question writes ("67/234 B"): a list's "67/234 A of 24 December 2012,
    // 67/234 B of 2 April 2013" dates each part apart.
    const part = asked.match(new RegExp(`(?<![\\d/])${escapeRegExp(number)}\\s?([A-H])(?![A-Za-z\\d])`))?.[1];
    const at = resolutionNumberAt(t, number, part);
    if (at >= 0) return { at, number: part ? `${number} ${part}` : number };
  }
  return undefined;
}

/** The numbers of the resolutions a question names ("resolution 35/46", "53/111号决议"), made once per question. */
const numbersNamed = (q: AnswerContext["q"]): string[] => {
  let numbers = namedNumbers.get(q);
  if (!numbers) namedNumbers.set(q, (numbers = [...new Set([...q.resolutions.map((r) => r.number), ...resolutionNumbersIn(q.text)])]));
  return numbers;
};
const namedNumbers = new WeakMap<AnswerContext["q"], string[]>();

/**
 * The date a (half-width) text gives a resolution the question names by number, of those it
 * states: after it ("54/126 of 17 December 1999") or just before it ("1999年12月17日第54/126号决议").
 */
function resolutionDateIn(q: AnswerContext["q"], t: string, stated: DateMention[]): DateMention | undefined {
  const named = datedResolution(q, t);
  if (!named) return undefined;
  const { at } = named;
  return stated.find((d) => d.index > at && d.index - at < RESOLUTION_DATE_GAP) ?? [...stated].reverse().find((d) => d.index < at && at - (d.index + d.length) < RESOLUTION_DATE_GAP);
}
/** How far from a resolution's number the date it bears may stand ("35/142 B of 12 December 1980", "日第"). */
const RESOLUTION_DATE_GAP = 16;

/**
 * Whether a text dates a resolution the question names by number, which dates its adoption:
 * "resolution 35/46 of 3 December 1980", "45/54 of 4 December 1990" in a list,
 * "1980年12月3日第35/46号决议".
 */
const datesNamedResolution = (q: AnswerContext["q"], text: string): boolean => !!datedResolution(q, text);
/** Where a text writes, with the date it bears, the number of a resolution the question names. */
function datedResolution(q: AnswerContext["q"], text: string): { at: number; number: string } | undefined {
  const named = namedResolutionAt(q, text);
  if (!named) return undefined;
  const t = toHalfWidth(text);
  const { at, number } = named;
  return DATED_AFTER.test(t.slice(at + number.length, at + number.length + 40)) || DATED_BEFORE.test(t.slice(Math.max(0, at - 24), at)) ? named : undefined;
}
/** A concept of adopting ("adopted", "passed", "通过"), and the words that say it in a passage's context. */
const ADOPTION = /^(?:adopt(?:ed|ion|s)?|pass(?:ed)?|通过)$/i;
const ADOPTION_SAID = " adopted 通过";
const DATED_AFTER = /^\s?(?:[A-Z]{1,2}\b\s*)?(?:\(\s*)?of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}/;
const DATED_BEFORE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:的)?\s*(?:第\s*)?$/;

/**
 * Whether every fact of a fact line ("日期：…；地点：…。") stands already in a text's own words in
 * the asker's language, not in what it quotes in the other ("拟于 2024 年举行" states no year to
 * an English reader).
 */
function statedAlready(line: string, text: string, lang: "en" | "zh"): boolean {
  const own = text.replace(lang === "zh" ? LATIN_RUN : HAN_RUN, " ");
  const facts = line.replace(/[。.]$/, "").split(/[；;]\s*/).flatMap((part) => part.replace(/^[^：:]*[：:]\s*/, "").split(/、|;\s*/));
  return facts.every((f) => own.includes(f.trim()));
}
/** A run of Chinese text, with the figures and spaces inside it. */
const HAN_RUN = /[\u4e00-\u9fff][\u4e00-\u9fff\d\s，。、；：（）《》“”,.%-]*[\u4e00-\u9fff]/g;
/** A run of English text, with the figures and punctuation inside it. */
const LATIN_RUN = /[A-Za-z][A-Za-z\d\s,.;:'’()%–-]*[A-Za-z\d]/g;

/**
 * The facts a question asks for that a text states, in the asker's language: the dates for "when",
 * the places for "where", the figures for "how many", the States and organizations for "who"
 * ("日期：2025年8月25日至29日；地点：纽约。").
 */
function factLine(ctx: AnswerContext, text: string, lang: "en" | "zh", placing: ReadonlySet<string> = NONE): string | undefined {
  const { asks } = ctx.q;
  const parts: string[] = [];
  if (asks.has("when")) {
    const t = toHalfWidth(text);
    // With a meeting named by its ordinal, the dates after its mention are its own ("the eleventh
    // Conference … from 25 to 29 August 2025, … the twelfth … from 24 to 28 August 2026").
    // So are the dates after a name the question writes ("when did Mpiranya die": "… of the deaths
    // of Protais Mpiranya on 5 October 2006", not the dates of the findings before it).
    const from = ctx.q.ordinal === undefined ? nameMentioned(ctx, t) : t.search(ordinalPattern(ctx.q.ordinal));
    const stated = findDates(t).filter((d) => !d.month);
    // "When did they last meet", "最近一次是哪天": of the dates a text lists, the latest (an
    // ordinal there names a body, "the First and Fourth Committees", not one of the meetings).
    // A list of ordinals and a list of dates after it go together in order ("the first, second and
    // third sessions …, held from 31 July …, from 22 July … and from 28 April …").
    const listed = ctx.q.ordinal === undefined ? undefined : placeInList(t, ctx.q.ordinal);
    // The date a text gives a resolution the question names is its own ("1999年12月17日第54/126号决议").
    const ofResolution = resolutionDateIn(ctx.q, t, stated);
    const own = datesAsked(ctx.q.text, ofResolution
      ? [ofResolution]
      : LATEST.test(ctx.q.text)
      ? [...stated].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)).slice(-1)
      : listed ? stated.filter((d) => d.index > listed.end).slice(listed.place, listed.place + 1)
      : from < 0 ? stated : stated.filter((d) => d.index > from).slice(0, 1), placing);
    const days = stated.length ? [] : findDaysOfYear(t).map((d) => formatDayOfYear(d, lang));
    const free = own.length === stated.length && from < 0 && !LATEST.test(ctx.q.text);
    // The clause that says most of the question dated by months alone ("秘书处在 2022 年 7 月和
    // 2023 年 9 月通过普通照会邀请…。截至 2023 年 9 月 21 日，…"): its months, not another clause's day.
    const months = free ? monthsOfClauseAsked(ctx, t) : [];
    const dates = months.length
      ? [...new Set(months.map((d) => formatMonth(d.month!, lang)))].slice(0, MAX_FACTS)
      : [...new Set([...ofClauseAsked(ctx, t, own.length ? own : stated, free).map((d) => formatDateRange(d.start, d.end, lang)), ...days])].slice(0, MAX_FACTS);
    if (dates.length) parts.push(lang === "zh" ? `日期：${dates.join("、")}` : `${dates.length > 1 ? "Dates" : "Date"}: ${dates.join("; ")}`);
    // No date, but years ("at the end of 2027"): the years.
    if (!dates.length) parts.push(...yearsPart(text, lang));
  }
  if (asks.has("clock")) {
    const times = [...new Set(sentences(text).map(parseTimeRange).filter((c) => !!c).map((c) => [c!.start, c!.end].filter((t): t is string => !!t).map((t) => formatTime(t, lang)).join(lang === "zh" ? "至" : "–")))].slice(0, MAX_FACTS);
    if (times.length) parts.push(lang === "zh" ? `时间：${times.join("、")}` : `Time${times.length > 1 ? "s" : ""}: ${times.join("; ")}`);
  }
  if (asks.has("year") && !asks.has("when")) parts.push(...yearsPart(text, lang));
  // "这宣言是联大第几号决议附上的", "which resolution annexed it": the resolutions the text names,
  // of the clause that says most of the question, not the one the question names.
  if (asks.has("resolution") && RESOLUTION_NUMBER_ASKED.test(ctx.q.text)) {
    const t = toHalfWidth(text);
    const named = new Set(ctx.q.resolutions.map((r) => r.number));
    const mentions = findResolutionMentions(t).filter((m) => !named.has(m.number));
    // A resolution of several parts is named with its part ("35/142 B").
    const withPart = (m: (typeof mentions)[number]) => {
      const part = t.slice(m.index + m.length).match(/^\s?([A-H])\b/)?.[1];
      return part ? `${m.number} ${part}` : m.number;
    };
    const numbers = [...new Set(ofClauseAsked(ctx, t, mentions, true).map(withPart))].slice(0, MAX_FACTS);
    if (numbers.length) parts.push(lang === "zh" ? `决议：${numbers.map((n) => `第${n}号`).join("、")}` : `Resolution${numbers.length > 1 ? "s" : ""}: ${numbers.join("; ")}`);
  }
  if (asks.has("ordinal")) {
    const session = /届|session/i.test(ctx.q.text);
    // The meetings a text lists are listed whole ("the first, second, fourth, eighth and thirteenth").
    const ordinals = ordinalsAsked(ctx.q, text).slice(0, MAX_LISTED).map((n) => (lang === "zh" ? `第${toChineseNumber(n)}${session ? "届" : "次"}` : ordinalSuffix(n)));
    if (ordinals.length) parts.push(lang === "zh" ? `届次：${ordinals.join("、")}` : `Ordinal: ${ordinals.join("; ")}`);
    // Meetings a text names by their dates ("held on 22 October 2015, 12 October 2017 …").
    const dated = !ordinals.length && asksWhichMeetings(ctx.q) ? findDates(toHalfWidth(text)).filter((d) => !d.month).slice(0, MAX_LISTED) : [];
    if (dated.length) parts.push(lang === "zh" ? `日期：${dated.map((d) => formatDateRange(d.start, d.end, lang)).join("、")}` : `Dates: ${dated.map((d) => formatDateRange(d.start, d.end, lang)).join("; ")}`);
  }
  if (asks.has("where")) {
    const places = namesIn(ctx, ctx.q.asks.has("city") ? "localities" : "places", placingText(ctx, ofOrdinalAsked(ctx, text)), lang).slice(0, MAX_FACTS);
    if (places.length) parts.push(lang === "zh" ? `地点：${places.join("、")}` : `Place: ${places.join("; ")}`);
    const web = places.length || !ONLINE_ASKED.test(ctx.q.text) ? [] : [...new Set(text.match(/https?:\/\/[^\s<>）)。，；、]+/g)?.map((u) => u.replace(/[.,;:]+$/, "")) ?? [])].slice(0, MAX_FACTS);
    if (web.length) parts.push(lang === "zh" ? `网址：${web.join("、")}` : `Web address: ${web.join("; ")}`);
  }
  if (asks.has("howMany") && !asks.has("amount")) {
    const all = conceptsOf(ctx);
    const counted = countedConcepts(ctx, all);
    // The question's other words tell figures of the same thing apart ("representatives of civil society").
    const qualifying = all.filter((c) => !c.neutral && c.source !== "number" && !counted.includes(c));
    const figures = quantitiesIn(text, counted, givenFigures(ctx.q.text), qualifying).slice(0, MAX_FACTS);
    if (figures.length) parts.push(lang === "zh" ? `数字：${figures.join("、")}` : `Figure${figures.length > 1 ? "s" : ""}: ${figures.join("; ")}`);
  }
  if (asks.has("duration")) {
    const spans = durationsIn(text, lang).slice(0, MAX_FACTS);
    if (spans.length) parts.push(lang === "zh" ? `期限：${spans.join("、")}` : `Period: ${spans.join("; ")}`);
  }
  if (asks.has("howMany") && SHARE_ASKED.test(ctx.q.text)) {
    const shares = sharesIn(text, lang).slice(0, MAX_FACTS);
    if (shares.length) parts.push(lang === "zh" ? `比例：${shares.join("、")}` : `Share: ${shares.join("; ")}`);
  }
  if (NAME_ASKED.test(ctx.q.text) && !asks.has("who")) {
    const held = conceptsOf(ctx).flatMap((c) => c.en);
    const names = namesWritten(text).filter((n) => !held.some((k) => hasStemKey(stemLine(n), k))).slice(0, MAX_FACTS);
    if (names.length) parts.push(lang === "zh" ? `名称：${names.join("、")}` : `Name: ${names.join("; ")}`);
  }
  if (asks.has("who")) {
    const names = [...personsIn(text), ...namesIn(ctx, "parties", text, lang)].filter((n) => !isQuestionSubject(ctx, n)).slice(0, MAX_NAMED);
    if (names.length) parts.push(lang === "zh" ? `名称：${names.join("、")}` : `Named: ${names.join("; ")}`);
  }
  // An English question answered from a Chinese passage: what its clause says, in English, on a
  // line of its own (not the names a part above gives already).
  const said = parts.join(" ");
  const gloss = lang === "en" && HAN_TEXT.test(text) ? glossLine(englishGloss(ctx, clausesAsked(ctx, text), conceptsOf(ctx)).filter((g) => !said.includes(g.en))) : undefined;
  if (!parts.length) return gloss;
  const line = parts.join(lang === "zh" ? "；" : "; ");
  const facts = lang === "zh" ? `${line}。` : line.endsWith(".") ? line : `${line}.`;
  return gloss ? `${facts}\n${gloss}` : facts;
}

/** A text mostly in Chinese. */
const HAN_TEXT = /[\u4e00-\u9fff]{4}/;

/**
 * The clauses of a text that say most of what the question asks, its numbers included ("2019 年第十
 * 次会议的讨论议题将是…（《公约》第五条）" asked of that meeting, not the clause on the one before it), run together.
 */
function clausesAsked(ctx: AnswerContext, text: string): string {
  const concepts = conceptsOf(ctx);
  const clauses = clausesOf(text)
    .filter((c) => c.text.trim())
    .map((c) => ({ text: c.text, hit: coverage(concepts, { text: c.text, headingPath: [] }, "", ctx).hit }));
  const most = Math.max(0, ...clauses.map((c) => c.hit));
  return clauses.filter((c) => c.hit === most).map((c) => c.text).join("；");
}

/** A text's clauses (see `CLAUSE_BREAK`), each with where it starts and ends. */
function clausesOf(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let start = 0;
  for (const m of [...text.matchAll(CLAUSE_BREAK), { index: text.length, 0: "" }]) {
    out.push({ start, end: m.index!, text: text.slice(start, m.index!) });
    start = m.index! + m[0].length;
  }
  return out;
}

/**
 * Of several dates a text states, those of the clause that says most of what the question asks
 * ("Decides to extend until 12 March 2021 the mandate of the Panel …, and requests the Panel to
 * provide … no later than 12 August 2020" asked until when the mandate is extended); all of them
 * when no clause says more than another, or when `free` is false (dates already picked out). With
 * `parts` (the default), a clause that says a part of the question the best do not is kept too.
 */
function ofClauseAsked<D extends { index: number }>(ctx: AnswerContext, text: string, dates: D[], free: boolean, parts = true): D[] {
  if (!free || dates.length < 2) return dates;
  // The words that describe the document ("苏丹专家小组2020年那份草案") say which document, not which clause.
  const all = conceptsOf(ctx);
  // A kind of document the question names ("the interim report") is what it asks of, not a
  // description of the document answered from.
  const describing = new Set(describingConcepts(ctx.q, all).filter((c) => !namesDocumentKind(c.label)).map((c) => c.label));
  const concepts = all.filter((c) => c.source !== "number" && !describing.has(c.label));
  const clauses = clausesOf(text)
    .filter(({ start, end }) => dates.some((d) => d.index >= start && d.index < end))
    .map(({ start, end, text: t }) => {
      const clause = { text: t, headingPath: [] };
      return { start, end, hit: coverage(concepts, clause, "", ctx).hit, held: new Set(conceptsHeld(concepts, clause, "", ctx).map((c) => c.label)) };
    });
  const most = Math.max(...clauses.map((c) => c.hit));
  // The clauses that say most of the question, and any that says a part of it they do not ("when
  // is the interim report due, and by when the final one").
  const first = clauses.filter((c) => c.hit === most);
  const best = parts ? clauses.filter((c) => c.hit === most || [...c.held].some((l) => !first.some((f) => f.held.has(l)))) : first;
  if (best.length === clauses.length) return dates;
  return dates.filter((d) => best.some((c) => d.index >= c.start && d.index < c.end));
}
/** The months of the clause of a text that says most of the question, when it is dated by months alone. */
function monthsOfClauseAsked(ctx: AnswerContext, text: string): DateMention[] {
  const all = findDates(text);
  if (!all.some((d) => d.month)) return [];
  const chosen = ofClauseAsked(ctx, text, all, true, false);
  return chosen.length < all.length && chosen.every((d) => d.month) ? chosen : [];
}
/**
 * Where one clause of a passage ends and the next begins: a sentence's end, a semicolon, a comma
 * before the next verb ("…, and requests", "，并"), or "as well as" between two things each dated
 * ("the interim report … due by 12 August 2020 as well as the final report … due by 13 January 2021").
 */
const CLAUSE_BREAK = /[;；。！？]|(?<=[a-z\d)]\.)\s+(?=[A-Z])|,\s+(?=(?:and\s+)?(?:(?:further|also)\s+)?[a-z]+s\s)|，(?=并|还|又|同时)|\s+as\s+well\s+as\s+/g;

/**
 * Whether the question itself names a State or an organization, under any of its names ("who
 * does the Office on Drugs and Crime work with": UNODC is the subject, not who is asked about).
 */
function isQuestionSubject(ctx: AnswerContext, name: string): boolean {
  const names = [name, otherNames(ctx).get(name)].filter((n): n is string => !!n);
  const asked = ctx.q.text.toLowerCase();
  return names.some((n) => asked.includes(n.toLowerCase())) || conceptsOf(ctx).some((c) => c.source === "terminology" && names.some((n) => c.variants.includes(squashedText(n)) || c.en.includes(stemKey(n))));
}

/**
 * Where an ordinal stands in a list of them ("the first, second and third sessions": the second is
 * at place 1), and where the list ends; undefined when the text lists no such run holding it.
 */
function placeInList(text: string, ordinal: number): { place: number; end: number } | undefined {
  for (const m of text.matchAll(ORDINAL_RUN)) {
    const ordinals = ordinalsIn(m[0]);
    const place = ordinals.indexOf(ordinal);
    if (ordinals.length > 1 && place >= 0) return { place, end: m.index! + m[0].length };
  }
  return undefined;
}
const ORDINAL_RUN = new RegExp(`\\b(?:${ORDINAL_PATTERN})(?:,\\s*(?:${ORDINAL_PATTERN}))*,?\\s+and\\s+(?:${ORDINAL_PATTERN})\\s+(?:sessions|meetings|conferences|rounds)\\b`, "gi");

/**
 * The ordinals of a text that answer "which meetings": not that of the meeting the question names,
 * and below it when the question asks for earlier ones ("which earlier meetings", "之前哪几次").
 */
function ordinalsAsked(q: AnswerContext["q"], text: string): number[] {
  if (!WHICH_MEETINGS.test(q.text)) return ordinalsIn(text);
  const earlier = q.ordinal !== undefined && EARLIER.test(q.text);
  return ordinalsIn(text).filter((n) => n !== q.ordinal && (!earlier || n < q.ordinal!));
}
/**
 * "Which meetings", "哪几次会议": several meetings asked for by their ordinals (not "第几次会议",
 * a meeting's own ordinal, nor "哪次地震", which event).
 */
/** Whether a question asks which meetings, not when: "which earlier meetings discussed it". */
const asksWhichMeetings = (q: AnswerContext["q"]) => !q.asks.has("when") && WHICH_MEETINGS.test(q.text);
const WHICH_MEETINGS = /哪几(?:次|届)[^，。？?\s]{0,2}会|哪些会议|\b(?:which|what) (?:[a-z-]+ ){0,2}?(?:sessions|meetings|conferences)\b/i;
const EARLIER = /\b(?:earlier|previous|prior|past|preceding)\b|之前|以前|此前|先前|过去|往届/i;

/** The ordinals a text writes ("the Thirteenth Conference", "11th", "第十三次"), each once, in order. */
function ordinalsIn(text: string): number[] {
  return [...new Set(ordinalMentions(text).map((x) => x.n))];
}

/** Where a text writes ordinals ("the Thirteenth Conference", "11th", "第十三次"), and which, in order. */
function ordinalMentions(text: string): { at: number; n: number }[] {
  const t = toHalfWidth(text);
  const found = [
    ...[...t.matchAll(ORDINALS_EN)].map((m) => ({ at: m.index!, n: parseEnglishOrdinal(m[0].toLowerCase().replace(/\s+/g, "-")) })),
    // A list shares its measure word: "第一、第二和第十三次会议".
    ...[...t.matchAll(/第\s*([\d一二三四五六七八九十百]+)(?=\s*(?:[、，,和及与]\s*第\s*[\d一二三四五六七八九十百]+\s*)*(?:届|次))/g)].map((m) => ({ at: m.index!, n: parseChineseNumber(m[1]) })),
  ];
  return found.filter((x): x is { at: number; n: number } => !!x.n).sort((a, b) => a.at - b.at);
}
// Not the ordinal of a committee's name ("the First and Fourth Committees").
const ORDINALS_EN = new RegExp(`\\b(?:${ORDINAL_PATTERN})\\b(?!\\s+(?:and\\s+[A-Za-z-]+\\s+)?(?:Committees?|Commission)\\b)`, "gi");

/** The years a text names as a fact line's part ("年份：2027年、2028年", "Years: 2027; 2028"), none when it names none. */
function yearsPart(text: string, lang: "en" | "zh"): string[] {
  const years = yearsIn(text).slice(0, MAX_FACTS);
  if (!years.length) return [];
  return [lang === "zh" ? `年份：${years.map((y) => `${y}年`).join("、")}` : `Year${years.length > 1 ? "s" : ""}: ${years.join("; ")}`];
}

/** Words by which a question speaks of a meeting, which a year it names then places. */
const MEETING_PLACED = /\b(?:meetings?|sessions?|conferences?|summits?)\b|会议|届会|会上|峰会/i;

/** The years from one ISO date to another (a few at most: a question's period). */
function yearsBetween(from: string, to: string): string[] {
  const first = Number(from.slice(0, 4));
  const last = Math.min(Number(to.slice(0, 4)), first + MAX_YEARS_PLACED);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => String(first + i));
}
/** The most years a question's period places its fact in, for the agreement of a passage's years. */
const MAX_YEARS_PLACED = 10;

/** The years a text names ("in 2030", "2030年"), each once; not the year of a resolution's or document's number. */
function yearsIn(text: string): string[] {
  // A symbol's year, and the year a resolution cited by number bears ("resolution 1526 (2004)"),
  // date no event the text tells of.
  const t = toHalfWidth(text).replace(/\b[A-Z]{1,6}(?:\/[A-Za-z0-9.\-]+){2,}/g, " ").replace(CITED_BY_YEAR, " ");
  return [...new Set([...t.matchAll(/(?<![\d/.])((?:19|20)\d{2})(?![\d/])/g)].map((m) => m[1]))];
}

/**
 * A question on what is still to come: "when will it be held", "the next session", "upcoming",
 * "将于何时举行", "下一届".
 */
const FUTURE_ASKED: Record<"en" | "zh", RegExp> = {
  en: /\bwill\b[^?]*\b(?:be held|take place|convene|open|meet|start|begin)\b|\b(?:is|are)\b[^?]{0,80}\b(?:to|scheduled to|expected to) (?:be held|take place|convene|open|meet)\b|\bupcoming\b|\bnext\b/i,
  zh: /将[^。？?]{0,12}(?:举行|召开|开幕|开会)|下一?(?:届|次)|即将/,
};

/**
 * Whether every date and year a passage gives (its citations' dates aside) falls before the year
 * of its own document: a document of 2025 that says a body "met in 2016 and 2017" dates nothing
 * still to come. False when it gives none, or its document has no date.
 */
function onlyEarlierThanDocument(index: KnowledgeIndex, p: Passage, text: string): boolean {
  const year = Number(index.document(p.docId)?.meta.date?.slice(0, 4));
  if (!year) return false;
  const t = withoutCitationDates(toHalfWidth(text));
  const years = [...findDates(t).map((d) => Number(d.start.slice(0, 4))), ...yearsIn(t).map(Number)];
  return years.length > 0 && years.every((y) => y < year);
}

/** A heading that opens with a year, after its number if any: "2025年", "B. 2024–2025", "三、2019年的会议". */
const YEAR_HEADED = /^\s*(?:[\p{L}\d]{1,4}\s*[.、)]\s*)?(?:19|20)\d{2}(?!\d)/u;

/** A resolution cited by its number and year: "resolution 2140 (2014)", "2216 (2015)". */
const CITED_BY_YEAR = /\b\d{1,4}\s*\((?:19|20)\d\d\)/g;

/** The quantities a text states, as numbers ("730 多人" -> "730+", "四十多个" -> "40+", "12%" -> "12%"). */
function quantitiesIn(text: string, counted: Concept[] = [], given?: ReadonlySet<string>, qualifying: Concept[] = []): string[] {
  // Paragraph numbers run into the text after a sentence ("…会议。5.118个国家") are no figures.
  const t = withoutNumbering(toHalfWidth(text).replace(/(^|[。；;.]\s*)\d{1,3}\.(?=\S)/g, "$1 "));
  // The figures that count what is asked ("112 as States Parties"), else every figure.
  const counting = counted.length ? countingQuantities(t, counted, given, qualifying) : [];
  const found = counting.length ? counting : [...t.matchAll(QUANTITIES), ...t.matchAll(QUANTITIES_EN)].map((m) => m[0]);
  return [...new Set(found.map(figureOf).filter((f): f is string => !!f && !isYear(f)))];
}
/** A quantity's figure: "118", "4" for "四个", "50%", "1800+" for "1,800 多". */
function figureOf(q: string): string | undefined {
  const n = q.match(/\d[\d,.]*/)?.[0].replace(/[.,]$/, "") ?? parseChineseNumber(q.match(/[一二两三四五六七八九十百千]+/)?.[0] ?? "")?.toString() ?? numberWord(q.match(/^[a-z]+/i)?.[0] ?? "")?.toString();
  return n && `${n}${/%|percent|per cent/.test(q) ? "%" : /多/.test(q) ? "+" : ""}`;
}
/**
 * The figures a question gives ("of the four mechanisms", "besides the 23 countries"): known to
 * the asker, they are not the count asked.
 */
export function givenFigures(question: string): Set<string> {
  const t = toHalfWidth(question);
  return new Set([...t.matchAll(QUANTITIES), ...t.matchAll(QUANTITIES_EN)].map((m) => figureOf(m[0])).filter((f): f is string => !!f));
}
/** Whether a word or figure is a year ("2022"). */
const isYear = (s: string) => /^(?:19|20)\d{2}$/.test(s);
/**
 * Whether the question names an event by its year ("the 2026 Review Conference", "2026年…审议大会")
 * and the text dates things (to the month or day) only in other years. A document's year ("the 2023
 * report", issued the next year) is no event's.
 */
function datedOutsideYear(q: AnswerContext["q"], concepts: Concept[], text: string): boolean {
  const years = concepts.filter((c) => isYear(c.label)).map((c) => c.label);
  if (years.length !== 1 || !namesEventOfYear(q.text, years[0]) || DOCUMENT_NAMED.test(q.text) || yearOfAnotherEvent(q.text, years[0])) return false;
  const dated = findDates(text).filter((d) => /^\d{4}-\d{2}/.test(d.start));
  return dated.length > 0 && dated.every((d) => !d.start.startsWith(years[0]) && !d.end?.startsWith(years[0]));
}
/**
 * Whether the year names an event the asked one is of or for ("the 1st session of the PrepCom for
 * the 2026 RevCon", "2026年审议大会筹备委员会第一届会议"), or a body preparing it is named: the
 * dates asked are of the other.
 */
function yearOfAnotherEvent(text: string, year: string): boolean {
  const en = new RegExp(String.raw`\b(?:sessions?|meetings?|committees?|prepcoms?|conferences?|bod(?:y|ies)|groups?)\b[^?]{0,40}?\b(?:for|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?${year}\b`, "i");
  const zh = new RegExp(String.raw`${year}\s*年[^，。？?]{0,30}?(?:大会|会议|届会|委员会)[^，。？?]{0,12}?(?:会议|届会|委员会)`);
  return en.test(text) || zh.test(text) || PREPARATORY.test(text);
}
const PREPARATORY = /\bprep\s?coms?\b|\bpreparatory\b|筹备|筹委会/i;
/**
 * Whether the year stands before an event's name: "the 2026 NPT Review Conference" (its acronyms
 * written out), "2026年…审议大会".
 */
function namesEventOfYear(text: string, year: string): boolean {
  const en = new RegExp(String.raw`\b${year}\s+(?:(?!(?:when|what|where|which|was|is|were|are|its|did|does|do)\b)[A-Za-z(][\w()’'-]*\s+){0,10}?(?:conference|session|meeting|summit|congress|forum|revcon)s?\b`, "i");
  const zh = new RegExp(String.raw`${year}\s*年[^，,。？?、]{0,15}?(?:大会|会议|届会|峰会|论坛)`);
  return en.test(text) || zh.test(text);
}
const DOCUMENT_NAMED = /\b(?:report|note|paper|document|draft|resolution|decision|letter)s?\b|报告|说明|文件|草案|决议|决定|信/i;
/** A question that asks what share of something: "what proportion", "what percentage", "占多少", "多大比例". */
const SHARE_ASKED = /\b(?:share|percentage|proportion|fraction|per ?cent)\b|比例|比重|占(?:了)?多少|几成|百分之几/i;
/** The shares a text states in words, each in both languages ("half of whom were women": half, 一半). */
const FRACTIONS: { en: string; zh: string; pattern: RegExp }[] = [
  { en: "half", zh: "一半", pattern: /\bhalf\b|一半|半数/i },
  { en: "two thirds", zh: "三分之二", pattern: /\btwo[- ]thirds\b|三分之二/i },
  { en: "one third", zh: "三分之一", pattern: /\b(?:one|a)[- ]third\b|三分之一/i },
  { en: "three quarters", zh: "四分之三", pattern: /\bthree[- ]quarters\b|四分之三/i },
  { en: "one quarter", zh: "四分之一", pattern: /\b(?:one|a)[- ]quarter\b|四分之一/i },
];
/** The shares a text states in words, in the asker's language. */
function sharesIn(text: string, lang: "en" | "zh"): string[] {
  return FRACTIONS.filter((f) => f.pattern.test(text)).map((f) => f[lang]);
}

/** Spans of time and frequencies a text states ("within four months", "every three months", "每三个月"), in the asker's language. */
function durationsIn(text: string, lang: "en" | "zh"): string[] {
  const found: { every: boolean; n: number; unit: (typeof UNITS)[number] }[] = [];
  for (const m of text.matchAll(DURATION_EN)) {
    const n = numberWord(m[2]);
    if (n) found.push({ every: !!m[1], n, unit: m[3].toLowerCase() as (typeof UNITS)[number] });
  }
  for (const m of text.matchAll(DURATION_ZH)) {
    const n = /^\d+$/.test(m[2]) ? Number(m[2]) : parseChineseNumber(m[2]);
    if (n) found.push({ every: !!m[1], n, unit: UNITS[UNITS_ZH.findIndex((u) => u.test(m[3]))] });
  }
  return [...new Set(found.map(({ every, n, unit }) =>
    lang === "zh" ? `${every ? "每" : ""}${n}${ZH_UNIT[unit]}` : `${every ? "every " : ""}${n} ${unit}${n > 1 ? "s" : ""}`))];
}
const UNITS = ["day", "week", "month", "year"] as const;
const UNITS_ZH = [/天|日/, /周|星期/, /个月|月/, /年/];
const ZH_UNIT: Record<(typeof UNITS)[number], string> = { day: "天", week: "周", month: "个月", year: "年" };
const DURATION_EN = /\b(every\s+)?(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+(day|week|month|year)s?\b/gi;
const DURATION_ZH = /(每)?(?<!\d)(\d{1,3}|[一二两三四五六七八九十]+)\s*(天|日内|周|星期|个月|年)/g;

/** A number a text writes in words ("within fifteen days") or digits, as QUANTITY_EN and DURATION_EN find them. */
const numberWord = (word: string): number | undefined => parseEnglishOrdinal(word) ?? LARGE_NUMBERS.get(word.toLowerCase());
/** The words for numbers past those `parseEnglishOrdinal` reads. */
const LARGE_NUMBERS = new Map([["hundred", 100], ["thousand", 1000]]);

/** Every quantity of a text, in either language (`matchAll` works on its own copy of each). */
const QUANTITIES = new RegExp(QUANTITY.source, "g");
const QUANTITIES_EN = new RegExp(QUANTITY_EN.source, "gi");

/** A passage up to this long is shown whole when no particular kind of fact is asked. */
const WHOLE_PASSAGE = 700;
/** How many dates, places, figures or names a fact line gives at most. */
const MAX_FACTS = 3;
/**
 * How many of the parties or persons asked for ("which countries", "who") a fact line names at
 * most: such a list is the answer ("Côte d'Ivoire, Cape Verde, Haiti and Ecuador"), not one fact
 * among the passage's others.
 */
const MAX_NAMED = 10;
/** How many ordinals of a list a fact line gives. */
const MAX_LISTED = 10;

/**
 * The cities and countries ("places") or the States and organizations ("parties") a text names,
 * each once, in the asker's language; a place the glossary does not list counts where something
 * took place in it ("signed … in Cairo").
 */
export function namesIn(ctx: AnswerContext, kind: "places" | "localities" | "parties", text: string, lang: "en" | "zh"): string[] {
  const found = nameMatcher(ctx, kind).all(text);
  // "In which city": a State alone does not say which; the place the text says something was held at
  // does ("held on Margarita Island, Bolivarian Republic of Venezuela"), before the State.
  const onlyStates = kind === "localities" && found.length > 0 && found.every((n) => nameMatcher(ctx, "states").test(n));
  const held = kind !== "parties" && (!found.length || onlyStates) ? text.match(HELD_AT)?.[1] : undefined;
  if (held && !found.includes(held)) found.unshift(held);
  const other = otherNames(ctx);
  const inLang = found.map((n) => (/[\u4e00-\u9fff]/.test(n) === (lang === "zh") ? n : other.get(n) ?? (lang === "zh" && kind !== "parties" ? chinesePlaceName(n) : undefined) ?? n));
  return [...new Set(inLang)];
}

/** English name -> Chinese and Chinese -> English for the glossary's places, States and organizations, kept per glossary. */
function otherNames(ctx: AnswerContext): Map<string, string> {
  let other = otherByGlossary.get(ctx.glossary);
  if (!other) {
    const { venues, countries, regions, cities, organizations } = ctx.glossary.data;
    other = new Map([...venues, ...cities, ...countries, ...countryNames(), ...regions, ...organizations].flatMap((p) => [[p.en, p.zh], [p.zh, p.en]] as [string, string][]));
    otherByGlossary.set(ctx.glossary, other);
  }
  return other;
}
const otherByGlossary = new WeakMap<object, Map<string, string>>();

/** A question that asks what something is called: "叫什么名字", "what is the name of", "what was it called". */
const NAME_ASKED = /叫什么|名字|名称是|\bname(?:d)? of\b|\bwhat(?:'s| is| was)? (?:it |the \w+ )?called\b|\bwhat name\b/i;
/** The names of two or more capitalised words a text writes, not at a sentence's start, nor dates ("the Galaxy Leader"). */
function namesWritten(text: string): string[] {
  const found = [...text.matchAll(/(?<=[a-z,;]\s+(?:the\s+)?)((?:[A-Z][\p{L}'’-]+\s+){1,4}[A-Z][\p{L}'’-]+)/gu)].map((m) => m[1]);
  return [...new Set(found.filter((n) => !MONTH_NAMED.test(n)))];
}
const MONTH_NAMED = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** A person named with a title, as UN texts name them: "Mr. Serge Brammertz", "Ms. Ghada Waly", "Judge Carmel Agius". */
const PERSON = /\b(?:Mr|Ms|Mrs|Dr|Judge|Ambassador|Professor)\.?\s+(?:[A-Z][\p{L}'’-]+\s+){0,3}[A-Z][\p{L}'’-]+/u;
/** A person named in Chinese: a transliterated name, its parts joined by a dot, after an office or not after a word ("总统乌胡鲁·肯雅塔"). */
const PERSON_ZH = new RegExp(String.raw`(?:(?<=^|[^\p{Script=Han}]|${PERSON_ROLE_ZH}|先生|女士))\p{Script=Han}{1,6}[·•・]\p{Script=Han}{1,8}`, "u");
const PERSONS = new RegExp(`${PERSON.source}|${PERSON_ZH.source}`, "gu");
/** Whether a text names a person, in either language. */
export const namesPerson = (text: string) => PERSON.test(text) || PERSON_ZH.test(text);
/** The persons a text names with a title, each once, as written. */
function personsIn(text: string): string[] {
  return [...new Set([...text.matchAll(PERSONS)].map((m) => m[0]))];
}

/** An office or a group of people, in a passage: "the Chair", "the Secretary-General", "the civilian population", "every citizen". */
const OFFICE_OR_PEOPLE = new RegExp(String.raw`\b(?:${PERSON_ROLE_EN}|focal point|secretariat)s?\b|\b(?:${PEOPLE_EN}|populations?|citizens?|inhabitants|humanity|humankind|mankind|generations|governments|authorities|civil society|non-governmental organi[sz]ations|private sector|academia)\b`, "gi");

/** Whether a passage names an office or a group of people that the question does not write (the one it asks who is). */
export function namesOfficeUnasked(text: string, question: string): boolean {
  const asked = new Set(englishWords(question.toLowerCase()).map((w) => stemKey(w.word)));
  return [...text.matchAll(OFFICE_OR_PEOPLE)].some((m) => !englishWords(m[0].toLowerCase()).every((w) => asked.has(stemKey(w.word)))) || [...text.matchAll(OFFICE_OR_PEOPLE_ZH)].some((m) => !question.includes(m[0]));
}
/** An office or a group of people in Chinese: "审议专家", "秘书处", "主席", "平民". */
const OFFICE_OR_PEOPLE_ZH = /专家|官员|人员|代表|主席|秘书长|秘书处|协调人|民众|公民|平民|居民|儿童|青年|妇女|各国政府|当局|民间社会|非政府组织|私营部门|学术界/g;

/** A person's office by its name: "Attorney General", "minister", 总检察长, 总统. */
const PERSON_OFFICE = new RegExp(String.raw`\b(?:${PERSON_ROLE_EN})s?$|\b(?:${PEOPLE_EN})$|(?:${PERSON_ROLE_ZH})$`, "i");

/** "Which organization", "what body", 哪些组织: an organization is asked for, not a State. */
const ORGANIZATION_ASKED = /\b(?:which|what)\s+(?:other\s+|international\s+|UN\s+)?(?:organi[sz]ations?|bod(?:y|ies)|agenc(?:y|ies)|entit(?:y|ies)|institutions?)\b|哪[一几]?(?:个|些)?(?:组织|机构|机关|实体)/i;
/** "Which country", 哪国, 哪些国家: a State is asked for, not an organization. */
const ASKS_STATE = /\b(?:which|what)\s+(?:countr(?:y|ies)|states?)\b|哪[一几]?(?:个|些)?(?:国家|国)|国家(?:是|为)哪/i;
/** Whether a question asks which State ("what country", "哪国"). */
export const asksWhichState = (q: Pick<AnswerContext["q"], "text" | "asks">) => q.asks.has("who") && ASKS_STATE.test(q.text);
/** Whether a text names a State, in either language. */
export const namesState = (ctx: AnswerContext, text: string) => nameMatcher(ctx, "states").test(text);
/** A State word that 谁 or 哪 asks for, beside it in one clause: "哪些缔约国", "谁…的会员国", "缔约国是谁". */
const STATE_BESIDE_WHO = /(?:谁|哪)[^，,。？?；;]{0,6}(?:国家|缔约国|会员国)|(?:国家|缔约国|会员国)(?:[，,]\s*)?(?:具体|分别|都)?(?:是|为|有)?(?:谁|哪)/;
/** Words for a State, whose name answers "who": no role to find beside the name. */
const STATE_WORD = /^(?:国家|缔约国|会员国|countr(?:y|ies)|(?:member )?states?)$/i;
/**
 * Whether a question writes a word only after a preposition ("promote the truce among Member
 * States", "support to States"): it says to or among whom, not who is asked for.
 */
function amongOthers(question: string, label: string): boolean {
  const text = question.toLowerCase();
  const word = label.toLowerCase();
  let at = text.indexOf(word);
  if (at < 0) return false;
  for (; at >= 0; at = text.indexOf(word, at + 1)) if (!AFTER_PREPOSITION.test(text.slice(0, at))) return false;
  return true;
}
const AFTER_PREPOSITION = /\b(?:among|amongst|between|by|for|from|to|with|of|in|on|against|towards?)\s+(?:(?:the|all|other|its|their|those|these|some|many)\s+)?$/;

/** Whether a text names a State or an organization the glossary knows, in either language. */
export function namesParty(ctx: AnswerContext, text: string): boolean {
  return nameMatcher(ctx, "parties").test(text);
}

/**
 * Any of the glossary's names of one kind, Chinese or English (as whole words), found in a text;
 * made once per glossary.
 */
function nameMatcher(ctx: Pick<AnswerContext, "glossary">, kind: "places" | "localities" | "parties" | "states" | "regions"): NameMatcher {
  let byKind = nameMatchers.get(ctx.glossary);
  if (!byKind) nameMatchers.set(ctx.glossary, (byKind = new Map()));
  let matcher = byKind.get(kind);
  if (!matcher) {
    const { venues, countries, regions, cities, organizations } = ctx.glossary.data;
    // Any State may be named, not only those the glossary lists: CLDR's names come too. A place
    // may be a city or a region of the world ("signed in Cairo", "in South Asia, the Pacific and East Africa").
    // Localities are the places but the regions of the world, which only places take (below).
    const pairs = kind === "places" || kind === "localities" ? [...venues, ...cities, ...countries, ...countryNames()] : kind === "states" ? [...countries, ...countryNames()] : kind === "regions" ? [] : [...countries, ...countryNames(), ...organizations];
    // A Chinese name before 文 or 语 names a language ("西班牙文版本", "阿拉伯语"), not the place
    // (文化, 文件 … are words of their own).
    // An English name written with its short form ("Organization for Security and Co-operation in
    // Europe (OSCE)") is found without it too, as running text writes it.
    const names: NameEntry[] = pairs.flatMap((p) => [{ text: p.zh, notFollowedBy: LANGUAGE_AFTER }, { text: p.en, whole: true }, ...(SHORT_FORM_AFTER.test(p.en) ? [{ text: p.en.replace(SHORT_FORM_AFTER, ""), whole: true }] : [])]);
    // A region in a body's name ("Council of Europe", "欧洲委员会", "非洲联盟") is no place.
    const inRegions: NameEntry[] = kind === "places" || kind === "regions" ? regions.flatMap((p) => [{ text: p.zh, notFollowedBy: REGION_BODY_ZH }, { text: p.en, whole: true, notPrecededBy: COUNCIL_OF, notFollowedBy: REGION_BODY_EN }]) : [];
    matcher = new NameMatcher([...names, ...inRegions]);
    byKind.set(kind, matcher);
  }
  return matcher;
}
const nameMatchers = new WeakMap<object, Map<string, NameMatcher>>();
/** A short form in brackets after a name: " (OSCE)". */
const SHORT_FORM_AFTER = /\s*\([A-Z][A-Za-z-]{1,11}\)$/;
/** 文 or 语 after a Chinese name: the name is of a language, unless 文 starts a word of its own (文化, 文件, 文书, 文字, 文献). */
const LANGUAGE_AFTER = /[文语](?![化件书字献])/y;
/** What follows a region's name in a body's name, in each language. */
const REGION_BODY_ZH = /委员会|联盟|理事会|议会|银行|法院|共同体|组织|论坛|联合会/y;
const REGION_BODY_EN = /\s+(?:Union|Forum|Islands Forum|Development Bank|Economic Community|Community|Commission|Court)\b/y;
/** Before a region's name in a body's name: "Council of Europe", "Council of the Baltic Sea States". */
const COUNCIL_OF = /Council of (?:the )?$/;
/** A text as a regular expression that matches it literally. */

/** Makes the glossary's name matchers and runs each once (the warm-up), which the first answer that looks for a name would otherwise wait for. */
export function prepareNamePatterns(corpus: Pick<AnswerContext, "glossary">): void {
  const sample = corpus.glossary.data.venues.map((v) => `${v.en} ${v.zh}`).join(" ");
  for (const kind of ["places", "parties", "states"] as const) nameMatcher(corpus, kind).all(sample);
}

/** Whether a text names an ordinal in either language ("8th", "eighth", "第八届", "第8次"). */
export function namesOrdinal(n: number, text: string): boolean {
  return ordinalPattern(n).test(normalizeForSearch(text));
}

/** "8th", "eighth", "第八届" or "第8次" (the second resumed session "第十届会议第二次续会" is no second meeting); one pattern per number. */
function ordinalPattern(n: number): RegExp {
  let re = ordinalPatterns.get(n);
  if (!re) ordinalPatterns.set(n, (re = new RegExp(`第${n}(?:届|次(?!续会))|(?<!\\d)${n}(?:st|nd|rd|th)\\b|\\b${ordinalWord(n).replace("-", "[- ]?")}\\b`, "i")));
  return re;
}
const ordinalPatterns = new Map<number, RegExp>();

/**
 * Whether every place a text names is told of another meeting's ordinal than the one asked, in
 * either language: false when it names no place or no ordinal.
 */
function placesOnlyOthers(ctx: AnswerContext, text: string, asked: number): boolean {
  // "…, and the sixth, on 24 and 25 October 2024, all held in Addis Ababa": one place for them all.
  if (PLACE_OF_ALL.test(text)) return false;
  // (Read where the half-width text writes them: its characters stand where the text's do.)
  const ordinals = ordinalMentions(text);
  if (!ordinals.length) return false;
  const places = nameMatcher(ctx, "places");
  // A place is told of the meeting named before it in English ("the Thirteenth Conference …, held
  // in Kuala Lumpur"), after it in Chinese ("在吉隆坡举行的第十三次会议"); else of the one on the other side.
  const zh = HAN.test(text);
  let any = false;
  for (let at = places.find(text); at; at = places.find(text, at.index + at.text.length)) {
    any = true;
    const before = ordinals.filter((o) => o.at < at.index).at(-1);
    const after = ordinals.find((o) => o.at > at.index);
    const own = zh ? (after ?? before) : (before ?? after);
    if (own?.n === asked) return false;
  }
  return any;
}

/** A place said of every meeting listed: "all held in", "both convened at", "均在…举行". */
const PLACE_OF_ALL = /\b(?:all|both|each)\s+(?:of them\s+)?(?:held|convened|hosted|took place)\b|\brespectively\b|均在|都在|均于|分别在/i;

/** Whether a text can be about the meeting a question numbers: it names that ordinal, or no meeting by its ordinal. */
export function fitsOrdinal(ordinal: number | undefined, text: string): boolean {
  return ordinal === undefined || namesOrdinal(ordinal, text) || !MEETING_ORDINAL.test(normalizeForSearch(text));
}

/** "held in Kuala Lumpur", "held on Margarita Island", "the signing of the Treaty … in Cairo": a place named where something took place. */
const HELD_AT = /\b(?:held|convened|hosted|took place|signed|signing|opened for signature|concluded)\b[^.;]{0,80}?\b(?:in|at|on)\s+(?:the\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)/;

/** How much more a passage of the resolution the question names counts than any other. */
const SCOPE_BOOST = 1.5;

/**
 * A passage's search score on the scale of the best: a passage in the question's language is
 * matched on its own words, one in another language through translations, which score higher as
 * one word of the question becomes several of theirs ("open-ended working group" ->
 * 不限成员名额政府间工作组). The passages in the question's language are raised so that the best of
 * them that covers enough of the question to answer it scores as the best of all.
 */
function onOneScale(hits: { hit: SearchHit; answers: boolean }[], lang: "en" | "zh"): (h: SearchHit) => number {
  const own = (h: SearchHit) => languageOf(h.passage) === lang;
  let top = 0, topOwn = 0;
  for (const { hit, answers } of hits) {
    top = Math.max(top, hit.score);
    if (answers && own(hit)) topOwn = Math.max(topOwn, hit.score);
  }
  const raise = topOwn > 0 ? Math.min(top / topOwn, MOST_RAISED) : 1;
  return (h) => (raise > 1 && own(h) ? h.score * raise : h.score);
}
/** A passage's language, read once per passage. */
function languageOf(p: Passage): "en" | "zh" {
  let lang = passageLanguages.get(p);
  if (!lang) passageLanguages.set(p, (lang = detectLanguage(p.text)));
  return lang;
}
const passageLanguages = new WeakMap<Passage, "en" | "zh">();
/**
 * How much a passage in the question's language is raised at most: translations crowd the other
 * language's passages up by about as much (a concept in the question is two to four words in
 * the other language); a passage of the question's language that a search scores lower still
 * matches little of it.
 */
const MOST_RAISED = 2;
/** The share of the question's concepts (by weight) a passage covers. */
export const coveredShare = (cov: { hit: number; total: number }) => (cov.total ? cov.hit / cov.total : 0);
/** The share of the question a passage must cover to answer it. */
const ANSWERS = 0.6;

/** Hits of several searches, each passage once with its best score, best first. */
function mergeHits(lists: SearchHit[][]): SearchHit[] {
  const best = new Map<string, SearchHit>();
  for (const h of lists.flat()) if (!best.has(h.passage.id) || best.get(h.passage.id)!.score < h.score) best.set(h.passage.id, h);
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** The resolutions with their own text that a question names by number, or by subject when it speaks of one. */
export function resolutionsInScope(ctx: AnswerContext): Resolution[] {
  // (The resolution another is asked about inside of is searched first.)
  const within = ctx.q.within ? ctx.index.resolutions(ctx.q.within).filter((r) => r.docId) : [];
  const named = [...within.slice(0, 1), ...resolutionsByNumber(ctx).filter((r) => r.docId)];
  if (named.length || !SPEAKS_OF[ctx.q.lang].test(ctx.q.text)) return named;
  const described = describedResolution(ctx, withoutCues(ctx.q.text, ctx.q.lang));
  return described?.docId ? [described] : [];
}

/**
 * Of some documents, those whose title holds a distinctive word of the question other than a word
 * for a meeting, a document, a report or a body's name (a resolution's number counts): "synergies",
 * "7/4".
 */
function documentsTitledBy(ctx: AnswerContext, docIds: string[], concepts: Concept[]): string[] {
  const titleWords = concepts.filter((c) => !c.neutral && (c.source === "number" ? RESOLUTION_NUMBER.test(c.label) : c.weight >= DISTINCTIVE && !MEETING_WORD.test(c.label) && !DOCUMENT_WORD.test(c.label) && !REPORT_WORD.test(c.label) && !ctx.glossary.findBodies(c.label).length));
  if (!titleWords.length) return [];
  return docIds.filter((d) => conceptsHeld(titleWords, NO_TEXT, ctx.index.document(d)?.meta.title ?? "", ctx).length > 0);
}

/**
 * The refusal text: what no document holds, the passage that came nearest and what it speaks of,
 * and what the documents do cover (from the index).
 */
export function notCovered(ctx: AnswerContext, missing: string[], nearest?: Passage): string {
  const { lang } = ctx.q;
  const { index, glossary: g } = ctx;
  const named = namedMeeting(ctx);
  // The meeting's number is not what is missing when the documents hold that meeting; when they
  // do not, the meeting is named whole ("the 16th meeting"), not by a stray "16", even when no
  // passage was left to weigh (all spoke of other meetings).
  const ordinal = ctx.q.ordinal;
  // "Nothing on Cuba" is said only when no passage speaks of Cuba: what the nearest passage leaves
  // out, other passages may hold.
  const rest = (ordinal ? missing.filter((m) => !isOrdinalLabel(m, ordinal)) : missing).filter((m) => !heldSomewhere(ctx, m));
  // (Nor is the meeting said to be missing where the nearest passage names it: "the third Review
  // Conference" of a convention is no meeting the index dates, but a resolution speaks of it.)
  if (ordinal && !named && !(nearest && namesOrdinal(ordinal, nearest.text))) {
    const session = ctx.q.meetingWord === "session";
    rest.unshift(lang === "zh" ? `第${toChineseNumber(ordinal)}${session ? "届" : "次"}会议` : `the ${ordinalSuffix(ordinal)} ${session ? "session" : "meeting"}`);
  }
  const about = rest.length ? (lang === "zh" ? `（未找到：${rest.slice(0, 3).join("、")}）` : ` (nothing on: ${rest.slice(0, 3).join(", ")})`) : "";
  const { datedBodies, agendas, years } = graphCover(index);
  const bodies = datedBodies.filter((b) => g.body(b)?.uncac !== false && b !== "other");
  const counts = index.counts();
  const parts = lang === "zh"
    ? [
        bodies.length ? `${bodies.map((b) => bodyName(g, b, "zh")).join("、")}的会议日期与地点` : "",
        agendas.length ? `${agendas.map((m) => meetingName(g, m, "zh")).join("、")}的议程与工作安排` : "",
        counts.resolutions ? `${counts.resolutions}项决议和决定` : "",
        counts.recommendations ? "工作组的建议及采取的行动" : "",
        counts.symbols ? `${counts.symbols}个文件的文号` : "",
        years.length ? `${Math.min(...years)}-${Math.max(...years)}年工作计划` : "",
      ]
    : [
        bodies.length ? `dates and venues of meetings of the ${bodies.map((b) => bodyName(g, b, "en")).join(", ")}` : "",
        agendas.length ? `the agenda and organization of work of the ${agendas.map((m) => meetingName(g, m, "en")).join(", ")}` : "",
        counts.resolutions ? `${counts.resolutions} resolutions and decisions` : "",
        counts.recommendations ? "the working group's recommendations and the actions taken" : "",
        counts.symbols ? `${counts.symbols} document symbols` : "",
        years.length ? `the ${Math.min(...years)}–${Math.max(...years)} workplan` : "",
      ];
  const cover = parts.filter(Boolean).join(lang === "zh" ? "；" : "; ");
  const meeting = named ? (lang === "zh" ? `文件涵盖${named}，但没有所问的内容。` : ` They cover the ${named}, but not what is asked.`) : "";
  const near = !named && nearest ? nearestPassage(ctx, nearest, missing) : "";
  return lang === "zh"
    ? `现有的${index.documents.length}份会议文件没有回答这个问题${about}。${meeting}${near}文件${named ? "还" : ""}涵盖：${cover}。`
    : `The ${index.documents.length} meeting documents I have do not answer this${about}.${meeting}${near} They${named ? " also" : ""} cover: ${cover}.`;
}

/** Where a passage stands, as an answer names it: "A/RES/80/14 (preamble 2)", "S/2018/693, paragraph 24", "A/RES/80/38第7段". */
function passagePlace(index: KnowledgeIndex, p: Passage, lang: "en" | "zh"): string {
  const where = index.cite(p.id);
  const meta = index.document(p.docId)!.meta;
  const docName = meta.symbol ?? (lang === "en" && meta.titleEn ? `“${meta.titleEn}” (${meta.date ?? ""})` : where.document);
  const para = /^\d+$/.test(where.paragraph ?? "") ? (lang === "zh" ? `第${where.paragraph}段` : `, paragraph ${where.paragraph}`) : lang === "zh" ? `（${where.paragraph}）` : ` (${where.paragraph})`;
  return `${docName}${para}`;
}

/**
 * The refusal where the resolutions the question asks of do not say what another document does:
 * they are named, and that document's passage quoted ("Resolution 80/12 does not say this. A/RES/80/14
 * (preamble 2) does: …").
 */
function saidElsewhere(ctx: AnswerContext, numbered: Resolution[], p: Passage): Answer {
  const { lang } = ctx.q;
  const src = new Sources(ctx.index);
  const cite = src.cite(p.id);
  const where = passagePlace(ctx.index, p, lang);
  const names = list(numbered.map((r) => (lang === "zh" ? `第${r.number}号${resolutionKind(r, "zh")}` : `${resolutionKind(r, "en")} ${r.number}`)), lang);
  const quote = clippedAt(paragraphText(p.text), WHOLE_PASSAGE);
  const text = lang === "zh" ? `${names}没有谈到这一点。${where}谈到：「${quote}」${cite}` : `${names} does not say this. ${where} does: “${quote}”${cite}`;
  return refused(text, lang, src);
}

/** A concept's label as the question writes it ("Principe" for the label "principe"). */
export function asWritten(question: string, label: string): string {
  const at = question.toLowerCase().indexOf(label.toLowerCase());
  return at >= 0 ? question.slice(at, at + label.length) : label;
}

/** Whether some passage holds a concept of the question (a label that is no concept of it is taken as held by none). */
function heldSomewhere(ctx: AnswerContext, label: string): boolean {
  const c = conceptsOf(ctx).find((x) => x.label === label);
  return !!c && ctx.index.passageFrequency({ zh: c.variants, en: c.en }, [1]) > 0;
}

/**
 * The passage that came nearest, where it stands and what of the question it speaks of: "The
 * nearest passage, A/RES/80/4, paragraph 5, speaks of embargo, Cuba, but not of vote."
 */
function nearestPassage(ctx: AnswerContext, p: Passage, missing: string[]): string {
  const { lang } = ctx.q;
  const held = conceptsOf(ctx).filter((c) => !missing.includes(c.label) && !c.neutral && c.source !== "number").map((c) => asWritten(ctx.q.text, c.label));
  if (!held.length) return "";
  const where = ctx.index.cite(p.id);
  const meta = ctx.index.document(p.docId)?.meta;
  // Named in the asker's language where it has no symbol: its English title in an English answer.
  const doc = meta?.symbol ?? (lang === "en" && meta?.titleEn ? `“${meta.titleEn}”` : where.document);
  const para = where.paragraph ? (/^\d+$/.test(where.paragraph) ? (lang === "zh" ? `第${where.paragraph}段` : `, paragraph ${where.paragraph}`) : lang === "zh" ? `（${where.paragraph}）` : ` (${where.paragraph})`) : "";
  const lacking = missing.filter((m) => conceptsOf(ctx).some((c) => c.label === m && !c.neutral && c.source !== "number")).slice(0, 3).map((m) => asWritten(ctx.q.text, m));
  const unstated = UNSTATED.find(([ask]) => ctx.q.asks.has(ask))?.[1];
  return lang === "zh"
    ? `最接近的段落（${doc}${para}）谈到${held.slice(0, 4).join("、")}，${lacking.length ? `但没有谈到${lacking.join("、")}` : `但${unstated?.zh ?? "没有说明所问的内容"}`}。`
    : ` The nearest passage, ${doc}${para}, speaks of ${held.slice(0, 4).join(", ")}, but ${lacking.length ? `not of ${lacking.join(", ")}` : (unstated?.en ?? "does not state what is asked")}.`;
}

/** What the nearest passage leaves unsaid, by the kind of fact asked. */
const UNSTATED: [Ask, { en: string; zh: string }][] = [
  ["who", { en: "gives no name", zh: "没有给出名称" }],
  ["howMany", { en: "gives no such number", zh: "没有给出这个数目" }],
  ["when", { en: "does not say when", zh: "没有说明时间" }],
  ["year", { en: "gives no such year", zh: "没有给出年份" }],
  ["where", { en: "does not say where", zh: "没有说明地点" }],
];

/**
 * What a refusal says the documents cover, read from the whole graph: the bodies of dated
 * meetings, the meetings with an agenda and a timetable, the workplan's years. The same for
 * every question, so computed once per build.
 */
function graphCover(index: AnswerContext["index"]): { datedBodies: BodyId[]; agendas: Meeting[]; years: number[] } {
  let cover = coverByGraph.get(index.graph);
  if (!cover) {
    cover = {
      datedBodies: [...new Set(index.graph.meetings.filter((m) => m.start).flatMap((m) => m.bodies))],
      agendas: [...new Set(index.graph.agenda.map((a) => a.meetingId))].map((id) => index.meeting(id)!).filter((m) => index.slots(m.id).length),
      years: index.graph.workplan.map((w) => w.year).filter((y): y is number => !!y),
    };
    coverByGraph.set(index.graph, cover);
  }
  return cover;
}
const coverByGraph = new WeakMap<object, { datedBodies: BodyId[]; agendas: Meeting[]; years: number[] }>();

/** "10th session of the Conference of the States Parties, 11–15 December 2023, Atlanta": the meetings the question names by number, as the documents hold them. */
function namedMeeting(ctx: AnswerContext): string | undefined {
  const { q, index, glossary: g } = ctx;
  // A meeting of another body or instrument than those the documents' meetings are of: none of theirs.
  if (!q.ordinal || findMeetings(ctx).elsewhere) return undefined;
  const sessionWord = (m: { kind: string }) => m.kind === "session" || m.kind === "resumed";
  const found = index
    .meetings({ ordinal: q.ordinal })
    .filter((m) => m.start && (!q.bodies.length || m.bodies.some((b) => q.bodies.includes(b))) && (!q.meetingWord || sessionWord(m) === (q.meetingWord === "session")));
  if (!found.length) return undefined;
  const one = (m: (typeof found)[number]) => [meetingName(g, m, q.lang), meetingWhen(m, q.lang), m.venue && venueName(g, m.venue, q.lang)].filter(Boolean).join(q.lang === "zh" ? "，" : ", ");
  return found.slice(0, 2).map(one).join(q.lang === "zh" ? "；" : "; and the ");
}

/** "15", "15th", "十五", "第十五次", "次会议": the words that only name the meeting's number. */
function isOrdinalLabel(label: string, ordinal: number): boolean {
  return isOrdinalNumber(label, ordinal) || /^第?[次届]?会议$|^[次届]$/.test(label.trim());
}
/** "15", "15th", "fifteenth", "十五", "第十五次": the meeting's number itself. */
function isOrdinalNumber(label: string, ordinal: number): boolean {
  const l = label.trim().toLowerCase();
  const number = new RegExp(`^第?\\s*(?:${ordinal}|${toChineseNumber(ordinal)})\\s*(?:st|nd|rd|th|次|届)?(?:会议)?$`);
  return number.test(l) || l === ordinalSuffix(ordinal) || parseEnglishOrdinal(l) === ordinal;
}
