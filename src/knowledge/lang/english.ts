/**
 * English words: the one stemmer (Porter, from the `stemmer` package) and the one way of cutting
 * English text into words, for the index, the glossary and the question reader alike.
 */
import { stemmer } from "stemmer";
import { QUESTION_EN, STOP_EN } from "./words.js";

/**
 * Porter stem of a lower-case word ("meetings" -> "meet", "discussed" -> "discuss"); other tokens
 * as they are. A verb in "-ify" and its noun in "-ification" share one stem ("ratify",
 * "ratified", "ratification" -> "ratif"), as "-ize" and "-ization" already do in Porter's; an irregular past form stems as its verb ("met" -> "meet").
 * The index, the dictionary's tables and the prepared glossary hold stems: a change here bumps
 * INDEX_VERSION (load.ts), LEXICON_VERSION (lexicon.ts) and PREPARED_VERSION (glossary.ts).
 */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    // Texts repeat their words: each is stemmed once, up to a bound past which the memo starts again.
    if (stems.size >= STEMS) stems.clear();
    stems.set(word, (s = stemOnce(word)));
  }
  return s;
}
const STEMS = 100_000;
const stems = new Map<string, string>();

function stemOnce(word: string): string {
  const w = word.toLowerCase();
  const base = IRREGULAR.get(w) ?? americanSpelling(w);
  const kept = keptApart(base);
  if (kept) return kept;
  return /^[a-z]+$/.test(base) && base.length > 2 ? stemmer(base).replace(/ifi$/, "if") : base;
}

/**
 * Words the stemmer would join with another word of other meaning, given stems of their own:
 * "conventional" (arms) apart from "convention", "universal" apart from "university", an
 * "organization" apart from an "organ" of the United Nations.
 */
function keptApart(w: string): string | undefined {
  // Every word of every passage is stemmed: one test sets most aside.
  if (!KEPT_APART_START.test(w)) return undefined;
  for (const [re, kept] of KEPT_APART) if (re.test(w)) return kept;
  return undefined;
}
const KEPT_APART_START = /^(?:conv|univ|organi)/;
const KEPT_APART: [RegExp, string][] = [
  [/^conventional(?:ly)?$/, "conventional"],
  [/^universal(?:ly|ity)?$/, "universal"],
  [/^organi[sz]ations?$/, "organization"],
];

/**
 * A British spelling in "-ise", "-isation", "-yse" as the American one ("authorised", "organisation",
 * "analyse" as "authorized", "organization", "analyze"): UN texts print both, delegates type
 * either. Applied to every word alike, it joins the two spellings of one word and parts none (a
 * word only ever spelled "-ise", "promise", becomes "promize" in questions and passages alike).
 */
function americanSpelling(w: string): string {
  if (w.length < 5) return w;
  for (const [re, american] of BRITISH) if (re.test(w)) return w.replace(re, american);
  return w.length < 7 || ONLY_ISE.has(w) ? w : w.replace(BRITISH_ISE, "$1iz$2").replace(BRITISH_YSE, "$1yz$2");
}
/**
 * The other British spellings UN texts print, of whole word families ("programme", "centre",
 * "labour", "defence", "judgement", "dialogue", "travelled"), as the American ones the dictionary
 * glosses with and many delegates type ("program", "center", "labor", "defense").
 */
const BRITISH: [RegExp, string][] = [
  [/^([a-z]*gram)me(s?)$/, "$1$2"],
  [/^([a-z]*(?:cent|met|lit|theat|spect|fib|sab|calib|somb))re(s?)$/, "$1er$2"],
  [/^([a-z]*cent)red$/, "$1ered"],
  [/^(lab|behavi|fav|hon|col|neighb|harb|endeav|rum|vig|sav|arm|hum|flav|od|val|splend|tum|cand|rig|ard|savi|clam)our([a-z]*)$/, "$1or$2"],
  [/^(defen|offen|licen|preten)ce(s?)$/, "$1se$2"],
  [/^([a-z]*(?:judg|acknowledg|abridg|lodg))ement(s?)$/, "$1ment$2"],
  [/^(dial|catal|anal|monol|prol|epil)ogue(s?)$/, "$1og$2"],
  [/^ageing$/, "aging"],
  [/^(enrol|fulfil|instal)(ments?)$/, "$1l$2"],
  [/^(travel|cancel|label|model|counsel|channel|fuel|level|signal|total|tunnel|equal)l(ed|ing|ers?|ors?)$/, "$1$2"],
];
/** Words spelled "-ise" everywhere whose "-ize" form the stemmer would join with another word ("expertise", "experts"). */
const ONLY_ISE = new Set(["expertise"]);
const BRITISH_ISE = /^([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$/;
const BRITISH_YSE = /^([a-z]{3,})ys(e|es|ed|ing)$/;

/**
 * The irregular past forms of the verbs documents and questions tell meetings and their work
 * with ("the group met in New York" / "when did it meet", "was held" / "will hold"), read as
 * their verbs, the irregular plurals of people ("women" as "woman"), and a noun no suffix joins to
 * its verb ("death" as "die"). Forms that are also other words ("found", "left") are not among
 * them, nor verbs that mostly make phrases of asking ("came from", "went on").
 */
const IRREGULAR = new Map(
  Object.entries({
    meet: "met", hold: "held", take: "took taken", begin: "began begun", make: "made", send: "sent",
    bring: "brought", choose: "chose chosen", draw: "drew drawn", lead: "led", speak: "spoke spoken",
    seek: "sought", undertake: "undertook undertaken", withdraw: "withdrew withdrawn", oversee: "oversaw overseen",
    // Irregular plurals of the nouns documents count people by ("half of whom were women").
    woman: "women", man: "men", child: "children", chairwoman: "chairwomen", chairman: "chairmen",
    // A verb and the noun documents tell it with, where no suffix joins them ("when did he die":
    // "the deaths of …", "how many died": "deaths").
    die: "died dies dying death deaths",
  }).flatMap(([verb, forms]) => forms.split(" ").map((f) => [f, verb] as const)),
);

/**
 * Past forms that are also words of their own ("found" a body / "found" that; "left" side / "left"
 * the room), with the verb they are the past of. Their stem stays their own; a question's concept
 * of one also holds the verb's, so that "the prosecutor found" finds "the findings of the Prosecutor".
 */
const PAST_OF = new Map(
  Object.entries({ find: "found", leave: "left", see: "saw", fall: "fell", rise: "rose", lie: "lay", wind: "wound", bear: "bore", grind: "ground" })
    .map(([verb, form]) => [form, verb] as const),
);

/** The verb a word is also the past form of ("found" -> "find"), if it is one of those. */
export function verbOfPast(word: string): string | undefined {
  return PAST_OF.get(word.toLowerCase());
}

/** An English word of a text with its position. */
export interface EnglishWord {
  word: string;
  stem: string;
  index: number;
}

// Ordinals ("15th") are one word; letters and digits written together ("cosp10") are two.
const WORD = /\d+(?:st|nd|rd|th)(?![a-z])|[a-z]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)*%?/g;

/**
 * The words of a text, lower-cased, with their stems and positions ("ECOSOC's" -> "ecosoc", "COSP10" -> "cosp", "10").
 * A small word glued to the capitalized word after it where extraction lost the space between
 * lines ("Security andCo-operation in Europe") is two words.
 */
export function englishWords(text: string): EnglishWord[] {
  const out: EnglishWord[] = [];
  for (const m of withoutAccents(text.toLowerCase()).matchAll(WORD)) {
    const word = m[0].replace(/['’]s$/, "").replace(/['’]/g, "");
    const glued = word.length > 3 ? gluedAt(text, m.index!, word) : 0;
    if (glued) {
      out.push({ word: word.slice(0, glued), stem: stem(word.slice(0, glued)), index: m.index! });
      out.push({ word: word.slice(glued), stem: stem(word.slice(glued)), index: m.index! + glued });
    } else out.push({ word, stem: stem(word), index: m.index! });
  }
  return out;
}

/**
 * Latin letters with accents as their plain letters, one for one ("Lomé", "Côte d’Ivoire",
 * "Türkiye" as "lome", "cote d’ivoire", "turkiye"): words, not pieces cut at each accent, and
 * typed either way. Positions in the text stay where they were.
 */
function withoutAccents(text: string): string {
  return ACCENTED.test(text) ? text.replace(ACCENTED_ALL, (c) => c.normalize("NFD")[0]) : text;
}
const ACCENTED = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/;
const ACCENTED_ALL = new RegExp(ACCENTED.source, "g");

/** Small words that extraction glues to the next line's first word. */
const GLUED = ["and", "of", "the", "for", "in", "on", "to", "with", "by", "from", "at"];
const GLUED_JUNCTION = new RegExp(`\\b(${GLUED.join("|")})(?=[A-Z][a-z])`, "g");
/** A text with a space put back between a small word and the capitalized word glued to it ("andCo-operation"), for a reader that lower-cases it first. */
export const unglued = (text: string) => text.replace(GLUED_JUNCTION, "$1 ");
/** Where a small word glued to a capitalized one ends in a word found at `at` ("andCo" -> 3), else 0. */
function gluedAt(text: string, at: number, word: string): number {
  const first = text.charCodeAt(at);
  if (first < 97 || first > 122) return 0;
  for (let k = 2; k <= 4 && k < word.length - 1; k++) {
    const c = text.charCodeAt(at + k);
    if (c < 65 || c > 90) continue;
    const next = text.charCodeAt(at + k + 1);
    return next >= 97 && next <= 122 && GLUED_SET.has(word.slice(0, k)) ? k : 0;
  }
  return 0;
}
const GLUED_SET = new Set(GLUED);

/** Words that say nothing about what is asked (articles, auxiliaries, question words). */
export function isStopWordEn(word: string): boolean {
  const w = word.toLowerCase();
  return STOP_EN.has(w) || QUESTION_EN.has(w);
}

/** The stems of a phrase's words, joined by spaces: the key two spellings of a term share. */
export function stemKey(phrase: string): string {
  let key = stemKeys.get(phrase);
  if (key === undefined) {
    // Phrases are mostly the glossary's and the dictionary's, asked for again by every question
    // that names them: kept, up to a bound past which the memo starts again empty.
    if (stemKeys.size >= STEM_KEYS) stemKeys.clear();
    // A word in lower-case letters is read as itself: its key is its stem (the dictionary's
    // glosses ask for 50,000 words).
    key = LOWER_CASE_WORD.test(phrase) ? stem(phrase) : englishWords(phrase.replace(/-/g, " ")).map((w) => w.stem).join(" ");
    stemKeys.set(phrase, key);
  }
  return key;
}
const LOWER_CASE_WORD = /^[a-z]+$/;
const STEM_KEYS = 50_000;
const stemKeys = new Map<string, string>();
