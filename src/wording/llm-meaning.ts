/**
 * Checks on what a model-worded sentence means, beyond its numbers: it must not carry links or
 * mentions, every content word must stand in the passages it cites (or its translation, through
 * the glossary), a negation or modality ("not", "cancelled", "postponed") must stand there too,
 * a date or number must share a clause with the sentence's subject, and passages' own
 * instruction-like sentences never vouch for anything. Pure functions only.
 */
import { buildSupport, extractClaims, unsupportedClaims, type Claims } from "./llm-claims.js";
import { stem } from "../knowledge/index.js";

/** English words with their Chinese variants, as the glossary knows them (Glossary.englishConcepts). */
export type Concepts = (english: string) => { en: string; zh: string[] }[];

const LINK_OR_MENTION = /<[!@#][^>]*>|\bhttps?:\/\/|\bwww\.|\[[^\]]*\]\([^)]*\)|(?:^|[\s(])@(?:channel|here|everyone|[\p{L}\d._-]+)|<https?:|mailto:/iu;

/** Links and mentions a sentence carries; none may come from the model. */
export function linksAndMentions(text: string): string[] {
  const found: string[] = [];
  const re = new RegExp(LINK_OR_MENTION.source, "giu");
  for (const m of text.matchAll(re)) found.push(m[0].trim());
  return found;
}

const INSTRUCTION_LIKE = [
  /\b(?:ignore|disregard|forget)\b[^.。]{0,40}\b(?:instructions?|rules|above|previous|prompt)\b/i,
  /\b(?:assistants?|chat ?bots?|bots?|AI|models?|language models?|LLMs?)\b[^.。]{0,60}\b(?:must|should|shall|will|always|never|are to|is to)\b/i,
  /\b(?:tell|inform|answer|reply to|respond to)\s+(?:the\s+|all\s+)?(?:users?|delegates?|readers?|askers?)\b/i,
  /\b(?:system prompt|you are now|act as|pretend)\b/i,
  /(?:忽略|无视|忘记).{0,15}(?:指令|指示|说明|规则|以上|之前)/,
  /(?:助手|机器人|模型|人工智能|AI).{0,20}(?:必须|应当|应该|务必|一律|总是|告诉|回答|答复)/,
  /(?:告诉|告知)(?:所有)?(?:用户|代表|读者)/,
];

/** Whether a sentence of a document speaks to the assistant or its readers instead of recording something. */
export function isInstructionLike(sentence: string): boolean {
  return INSTRUCTION_LIKE.some((re) => re.test(sentence));
}

/** Sentences of a passage, split at sentence ends (kept), for clause-level checks. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.。!?！？;；])\s*|\n+/).filter((s) => s.trim() !== "");
}

/** A passage with its instruction-like sentences removed: they are data, and vouch for nothing. */
export function withoutInstructions(text: string): string {
  const parts = sentencesOf(text);
  return parts.some(isInstructionLike) ? parts.filter((s) => !isInstructionLike(s)).join(" ") : text;
}

/** Negation and modality words, each with the Chinese words that carry it. */
const NEGATIONS: [RegExp, string[]][] = [
  [/\b(?:not|no|never|none|neither|nor|without)\b|n't\b/i, ["不", "未", "没有", "无", "非", "否"]],
  [/\bcancel(?:l?ed|l?ing|lation|s)?\b/i, ["取消"]],
  [/\bpostpone(?:d|s|ment)?\b|\bdelay(?:ed|s)?\b/i, ["推迟", "延期", "延后", "改期"]],
  [/\bsuspend(?:ed|s)?\b|\bsuspension\b/i, ["暂停", "中止"]],
  [/\bdefer(?:red|s)?\b/i, ["推迟", "暂缓"]],
  [/\bwithdraw(?:n|s)?\b|\bwithdrew\b/i, ["撤回", "撤销"]],
  [/\breject(?:ed|s)?\b/i, ["拒绝", "否决"]],
  [/\b(?:may|might|could|possibly|perhaps|probably)\b/i, ["可能", "可", "或许"]],
];
const ZH_NEGATIONS = ["不", "未", "没有", "取消", "推迟", "延期", "暂停", "撤回", "拒绝", "可能"];
/** Words that hold a negation character without negating anything ("不限成员名额" open-ended, "未来" future). */
const NOT_NEGATING = /不限|不同|不断|不仅|不少|不论|未来|无论|非洲|非政府|非法|可能性/g;

/** The negations and modalities of `sentence` that the (instruction-free) passages do not carry. */
export function unsupportedNegations(sentence: string, passagesText: string): string[] {
  const missing: string[] = [];
  const passages = passagesText.replace(NOT_NEGATING, " ");
  sentence = sentence.replace(NOT_NEGATING, " ");
  const lower = passages.toLowerCase();
  for (const [re, zh] of NEGATIONS) {
    const m = sentence.match(re);
    if (!m) continue;
    const inPassage = new RegExp(re.source, "i").test(lower) || zh.some((z) => passages.includes(z));
    if (!inPassage) missing.push(`negation ${m[0].toLowerCase()}`);
  }
  for (const z of ZH_NEGATIONS) if (sentence.includes(z) && !passages.includes(z)) missing.push(`negation ${z}`);
  return missing;
}

const STOPWORDS = new Set(
  `a an the and or but of to in on at by for from with as is are was were be been being it its this that these those there their they them he she his her
  which who whom whose what when where why how also than then so such into onto over under about after before during between within upon per via both each
  other another any all some more most many much same own only just very can will would shall should must has have had do does did done
  i we you our your us me my mine ours yours`.split(/\s+/),
);

/** Words about the documents themselves, which the passages need not repeat. */
const FRAMING = new Set(
  `document documents passage passages paragraph paragraphs according states stated says said state notes noted mentions mentioned indicates indicated
  shows shown provides provided lists listed refers referred source sources cited cite cites answer question asked following follows
  held hold holds take takes taking place item items`.split(/\s+/),
);

/** The English content words of a sentence (lower-cased). */
export function contentWords(sentence: string): string[] {
  const words = sentence.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? [];
  return [...new Set(words.map((w) => w.replace(/'s$/, "")).filter((w) => !STOPWORDS.has(w) && !FRAMING.has(w) && !/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(w)))];
}

/** Whether `word` (or its stem) stands in the lower-cased English text of the passages. */
function inEnglish(word: string, lowerPassages: string): boolean {
  const stem = word.replace(/(?:ies|es|s|ed|ing|ly|ion|ions|ment|ments)$/, "");
  const probe = stem.length >= 4 ? stem.slice(0, Math.max(4, stem.length - 1)) : word;
  return new RegExp(`\\b${probe.replace(/[-']/g, ".")}`).test(lowerPassages);
}

/** Whether the passages are mostly Chinese. */
function mostlyChinese(text: string): boolean {
  return (text.match(/\p{Script=Han}/gu)?.length ?? 0) > (text.match(/[A-Za-z]/g)?.length ?? 0);
}

/**
 * The content words of an English sentence not found in the passages. Over English passages
 * every content word must stand there. Over Chinese passages a word is checked through its
 * glossary translation: a term the glossary knows ("Geneva" 日内瓦, "cancelled" aside, which
 * the negation check covers) must have one of its Chinese forms there; words it does not know
 * cannot be checked word by word. Chinese sentences are not checked word by word (no reliable
 * segmentation here); their negations, numbers and quotes are.
 */
export function unsupportedWords(sentence: string, passages: string, concepts?: Concepts): string[] {
  const lower = passages.toLowerCase();
  // Chinese forms compared without spaces: PDF extraction leaves "9 月 3 日" spaced.
  const tight = passages.replace(/\s+/g, "");
  const known = concepts ? concepts(sentence) : [];
  const translated = new Set<string>();
  const untranslated: string[] = [];
  const framingStems = new Set([...FRAMING, ...STOPWORDS].map((w) => stem(w)));
  for (const c of known) {
    const words = c.en.toLowerCase().split(/\s+/);
    // "says", "according to": how a sentence reports, not what it claims.
    if (words.every((w) => FRAMING.has(w) || STOPWORDS.has(w) || framingStems.has(stem(w)))) continue;
    if (c.zh.some((z) => tight.includes(z.replace(/\s+/g, ""))) || lower.includes(c.en.toLowerCase())) for (const w of words) translated.add(w);
    else untranslated.push(c.en.toLowerCase());
  }
  if (mostlyChinese(passages)) return untranslated.map((w) => `word ${w}`);
  // The glossary names a concept by its term ("opening"); the sentence may use another form ("opens").
  const translatedStems = new Set([...translated].map((w) => stem(w)));
  return contentWords(sentence)
    .filter((w) => !translated.has(w) && !translatedStems.has(stem(w)) && !inEnglish(w, lower))
    .map((w) => `word ${w}`);
}

const singleClaims = (c: Claims): Claims[] => {
  const empty: Claims = { dates: [], monthDays: [], times: [], resolutions: [], symbols: [], numbers: [], quotes: [] };
  const out: Claims[] = [];
  for (const k of ["dates", "monthDays", "times", "numbers"] as const) for (const v of c[k]) out.push({ ...empty, [k]: [v] });
  return out;
};

/**
 * Dates, times and numbers of a sentence that stand in the passages only in clauses unrelated to
 * the sentence's subject: no clause holding the value also holds one of the sentence's content
 * words (or a translation of one). "The 15th meeting opens on 4 September" is not supported by a
 * passage whose 4 September belongs to another meeting.
 */
export function detachedValues(sentence: string, passages: string, concepts?: Concepts): string[] {
  const lowerAll = passages.toLowerCase();
  // Only words and terms the passages hold can place a value in a clause.
  const words = contentWords(sentence).filter((w) => inEnglish(w, lowerAll));
  const zhTerms = (concepts ? concepts(sentence).flatMap((c) => c.zh) : []).filter((z) => passages.includes(z));
  if (words.length === 0 && zhTerms.length === 0) return [];
  const clauses = sentencesOf(passages);
  const detached: string[] = [];
  for (const claim of singleClaims(extractClaims(sentence))) {
    const holding = clauses.filter((cl) => unsupportedClaims(claim, buildSupport([cl])).length === 0);
    if (holding.length === 0) continue; // unsupported altogether: reported by the number check
    // The value must stand in a clause that is about the sentence's subject at least as much as
    // any other clause is: not in the clause of another meeting that shares a word or two.
    const overlap = (cl: string) => {
      const lower = cl.toLowerCase();
      return words.filter((w) => inEnglish(w, lower)).length + zhTerms.filter((z) => cl.includes(z)).length;
    };
    const best = Math.max(...clauses.map(overlap));
    if (Math.max(...holding.map(overlap)) < best || best === 0) detached.push(`detached ${[...claim.dates, ...claim.monthDays, ...claim.times, ...claim.numbers][0]}`);
  }
  return detached;
}
