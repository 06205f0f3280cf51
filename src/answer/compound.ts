/**
 * Compound questions: "IRG 14 - what dates, and which item covers technical assistance?",
 * "第5/3号决议：哪一届通过的？请谁提交报告？". The question is split
 * into its parts; each part is answered on its own, with the subject the parts share (a topic
 * before a colon or dash, or what the first part is about) carried into the parts that do not
 * name one; the answers are joined, and a part the documents do not cover says so.
 */
import type { Answer, Citation, Lang } from "../core/types.js";
import type { AnswerContext, AnswerResult } from "./context.js";
import { understand, type Question } from "./understand.js";
import { ORDINAL_PATTERN } from "../knowledge/index.js";
import { isAskersOwnClause } from "./answer-search.js";

/**
 * Where a question divides into parts, by language: a question mark, a semicolon, ", and what …"
 * (", and by which …", not ", and by when", which asks more of the same), and "… and what is …"
 * after words that are not themselves asking ("where and when did it meet" is one part).
 */
const SPLIT: Record<Lang, RegExp> = {
  en: /\?\s+(?=\S)|;\s*|,\s*(?:and|also|plus)\s+(?=(?:what|which|when|where|who|whom|how|is|are|was|were|did|does|do|at|under|in|on)\b|(?:by|for|from|to|with)\s+(?:what|which|whom)\b)|(?<!\b(?:where|when|what|which|who|how))\s+and\s+(?=(?:what|which|when|where|who|how(?: many| much)?)(?:'s\b|\s+(?:is|are|was|were|did|does|do|will|has|have|can)\b))/gi,
  // (And a comma after a clause that asks when or where, before a clause that asks a fact of its
  // own: two questions of one meeting.)
  zh: /[？?；;。]\s*(?=\S)|[，,]?\s*(?:以及|另外|此外|还有|并且)\s*|(?<=(?:什么时候|何时|哪天|哪一天|几号|在哪里?|在哪儿)[开举行召办幕]{0,3}(?:的|呢)?)[，,]\s*(?=[^，,？?]*(?:什么|哪|几|多少|谁))/g,
};

/** A topic before the question proper: "COSP6 - …", "80/38：…", "cuba embargo res: …" (an acronym spelled out in it: "4th special session devoted to disarmament (SSOD) working group: …"). */
const TOPIC = /^(.{2,100}?)\s*(?:[:：]|\s[-–—]\s)\s*(?=\S)/;

/** Words that start asking, after which the first part's subject has been named (Chinese). */
const ASKING_ZH = /(?:是)?(?:在哪|什么时候|何时|几号|几点|是什么|有多少|多少|有哪些|哪|几)/;
/** The particle that ends a Chinese yes-no question. */
const YES_NO_ZH = /[吗呢么][？?]?$/;
/** Leading asking words of an English part ("where and when did", "what's", "how many … were"). */
const ASKING_EN = /^(?:(?:where|when|what|which|who|how(?: many| much)?)(?:'s)?(?:\s+and\s+(?:where|when|what|which|who))?\s+(?:is|are|was|were|did|does|do|will|has|have)?\s*)/i;

/** The parts of a compound question with the subject they share; one part when it is not compound. */
export function questionParts(text: string, lang: Lang): string[] {
  return splitQuestion(text, lang).parts;
}

/** The parts of a question, and the subject carried into the parts after the first ("" when none is). */
function splitQuestion(text: string, lang: Lang): { parts: string[]; subject: string; bare?: string[] } {
  const topic = text.match(TOPIC);
  const body = topic ? text.slice(topic[0].length) : text;
  const split = body.split(SPLIT[lang]).map((p) => p.trim()).filter((p) => /[\p{L}\p{N}]/u.test(p));
  // A reference after the question ("… states? (80/18)") is no part of its own: it says what the
  // question is about, for every part.
  const references = split.filter(isReference);
  // A clause in which the asker speaks of themselves ("I know half were women") asks nothing.
  const asking = withRequestsJoined(split.filter((p) => !isReference(p) && !isAskersOwnClause(p.replace(/[?？.。!！]+$/, ""))), lang);
  const listed = topic && asking.length === 1 ? factsListed(body, lang) : undefined;
  const parts = (listed ?? asking).map((p) => (references.length ? `${p} ${references.join(" ")}` : p));
  if (parts.length < 2) return { parts: eachOrdinal(text, lang) ?? [text], subject: "" };
  // (Of the first part as asked: a reference after the question is in every part already.)
  const subject = topic ? topic[1] : subjectOf((listed ?? asking)[0], lang);
  return { parts: parts.map((p, i) => (i === 0 ? (topic ? `${topic[1]} ${p}` : p) : withSubject(p, subject, lang))), subject, bare: topic ? undefined : parts };
}

/**
 * The facts a question lists after its topic without asking words ("IRG 7th session: dates, city,
 * and the symbol of its report pls", "第七届会议：日期、地点和报告文号"): a part for each, when
 * there are several and each is a few words.
 */
function factsListed(body: string, lang: Lang): string[] | undefined {
  if ((lang === "zh" ? ASK_WORD_ZH : ASK_WORD_EN).test(body)) return undefined;
  const items = body
    .replace(lang === "zh" ? /[？?。！!]+$/ : /\b(?:pls|please|plz|thanks|thx)\b|[?.!]+$/gi, "")
    // (Not "for and against", "before and after": two words of one phrase.)
    .split(lang === "zh" ? /\s*(?:、|，|,|以及|和|及)\s*/ : /\s*,\s*(?:and\s+)?|(?<!\b(?:for|before|in|up|to|pro))\s+and\s+/)
    .map((x) => x.trim())
    .filter((x) => /[\p{L}\p{N}]/u.test(x));
  const short = (x: string) => (lang === "zh" ? x.length <= LISTED_LENGTH_ZH : x.split(/\s+/).length <= LISTED_WORDS_EN);
  if (!(items.length >= 2 && items.every(short))) return undefined;
  return lang === "en" ? withSharedTail(items) : items;
}

/**
 * English facts listed before what they are of ("date and venue of its second review meeting, per
 * the radwaste resolution"): each bare fact is of that too ("date of its second review meeting"),
 * and a source named after them ("per …", "according to …") is every fact's source, not a fact.
 */
function withSharedTail(items: string[]): string[] | undefined {
  const sources = items.filter((x) => SOURCE_GIVEN.test(x));
  const facts = items.filter((x) => !sources.includes(x));
  if (!facts.length) return undefined;
  const tail = facts[facts.length - 1].match(OF_WHAT)?.[0] ?? "";
  const joined = facts.map((x) => `${x}${tail && !OF_WHAT.test(x) && x.split(/\s+/).length <= BARE_FACT_WORDS ? tail : ""}${sources.length ? `, ${sources.join(", ")}` : ""}`);
  return joined.length >= 2 ? joined : undefined;
}
/** English words that put a document forward as the source of what is asked. */
const SOURCE_WORDS_EN = "according to|as per|per|going by|based on";
/** A part that only names the source: "per the radwaste dumping resolution", "according to 80/26". */
const SOURCE_GIVEN = new RegExp(`^(?:${SOURCE_WORDS_EN}|as stated in)\\s`, "i");
/** What a fact is of: " of its second review meeting" (the rest of the part). */
const OF_WHAT = /\s(?:of|for)\s.+$/i;
/** The most words a fact listed bare has ("date", "opening day"). */
const BARE_FACT_WORDS = 2;
const LISTED_LENGTH_ZH = 8;
const LISTED_WORDS_EN = 6;

/** A short name in capitals numbered twice, the second time with or without it. */
const NUMBERED_TWICE = /\b([A-Z]{2,8})\s?(\d{1,2})\s+and\s+(?:\1\s?)?(\d{1,2})\b(?!\s*(?:%|per|years?|days?|months?|weeks?|hours?))/;
/** Two ordinals joined ("the 11th and the 12th expert meetings", "第十一次和第十二次会议"): in either language. */
const TWO_ORDINALS: Record<Lang, RegExp> = {
  en: new RegExp(`\\b(?:the\\s+)?(${ORDINAL_PATTERN})\\s+and\\s+(?:the\\s+)?(${ORDINAL_PATTERN})\\b`, "i"),
  zh: /第\s*([\d一二三四五六七八九十百]+)\s*(次|届)?\s*(?:和|与|及|、)\s*第\s*([\d一二三四五六七八九十百]+)\s*(次|届)/,
};

/**
 * A question about two meetings of one series named by their ordinals ("when were the 11th and
 * the 12th expert meetings held?"): one part for each, the rest of the question the same.
 */
function eachOrdinal(text: string, lang: Lang): string[] | undefined {
  // A short name numbered twice: "EMIC 11 and EMIC 12", "COSP 9 and 10", "IRG11 and IRG12".
  const numbered = lang === "en" ? text.match(NUMBERED_TWICE) : null;
  if (numbered) return [text.replace(numbered[0], `${numbered[1]} ${numbered[2]}`), text.replace(numbered[0], `${numbered[1]} ${numbered[3]}`)];
  const m = text.match(TWO_ORDINALS[lang]);
  if (!m) return undefined;
  if (lang === "zh") return [text.replace(m[0], `第${m[1]}${m[2] ?? m[4]}`), text.replace(m[0], `第${m[3]}${m[4]}`)];
  return [text.replace(m[0], `the ${m[1]}`), text.replace(m[0], `the ${m[2]}`)];
}

/**
 * A short request after a part that asks nothing of its own ("列一下", "给个文号", "list them
 * please") belongs to the part before it: it says how to answer that part, not a new question.
 * So does a statement that points to where the documents tell of the subject (`tellsOnly`),
 * before the first question or after one.
 */
function withRequestsJoined(parts: string[], lang: Lang): string[] {
  const joined: string[] = [];
  const sep = lang === "zh" ? "，" : ", ";
  let before = "";
  for (const p of parts) {
    if (joined.length && (asksNothing(p, lang) || tellsOnly(p, lang) || clarifies(p, lang) || asksIfSaid(p, lang) || ALTERNATIVE[lang].test(p))) joined[joined.length - 1] += `${sep}${p}`;
    // A statement before the first question ("I'm reading 80/34. who …") is what it is about.
    else if (!joined.length && tellsOnly(p, lang)) before += `${p.replace(/[。.]$/, "")}${sep}`;
    else joined.push(`${before}${p}`), (before = "");
  }
  if (before) joined.push(before.slice(0, -sep.length));
  return joined;
}
/**
 * Whether a part only says more of what the question before it meant ("就是7/4号决议执行进展报告
 * 图一里的那个数", "I mean the one in the 2021 report", "i.e. the annex", "the session that
 * recommended the rules"): it opens with words that say so and asks nothing of its own.
 */
function clarifies(part: string, lang: Lang): boolean {
  if (lang === "zh") return CLARIFYING_ZH.test(part) && !ASK_WORD_ZH.test(part) && !ASKING_ZH.test(part.replace(/那个数|那一?[个项份]/g, ""));
  return CLARIFYING_EN.test(part) && !ASK_WORD_EN.test(part);
}
/**
 * Whether a part only asks if a document says what the part before asks ("80/54里有写吗",
 * "决议中有提到吗", "does 80/54 say?", "is that in the report?"): with the document named and the
 * verb of saying set aside, nothing is left to ask. It names where to look for that part's answer.
 */
function asksIfSaid(part: string, lang: Lang): boolean {
  const rest = part.replace(DOCUMENT_WORDS[lang], " ").replace(lang === "zh" ? NAMED_ZH : NAMED_EN, " ").replace(/\s+/g, " ").trim();
  return SAYS_IT[lang].test(rest);
}
/** Words naming the document a part asks about ("the resolution", "这份报告", "文件"). */
const DOCUMENT_WORDS: Record<Lang, RegExp> = {
  en: /\b(?:the|this|that|resolution|decision|report|document|text|draft)\b|\b[A-Z]{1,5}(?:\/[A-Za-z0-9.]+){2,}/gi,
  zh: /(?:这|那|该)?(?:份|项|个)?(?:决议|决定|报告|文件|草案|文本|原文)|[A-Z]{1,5}(?:\/[A-Za-z0-9.]+){2,}/g,
};
/** What is left of a part that asks whether its document says something. */
const SAYS_IT: Record<Lang, RegExp> = {
  en: /^(?:(?:does|did|do)(?: it)? (?:say|mention|state|tell|cover)(?: (?:it|so))?|(?:is|was)(?: it)? (?:(?:stated|mentioned|said|written|covered) )?in|(?:is|was)(?: it)? (?:stated|mentioned|said|written|covered))\s*\??$/i,
  zh: /^(?:在)?(?:里面?|中|上)?(?:有没有|有|也|是否|可曾)?(?:写|提到?|提及|说|讲|载明?|记载|规定)(?:到|了|过|明)?(?:吗|么|没有|没)?[？?]?$/,
};
/** A part that asks the one before it another way ("… since 2010, right? or when exactly", "…是2010年吗？还是哪一年"). */
const ALTERNATIVE = { en: /^(?:or|or else|otherwise)\b/i, zh: /^(?:还是|或者|或是|要不然)/ } as const;
const CLARIFYING_ZH = /^(?:就是|也就是|即|指的是|我是说|我指的是)/;
const CLARIFYING_EN = /^(?:i\.e\.|(?:that is|i mean|meaning|namely|the one (?:in|from|of|that)|the [\w-]+(?: [\w-]+)? that)\b)/i;

/**
 * Whether a part only points to where the documents tell of the subject, asking nothing: no asking
 * word, no request, not a yes-no question, and a verb of mentioning or saying ("the IRG's report refers to
 * it", "a resolution of the 80th session talks about it", "决议里提到了").
 * It belongs to the question beside it, not a question of its own.
 */
function tellsOnly(part: string, lang: Lang): boolean {
  if (lang === "zh") return !/[？?]$/.test(part) && !ASKING_ZH.test(part) && !YES_NO_ZH.test(part) && !ASK_WORD_ZH.test(part) && !REQUEST_ZH.test(part) && MENTIONS_ZH.test(part);
  return !/[?]$/.test(part) && !ASK_WORD_EN.test(part) && !/^(?:is|are|was|were|did|does|do|can|could|will|would|should|has|have|had|tell|list|give|show|name|say|explain|summari[sz]e|describe|find|pls|please|any)\b/i.test(part) && MENTIONS_EN.test(part);
}
/** Verbs by which a statement points to a document that tells of something. */
const MENTIONS_EN = /\b(?:mention(?:s|ed)?|refer(?:s|red)? to|talk(?:s|ed)? about|speak(?:s)? of|cite(?:s|d)?|discuss(?:es|ed)?|cover(?:s|ed)?|says?|said|states?|notes?)\b/i;
const MENTIONS_ZH = /提到|提及|说到|讲到|谈到|涉及|载有|(?:里|中)(?:只|也|还|就)?(?:有|说|写)|写着|写到/;
/** Words that ask (in Chinese, besides those that start the asking, `ASKING_ZH`), and Chinese words that start a request. */
const ASK_WORD_EN = /\b(?:what|which|when|where|who|whom|whose|why|how)\b/i;
const ASK_WORD_ZH = /谁|什么|啥|咋|怎|为何|为什么|是否|如何|哪|多[长久大远高少]/;
const REQUEST_ZH = /^(?:请|麻烦|帮|给|列|说|告诉|查|找|总结|概括|解释)/;
/** Whether a part is a short request with no asking word of its own. */
function asksNothing(part: string, lang: Lang): boolean {
  // A statement the asker adds, of any length ("UNODC 也去了的", "当时是线上开的"): no asking word, no
  // question mark, no request, and the particle a statement ends with.
  if (lang === "zh" && STATEMENT_END_ZH.test(part) && !/[？?]/.test(part) && !REQUEST_ZH.test(part) && !ASKING_ZH.test(part) && !ASK_WORD_ZH.test(part)) return true;
  if (lang === "zh") return part.replace(/[？?！!。]/g, "").length <= REQUEST_LENGTH_ZH && !ASKING_ZH.test(part) && !YES_NO_ZH.test(part) && !ASK_WORD_ZH.test(part);
  return part.split(/\s+/).length <= REQUEST_WORDS_EN && !ASK_WORD_EN.test(part) && !/\b(?:is|are|was|were|did|does|do|can|could|will|has|have)\b/i.test(part);
}
/** The longest request read as part of the question before it: characters in Chinese, words in English. */
const REQUEST_LENGTH_ZH = 6;
/** The particles a Chinese statement ends with ("…也去了的", "…开的", "…来着"). */
const STATEMENT_END_ZH = /(?:[了的啦呀]|来着)[。.！!]?$/;
const REQUEST_WORDS_EN = 4;

/**
 * A short bracketed or bare reference with nothing asked: "(80/18)", "(per the COSP6 annotations)",
 * "res 10/3", and a document named as the source after the question ("根据S/2022/501", "according
 * to A/RES/80/14", "per resolution 80/52").
 */
function isReference(part: string): boolean {
  // (A bracketed source that puts a document forward, however long: "(per the WG's 2020 progress background paper)".)
  if (BRACKETED_SOURCE.test(part) && !/[?？]\s*[)）]/.test(part)) return true;
  if (part.length > REFERENCE_LENGTH) return false;
  if (/^[(（].*[)）][?？.。]?$/.test(part)) return true;
  const named = part.replace(SOURCE_LEAD, "").replace(/[?？.。!！]+$/, "").trim();
  return SOURCE_NAMED.test(named);
}
/** The Chinese words that put a document forward as the source. */
const SOURCE_WORDS_ZH = "根据|按照|依据|依照|参照|参见|据|见";
/** Words that put a document forward as the source: "according to", "per", "根据", "据" (and, before a symbol alone, "see", "in", "from"). */
const SOURCE_LEAD = new RegExp(`^[(（]?\\s*(?:(?:${SOURCE_WORDS_EN}|see|in|from)\\s+|(?:${SOURCE_WORDS_ZH})\\s*)?(?:the\\s+)?`, "i");
/** A resolution's number or a document's symbol, alone: "resolution 80/52", "第80/14号决议", "S/2022/501". */
const SOURCE_NAMED = /^(?:(?:resolution|res\.?|decision|draft|第)?\s*\d+\/\d+\s*(?:号)?(?:决议|决定|草案)?|(?:draft\s+)?[A-Z]{1,5}(?:\/[A-Za-z0-9.]+){2,}(?:\s*(?:号)?(?:文件|草案|决议))?)\s*[)）]?$/i;
/** A bracket that opens with a word putting a document forward as the source. */
const BRACKETED_SOURCE = new RegExp(`^[(（]\\s*(?:(?:${SOURCE_WORDS_EN})\\s|${SOURCE_WORDS_ZH})[^()（）]*[)）][?？.。]?$`, "i");
/** The longest part read as a reference. */
const REFERENCE_LENGTH = 40;

/** What the first part is about: its words before the asking starts. */
function subjectOf(first: string, lang: Lang): string {
  if (lang === "zh") {
    const at = first.search(ASKING_ZH);
    // A yes-no question ("…有会外活动吗") is about all it says: the next part ("几点开始") asks of that.
    if (at < 0 && YES_NO_ZH.test(first)) return first.replace(YES_NO_ZH, "");
    // "关于第五条的那份报告，起草时收到…": the topic before the comma, not the first part's own verb.
    if (at > 1) return upToLastNamed(first.slice(0, at).replace(/[，,][^，,]*$/, ""));
    // Asked from its first words ("谁负责提交第80/24号决议的执行报告？"): what those words name.
    return first.search(ASK_WORD_ZH) === 0 ? (first.match(NAMED_ZH) ?? []).join("") : "";
  }
  // "what session adopted decision 5/3": the words before the verb, and what the words
  // after it name (a resolution, a symbol), which the next part ("and when?") asks of as well.
  const asked = first.replace(ASKING_EN, "");
  const verb = asked.search(/\b(?:meet|held|take place|open|start|adopted)\b/i);
  if (verb < 0) return asked.trim();
  return [asked.slice(0, verb).trim(), ...(asked.slice(verb).match(NAMED_EN) ?? [])].filter(Boolean).join(" ");
}

/** A resolution or decision by number, or a document by its symbol, named in English. */
const NAMED_EN = /\b(?:(?:resolution|res\.?|decision)\s+)?\d{1,3}\s*\/\s*\d{1,3}\b|\b[A-Z]{1,5}(?:\/[A-Z0-9.]+){2,}/gi;

/** A resolution or decision by number, or a meeting by its ordinal, named in Chinese. */
const NAMED_ZH = /(?:第\s*)?\d{1,3}\s*\/\s*\d{1,3}\s*(?:号)?\s*(?:决议|决定)?|第[一二三四五六七八九十百\d]+(?:次|届)(?:会议|届会)?/g;
/**
 * The words before the asking up to the last resolution or meeting they name: "第5/4号决议重申了"
 * is about "第5/4号决议", whose verb belongs to the first part alone; words naming nothing stay
 * whole ("2020年1月在拉巴特举行的").
 */
function upToLastNamed(words: string): string {
  const last = [...words.matchAll(NAMED_ZH)].at(-1);
  if (!last) return words;
  const end = last.index + last[0].length;
  // Words after it that name a body or a document ("第四届裁军特别联大那个OEWG") say what it is
  // about, and stay.
  // (A short form in brackets after the name, as the reader spells an acronym out, is no head.)
  return NAMING_HEAD_ZH.test(words.slice(end).replace(/\s*[(（][^()（）]*[)）]$/, "").trim()) ? words : words.slice(0, end);
}
/** How a Chinese name of a body, a meeting or a document ends: its head noun, or an acronym. */
const NAMING_HEAD_ZH = /(?:[A-Z]{2,}s?|会议|工作组|专家组|委员会|大会|联大|理事会|报告|草案|决议|决定|公约|条约|议定书|机制|方案|计划|届会)$/;

function withSubject(part: string, subject: string, lang: Lang): string {
  if (!subject) return part;
  return lang === "zh" ? `${subject}${part}` : `${part.replace(/[?]+$/, "")} (${subject})?`;
}

/** Words by which a part refers back to what an earlier part asked about. */
const REFERS_BACK: Record<Lang, RegExp> = {
  en: /\b(?:it|its|(?:this|that|the) (?:resolution|decision))\b/i,
  zh: /它|其|该(?:项)?(?:决议|决定)|这(?:项|个|一)?(?:决议|决定)|此(?:项)?(?:决议|决定)/,
};

/**
 * Whether a part names a subject of its own: a name written with capitals after its first word
 * ("when did Ghana's ratification take effect"), a resolution or a symbol, a title in 《》. A part
 * that names none ("and what time?", "在哪个会议厅？", "有具体数字吗") is asked of the first part's subject only.
 */
function namesItsOwn(part: string, lang: Lang): boolean {
  return lang === "zh" ? /《[^》]+》|[A-Z]{2,}/.test(part) || !!part.match(NAMED_ZH) : /\s[A-Z][a-z]/.test(part) || !!part.match(NAMED_EN);
}

/** Renumbers an answer's `[n]` markers after `offset` earlier citations. */
function shifted(text: string, offset: number): string {
  return offset ? text.replace(/\[(\d+)\]/g, (_, n) => `[${Number(n) + offset}]`) : text;
}

/** Joins the parts' answers: answered when any part is; each refused part keeps its own words. */
export function joinAnswers(all: Answer[], lang: Lang): Answer {
  const citations: Citation[] = [];
  // Two parts answered alike ("when does it open, and where?", both by the meeting's dates and
  // place) are shown once; so is a part whose answer an earlier part's holds whole ("venue, dates":
  // the meeting's line, and its place as written after it).
  const bare = (t: string) => t.replace(/\[\d+\]/g, "").trim();
  const answers = all.filter((a, i) => !all.slice(0, i).some((b) => bare(b.text).includes(bare(a.text))));
  const texts = answers.map((a) => {
    const t = shifted(a.text, citations.length);
    citations.push(...a.citations);
    return t;
  });
  return { answered: answers.some((a) => a.answered), text: texts.join("\n\n"), citations, lang };
}

/**
 * Answers a compound question part by part with `answerOne`; undefined when the question has
 * one part. Each part is read with the clock and language of the whole; `allAnswered` says
 * whether every part was answered.
 */
export function answerCompound(ctx: AnswerContext, answerOne: (ctx: AnswerContext) => AnswerResult): (AnswerResult & { allAnswered: boolean }) | undefined {
  const { parts, subject, bare } = splitQuestion(ctx.q.text, ctx.q.lang);
  if (parts.length < 2) return undefined;
  const read = (text: string) => {
    const q: Question = understand(text, ctx.glossary, { now: ctx.now, timeZone: ctx.timeZone, fallbackLang: ctx.q.lang });
    q.lang = ctx.q.lang;
    return q;
  };
  const results: AnswerResult[] = [];
  for (const [i, p] of parts.entries()) {
    let q = read(p);
    // "Which resolution created the group? When did the Conference adopt it?": "it" is the
    // resolution an earlier part was answered with.
    const earlier = [...results].reverse().find((r) => r.answer.answered && r.remember?.resolution)?.remember?.resolution;
    if (earlier && !q.resolutions.length && REFERS_BACK[ctx.q.lang].test(p)) q = read(ctx.q.lang === "zh" ? `${p}（第${earlier}号决议）` : `${p} (resolution ${earlier})`);
    // A part that carries the subject of the first ("关于第五条的那份报告 … 第十次会议之前又有几个国家…")
    // is read first in the document the first part was answered from.
    const first = results[0]?.answer;
    const cited = subject && first?.answered ? ctx.index.passage(first.citations[0]?.passageId ?? "")?.docId : undefined;
    const inDocument = cited ? { inDocument: { docId: cited, about: subject } } : {};
    let result = answerOne({ ...ctx, q, ...inDocument });
    // The subject carried from the first part may not be this part's ("where will the conference
    // meet, and when did a State's withdrawal from the treaty take effect"): refused with it, the
    // part is asked as written, in the first part's document still.
    if (!result.answer.answered && i > 0 && subject && bare && bare[i] !== p && namesItsOwn(bare[i], ctx.q.lang)) {
      const alone = answerOne({ ...ctx, q: read(bare[i]), ...inDocument });
      if (alone.answer.answered) result = alone;
    }
    results.push(result);
  }
  return { answer: joinAnswers(results.map((r) => r.answer), ctx.q.lang), remember: results.find((r) => r.remember)?.remember, allAnswered: results.every((r) => r.answer.answered) };
}
