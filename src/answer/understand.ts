/**
 * Question understanding, English and Chinese: bodies (glossary names and abbreviations),
 * ordinals (15, 15th, fifteenth, 十五, 第十五次, 第 15 次), agenda items (2(a)(五) = 2(a)(v)),
 * resolution numbers, symbols, dates and ranges (explicit, and relative through chrono-node in
 * the deployment's time zone), and what is being asked (when, where, who, how many, …).
 */
// Only the locales in use: the package's main entry loads all sixteen.
import * as chronoEn from "chrono-node/en";
import * as chronoZh from "chrono-node/zh/hans";
import type { Lang } from "../core/types.js";
import { zoneOffsetMinutes } from "../core/time.js";
import type { BodyId, Glossary } from "../knowledge/index.js";
import { ORDINAL_PATTERN, parseEnglishOrdinal, correctSpelling, spelledOut, englishWords, escapeRegExp, stemKey, findResolutionMentions, findSymbols, itemKey, findDates, iso, monthFromName, parseChineseNumber, toHalfWidth } from "../knowledge/index.js";
import { detectLanguage } from "../core/language.js";
import type { Intent } from "./intent.js";
import { DECISION_ZH, NUMBER_ASKED_ZH, WHO_IS_TO } from "./resolution-slots.js";

export type Ask =
  | "when" | "where" | "time" | "who" | "howMany" | "title" | "symbol" | "format" | "documents" | "agenda"
  | "workplan" | "recommend" | "action" | "last" | "first" | "which" | "what" | "topic" | "resolution" | "amount" | "clock" | "year" | "ordinal" | "issued" | "article" | "duration" | "deadline" | "room" | "city";

export interface DateRange {
  from: string;
  to: string;
  precision: "day" | "month" | "year";
}

export interface Question {
  text: string;
  lang: Lang;
  /** Bodies named explicitly. */
  bodies: BodyId[];
  /** A generic "the working group" / "工作组" without a name. */
  genericBody?: "working group" | "conference" | "review group";
  ordinal?: number;
  /** Meeting word next to the ordinal: 届会议 / session vs 次会议 / meeting. */
  meetingWord?: "session" | "meeting";
  resumed?: boolean;
  intersessional?: boolean;
  /** Canonical agenda item keys ("2(a)(iii)"). */
  items: string[];
  resolutions: { number: string; paragraph?: number }[];
  /** The resolution a question asks about another one inside of ("第80/46号决议回顾的第67/234 B号决议", "which resolution does 80/18 recall"): where to look, not what is asked. */
  within?: string;
  symbols: string[];
  dates?: DateRange;
  partOfDay?: "morning" | "afternoon";
  /** "The next meeting", "下次会议" (the first on or after today); "the last session", "上届" (the latest before it). */
  relativeMeeting?: "next" | "last";
  asks: Set<Ask>;
  /** The question without a clause that only tells which meeting is meant (see DESCRIBING_TAIL). */
  asked?: string;
  /** The words that name the document the answer is to come from ("(per the 2020 background paper)", "根据…报告，"), see `sourcesNamed`. */
  source?: string;
  /** Statement verbs asked about ("requests", "decides", …). */
  verbs: string[];
  /** Addressee asked about ("secretariat", "working group", "UNODC", "States parties"). */
  addressee?: string;
  /** "9月6日" / "6 September" without a year: month-day "09-06"; the meeting gives the year. */
  monthDay?: string;
  /** "the first day", "day 2", "最后一天": day of the meeting, 1-based; -1 for the last. */
  meetingDay?: number;
  /** A weekday named without "next" or "last" ("on Wednesday", "周三"): 0 (Sunday) to 6, a day of the meeting asked about. */
  weekday?: number;
  /** Political declaration paragraph numbers ("paras 7, 15 and 62", "第12、21段"). */
  paragraphs: string[];
  /** Quoted titles: 《…》 or “…”. */
  quotedTitles: string[];
  /** What is asked (see intent.ts): set once the question's language is settled, or by a command. */
  intent?: Intent;
  /** The readings the question also fits, tried in turn when the documents hold nothing for `intent`. */
  alsoFits?: Intent[];
}

/** The symbol of a General Assembly resolution: session and number. */
const GA_RESOLUTION_SYMBOL = /^A\/RES\/(\d{1,2})\/(\d{1,3})$/;

/** A concept that names a document's symbol as the thing asked ("symbol", "doc number", "文件编号"), not what the document is about. */
export const SYMBOL_WORD = /^(?:symbols?|document (?:numbers?|codes?|symbols?)|doc(?:ument)? numbers?|文号|编号|文件号|文件编号)$/i;
/** Whether a question asks for a fact stated in running text: how many, when, where or who. */
export function asksForFact(q: Pick<Question, "asks">): boolean {
  return q.asks.has("howMany") || q.asks.has("when") || q.asks.has("year") || q.asks.has("where") || q.asks.has("who");
}


/** "难在哪", "区别在哪里": where a difficulty or a difference lies is no place. */
const NOT_ABSTRACT = "(?<!(?:难|难点|问题|区别|不同|差别|差异|原因|挑战|困难|关键|重点|症结|好处|优势|意义|作用|价值)在?)";

/** A person's office, whose holder a name answers: "the former Attorney General", 总检察长 (a word ending so). */
export const PERSON_ROLE_EN = String.raw`president|chair(?:man|person)?|minister|attorney[- ]general|secretary[- ]general|ambassador|director|rapporteur|judge|envoy|head|prosecutor|registrar|commissioner|coordinator|official|officer`;
export const PERSON_ROLE_ZH = "长|官|主席|总统|总理|大使|代表|人|员|者|犯";
/**
 * The verbs of a meeting's being held, as patterns: the question's word that asks when a meeting
 * was held (intent.ts) and the concept a date stated covers (answer-search.ts) are the same verbs.
 */
export const HOLDING_VERBS = { en: String.raw`held|hold(?:s|ing)?|(?:tak(?:e|es|ing)|took)\s+place|convene[ds]?|scheduled`, zh: "举行|召开" };
/** English words for people counted or named, in the plural ("members" also counts States, and is left out). */
export const PEOPLE_EN = "people|persons|personnel|troops|soldiers|police|officers|staff|employees|participants|delegates|representatives|experts|specialists|speakers|individuals|officials|attendees|registrants|observers|inspectors|investigators|prosecutors|judges|lawyers|journalists|victims|survivors|refugees|migrants|detainees|prisoners|fugitives|suspects|accused|defendants|perpetrators|candidates|civilians|nationals|men|women|girls|boys|children|youth|students|fellows|trainees|interns|researchers|scholars|volunteers|consultants|practitioners|workers";
/** English words that start another phrase after a noun: a preposition, a conjunction, a relative word. */
export const PHRASE_BREAK_EN = "on|about|concerning|regarding|against|to|with|by|in|at|from|under|into|for|of|and|or|that|which|who";
/**
 * A word before a noun it describes, as a pattern: any but a preposition or a relative word that
 * would start another phrase ("the name of the report on children" names no child), though a
 * name spelled out may hold "for" or "of" before a capital ("International Criminal Tribunal for
 * Rwanda (ICTR) fugitives").
 */
const NOUN_MODIFIER = String.raw`(?:(?:for|of|and) (?=[A-Z(])|(?!(?:${PHRASE_BREAK_EN})\b)[^\s?!.,;]+ )`;
/** Where a noun phrase ends: before punctuation, the end, or a word that starts what follows it ("the women who …", "the fugitives named in …", not "the Women Leaders Network"). */
const NOUN_ENDS = String.raw`(?=\s*(?:[?!.,;:)]|$)|\s+(?:who|whom|that|which|in|of|at|on|from|for|to|by|with|under|are|were|is|was|will|have|has|had|[a-z]+ed)\b)`;
/** The names of people asked, the people's noun in its one group: "the names of the four remaining ICTR fugitives", "the name of the Network's coordinator". */
export const NAMES_OF_PEOPLE_EN = String.raw`\bnames? of (?:the|its|their|[a-z]+['’]s) ${NOUN_MODIFIER}{0,8}?((?:${PERSON_ROLE_EN})s?|${PEOPLE_EN})${NOUN_ENDS}`;
/** The name of a person asked: "name of the former attorney general", "the names of the four fugitives", 总检察长叫啥名字, 主席姓什么. */
/** Those who speak at a meeting: a person's name is asked of them as of an office ("the name of the panellist from Myanmar"). */
const SPEAKING_ROLE_EN = String.raw`panel(?:l)?ists?|speakers?|moderators?|presenters?`;
const NAME_OF_PERSON = String.raw`\bname of (?:the|its|their|[a-z]+['’]s) (?:[A-Za-z'’-]+ ){0,2}?(?:${PERSON_ROLE_EN}|${SPEAKING_ROLE_EN})\b|${NAMES_OF_PEOPLE_EN}|(?:${PERSON_ROLE_ZH})(?:[，,]\s*(?:他|她)?)?(?:的名字|(?:是|名)?叫(?:什么|啥)(?:名字)?|姓(?:什么|啥))`;
/** A question for a person's own name ("the name of the Chairperson", "主席叫什么名字"), not for who in general. */
export const PERSON_NAME_ASKED = new RegExp(NAME_OF_PERSON, "i");

/** The noun of a place asked, in lower case and not after a capitalized name. */
const CITY_NOUN = /(?<![A-Z][\w-]*\s)\b(?:city|cities|locations?)\b/;
/** A city asked for: "which city", "in what cities", 哪座城市, 哪些城市 (a region of the world does not answer it). */
const WHICH_CITY = /\b(?:which|what) cit(?:y|ies)\b|哪(?:个|座|一个|一座|些|几个)?城市|什么城市/i;

/** A room or hall asked for, in either language ("which room", "what conference hall", "在哪个会议厅", "哪间会议室"). */
const ROOM_ASKED = /\b(?:which|what)\s+(?:building\s+(?:and|&)\s+)?(?:(?:conference|meeting|plenary)\s+)?(?:room|hall)s?\b(?!\s*papers?\b)|哪(?:个|间|一个|一间)?(?:会议厅|会议室|大厅|厅|房间|会场)/i;

/** A document's word before 哪几号, which then asks the numbers the documents bear ("照会是哪几号"), not days. */
const NUMBERED_DOCUMENT_ZH = "(?:文件|照会|报告|草案|文号)(?:是|为)?";

const ASK_PATTERNS: [Ask, RegExp][] = [
  // (Not "when" joining a condition: "exempt activities when necessary", "when appropriate".)
  ["when", new RegExp(String.raw`\bwhen\b(?!\s+(?:necessary|appropriate|needed|required|requested|so requested|possible|feasible|applicable|relevant|warranted)\b)|what dates?|which dates?|\bdates?\b|\b(?:what|which) (?:(?:exact|specific|precise) )?days?\b|什么时候|啥时候?|何时|哪天|哪一天|哪[几两三些]天|日期|什么时间|(?<!第)(?<!${NUMBERED_DOCUMENT_ZH}哪)(?<!(?:决议|决定)(?:是|为)?)几号(?!决议|决定)|几月几[日号]|会期(?!内|间|中)|\b(?:which|what)(?: time)? slots?\b|\btime ?slots?\b|哪(?:个|一)?(?:时段|时间段)|什么时(?:间)?段`, "i")],
  // By when something is due ("what's the yearly deadline for …", "报名截止是几号"): a date it is due
  // by, not the date of what the question names; a "when" as well.
  // So is "by when", "when is it due", "due when", "几号截止".
  ["deadline", /\b(?:what|which)(?:'?s|\s+(?:is|was|are|were))?\s+(?:the\s+)?(?:[a-z]+\s+)?deadlines?\b|^\s*deadlines?\b|\bby when\b|\bwhen\b[^?]{0,80}\bdue\b|\bdue\s+(?:when|date|by)\b|截止日期|截止时间|最后期限|(?:几号|哪天|哪一天|什么时候|何时)截止|截止(?:到|于)?(?:几号|哪天|哪一天|什么时候|何时)|(?:几月几[日号]|几号|哪天|哪一天|什么时候|何时)(?:之前|以前|前)(?:要|得|必须|应|须)?(?:交|提交|报|送)/i],
  // A year in so many words: "in which year", "哪一年" (a bare year answers it).
  // So does a chat question that opens on the word ("years of the first two review cycles?", "year of adoption?").
  ["year", /\b(?:which|what) (?:calendar |financial |fiscal )?years?\b|^\s*(?:the\s+)?years?\s+(?:of|for|when)\b|哪一?年(?!级)|哪(?:个|些|几个)年份|什么年份|几几年|哪几年/i],
  // Which of a numbered series: "第几次", "哪一届", "at which session" (an ordinal answers it).
  // An ordinal asked ("which Conference session adopted it"), not a meeting that acts ("what did the meeting decide").
  ["ordinal", /第几(?:次|届)|哪[一几]?(?:次|届)|\b(?:which|what) (?:(?!(?:is|are|was|were|did|does|do|will|would|has|have|had|can|could|should)\b)[a-z-]+ ){0,2}?(?:session|meeting|conference)s?\b/i],
  // Which article of an instrument: "第几条", "which article of the Convention" (an article's number answers it).
  // "哪条" alone counts anything (哪条建议): it asks an article after an instrument, or ending the
  // question; "哪个条款" (which provision) always does.
  ["article", /第几条|(?:公约|条约|宪章|议定书|》)的?(?:哪(?:一|个|一个|项)?条|哪些条)(?![\u4e00-\u9fff]{0,2}(?:原则|建议|措施|准则|标准|意见|途径|路线|理由))|哪(?:一|个|一个|项|些)?条款|哪一?条(?:规定)?(?=[？?。，,]|$)|\b(?:which|what) (?:[a-z-]+ )?articles?\b/i],
  ["where", new RegExp(String.raw`\bwhere\b|which cit(?:y|ies)|what cit(?:y|ies)|which country(?!['’]s)|\bvenue\b|(?<!\be-?mail\s)\baddress\b|地址|会址|\bhost(?:s|ed|ing)?\b|\bheld in what|东道国|主办|${NOT_ABSTRACT}在哪(?![天年月一次届个几些份项条段篇章页])|在哪(?:个|座|一个)(?:国家|城市)|哪(?:个|座)(?:国家|城市)[^，。？?]{0,4}(?:举行|召开|举办)|${NOT_ABSTRACT}在?哪(?:里|儿)|何地|何处|地点|什么地方|城市`, "i")],
  ["time", /what time(?! ?(?:slots?|frames?|limits?|periods?|lines?)\b)|\bopens?\b|\bopening\b|\bstart(s|ing)?\b|开幕|几点|什么时间|几时|开会时间/i],
  // "Which African countries" asks who; "what time must delegations" asks when, of the delegations.
  ["who", new RegExp(String.raw`\bwho(?:m|se|ever)?\b|\b(?:which|what) (?:of (?:the |these |those )?)?(?:(?!(?:time|times|date|dates|day|days|year|years|month|place|must|should|do|does|did|will|would|can|could|shall|may|are|is|was|were|have|has|had|r|u|of|for|to|by|with|in|on|from|among|against)\b)[a-z0-9-]+ ){0,3}?(?:countr(?:y|ies)|states?|delegations?|organi[sz]ations?|agenc(?:y|ies)|partners?)\b|谁|哪位|哪[一几]?(?:个|些)?(?:国家|代表团|组织)|(?:国家|代表团|组织)(?:是|为)哪|(?:国家|代表团|组织)[^？?。]{0,12}哪(?:几|些)(?:个|位)?[？?]?$|哪国|\bchair(ed|man|person)?\b|主席(?!团|(?:的)?声明)|${NAME_OF_PERSON}|\b(?:which|what) (?:(?!(?:is|are|was|were|do|does|did|will|would|can|could|should|shall|may|must|has|have|had)\b)[a-z-]+ ){0,2}?(?:${PERSON_ROLE_EN})s?\b`, "i")],
  // "文号是多少" asks for a symbol and "第几次" for an ordinal, not for a count.
  // "How long do States get", "how often does the SG report", "多久", "多长时间", "几年" (not "几几年", a year, nor "前几年"): a span of time or a frequency.
  // So does a time frame or a time limit asked ("within what time frame", "what's the time limit for …").
  ["duration", /\bhow (?:long|often|soon|frequently)\b|\b(?:what|which)(?:'?s|\s+(?:is|was|are|were))?\s+(?:the\s+)?(?:time ?frames?|timeframes?|time ?limits?|time ?periods?|timelines?|period of time)\b|(?:期限|时限)(?:是)?(?:多长|多久|几个月|几年)|多长时间|多久|多长|多频繁|(?<![几前近这那去])几年(?![前来后级])/i],
  // So do votes cast ("votes for and against", "the recorded vote", "how did the vote go", "赞成票"),
  // and attendance ("what was the attendance", "turnout").
  ["howMany", /how many|how much|\b(?:attendance|turnout)\b|\bvotes?\s+(?:for|in favou?r|against|cast)\b|\b(?:recorded|roll-call)\s+vote\b|\b(?:how|what)\s+(?:did|was|were)\s+the\s+vot(?:e|es|ing)\b|赞成票|反对票|弃权票|票数|\b(?:what|which)(?:'?s|\s+(?:is|was|are|were))?\s+(?:the\s+)?(?:[a-z]+\s+)?(?:count|tally)\b|what (?:share|percentage|proportion|fraction)|(?<!document |symbol |reference )number of (?!the |this |that |its |a resolution)|(?<!(?:文号|编号|号码|代码|电话|网址)(?:是|为)?)多少|(?<![哪第那这])几(?:个|所|次|名|项|场|份|种|位|家|条|段|天)|数量|(?<!什么的?|哪[个些]?的?)比例/i],
  // An amount of money: "how much did it cost", "what was the budget", "费用是多少", "花了多少钱".
  // So does a sum of money named with "amount", "figure" or "total" ("annual budget amount?", "the
  // amount of funding", "what's the yearly budget").
  ["amount", /\b(?:what|which|how (?:large|big) an?)\s+(?:[a-z]+\s+)?(?:budget|amount|sum)\b(?!\s+of\s+(?:time|days|weeks|months|years)\b)|\bhow much\b[^?]*\b(?:cost|spen[dt]|pa(?:y|id)|budget|money|fund(?:s|ing|ed)?)\b|\b(?:what|how)(?:'s|\s+(?:was|is|were|are|will be))\s+the\s+(?:[a-z]+\s+){0,2}?(?:cost|budget|price|expenses?)\b|\b(?:budget|cost|funding|money|price|fees?|spending|expenditures?)\s+(?:amount|figure|total|sum)s?\b|\b(?:amount|sum|total)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:budget|funding|funds|money|fees|spending|expenditures?)\b|\bcost\s+(?:of|for)\b|\b(?:did|does|will|would)\b[^?]{0,80}\bcost\b|多少钱|(?:费用|经费|花费|开支|成本|预算|资金)[^，。？?]{0,4}多少|花了多少|花费了?多少/i],
  // A time of day in so many words: "what time", "几点" (not only "when does it open").
  ["clock", /\bwhat time\b(?! ?(?:slots?|frames?|limits?|periods?|lines?)\b)|\bwhat hour\b|\b(?:opening|start(?:ing)?|closing)\s+(?:time|hour)s?\b|\btime (?:of|for) (?:the )?(?:opening|start)\b|几点|几时/i],
  ["title", /\btitle\b|\bcalled\b|\bentitled\b|\bname of the (?:resolution|decision|document|report|paper|item|agenda item)|标题|题目|题为|名称/i],
  // An item's, a paragraph's, an article's or a resolution's number is no document's ("项目编号", "段落编号", "决议编号").
  // "Which (S/) document is the … draft": the one document meant, named by its symbol.
  // "那两份照会是哪几号": which numbers the documents bear, not which days.
  ["symbol", new RegExp(String.raw`\bsymbol\b|document number|document code|doc number|文号|${NUMBERED_DOCUMENT_ZH}哪几号|(?<!项目|议程|议题|段落?|条款?|决议|决定)编号|文件号|\b(?:which|what)\s+(?:[A-Z]{1,2}\/\s*)?(?:document|doc)\s+(?:is|was)\b`, "i")],
  // When a document came out: "issued", "distributed", "dated", "印发", "分发"; the date on or of
  // a document ("the date on the Silencing the Guns draft", "草案的日期", "封面上的日期").
  ["issued", /\b(?:issued|distributed|circulated|dated|published|release[sd]?|date of issue|issue date|publication date|distribution date|date of distribution)\b|\bdate\s+(?:is\s+|was\s+)?(?:on|of)\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,6}?(?:draft|document|report|note|paper|letter)s?\b|印发|分发|发布|签发|出版|文件日期|落款|(?:草案|文件|报告|说明)(?:的|，|,)?\s*(?:封面上?的)?日期|(?:草案|文件|报告|说明)是(?:哪一?天|几月几号|几号)的|封面上?的?日期/i],
  ["format", /\bformat\b|in[- ]person|hybrid|\bonline\b|\bvirtual(?:ly)?\b|\bremote(?:ly)?\b|\bphysical(?:ly)?\b|形式|方式|线上|线下|现场|网上|视频会议|混合|远程|虚拟/i],
  ["documents", /\bdocuments?\b|\bdocs?\b|\bpapers?\b|文件|文献|哪一?份/i],
  // "项目" is an agenda item on its own or after a meeting, a count or a question word ("会议项目",
  // "哪些项目", "项目2"), a project after a name ("可卡因路线项目", "全球项目").
  ["agenda", /\bagenda\b|\bitems?\b|议程|(?<![\u4e00-\u9fff])项目|(?<=[程议些个么的各每该此两三四五六七八九十几])项目|讨论什么|讨论哪|讨论的?(?:议题|内容)|what(?:'s| is) on\b|what (?:is|was|will be) discussed|what happens|\bschedule[ds]?\b|program(?:me)? of work|organi[sz]ation of work|工作安排|日程/i],
  ["workplan", /work ?plan|工作计划/i],
  ["recommend", /recommend|建议/i],
  ["action", /\bactions?\b|follow(ed)? up|\bdid\b.*\bdo\b|what did .* do|采取的行动|做了什么|开展了什么|采取了什么/i],
  ["last", /\blast\b|\bfinal\b|最后/i],
  ["first", /\bfirst item\b|第一个项目|第一项/i],
  ["which", /\bwhich\b|哪个|哪项|哪一|哪些|哪种|哪类|什么样/i],
  ["what", /\bwhat\b|什么|哪些/i],
  ["topic", /\btopics?\b|\bthemes?\b|\bsubjects?\b|\babout\b|\bkey ?words?\b|议题|主题|专题|关键词|关键字|关于(?:什么|哪)/i],
  ["resolution", new RegExp(String.raw`\bresolutions?\b|\bres\b\.?|\bdecisions?\b|决议|${DECISION_ZH.source}`, "i")],
];
/** The agenda asked in so many words; "scheduled" (a verb that may ask when) set apart. */
const AGENDA_ASKED = ASK_PATTERNS.find(([ask]) => ask === "agenda")![1];
const SCHEDULED = /\bscheduled\b/gi;

/** Where a clause of a chat question ends: a dash between spaces, a colon, a semicolon. */
const CLAUSE_END = /\s[-–—]\s|[:;：；]/;
/** Words that ask, in a clause. */
const ASKING_WORDS = /\b(?:what|which|who|whom|whose|when|where|how|list|any)\b|哪|什么|多少|几|列出|有没有/i;
const DOCUMENT_WORD = ASK_PATTERNS.find(([ask]) => ask === "documents")![1];
const WHO_ASKED = ASK_PATTERNS.find(([ask]) => ask === "who")![1];
/** A chair the question names: "chaired by Saudi Arabia", "沙特担任主席的", "沙特当主席的", "由挪威主持的". */
const CHAIR_NAMED = /\b(?:chaired|presided(?: over)?) by (?:the )?[A-Z][\w'-]*(?: (?:of |and )?[A-Z][\w'-]*)*|(?<![谁哪])(?:(?:担任|当|任)主席|主持)的/g;
/** Whether the question names a document in a clause that asks nothing, and asks in another clause. */
function documentApart(text: string): boolean {
  const clauses = text.split(CLAUSE_END);
  if (clauses.length < 2) return false;
  const naming = clauses.filter((c) => DOCUMENT_WORD.test(c));
  return naming.length > 0 && naming.every((c) => !ASKING_WORDS.test(c)) && clauses.some((c) => !DOCUMENT_WORD.test(c) && ASKING_WORDS.test(c));
}

/** The parties a question may name as a resolution's addressee: id, the words that name it, its name in Chinese. */
const ADDRESSEES: [string, RegExp, string][] = [
  ["UNODC", /UNODC|毒品和犯罪问题办公室|office on drugs and crime/i, "毒品和犯罪问题办公室"],
  ["secretariat", /secretariat|秘书处/i, "秘书处"],
  ["working group", /working group|\bWG\b|工作组/i, "工作组"],
  ["States parties", /states? part(y|ies)|member states|缔约国(?!会议)/i, "缔约国"],
  ["Implementation Review Group", /implementation review group|\bIRG\b|实施情况审议组/i, "实施情况审议组"],
  ["Secretary-General", /secretary-general|\bSG\b|秘书长/i, "秘书长"],
];
/**
 * "请" before an office or body it asks something of ("决议请秘书长……"). (Before States, "请会员国"
 * is as often "invites" or "calls upon": no verb is read.)
 */
const REQUESTS_PARTY_ZH = new RegExp(`请(?:${ADDRESSEES.filter(([id]) => id !== "States parties").map(([, , zh]) => zh).join("|")})`);
/** The party named right after an English verb that asks something of someone ("ask the Secretary-General"). */
function partyAfterAskingVerb(text: string): string | undefined {
  const m = text.match(/\b(?:ask|asks|asked|request|requests|requested|calls? (?:up)?on|called (?:up)?on|invites?|invited|urges?|urged|encourages?|encouraged)\s+(?:the\s+|all\s+)?/i);
  if (!m) return undefined;
  const after = text.slice(m.index! + m[0].length);
  return ADDRESSEES.find(([, re]) => after.search(re) === 0)?.[0];
}
/** An addressee a question names (its id, `Question.addressee`), in Chinese. */
export const addresseeZh = (id: string) => ADDRESSEES.find(([a]) => a === id)?.[2] ?? id;


/** Lower-case words an ordinal of a meeting stands before ("the eighth regular session of …"). */
const MEETING_NEXT = new Set(["session", "sessions", "meeting", "meetings", "resumed", "intersessional", "regular", "special", "ordinary", "extraordinary", "conference", "review", "joint", "plenary", "annual", "expert", "open-ended", "working", "one", "mtg", "mtgs", "sess", "wg"]);

/**
 * Whether the ordinal ending at `end` of the text may number a meeting: not when a lower-case noun
 * of something else follows with its complement ("no first placement of weapons in outer space").
 */
function namesMeeting(text: string, end: number, bodyStarts: Set<number>): boolean {
  const rest = text.slice(end);
  const next = rest.match(/^(\s+)([a-z][\w-]*)(?:\s+[a-z(]|\s*[)）])/);
  if (!next || MEETING_NEXT.has(next[2]) || bodyStarts.has(end + next[1].length)) return true;
  // A lower-case noun phrase of something else follows ("no first placement res (80/20)"): a
  // meeting's ordinal only where a meeting word comes a few words on ("the 15th prevention group
  // meeting"), or where the phrase closes a bracket ("res 80/20 (no first placement)"). A word
  // alone after it is the ordinal's verb ("what did the eighth adopt").
  return /^(?:\s+[\w-]+){1,3}\s+(?:sessions?|meetings?|mtgs?|conferences?)\b/i.test(rest);
}

/** Verbs of a meeting's business: what it discusses, considers, takes up, has scheduled. */
const DISCUSSED = /\b(?:discuss(?:es|ed|ing)?|consider(?:s|ed|ing)?|tak(?:e|es|ing|en) up|took up|deal(?:s|t)? with|be on|is on|are on)\b|讨论|审议|安排|议题/i;

const WHEN_ASKED = ASK_PATTERNS.find(([ask]) => ask === "when")![1];
const WHERE_ASKED = ASK_PATTERNS.find(([ask]) => ask === "where")![1];

/**
 * A "when" that joins a clause ("who chaired it when UNODC attended", "when the resolution
 * reaffirms X, which article does it single out"), not one that asks ("and when?", "when did it
 * meet"): no auxiliary follows it, and it follows another question word, or opens the question
 * with a clause that another question word follows.
 */
function conjunctionWhen(text: string): RegExpExecArray | undefined {
  const m = /\bwhen\b(?!\s+(?:did|does|do|is|are|was|were|will|would|can|could|should|shall|has|have|had|must|may|might)\b)/i.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  if (!before.trim()) return /^[^,?]*\w[^,?]*,\s*(?:(?:in|on|at|by|for|to|from|of|under)\s+)?(?:who|whom|whose|what|which|where|how)\b/i.test(after) ? m : undefined;
  return /\b(?:who|whom|whose|what|which|where|how)\b/i.test(before) && !/\b(?:and|or)\s*$|,\s*$/i.test(before) && /\w/.test(after) ? m : undefined;
}

/**
 * A bracketed source a question names after it: "(per the COSP6 annotations)", "(根据第六届会议的说明)",
 * or one named alone ("(IRG 12th session report)", "(annotated agenda, 15th meeting)", "（工作组第十五次会议说明）").
 */
const SOURCE_IN_BRACKETS = /[(（]\s*(?:per|according to|see|cf\.?|as in|based on|from|in|按|按照|根据|据|参见|见)\s[^()（）]*[)）]|[(（]\s*(?:按|按照|根据|据|参见|见)[^()（）]*[)）]|[(（][^()（）]*(?:\b(?:report|paper|note|agenda|annotations|document|summary)s?\b|报告|文件|说明|议程)[^()（）]*[)）]/gi;
/** A resolution or decision named by its number ("res 7/4", "第7/4号决议"): what the question is about, whatever its source. */
const NAMES_INSTRUMENT = /(?<![\d/])\d{1,3}\s*\/\s*\d{1,3}(?![\d/])/;

/**
 * A report, note or paper named by the resolution it reports on: "report on (the implementation
 * of) resolution 7/4", "note on progress in implementing decision 5/1", "第7/4号决议执行进展报告",
 * "关于第7/4号决议执行情况的报告".
 */
const REPORT_ON_RESOLUTION = new RegExp(
  String.raw`\b(?:report|note|paper|update|study)s?(?:\s+[\w-]+){0,3}?\s+(?:on|of|about|regarding|pursuant to)\s+(?:the\s+)?(?:(?:progress(?:\s+made)?\s+in\s+)?(?:the\s+)?implement(?:ation|ing)\s+(?:of\s+)?)?(?:(?:the\s+)?(?:general assembly|conference|cosp|ga)(?:'s)?\s+)?(?:resolution|res\.?|decision)\s+(\d{1,3}\s*/\s*\d{1,3})` +
    String.raw`|(?:关于)?第?\s*(\d{1,3}\s*/\s*\d{1,3})\s*号?(?:决议|决定)的?(?:执行|实施|落实)(?:情况|进展|进度)*的?(?:进展|进度)?(?:(?:秘书处|秘书长)的?)?(?:报告|说明)`,
  "gi",
);

/**
 * A clause after the question that tells which one is meant: ", the one that adopted …", "— the
 * one where …", "，就是通过了……的那届".
 */
const DESCRIBING_TAIL = /\s*[,，—–]\s*(?:i\.e\.,?\s*)?the one (?:that|which|where|when|at which|in which)\b[^?？]*|[，,]\s*就是[^？?，,]*的那(?:届|次|个|份|一届|一次)(?:会议?)?/gi;

/**
 * "who", "whom" or "whose" right after a noun ("the Protocol whose centenary", "the States who
 * ratified it"): a relative pronoun, not a question word. After a verb, a preposition or a
 * conjunction ("tell me who", "to whom", "and whose") it asks.
 */
const RELATIVE_WHO = /(\b(?!(?:and|or|but|so|then|also|me|us|them|you|know|knows|tell|told|ask|asks|asked|wonder|wondering|see|check|say|says|said|is|was|are|were|of|to|by|for|from|with|in|on|at|about|exactly|precisely|q|question)\b)[A-Za-z][a-z]+\s+)(?:who|whom|whose)\b/gi;

/** A source document a question opens with: "根据…背景文件，", "据…报告，", "according to the … paper,", "per the … report:". */
const SOURCE_CLAUSE = /^\s*(?:根据|依据|按照|据)[^，,。？?：:]{2,40}(?:文件|报告|说明|议程)(?:中|里)?[，,：:]|^\s*(?:according to|per|based on|in)\s[^,:;?]{3,80}\b(?:papers?|reports?|notes?|documents?|agendas?)\s*[,:]/i;

/** A source named after the question: ", per the March 2021 report on res 7/4 synergies", "— according to the 2020 background paper". */
const SOURCE_AFTER = /(?:(?:[,，;；]|\s[-–—])\s*(?:per|according to|as per|based on)|\s(?:according to|as per))\s+(?:the\s+|a\s+)?[^,;?()]{2,80}?\b(?:papers?|reports?|notes?|documents?|annotations|agenda)\b/gi;
/** A bracketed source that names a document: "(per the WG's 2020 progress background paper)", "（工作组第十五次会议说明）". */
const DOCUMENT_NOUN_SOURCE = /\b(?:papers?|reports?|notes?|documents?|annotations|agenda|summary)\b|报告|文件|说明|议程/i;

/**
 * The words a question names its source document by, where it names one: in brackets, opening the
 * question, or after it ("…, per the March 2021 report on res 7/4 synergies"). The answer is to come
 * from a document so described.
 */
function sourcesNamed(text: string): string[] {
  return [...(text.match(SOURCE_IN_BRACKETS) ?? []), ...(text.match(SOURCE_CLAUSE) ?? []), ...(text.match(SOURCE_AFTER) ?? [])].filter((m) => DOCUMENT_NOUN_SOURCE.test(m));
}

/** A resolution's number before a verb of recalling or citing: "第80/46号决议回顾的…", "（80/8）提到的…", "80/34号决议特别回顾了此前…". */
const WITHIN_ZH = /(?<![\d/A-Za-z.])(\d{1,3}\s*\/\s*\d{1,3})(?![\d/])\s*(?:号)?(?:决议)?\s*[)）]?\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:的)?(?:序言(?:部分)?)?\s*(?:里|中|内)?(?:所|特别|还|也|又|首先)?(?:回顾|提到|提及|援引|引用|引述|重申|所述|列出)(?:了|过)?(?:的|此前|之前|以前)?/;
/** A resolution recalling or citing another: "recalled in resolution 80/46", "does resolution 80/18 recall", "in 80/20, …". */
const WITHIN_EN = /\b(?:recalled|cited|mentioned|referred to|referenced|invoked)\s+(?:in|by)\s+(?:the\s+)?(?:GA\s+|General Assembly\s+)?(?:[\w'’-]+\s+){0,4}?(?:resolution|res\.?)\s*(\d{1,3}\/\d{1,3})|\b(?:resolution|res\.?)\s*(\d{1,3}\/\d{1,3})\s+(?:(?:[\w'’-]+\s+){0,6}?)?(?:recall|recalls|cite|cites|mention|mentions|refer to|refers to)\b|^\s*(?:in|per)\s+(?:GA\s+)?(?:resolution\s+|res\.?\s*)?(\d{1,3}\/\d{1,3})\s*[,:]/i;
/** The question asks for a resolution's number: another resolution is asked about, inside the one named. */
const ANOTHER_ASKED = /\bwhich (?:earlier |other |previous )?(?:GA |General Assembly )?resolution\b|\bresolution (?:number|no\.?)\b|\bthat it (?:recalls|cites|mentions)\b|那项(?:大会)?决议|哪(?:一)?(?:项|个|份)[^，。？?]{0,12}决议|决议(?:的)?(?:编号|号码)|第几号决议|(?:决议|那项)[^，。？?]{0,6}(?:第几号|编号)/i;

/**
 * The resolution named as the one another is recalled or cited in ("第80/46号决议回顾的第67/234 B号决议",
 * "which resolution of 5 December 2007 does 80/30 recall"), where the question names another
 * resolution besides or asks which one.
 */
function containerResolution(text: string): string | undefined {
  const m = text.match(WITHIN_ZH) ?? text.match(WITHIN_EN);
  const number = m?.slice(1).find(Boolean)?.replace(/\s+/g, "");
  if (!number) return undefined;
  const named = new Set([...text.matchAll(/(?<![\d/])(\d{1,3})\s*\/\s*(\d{1,3})(?![\d/])/g)].map((x) => `${x[1]}/${x[2]}`));
  return named.size > 1 || ANOTHER_ASKED.test(text) ? number : undefined;
}

/** A meeting's document named by the meeting's short name and number ("the COSP6 annotated agenda", "the WG15 annotations", "IRG12 report"). */
const SOURCE_DOCUMENT = /\b(?:COSP|CoSP|COP|WG|IRG|CSP|EMIC)\s*-?\s*\d{1,2}(?:\s*[(（][^()（）]*[)）])?\s+(?:[a-z-]+\s+){0,2}?(?:annotations?|annotated (?:provisional )?agenda|report|note|paper|documents?|agenda)\b/gi;

/** Whether a source document the question names by a subsidiary body's numbered short name is a report, note or paper ("the IRG12 synergies report"), not an agenda. */
const namesSourceReport = (text: string) => [...text.matchAll(SOURCE_DOCUMENT)].some((m) => SHORT_NAME_NUMBERED.test(m[0]) && /(?:report|note|paper|documents?)$/i.test(m[0]));
/** A subsidiary body's short name numbered: "IRG14", "WG 15", "EMIC-4" (not a symbol's "WG.4"). */
const SHORT_NAME_NUMBERED = /\b(IRG|WG|EMIC)\s*-?\s*(\d{1,2})\b(?![./])/i;

/** The words that ask for the next or the last of a body's meetings, in both languages. */
const RELATIVE_WORDS = {
  next: { en: ["next", "upcoming", "forthcoming", "coming"], zh: ["下次", "下一次", "下届", "下一届", "即将举行的", "即将召开的"] },
  last: { en: ["last", "latest", "most recent", "previous"], zh: ["上次", "上一次", "上届", "上一届", "最近一次", "最近的一次"] },
};
/** A meeting asked as the next or the last one: its word before a meeting word (or a body's name, "upcoming IRG session"). */
const relativePattern = (w: { en: string[]; zh: string[] }) =>
  new RegExp(`\\b(?:${w.en.join("|")})\\b(?=(?:\\s+[\\w.'’-]+){0,5}?\\s+(?:meetings?|sessions?|mtgs?|conference|cosp|irg)\\b)|(?:${w.zh.join("|")})(?=[^，。？?]{0,12}(?:会议|届会))`, "i");
const NEXT_MEETING = relativePattern(RELATIVE_WORDS.next);
const LAST_MEETING = relativePattern(RELATIVE_WORDS.last);
/** Whether a word of the question is one that asks for the next or the last meeting ("next", "上届"). */
const RELATIVE_WORD = new RegExp(`^(?:${[...RELATIVE_WORDS.next.en, ...RELATIVE_WORDS.next.zh, ...RELATIVE_WORDS.last.en, ...RELATIVE_WORDS.last.zh, "最近"].join("|")})$`, "i");
export const isRelativeWord = (word: string): boolean => RELATIVE_WORD.test(word);

/** A figure of one or two digits right after a name, not a symbol's ("10/3") nor a count ("5 countries"). */
const NUMBER_AFTER_NAME = /^\s*-?\s*(?:#\s*|no\.\s*)?(\d{1,2})\b(?![./\d])(?!\s*(?:%|per\b|[a-z]+s\b|个|国|项|人))/i;

/** The ordinal of the meeting a text names, the meeting word beside it, and whether it was "COSP8". */
function meetingOrdinal(text: string, found: { index: number; length: number }[], shortNames = true): { ordinal?: number; meetingWord?: Question["meetingWord"]; cosp: boolean } {
  const lower = text.toLowerCase();
  // "COSP8", "COSP 10", "CoSP-9"
  let ordinal: number | undefined;
  let meetingWord: Question["meetingWord"];
  const cosp = text.match(/\bco(?:sp|p)\s*-?\s*(\d{1,2})\b/i);
  if (cosp) {
    ordinal = Number(cosp[1]);
    meetingWord = "session";
  }
  // "IRG14", "IRG 14", "WG15", "EMIC-4": a subsidiary body's short name with the number of its session or meeting.
  const short = cosp || !shortNames ? undefined : text.match(SHORT_NAME_NUMBERED);
  if (short) {
    ordinal = Number(short[2]);
    meetingWord = /^IRG$/i.test(short[1]) ? "session" : "meeting";
  }
  // Chinese ordinals: 第十五次会议, 第 15 次, 第十二届会议, 第十届会议第一次续会
  // In chat the 第 is often left out of a figure ("15次会议"); "举行了3次会议" counts them.
  // "第一次参加", "第二次出席": the asker's first time, no meeting's number.
  const zh = text.match(/第\s*([\d一二三四五六七八九十百]+)\s*(届|次)(?!续会|参加|出席|参与|与会|来|去|到|听|看|用|遇到|接触|负责|跟进|关注|问)(?:会议)?/) ?? text.match(/(?<![\d第了共过约近])(\d{1,2})\s*(届|次)(?=\s*(?:会议|会|续会))/);
  if (!ordinal && zh) {
    ordinal = parseChineseNumber(zh[1]);
    meetingWord = zh[2] === "届" ? "session" : "meeting";
  }
  // English ordinals: 15th, fifteenth, "session 12", "meeting 15"
  if (!ordinal) {
    // Prefer the ordinal next to "session"/"meeting"; "the first day", "first item" are not meetings.
    // Not inside a hyphenated compound ("no-first-placement").
    const all = [...lower.matchAll(new RegExp(`(?<![\\w-])(${ORDINAL_PATTERN})(?![\\w-])(?!\\s+(?:day|item|sub-item|paragraph|cycle|time|draft|resolution|decision|report|phase|step|part|chapter|round|edition|year|week|month|panel|annex|page|committee|half|quarter|place)s?\\b)(?:\\s+(?:resumed\\s+)?(session|meeting|resumed))?`, "g"))];
    const bodyStarts = new Set(found.map((b) => b.index));
    const en = all.find((m) => m[2]) ?? all.find((m) => namesMeeting(text, m.index! + m[1].length, bodyStarts));
    if (en) {
      ordinal = parseEnglishOrdinal(en[1]);
      if (en[2]) meetingWord = en[2] === "meeting" ? "meeting" : "session";
    }
    const after = lower.match(/\b(session|meeting)\s+(?:no\.?\s*|#\s*)?(\d{1,2})\b/);
    if (!ordinal && after) {
      ordinal = Number(after[2]);
      meetingWord = after[1] === "meeting" ? "meeting" : "session";
    }
    // "WG prevention 11 agenda", "review group 4 venue", "IRG #12": a figure right after a body's name numbers its meeting.
    const numbered = !ordinal && shortNames ? found.map((b) => text.slice(b.index + b.length).match(NUMBER_AFTER_NAME)).find((m) => !!m) : undefined;
    if (numbered) ordinal = Number(numbered[1]);
  }
  return { ordinal, meetingWord, cosp: !!cosp };
}

/** Options for understanding: the clock and zone for relative dates. */
export interface UnderstandOptions {
  now: Date;
  timeZone: string;
  /** Language when the text does not tell (slash commands with only numbers). */
  fallbackLang?: Lang;
}

/**
 * "跨国有组织犯罪公约第四届缔约方会议" as "跨国有组织犯罪公约缔约方会议第四届会议": an ordinal written
 * inside a convention's conference name is put after the whole name, where the glossary finds the
 * body (not the bare "缔约方会议") and the ordinal is read as for any session.
 */
const ORDINAL_INSIDE_NAME_ZH = /(公约)(第[〇零一二三四五六七八九十百\d]+届)(缔约[国方](?:会议|大会))/g;
/** "有组织犯罪公约缔约方第四届会议": the conference's name written without its 会议 before the ordinal. */
const PARTIES_BEFORE_ORDINAL_ZH = /(公约)(缔约[国方])(第[〇零一二三四五六七八九十百\d]+届)(?=会议)/g;
const nameBeforeOrdinal = (text: string) => text.replace(ORDINAL_INSIDE_NAME_ZH, "$1$3$2会议").replace(PARTIES_BEFORE_ORDINAL_ZH, "$1$2会议$3");
/**
 * "追回资产那个工作组", "预防腐败的那个工作组": a demonstrative between what a body deals with and
 * its kind of body says which one is meant; the name reads without it ("追回资产工作组").
 */
const DEMONSTRATIVE_BEFORE_BODY_ZH = /(\p{Script=Han})的?(?:那个|这个|那|这)(?=(?:工作组|审议组|专家组|专家会议|委员会))/gu;
const withoutDemonstrative = (text: string) => text.replace(DEMONSTRATIVE_BEFORE_BODY_ZH, "$1");

/**
 * "预防WG", "资产追回 WG": the English short word for a working group after what it deals with,
 * in Chinese, is 工作组 ("预防工作组"), so that the group is read by its Chinese name.
 */
const WG_AFTER_HAN = /(?<=\p{Script=Han})\s*WGs?\b/gu;
const groupAfterSubject = (text: string) => text.replace(WG_AFTER_HAN, "工作组");

/**
 * Chat's spellings of question words: "神马" is 什么; "no. of", "# of", "nr of" are "number of";
 * "whats", "wheres", "whos", "hows", "thats" are written without their apostrophe.
 */
const chatQuestionWords = (text: string) =>
  text
    .replace(/神马/g, "什么")
    .replace(/(?:\bno\.|#|\bnr\.?)\s*(?=of\b)/gi, "number ")
    .replace(/\b(what|where|who|how|that)s\b/gi, "$1's");

/**
 * A year as chat shortens it: "18年那份草案", "24–25年", "Feb '19": 2018, 2024–2025, 2019. Not a
 * number of years ("18年来", "过去10年", "长达20年之久").
 */
const SHORT_YEAR_ZH = /(?<![\d/.第]|过去|近|长达|共|满|了|这|那|每)(\d{2})(?:\s*[-–—~至到]\s*(\d{2}))?\s*年(?!来|以来|间|内|后|前|多|左右|半|期|代|之久)/g;
const SHORT_YEAR_EN = /(?<=^|[\s(])['’](\d{2})\b(?!['’])/g;
const fullYear = (yy: string) => String((Number(yy) < 50 ? 2000 : 1900) + Number(yy));
const yearsInFull = (text: string) =>
  text.replace(SHORT_YEAR_ZH, (_m, a: string, b?: string) => `${fullYear(a)}${b ? `–${fullYear(b)}` : ""}年`).replace(SHORT_YEAR_EN, (_m, yy: string) => fullYear(yy));

/** A bracketed aside: "(Vienna, June 2015)", "（维也纳）". */
const BRACKETED = /[(（][^()（）]*[)）]/g;

/** The chair's office, which the "who" patterns read as asking who chaired. */
const CHAIR_WORD = /\bchair(?:ed|man|person)?\b|主席(?!团)/gi;
/** Kinds of fact asked beside which an office named asks no "who". */
const OTHER_FACT_KINDS: Ask[] = ["when", "where", "year", "howMany", "amount", "deadline", "duration", "clock", "symbol", "title"];

/**
 * An aside in which the asker says what they think or remember ("(thought the COSP6 agenda lists
 * past sessions)", "（我记得是在维也纳）"): where they would look, or what they believe, not what is
 * asked; the answer comes from the documents either way.
 */
const ASKERS_BELIEF = /\s*[(（]\s*(?:i\s+)?(?:thought|think|believe|guess|assume|recall|remember|iirc|afaik|if i recall)\b[^()（）]*[)）]|\s*[(（]\s*(?:我记得|我印象中|印象中|好像|我以为|我觉得|我猜)[^()（）]*[)）]/gi;
const withoutBeliefs = (text: string) => text.replace(ASKERS_BELIEF, "");

/** Whether a text names a city or a venue the glossary knows, in either language. */
function namesCity(text: string, glossary: Glossary): boolean {
  let names = cityNames.get(glossary.data);
  if (!names) {
    const places = [...glossary.data.venues, ...glossary.data.cities];
    names = { zh: places.map((p) => p.zh), en: new RegExp(String.raw`\b(?:${places.map((p) => escapeRegExp(p.en)).join("|")})\b`, "i") };
    cityNames.set(glossary.data, names);
  }
  return names.en.test(text) || names.zh.some((z) => text.includes(z));
}
const cityNames = new WeakMap<object, { zh: string[]; en: RegExp }>();

/** Reads a question or command argument text. */
export function understand(raw: string, glossary: Glossary, opts: UnderstandOptions): Question {
  // A typing slip ("munitons") would hide the term from the glossary and the search.
  const text = withoutDemonstrative(withoutBeliefs(yearsInFull(chatQuestionWords(groupAfterSubject(nameBeforeOrdinal(correctSpelling(spelledOut(toHalfWidth(raw).trim()), glossary)))))));
  const lang = detectLanguage(text, opts.fallbackLang);
  const lower = text.toLowerCase();

  // Bodies: named ones from the glossary (foreign bodies such as the Arab convention's
  // conference count too: they must not be mistaken for the COSP).
  const found = glossary.findBodies(text);
  const bodies = [...new Set(found.map((b) => b.id))];
  let genericBody: Question["genericBody"];
  if (!bodies.length) {
    if (/working group|\bWG\b|工作组/i.test(text)) genericBody = "working group";
    else if (/review group|审议组/i.test(text)) genericBody = "review group";
    else if (/\bconference\b|\bCOSP\b|缔约国会议/i.test(text)) genericBody = "conference";
  }
  // The meeting's ordinal, read first outside a bracketed source ("where was the first session held?
  // (per the COSP6 annotations)": the first session, as the sixth session's document tells).
  // So is a meeting's document the question names as its source ("the COSP6 annotated agenda says
  // the very first session was held where?").
  const outside = text.replace(SOURCE_IN_BRACKETS, (m) => " ".repeat(m.length)).replace(SOURCE_DOCUMENT, (m) => " ".repeat(m.length));
  let { ordinal, meetingWord, cosp } = meetingOrdinal(outside, found);
  // (A subsidiary body's numbered short name in the name of a report or paper the question takes
  // as its source, "the IRG12 synergies report builds on which earlier report", names the
  // document, not the meeting asked; in the name of its agenda, "the WG15 agenda", the meeting.)
  // (Nor the meeting of a source named beside a resolution the question names by number.)
  if (ordinal === undefined && outside !== text && !NAMES_INSTRUMENT.test(outside)) ({ ordinal, meetingWord, cosp } = meetingOrdinal(text, found, !namesSourceReport(text)));
  // "COP4" is the Conference's own unless the question names another body's ("CTOC COP4").
  if (cosp && !bodies.length) bodies.push("cosp");
  if (!meetingWord && ordinal) {
    if (/\bsession\b|届/.test(lower)) meetingWord = "session";
    else if (/\bmeeting\b|次会议/.test(lower)) meetingWord = "meeting";
  }
  const resumed = /resumed|续会/i.test(text);
  const intersessional = /intersessional|闭会期间/i.test(text);

  // Agenda items: "item 2(a)", "2(a)(三)", "项目2(a)(五)", "2 (a) (v)"
  const items: string[] = [];
  for (const m of text.matchAll(/(?:items?|项目|议程项目)\s*(\d{1,2}(?:\s*\([a-z]\))?(?:\s*\((?:[ivx]+|[一二三四五六七八九十]+|\d)\))?)/gi)) items.push(itemKey(m[1]));
  for (const m of text.matchAll(/(?<![\d/.])(\d{1,2}\s*\([a-z]\)(?:\s*\((?:[ivx]+|[一二三四五六七八九十]+|\d)\))?)/g)) {
    const k = itemKey(m[1]);
    if (!items.includes(k)) items.push(k);
  }
  // "议程第7项", "临时议程(CAC/COSP/2015/1)第7项": an item counted on an agenda the question names.
  for (const m of text.matchAll(/议程[^，。？?]{0,24}?第\s*(\d{1,2})\s*项(?![目])/g)) {
    const k = itemKey(m[1]);
    if (!items.includes(k)) items.push(k);
  }
  for (const n of itemsByPlace(text)) if (!items.includes(n)) items.push(n);
  for (const n of itemsListed(text)) if (!items.includes(n)) items.push(n);

  // Resolutions: "resolution 10/3", "第10/3号决议", and a bare "10/3" when the question speaks of resolutions.
  const resolutions: { number: string; paragraph?: number }[] = findResolutionMentions(text).map((m) => ({ number: m.number, paragraph: m.paragraph }));
  if (!resolutions.length && /resolution|decision|决议|决定|res\.?\s/i.test(text)) {
    for (const m of text.matchAll(/(?<![\d/.A-Za-z])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/g)) resolutions.push({ number: `${m[1]}/${m[2]}` });
  }
  // So is a bare number that one of its paragraphs follows ("80/38第2段", "10/3 para. 4"); a bare
  // number alone is read as a resolution's only where the corpus knows one (see intent.ts).
  if (!resolutions.length) for (const number of bareResolutionNumbers(text)) resolutions.push({ number });
  const paraRef = text.match(/paragraph\s+(\d{1,2})\s+of\s+resolution\s+(\d{1,2}\/\d{1,2})/i);
  if (paraRef) {
    const r = resolutions.find((x) => x.number === paraRef[2]);
    if (r) r.paragraph = Number(paraRef[1]);
  }
  // "80/24 para 8", "10/3, operative paragraph 4": the paragraph right after the number is its.
  const paraAfter = text.match(/(?<![\d/])(\d{1,2}\/\d{1,3})(?![\d/])\s*,?\s*(?:op\.?\s*|operative\s+)?para(?:graph)?\.?\s*(\d{1,2})\b/i);
  if (paraAfter) {
    const r = resolutions.find((x) => x.number === paraAfter[1]);
    if (r) r.paragraph ??= Number(paraAfter[2]);
  }
  // "80/48号决议第12段", "决议80/48执行部分第12段": a question writes the number without 第 as often as with it.
  const paraRefZh = text.match(/(?<![\d/])(\d{1,2}\/\d{1,3})(?![\d/])\s*(?:号)?\s*(?:决议|决定)?\s*(?:的)?\s*(?:执行部分)?\s*第\s*(\d{1,2})\s*段/);
  if (paraRefZh) {
    const r = resolutions.find((x) => x.number === paraRefZh[1]);
    if (r) r.paragraph ??= Number(paraRefZh[2]);
  }
  // One entry per resolution, keeping a paragraph named in any of its mentions.
  for (let i = resolutions.length - 1; i >= 0; i--) {
    const first = resolutions.findIndex((x) => x.number === resolutions[i].number);
    if (first < i) {
      resolutions[first].paragraph ??= resolutions[i].paragraph;
      resolutions.splice(i, 1);
    }
  }

  // "The progress report on implementing resolution 7/4", "第7/4号决议执行进展报告": a report named
  // by the resolution it reports on is asked about, not the resolution.
  const reportedOn = new Set([...text.matchAll(REPORT_ON_RESOLUTION)].map((m) => (m[1] ?? m[2]).replace(/\s+/g, "")));
  for (let i = resolutions.length - 1; i >= 0; i--) if (reportedOn.has(resolutions[i].number)) resolutions.splice(i, 1);

  const symbols = findSymbols(text).map((s) => s.symbol.toUpperCase());
  // A General Assembly resolution's symbol names the resolution ("A/RES/80/46" is resolution 80/46).
  for (const s of symbols) {
    const number = s.match(GA_RESOLUTION_SYMBOL)?.slice(1).join("/");
    if (number && !resolutions.some((r) => r.number === number)) resolutions.push({ number });
  }

  // "第80/46号决议回顾的第67/234 B号决议的日期", "which resolution of 5 December 2007 does 80/30
  // recall": the resolution recalled is asked about, inside the one that recalls it.
  const within = containerResolution(text);
  const inside = resolutions.findIndex((r) => r.number === within);
  if (inside >= 0) resolutions.splice(inside, 1);

  // "When did the COP hold its first session, the one that adopted decisions 1/1 to 1/6?": a clause
  // that tells which meeting is meant asks nothing, names no resolution asked about, and lends the
  // question no verbs.
  const main = text.replace(DESCRIBING_TAIL, " ");
  const describing = main !== text && ordinal !== undefined && [WHEN_ASKED, WHERE_ASKED].some((re) => re.test(main));
  const scope = describing ? main : text;
  if (describing) {
    const own = new Set(findResolutionMentions(main).map((m) => m.number));
    for (let i = resolutions.length - 1; i >= 0; i--) if (!own.has(resolutions[i].number)) resolutions.splice(i, 1);
  }
  const asks = new Set<Ask>();
  // The document a question opens by naming as its source ("根据2020年进展背景文件，…", "per the
  // 2020 background paper: …") is where to look, not documents asked for.
  const sourced = scope.replace(SOURCE_CLAUSE, " ");
  for (const [ask, re] of ASK_PATTERNS) if (re.test(ask === "documents" ? sourced : scope)) asks.add(ask);
  // "the Protocol whose centenary falls in 2025", "States who have ratified": a relative pronoun
  // after the noun it describes asks nothing where the question asks something else (in a bare
  // "the countries whose arrears were exempted?" it tells what is asked).
  if (asks.has("who") && asks.size > 1 && !WHO_ASKED.test(scope.replace(RELATIVE_WHO, "$1"))) asks.delete("who");
  if (asks.has("deadline")) asks.add("when");
  // "dates, city, and …": a city or location asked by the noun alone (not a name: "Mexico City").
  if (CITY_NOUN.test(text)) asks.add("where");
  if (WHICH_CITY.test(text)) asks.add("where").add("city");
  // "Which conference room", "在哪个会议厅": a room within the venue, which the city does not answer.
  if (ROOM_ASKED.test(text)) asks.add("where").add("room");
  // "Was the 10th CoSP held in Abu Dhabi?", "第十届会议是在阿布扎比开的吗": a numbered meeting with a
  // city put to the documents and nothing asked asks where it was held (the answer says where).
  // A city in brackets describes the meeting ("IRG6 (Vienna, June 2015) — any attendance
  // figures?"): it is put to no one.
  if (!asks.size && ordinal !== undefined && (bodies.length || genericBody) && namesCity(text.replace(BRACKETED, " "), glossary)) asks.add("where");
  // "Where was the meeting chaired by Saudi Arabia held?", "由沙特主持的那次会议的地点": a chair
  // the question names describes the meeting; it asks who only with words of its own.
  const withoutChair = text.replace(CHAIR_NAMED, " ");
  if (asks.has("who") && withoutChair !== text && !WHO_ASKED.test(withoutChair)) asks.delete("who");
  // "When was the Secretary-General's letter to the Council's President (主席) written": an office
  // the question names says of whom, not who, where it asks another kind of fact.
  if (asks.has("who") && OTHER_FACT_KINDS.some((k) => asks.has(k)) && !WHO_ASKED.test(scope.replace(CHAIR_WORD, " "))) asks.delete("who");
  // "Who chaired the group when UNODC went to its meeting?": a "when" that opens a clause after the
  // question's own question word asks nothing.
  const conjunction = conjunctionWhen(text);
  if (conjunction && !WHEN_ASKED.test(text.slice(0, conjunction.index) + text.slice(conjunction.index + conjunction[0].length))) asks.delete("when");
  // "When is it scheduled", "for which year is it scheduled": the verb asks when, not the agenda
  // ("what is scheduled for the meeting", "on its schedule" still ask the agenda).
  if ((asks.has("when") || asks.has("year")) && asks.has("agenda") && !AGENDA_ASKED.test(scope.replace(SCHEDULED, " "))) asks.delete("agenda");
  if (items.length) asks.add("agenda");
  if (symbols.length) asks.delete("symbol");
  // "2020 progress paper for the prevention WG - what were the workshops meant to …": a document
  // named in a clause of its own, the question asked in another, is what the question is about,
  // not documents asked for.
  if (asks.has("documents") && documentApart(text)) asks.delete("documents");

  const verbs: string[] = [];
  // Verbs match by their stems: the glossary writes "request", the question "requested".
  const stems = ` ${englishWords(scope.replace(/-/g, " ")).map((w) => w.stem).join(" ")} `;
  for (const v of glossary.data.verbs) {
    if (v.en.some((e) => stems.includes(` ${stemKey(e)} `)) || (lang === "zh" && v.zh.some((z) => z.length > 1 && asVerbZh(scope, z)))) verbs.push(v.verb);
  }
  // "请谁…", "who is supposed to …", "由谁负责…": whom something is asked of.
  // "请秘书长……": the party requested stands right after 请.
  if ((/\bask(s|ed)?\b|要求|请.{0,8}(做|什么)|请(?:了)?(?:谁|哪些?|哪个|哪位)/i.test(text) || REQUESTS_PARTY_ZH.test(text) || WHO_IS_TO[lang].test(text)) && !verbs.includes("requests")) verbs.push("requests");
  // The party right after the verb that asks ("ask the Secretary-General to send Member States …")
  // is the one asked, whichever else the question names; else the first the list knows.
  const addressee = partyAfterAskingVerb(text) ?? ADDRESSEES.find(([, re]) => re.test(text.replace(/working group on|工作组第/gi, "")))?.[0];

  // Political declaration paragraphs: "paras 7, 15 and 62", "段落 12、21"
  const paragraphs: string[] = [];
  const pm = text.match(/(?:paras?\.?|paragraphs?|段落?)\s*((?:\d{1,3}\s*(?:,|、|，|and|和|及|-)?\s*)+)/i);
  if (pm && !/resolution|决议/i.test(text.slice(Math.max(0, pm.index! - 20), pm.index!))) {
    for (const n of pm[1].matchAll(/\d{1,3}/g)) paragraphs.push(n[0]);
  }
  // "政治宣言第70段", "第12、21段" (not "第9/2号决议第5段", a paragraph of a resolution)
  const zhParas = text.match(/(?<!号(?:决议|决定)\s*)第\s*(\d{1,3}(?:\s*[、,，和及]\s*\d{1,3})*)\s*段/);
  if (!paragraphs.length && zhParas && !resolutions.length) for (const n of zhParas[1].matchAll(/\d{1,3}/g)) paragraphs.push(n[0]);

  const quotedTitles = [...text.matchAll(/《([^》]{4,})》|“([^”]{4,})”|"([^"]{4,})"/g)].map((m) => m[1] ?? m[2] ?? m[3]);

  const dayWord = lower.match(/\b(first|second|third|fourth|fifth|last|final) day\b|\bday (\d)\b|第([一二三四五\d])天|最后一天/);
  const meetingDay = dayWord ? (/last|final|最后/.test(dayWord[0]) ? -1 : dayWord[2] ? Number(dayWord[2]) : dayWord[3] ? parseChineseNumber(dayWord[3]) : parseEnglishOrdinal(dayWord[1])) : undefined;
  // "Its last day" is a day of the meeting, not yesterday.
  // A date in the words naming the question's source ("per the March 2021 report on …") dates that
  // document, not what is asked.
  const sources = sourcesNamed(text);
  const source = sources.length ? sources.join(" ") : undefined;
  const unsourced = sources.reduce((t, m) => t.replace(m, " ".repeat(m.length)), text);
  const dates = dateRangeOf(dayWord ? unsourced.replace(dayWord[0], " ") : unsourced, lang, opts);
  let monthDay: string | undefined;
  if (!dates) {
    const md = text.match(/(?<!\d\s*年\s*)(\d{1,2})\s*月\s*(\d{1,2})\s*日/) ?? undefined;
    // "6 September", "4 sept", "Sept 6th": the first pair whose word is a month.
    const dayMonth = [...text.matchAll(/\b(\d{1,2})\s+([A-Za-z][a-z]{2,8})\b\.?(?!\s*\d)/g)].find((m) => monthFromName(m[2]));
    const monthDayEn = [...text.matchAll(/\b([A-Za-z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{4})/g)].find((m) => monthFromName(m[1]));
    const en = dayMonth ? { month: dayMonth[2], day: dayMonth[1] } : monthDayEn ? { month: monthDayEn[1], day: monthDayEn[2] } : undefined;
    if (md) monthDay = `${md[1].padStart(2, "0")}-${md[2].padStart(2, "0")}`;
    else if (en) monthDay = `${String(monthFromName(en.month)).padStart(2, "0")}-${en.day.padStart(2, "0")}`;
  }
  if (meetingDay) asks.add("agenda");
  const partOfDay = /morning|上午|早上/i.test(text) ? "morning" : /afternoon|下午/i.test(text) ? "afternoon" : undefined;
  const weekday = meetingWeekday(text);
  // What a meeting discusses, takes up or has scheduled on a day it names is that day's agenda.
  if (DISCUSSED.test(text) && (monthDay !== undefined || weekday !== undefined || partOfDay !== undefined || dates?.precision === "day")) asks.add("agenda");

  return {
    text,
    lang,
    bodies,
    genericBody,
    ordinal,
    meetingWord,
    resumed,
    intersessional,
    items,
    resolutions,
    within,
    symbols,
    dates,
    partOfDay,
    relativeMeeting: NEXT_MEETING.test(text) ? "next" : LAST_MEETING.test(text) ? "last" : undefined,
    monthDay,
    meetingDay,
    weekday,
    asks,
    asked: describing ? main : undefined,
    source,
    verbs,
    addressee,
    paragraphs,
    quotedTitles,
  };
}

/**
 * The items after the first of a list or range of them: "items 4, 5 and 6", "items 4-6",
 * "项目4、5和6", "项目4至6" (a range of at most ten items).
 */
function itemsListed(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ITEM_LIST)) {
    const parts = m[1].split(ITEM_SEPARATOR);
    for (let i = 1; i < parts.length; i += 2) {
      const [from, sep, to] = [parts[i - 1].trim(), parts[i], parts[i + 1].trim()];
      if (RANGE_SEPARATOR.test(sep) && /^\d+$/.test(from) && /^\d+$/.test(to) && +to > +from && +to - +from <= 10) {
        for (let n = +from + 1; n < +to; n++) out.push(String(n));
      }
      out.push(itemKey(to));
    }
  }
  return out;
}
const ITEM = String.raw`\d{1,2}(?:\s*\([a-z]\))?`;
const SEPARATOR = String.raw`\s*(?:,\s*(?:and|or)?|、|，|\band\b|\bor\b|和|及|与|\bto\b|\bthrough\b|-|–|至|到)\s*`;
const ITEM_LIST = new RegExp(String.raw`(?:\bitems|项目|议程项目)\s*(${ITEM}(?:${SEPARATOR}${ITEM})+)`, "gi");
const ITEM_SEPARATOR = new RegExp(`(${SEPARATOR})`, "i");
const RANGE_SEPARATOR = /\bto\b|\bthrough\b|-|–|至|到/i;

/**
 * Agenda items named by their place in the list, not by "item N": "议程第5项", "议程里，第4项",
 * "第五项议程", "第二项是什么议题", "the 5th agenda item", "item no. 5".
 */
function itemsByPlace(text: string): string[] {
  const found: string[] = [];
  for (const re of ITEM_BY_PLACE) {
    for (const m of text.matchAll(re)) {
      const n = parseEnglishOrdinal(m[1]) ?? parseChineseNumber(m[1]);
      if (n && n < 30) found.push(String(n));
    }
  }
  return found;
}
const ITEM_BY_PLACE = [
  /议程(?:项目)?(?:上|中|里)?[，,]?\s*的?第\s*([\d一二三四五六七八九十]{1,3})\s*[项个]/g,
  /第\s*([\d一二三四五六七八九十]{1,3})\s*[项个](?:是(?:啥|什么|哪个)?)?(?:议程|议题|议程项目)/g,
  new RegExp(`\\b(${ORDINAL_PATTERN})\\s+(?:agenda\\s+)?item\\b`, "gi"),
  /\bitem\s+(?:no\.?|number|#)\s*(\d{1,2})\b/gi,
];

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Weekday names, Sunday first, as questions write them ("Wednesday", "Wed", "星期三", "周三", "礼拜三"). */
const WEEKDAY_EN = /\b(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday|s|rs)?\b\.?/i;
const WEEKDAY_ZH = /(?:星期|礼拜|周)([日天一二三四五六])/;
const EN_DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const ZH_DAYS = "日一二三四五六";
/** "next Wednesday", "下周三", "this Friday": relative to today, not a day of the meeting. */
const RELATIVE_WEEK = /\b(?:next|last|this|coming|previous)\s+(?:week\s+)?(?:on\s+)?$|(?:下|上|本|这|这个|下个|上个)(?:周|星期|礼拜)?$/i;

/** The weekday a question names as a day of its meeting, or undefined (none, or relative to today). */
function meetingWeekday(text: string): number | undefined {
  const en = text.match(WEEKDAY_EN);
  const zh = text.match(WEEKDAY_ZH);
  const m = en ?? zh;
  if (!m || RELATIVE_WEEK.test(text.slice(0, m.index))) return undefined;
  return en ? EN_DAYS.indexOf(en[1].toLowerCase()) : ZH_DAYS.indexOf(zh![1] === "天" ? "日" : zh![1]);
}

const RELATIVE_DATE_WORD = /next|last|this|tomorrow|today|yesterday|coming|明天|今天|昨天|后天|下周|本周|这周|上周|下星期|星期|周[一二三四五六日天]|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i;

/** Words that make a weekday relative to today ("next Friday", "下周五", "tomorrow"). */
const RELATIVE_DAY = /next|last|this|coming|tomorrow|today|yesterday|明天|今天|昨天|后天|下|上|本|这/i;

/** The date or range a question is about: explicit dates first, then relative ones via chrono. */
export function dateRangeOf(text: string, lang: Lang, opts: UnderstandOptions): DateRange | undefined {
  const explicit = findDates(text);
  if (explicit.length) {
    const d = explicit[0];
    if (d.month) {
      const [y, m] = d.month.split("-").map(Number);
      return { from: iso(y, m, 1), to: iso(y, m, lastDay(y, m)), precision: "month" };
    }
    return { from: d.start, to: d.end ?? d.start, precision: "day" };
  }
  // "September 2019", "Sept 2022", "June 2023", and as chat writes them, "sept 2024"
  const my = [...text.matchAll(/\b([A-Za-z][a-z]{2,8})\.?\s+(\d{4})\b/g)].find((m) => monthFromName(m[1]));
  if (my) {
    const y = Number(my[2]);
    const m = monthFromName(my[1])!;
    return { from: iso(y, m, 1), to: iso(y, m, lastDay(y, m)), precision: "month" };
  }
  // "2024年9月5日" handled above; "2023年" / "in 2019" -> a year, unless it is part of a range such
  // as "2024-2026" or of a document's symbol ("S/2024/557", "CAC/COSP/2015/1").
  const year = text.match(/(?<![\d/-])(?:in\s+)?((?:19|20)\d{2})\s*(?:年(?!\s*\d{1,2}\s*月)|\b)(?![-–/]\d)/);
  if (year && !/\d{4}\s*[-–]\s*\d{4}/.test(text)) {
    const y = Number(year[1]);
    return { from: iso(y, 1, 1), to: iso(y, 12, 31), precision: "year" };
  }
  // Relative dates: "next Tuesday", "tomorrow", "下周二", "明天" — in the deployment's zone. Only a
  // relative expression counts, so a text without a relative word needs no parsing at all.
  if (!RELATIVE_DATE_WORD.test(text)) return undefined;
  const offset = zoneOffsetMinutes(opts.timeZone, opts.now);
  const ref = { instant: opts.now, timezone: offset };
  const parsed = (lang === "zh" ? chronoZh : chronoEn).parse(text, ref, { forwardDate: false });
  // Only relative expressions: an absolute day without a year ("9月6日") belongs to the meeting asked about.
  // A bare weekday ("on Wednesday", "周三") is a day of the meeting asked about (Question.weekday).
  const namesWeekday = meetingWeekday(text) !== undefined;
  const bareWeekday = (x: (typeof parsed)[number]) => namesWeekday && !RELATIVE_DAY.test(x.text.replace(/上午|下午/g, ""));
  const r = parsed.find((x) => (x.start.isCertain("day") || x.start.isCertain("weekday")) && RELATIVE_DATE_WORD.test(x.text) && !bareWeekday(x));
  if (r) {
    const local = (d: Date) => new Date(d.getTime() + offset * 60_000).toISOString().slice(0, 10);
    const from = local(r.start.date());
    return { from, to: r.end ? local(r.end.date()) : from, precision: "day" };
  }
  return undefined;
}

/**
 * Whether a Chinese question uses a resolution's verb as a verb: "决定" after a measure word, a
 * demonstrative or a number, or an organ's after "的" ("那项大会决定", "第5/3号决定", "12月的大会决定")
 * is a decision, a thing named, not what a resolution "decides". (After "的" alone it stays a
 * verb: "通过的决定", "秘书处的建议" ask what was decided or recommended.) Nor is one whose number is
 * asked ("决定编号").
 */
function asVerbZh(text: string, verb: string): boolean {
  for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) if (!NOUN_BEFORE_ZH.test(text.slice(0, at)) && !NOUN_AFTER_ZH.test(text.slice(at + verb.length))) return true;
  return false;
}
/** What makes the Chinese word before it a noun: its number asked ("决定编号", "决议的编号是多少"). */
const NOUN_AFTER_ZH = new RegExp(`^${NUMBER_ASKED_ZH}`);
/** What makes the Chinese word after it a noun: a measure word, a demonstrative or "号", or "的" and an organ. */
const NOUN_BEFORE_ZH = /(?:(?:[项个份条该这那此号]|这一|那一)\s*(?:大会|安理会|理事会|缔约国会议)?|的\s*(?:大会|安理会|理事会|缔约国会议))$/;

/** A bare "N/M" (no word for resolution) that one of its paragraphs follows: "80/38第2段", "80/24 para 8". */
function bareResolutionNumbers(text: string): string[] {
  return [...text.matchAll(BARE_NUMBER)].filter((m) => PARAGRAPH_FOLLOWS.test(text.slice(m.index! + m[0].length))).map((m) => `${Number(m[1])}/${Number(m[2])}`);
}
const BARE_NUMBER = /(?<![\d/.A-Za-z-])(\d{1,2})\s*\/\s*(\d{1,3})(?![\d/.])/g;
/** What follows a resolution's number when one of its paragraphs is named: "第2段", "para. 4", "执行部分第3段". */
const PARAGRAPH_FOLLOWS = /^\s*(?:号)?\s*(?:的)?\s*(?:(?:执行部分|序言部分)?\s*第\s*\d{1,2}\s*段|,?\s*(?:op\.?\s*|operative\s+)?(?:para(?:graph)?s?\.?)\s*\d)/i;
