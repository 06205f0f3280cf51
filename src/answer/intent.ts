/**
 * What a question asks, as one typed `Intent`, chosen by one ordered rule table over what the
 * question names (bodies, meetings, items, resolutions, symbols, dates) and asks (when, where,
 * which, …). The first rule that holds is the question's intent; the rules after it that also
 * hold are the readings it also fits, tried in turn when the documents hold nothing for the
 * first (a resolution number the corpus does not know, a title no agenda item bears).
 *
 * Each intent names the slots its answer must fill. The answerers of every reading are tried in
 * their own order of specificity (ask.ts), whatever the order of the rows.
 */
import { HOLDING_VERBS, type Ask, type Question } from "./understand.js";
import { paragraphOfDocument } from "./paragraph-named.js";
import { SPEAKS_OF, asksOnlyItsStatements, resolutionSlots, type ResolutionSlot } from "./resolution-slots.js";
import { FULL_NAME_ASKED } from "./answer-full-name.js";
import { ORDINAL_PATTERN } from "../knowledge/index.js";

/** The slots each kind of intent's answer fills. */
export interface IntentSlots {
  /** Facts of one resolution from its own text (number, title, adoption, plenary, agenda item, what it asks). */
  resolutionFacts: ResolutionSlot;
  /** A chapter or annex of a report: its title, or which chapter deals with a subject. */
  chapter: "chapter";
  /** Who put a draft forward: the sponsors its title names. */
  draftSponsors: "sponsors";
  /** The full name a short form a document uses stands for. */
  fullName: "name";
  /** What a document named by symbol or by title is. */
  whatIsDocument: "description";
  /** The title of a document prepared for a meeting. */
  documentTitle: "title";
  /** The documents prepared for or listed for a meeting. */
  documentsForMeeting: "symbols";
  /** The symbol of a document described in words. */
  documentSymbol: "symbol";
  /** The date on a document's cover. */
  documentDate: "date";
  /** The session that adopted a Conference resolution. */
  adoptingSession: "session";
  /** A resolution named by number: its title and what it asks of whom. */
  resolutionRequests: "title" | "statements";
  /** Which resolution did or established something. */
  whichResolution: "resolution";
  /** Rows of the workplan: topics, dates, declaration paragraphs. */
  workplan: "topics";
  /** What is on the agenda on a day of a meeting. */
  agendaOfDay: "slots";
  /** The documents of an agenda item. */
  documentsForItem: "documents";
  /** When the meeting takes up an item of its agenda. */
  whenItemTakenUp: "slot";
  /** The agenda of a meeting, or one of its items. */
  agendaOfMeeting: "items";
  /** Recommendations of a meeting, and the actions taken on them. */
  recommendations: "recommendations" | "actions";
  /** Who chaired a meeting. */
  meetingChair: "chair";
  /** Where a meeting is held. */
  venue: "venue";
  /** When a meeting opens, to the hour. */
  openingTime: "time";
  /** Whether a meeting is held in person, online or both. */
  meetingFormat: "format";
  /** When a meeting is held, or the meetings of a period. */
  meetingDates: "dates";
  /** A fact in the documents' running text. */
  freeFact: FactSlot;
}

/** The kinds of fact a free question asks for. */
export type FactSlot = "when" | "year" | "where" | "who" | "howMany" | "amount" | "clock" | "fact";

export type IntentKind = keyof IntentSlots;

/** One typed reading of a question: its kind and the slots its answer must fill. */
export type Intent = { [K in IntentKind]: { kind: K; slots: IntentSlots[K][] } }[IntentKind];

/**
 * What the question's words alone do not show: whether they hold the title of a document of the
 * corpus, and whether the conversation is already about a meeting.
 */
export interface IntentFacts {
  namesDocumentTitle: boolean;
  threadMeeting: boolean;
}

/** A predicate over the question (and the facts about its words). */
type When = (q: Question, facts: IntentFacts) => boolean;

/** One row of the table: the intent, when it holds, the slots its answer must fill. */
type Rule = { [K in IntentKind]: { intent: K; when: When; slots: (q: Question) => IntentSlots[K][] } }[IntentKind];

const asks = (q: Question, ...which: Ask[]) => which.some((a) => q.asks.has(a));
const all = (...ps: When[]): When => (q, f) => ps.every((p) => p(q, f));
const not = (p: When): When => (q, f) => !p(q, f);
const fixed = <S>(...slots: S[]) => () => slots;
/** Whether the meeting is named, by number or by body. */
const namesMeeting: When = (q) => q.ordinal !== undefined || q.bodies.length > 0;

// ---- resolutions ---------------------------------------------------------------------------

/** A bare "80/52" (read as a resolution number when the corpus knows one). */
const BARE_NUMBER = /(?<![\d/.A-Za-z])(\d{1,3})\s*\/\s*(\d{1,3})(?![\d/])/;

/** What a question asks of a resolution; "adopted" alone asks when and where, not what it adopts. */
const resolutionSlotsOf = (q: Question, hasVerbs = q.verbs.some((v) => v !== "adopts")) => resolutionSlots(q.text, q.lang, hasVerbs);

/**
 * A fact of a resolution named by number, beyond what it asks of nobody in particular; or of one
 * described by its subject that the question speaks of as a resolution, or that only a resolution
 * has (a plenary meeting, an agenda item with no meeting named).
 */
const asksResolutionFacts: When = (q) => {
  const slots = resolutionSlotsOf(q);
  const byNumber = (q.resolutions.length > 0 || BARE_NUMBER.test(q.text)) && [slots, resolutionSlotsOf(q, true)].some((s) => s.length > 0 && !asksOnlyItsStatements(s, q));
  // (An agenda item of a body's meeting, "预防工作组会议议程项目2(a)(三)", is of that meeting's agenda.)
  const resolutionOnly = slots.includes("plenary") || ((slots.includes("futureAgenda") || slots.includes("agendaItem")) && !q.ordinal && !(q.items.length && q.bodies.length));
  const described = !q.symbols.length && slots.length > 0 && (SPEAKS_OF[q.lang].test(q.text) || resolutionOnly);
  return byNumber || described;
};

/** "Adopted" or "通过" of a resolution named by number, with no meeting named. */
const asksAdoptingSession: When = (q) => q.resolutions.length > 0 && /adopt|通过/i.test(q.text) && q.ordinal === undefined;

/** A resolution named by number, unless its symbol is asked ("what does it request" asks what it says). */
const namesResolution: When = (q) => q.resolutions.length > 0 && !(asks(q, "symbol") && !/^(?:what|which)\s+(?:does|did)/i.test(q.text));

export const WHICH_RESOLUTION = /什么决议|哪[一]?[项个些号份条]?(?:大会|联大|安理会)?决议|几号决议|多少号决议|第几号|which resolution|\bwhat resolutions?\b/i;
/** What "which" asks of in English: the words after it, up to a verb, a preposition or a mark. */
const WHICH_TARGET_EN = /\bwhich\s+((?:(?!(?:is|are|was|were|does|did|do|has|have|had|will|would|can|could|should|must|may|of|in|on|at|by|for|to|from|with|that|the|it|they)\b)[a-z][\w-]*\s*){1,4})/gi;
/** What 哪 asks of in Chinese: the characters after it, up to a mark. */
const WHICH_TARGET_ZH = /哪[一个项份些几]?([^，,。？?；;、\s]{0,6})/g;
const RESOLUTION_TARGET = /\b(?:res|resolutions?|decisions?|ones?)\b|决议|决定|号/i;
/**
 * Whether a "which" of the question asks for a resolution: one whose words name a resolution
 * ("which GA res", "哪项决议", "第几号"), or one that names nothing ("which did it recall");
 * "by which Conference of States Parties", "哪一次缔约国会议" ask for a meeting, even of a resolution.
 */
function whichAsksResolution(q: Question): boolean {
  const targets = [...q.text.matchAll(q.lang === "zh" ? WHICH_TARGET_ZH : WHICH_TARGET_EN)].map((m) => m[1].trim());
  return !targets.length || targets.some((t) => !t || RESOLUTION_TARGET.test(t));
}
/** Which resolution, with none named by number. */
const asksWhichResolution: When = (q) => !q.resolutions.length && asks(q, "resolution") && ((asks(q, "which") && whichAsksResolution(q)) || WHICH_RESOLUTION.test(q.text) || adoptedAtSessionAsked(q));
/**
 * The resolutions a numbered session adopted, asked as a list ("list the resolutions COSP 9 adopted",
 * "第九届会议通过了哪些决议"); not how many it adopted, which the ones the documents mention do not count.
 */
export const adoptedAtSessionAsked = (q: Question): boolean => q.ordinal !== undefined && !q.resolutions.length && !asks(q, "howMany") && RESOLUTIONS_LISTED.test(q.text) && ADOPTED_WORD.test(q.text);
const RESOLUTIONS_LISTED = /\b(?:resolutions|decisions)\b|哪些决议|哪几项决议|哪几个决议|哪些决定|什么决议/i;
const ADOPTED_WORD = /\badopt|\bpass(?:ed)?\b|\bcame out of\b|\bcome out of\b|通过|作出|产生/i;

// ---- documents and reports ---------------------------------------------------------------

/** "chapter VII", "Chapter 7", "第七章". */
// (Not a chapter of the Charter, "Chapter VII of the Charter", "《宪章》第七章": a provision cited, not a part of a report.)
export const CHAPTER_NAMED = /\bchapter\s+([IVXivx]{1,5}|\d{1,2})\b(?!\s+of\s+the\s+(?:United\s+Nations\s+)?Charter)|(?<!宪章》?\s*)第\s*([一二三四五六七八九十]+|\d{1,2})\s*章/i;
/** "Which annex", "哪个附件": of a report's annexes, not its chapters. */
export const ANNEX_ASKED = /\b(?:which|what) annex\b|哪(?:一个|一份|个|一|份)?附件|附件几/i;
/** "which chapter", "哪一章", "which section of the report", and which annex. */
const CHAPTER_ASKED = new RegExp(String.raw`\b(?:which|what) chapter\b|\b(?:which|what) (?:section|part)\b(?= of\b[^?]*\breport\b)|哪一?章|报告[^？?]*哪一?(?:部分|节)|${ANNEX_ASKED.source}`, "i");
/** "annex II", "Annex 2", "附件二", "the second annex", "第二个附件". */
export const ANNEX_NAMED = new RegExp(String.raw`\bannex\s+([IVXivx]{1,5}|\d{1,2})\b|附件\s*([一二三四五六七八九十]+|[IVX]{1,5}|\d{1,2})|\b(${ORDINAL_PATTERN})\s+annex\b|第([一二三四五六七八九十]+)(?:个|份|项)?附件`, "i");
/** The sections or parts a chapter is divided into, asked: "what sections sit under", "下面有哪几节". */
export const SECTIONS_ASKED = /哪几节|哪些节|几个部分|哪几个部分|哪些部分|分为哪|下面有|\b(?:sections?|sub-?sections?|parts)\b/i;
/** A chapter spoken of without its number: "the review of implementation chapter", "关于技术援助的那一章". */
const CHAPTER_WORD = /\bchapter\b|(?:那|这|哪)?一?(?<!宪)章(?=下面|下|里|中|有|分)/i;
const asksChapter: When = (q) => CHAPTER_NAMED.test(q.text) || CHAPTER_ASKED.test(q.text) || ANNEX_NAMED.test(q.text) || (CHAPTER_WORD.test(q.text) && SECTIONS_ASKED.test(q.text));

/**
 * A document named (by its symbol or its title) with what it is asked, or when and where it was
 * issued or adopted (its cover says), not another fact it states of a kind the question names (a
 * city, a count), nor what else it does: "S/2024/557: how long do States get to reply", "who is
 * asked to report under S/2024/37", "what does S/2021/443 decide" are read in its paragraphs (what
 * became of it, "was it approved", is its own); nor an agenda item of it ("item 4 of
 * CAC/COSP/2015/1"), which is its meeting's.
 */
const namesDocument: When = (q, f) => (q.symbols.length > 0 || f.namesDocumentTitle) && !q.items.length && !asks(q, "city", "who", "howMany", "amount", "clock", "duration", "deadline") && !(asks(q, "issued") && asks(q, "when", "year")) && !(asks(q, "when") && UNTIL_WHEN.test(q.text)) && !((asks(q, "year") || (asks(q, "when") && EVENT_WHEN.test(q.text))) && !OWN_DATE.test(q.text)) && !(q.symbols.length && q.verbs.some((v) => v !== "adopts") && !FATE_ASKED.test(q.text));
/** When something happened, asked with its verb ("when did he die", "when will they meet"): an event the text tells of, not the document's date. */
// In Chinese, a time word after a verb of reaching ("延到什么时候", "在哪一天的声明里") or before a verb
// of an event ("什么时候生效", "哪天开始").
const EVENT_WHEN = /\bwhen (?:did|does|do|will|would)\b|(?:到|至|延到|延至|延长到|延长至|截至|在)(?:哪一?天|什么时候|何时|几月几[号日])|(?:什么时候|何时|哪一?天)(?:起|开始|生效|结束|到期|发生|去世|举行|召开|届满)/i;
/** A time asked as an end or a deadline ("until when", "till what date", "最迟"): never the document's own date. */
const UNTIL_WHEN = /\b(?:until|till|til|by) (?:when|what date|which date|what day|which day)\b|最晚|最迟/i;
/** The year of a document's own life (adopted, issued, dated): its description gives it; another year is a fact in its text. */
const OWN_DATE = /\b(?:adopt(?:ed|ion)?|issued?|dated?|published|released|circulated)\b|通过|印发|发布|日期|哪一?年的(?:文件|决议|报告)/i;
/** What a document is about, asked as such: "… about?", "讲的是…", "是关于哪个…". */
export const ABOUT_ASKED = /\babout\s*[?？]?\s*$|讲的?是|讲(?:了)?(?:什么|啥)|是关于(?:什么|哪|啥)/i;
/** What became of a draft asked: the resolution it became, whether it was adopted or how the vote went. */
export const FATE_ASKED = /\b(?:became|become|becomes|turned into|ended up as|adopted as|passed as|resolution number|was (?:it )?(?:adopted|passed|put to (?:a|the) vote)|vote[sd]?|voting|get(?:s|ting)? (?:adopted|passed|approved|vetoed))\b|^\s*(?:was|were|has|have|had|did|is)\b[^?？]{0,120}\b(?:adopted|passed|approved|vetoed|rejected)\b|成了|成为|变成|通过成|第几号决议|几号决议|表决|投票|是否(?:获得)?通过|通过了吗/i;
/** A draft, by its symbol or in so many words. */
const DRAFT = /\bdrafts?\b|草案/i;
/** Who sponsored, submitted or put forward a draft. */
const asksDraftSponsors: When = (q) => (q.symbols.length > 0 || DRAFT.test(q.text)) && resolutionSlots(q.text, q.lang, false).includes("sponsors");
/** Kinds of document a meeting has prepared for it. */
const DOCUMENT_KIND = /background paper|report|annotat|paper|背景文件|报告|说明/i;
const asksDocumentTitle: When = (q, f) => asks(q, "title") && DOCUMENT_KIND.test(q.text) && namesMeeting(q, f);
/** "The symbols of the documents" asks for the list; "the symbol of the agenda" for one document's. */
const SYMBOLS_LISTED = /\bsymbols\b|哪些文号|文号(?:有|是|分别是)哪些/i;
// By when something is due for the documents ("the deadline for inputs to the background papers")
// asks a date, not the documents.
// What someone asked or decided of a paper ("Costa Rica asked UNODC to add which paper") is
// what a document says, not the meeting's list of documents; which document holds what a
// meeting adopted ("the provisional agenda that COSP9 adopted") is still one of its documents.
const asksDocumentsOfMeeting: When = (q, f) => asks(q, "documents") && namesMeeting(q, f) && !q.items.length && !asks(q, "deadline", "when") && (!asks(q, "symbol") || SYMBOLS_LISTED.test(q.text)) && !q.verbs.some((v) => v !== "adopts");
const asksSymbol: When = (q) => asks(q, "symbol");
// (Where it was issued or published, "在哪里印发", asks a place, not its date.)
const asksIssued: When = (q) => asks(q, "issued") && !q.resolutions.length && !asks(q, "where", "city");

// ---- workplan, agenda, recommendations ---------------------------------------------------

const DECLARATION_PARAGRAPHS = /declaration par|paragraphs? of the (?:political )?declaration|宣言.{0,6}段/i;
const APPROVED = /approv|批准|通过/i;
/** A body's topics in a year (the workplan tells whether it covers that year). */
// (An agenda item named by its number, "item 2(a)(i) of the 2024 prevention meeting", is of the meeting's agenda.)
const topicsOfYear: When = (q) => q.dates?.precision === "year" && q.ordinal === undefined && !q.items.length && (q.bodies.length > 0 || !!q.genericBody) && asks(q, "topic", "agenda");
/** The plan's rows, not how the plan itself was approved, and no recommendation. */
// Paragraphs named are the declaration's the plan assigns, not a resolution's ("小武器决议第14段").
const asksWorkplan: When = (q, f) =>
  (asks(q, "workplan") || (q.paragraphs.length > 0 && !SPEAKS_OF[q.lang].test(q.text) && !paragraphOfDocument(q.text)) || DECLARATION_PARAGRAPHS.test(q.text) || topicsOfYear(q, f)) &&
  !asks(q, "recommend") &&
  !((asks(q, "when") || APPROVED.test(q.text)) && !q.paragraphs.length && !q.bodies.length) &&
  // (When or at which session the plan itself was launched or adopted is told in running text, not by its rows.)
  !(asks(q, "when", "year", "ordinal") && PLAN_ADOPTED.test(q.text));
/** The plan's own launch or adoption: "launched", "adopted", "approved", "启动", "通过". */
const PLAN_ADOPTED = /\b(?:launch(?:ed)?|adopt(?:ed|ion)?|approv(?:ed|al)|agreed|establish(?:ed)?|set up)\b|启动|通过|核准|批准|商定/i;

/**
 * "When is the report adopted": an item named by its title, at a meeting named (by its ordinal, or
 * by its body and a month, "the prevention WG in Sept 2024", or a year with the agenda's words,
 * "discuss … at its 2024 meeting") or talked of.
 */
const itemByTitle: When = (q, f) => asks(q, "when") && !asks(q, "time", "where") && (q.ordinal !== undefined || f.threadMeeting || (q.bodies.length > 0 && (q.dates?.precision === "month" || (q.dates?.precision === "year" && (asks(q, "agenda") || TAKEN_UP.test(q.text))))));
/** The words of a meeting taking a subject up: "discuss", "take up", "consider", "讨论", "审议". */
const TAKEN_UP = /\b(?:discuss(?:es|ed)?|take[sn]? up|taking up|consider(?:s|ed)?|deals? with)\b|讨论|审议/i;
/** The agenda, an item, or an item by its title; not a resolution's, the workplan's, or a recommendation. */
// "What did the group recommend discussing": a recommendation's content, unless an item is named.
const asksAgenda: When = (q, f) =>
  (asks(q, "agenda") || q.items.length > 0 || itemByTitle(q, f)) && !q.resolutions.length && !asks(q, "workplan") && !(asks(q, "recommend") && !q.items.length);
const namesDay: When = (q) => q.dates?.precision === "day" || q.meetingDay !== undefined || q.weekday !== undefined || q.monthDay !== undefined || q.partOfDay !== undefined;
const namesItem: When = (q) => q.items.length > 0;

const asksRecommendations: When = (q) => asks(q, "recommend");

// ---- meetings ------------------------------------------------------------------------------

/**
 * Words of meetings. "Held" speaks of one being held ("held in Vienna", "was held", "held its
 * session"), not of something held ("illegally held guns", "held weapons"): not before a word
 * that is not a preposition, an article or another word of when, where or how it is held.
 */
const SPEAKS_OF_MEETINGS = /meeting|session|conference|\bmet\b|\bmeet\b|\bheld\b(?!\s+(?!(?:in|on|at|from|by|for|during|its|their|his|her|the|a|an|this|that|these|those|between|over|under|jointly|virtually|online|remotely|annually|every|each|twice|once|back|up|until|till|through|since|to|and|or|as|last|next|so|there|here|when|where|before|after|again|only|yet|already)\b)[a-z])|took place|convened|会议|届会|举行|召开|开会/i;
/**
 * A meeting's being held or set for a time, asked of ("in what year will it be held", "哪一年开",
 * "定于哪一年"): its dates answer the year asked. ("开" alone only where it ends the question: not
 * 开展, 开放, 开始.)
 */
const HELD_ASKED = new RegExp(String.raw`\b(?:${HOLDING_VERBS.en}|meets?|met|planned|slated|set\s+for)\b|${HOLDING_VERBS.zh}|定于|定在|安排在|计划在|(?<![召展公])开(?:会)?(?=[的？?吗呢，,。]|$)`, "i");
/**
 * A meeting's chair or president, not a State's ("the president of Kenya": no meeting is presided
 * over), nor a statement a president makes for a body ("presidential statement", "主席声明": a document).
 */
export const CHAIR = /chair|presid(?!ents?\s+of\s+(?!the\b|its\b|that\b|this\b)|ential\s+statements?\b)|主席(?!团|(?:的)?声明)|主持/i;
export const HOW_MANY_MEETINGS = /how many (?:meetings|sessions)|多少次会议|几次会议/i;
/**
 * A meeting named (by number, body, or a date where meetings are spoken of) with one of its own
 * facts asked: when, where, what time, who chaired, in what format; not a resolution's or a
 * document's, nor who spoke or how many attended.
 */
const asksMeetingFact: When = (q) => {
  // A date alone makes a meeting question only when the question speaks of meetings (a sports
  // final in a year is not one).
  const speaks = SPEAKS_OF_MEETINGS.test(q.text);
  const about = q.ordinal !== undefined || q.bodies.length > 0 || q.intersessional || (!!q.dates && speaks);
  // A meeting placed by its date with something else asked of it (what it recommended, its
  // documents) is not a question about the meeting's own facts.
  // So is one placed by its date with what it did asked ("what did the January 2020 meeting in
  // Rabat decide", "会议作出了什么决定"): the statement is asked, not the meeting's dates.
  const other = asks(q, "recommend", "action", "documents", "title", "symbol") || q.verbs.some((v) => v !== "adopts");
  // (A meeting named by its number with its year, "what was said at the ninth meeting in 2018",
  // is placed by the year, not asked for its dates, when something else is asked.)
  // How long a meeting named by its number or as a meeting runs ("how long does COSP10 run",
  // "开几天") is told by its dates.
  const length = MEETING_LENGTH.test(q.text) && (q.ordinal !== undefined || speaks);
  // "Upcoming IRG session?": the next (or last) meeting named and nothing else asked asks its dates and place.
  const relative = !!q.relativeMeeting && q.asks.size === 0 && !other;
  // (A meeting placed by its date with something of it asked by "what" or "which" that is not a
  // meeting, "what was raised at the autumn meeting of that year", asks what was said there.)
  const whatElse = asks(q, "what", "which", "topic") && (q.ordinal !== undefined || !WHICH_MEETING.test(q.text));
  // (Where something can be read, "where can I find the report of the intersessional meeting", is
  // no meeting's venue.)
  const whereHeld = asks(q, "where") && !WHERE_TO_READ.test(q.text);
  const fact = asks(q, "when", "time", "who", "format") || whereHeld || (asks(q, "year") && HELD_ASKED.test(q.text)) || length || relative || (!!q.dates && speaks && !other && !whatElse);
  if (!about || !fact || q.resolutions.length || q.symbols.length) return false;
  if (WHERE_TO_READ.test(q.text) && !asks(q, "when", "time")) return false;
  // A body named with what it did asked ("when did the Conference approve the workplan",
  // "是谁、哪天核准的"): the day of that act, which its text states, not the body's meetings.
  // So is a subject the body is to discuss ("which year is the prevention group scheduled to
  // discuss corruption and sport", "资产追回工作组什么时候讨论非法资金流动"): when that subject comes up.
  // So is a document the body acted on ("政府专家组的报告是哪一天经大会审议的"): the day of that act.
  const noMeetingNamed = q.ordinal === undefined && !q.dates && !q.relativeMeeting;
  if (noMeetingNamed && (q.verbs.length || DISCUSSES_SUBJECT[q.lang].test(q.text) || DOCUMENT_ACTED_ON[q.lang].test(q.text))) return false;
  // Who spoke on a subject at a session is about the discussion, not the meeting's chair.
  if (asks(q, "who") && !CHAIR.test(q.text) && !asks(q, "when", "where", "time")) return false;
  // How many took part is a fact in running text, not the meeting's dates; so is a deadline
  // ("the registration deadline for the 15th meeting").
  if (asks(q, "deadline")) return false;
  return !asks(q, "howMany") || HOW_MANY_MEETINGS.test(q.text) || length;
};
/** Where something can be read or found: "where can I find", "where is it posted", "在哪里可以查阅", "可在哪里下载". */
const WHERE_TO_READ = /\bwhere\b[^?]{0,30}\b(?:find|read|see|get|access|download|view|consult|look (?:it )?up)\b|\bwhere\b[^?]*\b(?:posted|published|available|online|hosted|uploaded|accessible)\b|(?:在|可在|能在)?(?:哪里|哪儿|何处)(?:可以|能|能够)?(?:找到|查阅|查到|下载|看到|获取|读到|发布|公布|刊登)/i;
/** A meeting asked for by "what" or "which": "which meetings are held in June 2021", "what session is on in May", "哪些会议". */
const WHICH_MEETING = /\b(?:what|which)(?:'s|\s+(?:is|are|was|were))?\s+(?:[a-z-]+\s+){0,3}?(?:meetings?|sessions?|conferences?|events?|gatherings?)\b|\bwhat(?:'s|\s+(?:is|are|was|were|will be|got|gets|get))?\s+(?:on|happening|scheduled|held|convened|organi[sz]ed)\b|(?:什么|哪[些个一]?)(?:会议|会|届会|活动)/i;
/** A verb of discussing with its subject after it ("discuss corruption and sport", "take up illicit financial flows", "讨论非法资金流动"). */
const DISCUSSES_SUBJECT: Record<"en" | "zh", RegExp> = {
  en: /\b(?:discuss(?:es|ed|ing)?|take up|taking up|takes up|took up|address(?:es|ed|ing)?)\s+(?!it\b|this\b|that\b|them\b)[a-z]/i,
  zh: /(?:讨论|审议|处理)(?!了?(?:什么|哪些|哪个|啥))[\u4e00-\u9fff]{2,}/,
};
/** A document a body considered, approved or endorsed, in either order ("the report … considered by", "审议…报告"). */
const DOCUMENT_ACTED_ON: Record<"en" | "zh", RegExp> = {
  en: /\b(?:reports?|drafts?|recommendations?|declarations?|plans?|documents?)\b[^?]{0,60}\b(?:considered|approved|endorsed)\b|\b(?:consider|considered|approve|approved|endorse|endorsed)\b[^?]{0,40}\b(?:reports?|drafts?|recommendations?|declarations?|plans?)\b/i,
  zh: /(?:报告|草案|建议|宣言|计划)[^，。？?]{0,16}(?:审议|审查|核准|批准|核可)|(?:审议|审查|核准|批准|核可)(?:了|过)?[^，。？?]{0,16}(?:报告|草案|建议|宣言|计划)/,
};
/** How long a meeting runs: "how long does it run", "how many days", "开几天", "持续多久". */
export const MEETING_LENGTH = /\bhow long (?:does|did|will|is|was)\b[^?]*\b(?:run|last|go on|take)\b|\b(?:run|last|go on)s? (?:for )?how long\b|\bhow many days\b|开几天|开多少天|开多久|开多长时间|一共开(?:几天|多少天)|(?:会期|会议)(?:有|是|共)?(?:几天|多少天|多长)|持续(?:几天|多少天|多久|多长时间)/i;
const asksChair: When = (q) => asks(q, "who") && CHAIR.test(q.text);

/** The kinds of fact a free question asks, in the order an answer states them. */
const FACT_ASKS: (FactSlot & Ask)[] = ["when", "year", "where", "who", "howMany", "amount", "clock"];
const factSlots = (q: Question): FactSlot[] => {
  const slots = FACT_ASKS.filter((a) => q.asks.has(a));
  return slots.length ? slots : ["fact"];
};

/** Whether what the question asks of a resolution is no more than `allowed` (nothing asked passes). */
const resolutionAsksOnly = (...allowed: ResolutionSlot[]): When => (q) => resolutionSlotsOf(q).every((s) => allowed.includes(s));
/** An item named by number (not only by its title). */
const asksItemWhen: When = all(asksAgenda, namesItem, (q) => asks(q, "when", "time"));
/** The agenda asked in so many words, or an item named by number. */
const asksAgendaByName: When = all(asksAgenda, (q, f) => asks(q, "agenda") || namesItem(q, f));

/**
 * The rule table. The first row that holds is the question's intent, so the most particular
 * rows come first; every row that holds is a reading the question fits, whose answerers are tried
 * (see ask.ts). An intent whose answerer decides by the documents (a resolution with or without
 * its own text, an item found by its title) has a narrow row where it is what the question asks
 * above all, and its full row further down, where it is one reading among others.
 */
export const INTENT_RULES: readonly Rule[] = [
  { intent: "fullName", when: (q) => FULL_NAME_ASKED.test(q.text), slots: fixed("name") },
  { intent: "chapter", when: asksChapter, slots: fixed("chapter") },
  { intent: "draftSponsors", when: asksDraftSponsors, slots: fixed("sponsors") },
  { intent: "whatIsDocument", when: namesDocument, slots: fixed("description") },
  { intent: "adoptingSession", when: all(asksAdoptingSession, resolutionAsksOnly("adopted", "futureAgenda", "statements")), slots: fixed("session") },
  { intent: "whichResolution", when: all(asksWhichResolution, resolutionAsksOnly("number", "statements")), slots: fixed("resolution") },
  { intent: "resolutionRequests", when: all(namesResolution, resolutionAsksOnly("title", "statements")), slots: fixed("title", "statements") },
  { intent: "workplan", when: asksWorkplan, slots: fixed("topics") },
  { intent: "resolutionFacts", when: asksResolutionFacts, slots: (q) => resolutionSlotsOf(q) },
  { intent: "adoptingSession", when: asksAdoptingSession, slots: fixed("session") },
  { intent: "whichResolution", when: asksWhichResolution, slots: fixed("resolution") },
  { intent: "resolutionRequests", when: namesResolution, slots: fixed("title", "statements") },
  { intent: "documentSymbol", when: asksSymbol, slots: fixed("symbol") },
  { intent: "documentDate", when: asksIssued, slots: fixed("date") },
  { intent: "documentTitle", when: asksDocumentTitle, slots: fixed("title") },
  { intent: "documentsForMeeting", when: asksDocumentsOfMeeting, slots: fixed("symbols") },
  { intent: "recommendations", when: asksRecommendations, slots: (q) => (asks(q, "action") ? ["recommendations", "actions"] : ["recommendations"]) },
  { intent: "documentsForItem", when: all(asksAgenda, namesItem, (q) => asks(q, "documents")), slots: fixed("documents") },
  { intent: "whenItemTakenUp", when: asksItemWhen, slots: fixed("slot") },
  { intent: "meetingChair", when: all(asksMeetingFact, asksChair), slots: fixed("chair") },
  { intent: "venue", when: all(asksMeetingFact, (q) => asks(q, "where") && !WHERE_TO_READ.test(q.text)), slots: fixed("venue") },
  { intent: "openingTime", when: all(asksMeetingFact, (q) => asks(q, "time", "clock")), slots: fixed("time") },
  { intent: "meetingFormat", when: all(asksMeetingFact, (q) => asks(q, "format")), slots: fixed("format") },
  // "Which day is the women and youth panel slotted for": the day of an item named by its title, not a day's agenda.
  { intent: "whenItemTakenUp", when: all((q) => asks(q, "agenda") && !asks(q, "what", "topic"), itemByTitle, not(namesItem)), slots: fixed("slot") },
  { intent: "agendaOfDay", when: all(asksAgenda, namesDay, not(namesItem)), slots: fixed("slots") },
  // "Who introduced item 2 at the 15th meeting": someone asked of an item, not the agenda.
  { intent: "agendaOfMeeting", when: all(asksAgendaByName, (q) => !asks(q, "who")), slots: fixed("items") },
  { intent: "meetingDates", when: asksMeetingFact, slots: fixed("dates") },
  { intent: "whenItemTakenUp", when: all(asksAgenda, itemByTitle), slots: fixed("slot") },
  // "On which day of the 15th meeting is the topic of resolution 10/4 taken up": the item that
  // resolution mandates, a reading beside what the resolution says.
  { intent: "whenItemTakenUp", when: (q) => asks(q, "when") && q.resolutions.length > 0 && (q.ordinal !== undefined || q.dates?.precision === "month") && !asks(q, "workplan"), slots: fixed("slot") },
  { intent: "freeFact", when: () => true, slots: factSlots },
];

/** The intent a rule gives the question. */
const intentOf = (rule: Rule, q: Question) => ({ kind: rule.intent, slots: rule.slots(q) }) as Intent;

/**
 * Reads a question's intent: the first rule of the table that holds, and the readings it also
 * fits (every later rule that holds). A free fact always closes the list.
 */
export function readIntent(q: Question, facts: IntentFacts): { intent: Intent; alsoFits: Intent[] } {
  // The rules read what is asked, not a clause that tells which meeting is meant.
  const asked = q.asked ? { ...q, text: q.asked } : q;
  const [intent, ...alsoFits] = INTENT_RULES.filter((r) => r.when(asked, facts)).map((r) => intentOf(r, asked));
  return { intent, alsoFits };
}
