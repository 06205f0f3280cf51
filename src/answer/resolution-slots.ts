/**
 * What a question asks of a resolution: its number and title, symbol, the documents it cites, the
 * committee on whose report it was adopted, who put it forward,
 * adoption date, plenary meeting, agenda item, the session whose provisional agenda it puts an
 * item on, or what it asks of whom. Each language has its own cue list; a question may ask several at once.
 */
import type { Lang } from "../core/types.js";
import type { Question } from "./understand.js";

export type ResolutionSlot = "number" | "title" | "symbol" | "cited" | "committee" | "adopted" | "issued" | "plenary" | "agendaItem" | "futureAgenda" | "statements" | "sponsors";

type Cues = Partial<Record<ResolutionSlot, RegExp>>;

/** What, after 决定, makes it a decision whose number is asked ("决定编号", "决定的编号"), not "decides". */
export const NUMBER_ASKED_ZH = "的?(?:编号|号码)";

/** Who is to do something under it ("who's expected to keep consulting", "谁应当提交"): what it asks of whom. */
export const WHO_IS_TO: Record<Lang, RegExp> = {
  // Who does what a resolution tasks someone with ("who reports to the GA on it", "谁来提交报告").
  en: /\bwho(?:'s|'re| is| are)? (?:supposed|expected|required|meant|asked|invited|called upon|tasked|mandated) to\b|\bwho (?:should|must|shall|(?:has|have|needs?|is) to)\b|\bwho (?:will |would )?(?:reports?|submits?|prepares?|presents?|briefs?)\b/i,
  // (Who submitted or drafted the draft itself put it forward: "谁提交了…草案", "草案是谁提交的" ask its sponsors.)
  // (Nor does "由谁担任主席", who holds an office.)
  zh: /谁(?:应当|应该|应|需要|必须|负责)|(?<!草案[^，。？?]{0,8})(?:谁来?(?:报告|提交|编写|汇报|起草)|由谁(?!担任|主持|出任|当选))(?![^，。？?]{0,16}草案)/,
};
/**
 * Whether `slots` ask of a resolution named by number only what it says, in general: no verb, no
 * addressee, no one it calls on to act. Its statements as a whole answer (answerResolution).
 */
export function asksOnlyItsStatements(slots: ResolutionSlot[], q: Pick<Question, "text" | "lang" | "verbs" | "addressee">): boolean {
  return slots.length === 1 && slots[0] === "statements" && !q.verbs.length && !q.addressee && !WHO_IS_TO[q.lang].test(q.text);
}

/** A draft, in either language. */
const DRAFT: Record<Lang, RegExp> = { en: /\bdraft\b/i, zh: /草案/ };

const EN: Cues = {
  number: /\b(?:which|what)\s+(?:resolution|decision)\b|\b(?:resolution|decision)\s+(?:number|no\.?)\b|\bnumber\b/i,
  // ("Called" or "entitled" before the name itself describes the resolution by its title: "the
  // resolution called the Marrakech declaration".)
  // (Case-sensitive for that capital: "Title", "TITLE", "Name of" are spelled out.)
  title: /\b(?:[Tt]itle|TITLE|[Nn]ame of|NAME OF)\b|\b(?:[Cc]alled|[Ee]ntitled|CALLED|ENTITLED)\b(?!\s+(?:the\s+)?["“‘'《A-Z])/,
  symbol: /\bsymbol\b|\bdocument (?:number|code)\b/i,
  // A document it cites: "which report does it take note of — symbol?", "which doc".
  // So is the symbol of something else it names ("the symbol of the indicative timetable").
  // So are recommendations or guidelines it welcomes ("in which document symbol are they published").
  cited: /\b(?:report|note|letter|study|agenda|declaration|program(?:me)?|plan|recommendations?|guidelines|principles|conclusions|(?:final|outcome) document)\b.*\b(?:symbol|which doc(?:ument)?|document (?:number|code))\b|\b(?:symbol|which doc(?:ument)?)\b.*\b(?:report|note|letter|study|agenda|declaration|program(?:me)?|plan|recommendations?|guidelines|principles|conclusions|(?:final|outcome) document|published|issued|contained|reproduced)\b|\bsymbol (?:of|for) (?:the |its |that |this )?(?!(?:resolution|res|decision|it|text)\b)[a-z]/is,
  // The Main Committee on whose report it was adopted, named or asked: "on which First Committee
  // report" (a report of another committee, "the Committee on Contributions", is a cited document).
  // So is the symbol of its draft, which that line gives ("without reference to a Main Committee (A/80/L.6)").
  committee: /\b(?:which|what) (?:main )?committee\b|\bmain committee\b|\bwhose report\b|\b(?:first|second|third|fourth|fifth|sixth|main) committee(?:'s)? report\b|\breport of (?:the )?(?:which|what|first|second|third|fourth|fifth|sixth|main) committee\b|\bdraft(?:'s)? (?:resolution )?(?:symbol|number|document)\b|\b(?:symbol|number) (?:of|for) (?:the |its |that )?draft\b/i,
  adopted: /\badopt(?:ed|ion|s)?\b|\bpass(?:ed)?\b|\bapproved?\b/i,
  // When its document was issued: the date on its cover ("Distr.: General 5 December 2025"), not its adoption.
  issued: /\b(?:issued|distributed|circulated|published|date of issue|issue date|distribution date|date of distribution)\b/i,
  plenary: /\bplenary\b/i,
  agendaItem: /\bagenda (?:sub-?)?items?\b|\b(?:which|what) (?:sub-?)?item\b/i,
  // A future session's agenda: "provisional agenda", "back on the agenda", or taking up,
  // considering or an agenda together with "next", "again" or "back", in either order
  // ("when does the Assembly take up the item next", "next considered").
  futureAgenda: /\bprovisional agenda\b|\bcomes? back\b|\breturns?\b|\bback on\b|(?:(?<=\b(?:next|again|back)\b[^?]*)|(?=[^?]*\b(?:next|again|back)\b))\b(?:(?:take[sn]?|taking)\b(?=[^?]{0,40}\bup\b)|consider(?:s|ed|ation)?\b|discuss(?:es|ed)?\b|debate[sd]?\b|agenda\b)|(?<!\b(?:went|was|were|did|had|got)\b[^?]*)\b(?:which|what) (?:future |GA |general assembly |assembly )?session\b/i,
  // What it asks, or of whom: its verbs, or who is to do something ("who's supposed to report").
  statements: new RegExp(`\\b(?:says?|asks?|asked|requests?|requested|urges?|urged|calls? (?:up)?on|invites?|decides?|decided|wants?|requires?)\\b|${WHO_IS_TO.en.source}`, "i"),
  // "Sponsorship" of a draft, not of a programme ("the Treaty sponsorship programme").
  sponsors: /\bsponsor(?:s|ed)?\b(?!\s+(?:programmes?|programs?|funds?|schemes?|mechanisms?)\b)|\bsponsorship\s+of\b|\bco-?sponsor|\b(?:who|which\s+(?:states?|countr(?:y|ies)|delegations?|member states|governments?|groups?))\b[^?]{0,60}\b(?:submitted|introduced|tabled|put forward|proposed|drafted)\b/i,
};

const ZH: Cues = {
  number: /第几号|几号|编号|哪(?:个|一|份|项)号|什么号|哪(?:个|一|份|项|一项|一份|一个)?决议|什么决议/,
  title: /标题|题目|题为|名称|叫什么/,
  symbol: /文号|文件号|文件编号/,
  cited: /(?:报告|说明|信|研究|议程|宣言|方案|计划|建议|准则|原则|结论|最后文件|成果文件).*(?:文号|文件号|哪份文件)|(?:文号|哪份文件).*(?:报告|说明|信|研究|议程|宣言|方案|计划|建议|准则|原则|结论|最后文件|成果文件)|(?<!决议|决定|它|其)的(?:文号|文件号)/s,
  committee: /哪(?:个|一)?(?:主要)?委员会|什么委员会|主要委员会|第[一二三四五六]委员会的?(?:哪份|哪一份|什么)?报告|(?:根据|依据)[^，。？?]{0,4}委员会的?(?:哪份|哪一份|什么)?报告|草案的?(?:文号|编号|文件号|号码)/,
  adopted: /通过/,
  issued: /印发|分发|发布|签发/,
  plenary: /全体会议|全会/,
  agendaItem: /议程项目|哪(?:一[个项]?|[个项])(?:项目|议程)|项目编号|第几项(?:议程)?|几号议程|议程第几/,
  futureAgenda: /临时议程|(?:下次|下一次)(?=[^，。？?]{0,15}(?:审议|讨论|议程|列入|审查))|(?<=(?:审议|讨论|议程|列入|审查)[^，。？?]{0,15})(?:下次|下一次)|再次列入|列入|哪一?届|再(?:次)?(?:审议|讨论|审查|议)|(?:以后|今后|将来)[^，。？?]{0,12}(?:审议|讨论|议程)/,
  statements: new RegExp(`要求|请|呼吁|敦促|促请|决定(?!${NUMBER_ASKED_ZH})|邀请|鼓励|${WHO_IS_TO.zh.source}`),
  // Who submits a report is asked what the resolution tasks them with, not who put it forward.
  // ("草案…哪…" asks who put the draft forward, not which document or paragraph it recalls: "草案回顾了哪些主席声明".)
  sponsors: /提案国|共同提案|(?:谁|哪(?:个|些|一)?(?:国家?|代表团|缔约国|成员国|集团))[^，。？?]{0,12}(?:提交|提出|起草|发起)(?![^，。？?]{0,16}(?:报告|资料|信息|材料|意见))|由(?:谁|哪)[^，。？?]{0,10}(?:提交|提出)(?![^，。？?]{0,16}(?:报告|资料|信息|材料|意见))|草案[^，。？?]{0,6}(?:谁|哪(?!一?(?:天|年|月|日|里|儿))(?![^，。？?]{0,30}(?:声明|决议|决定|文件|报告|段|条)))/,
};

/** A document other than the resolution: a report, a note, a letter, a study. */
// (A letter is "信函", "来信", "的信", not the 信 of 信息 or 信任.)
const OTHER_DOCUMENT = { en: /\b(?:reports?|notes?|letters?|stud(?:y|ies)|publications?|declarations?)\b/i, zh: /报告|说明|信函|来信|[的封]信(?![息任心用托])|研究|出版物|宣言/ };

/**
 * Whether a question asks which resolution or decision ("set up by which decision", "根据哪项决议"):
 * of a resolution it names by number, another one, which that resolution's text cites.
 */
export function asksWhichInstrument(text: string, lang: Lang): boolean {
  return WHICH_INSTRUMENT[lang].test(text);
}
/**
 * Whether the question asks which instrument recalls or cites the one it names ("which decision of
 * the Conference recalls resolution 6/1", "在哪项决定中回顾了第6/1号决议"): the one named is what
 * another's text mentions, not what is asked about.
 */
export function asksWhatRecallsNamed(text: string, lang: Lang): boolean {
  return asksWhichInstrument(text, lang) && RECALLS_NAMED[lang].test(text);
}
const RECALLS_NAMED: Record<Lang, RegExp> = {
  en: /\b(?:recall(?:s|ed|ing)?|cit(?:es|ed|ing)|mention(?:s|ed|ing)?|refer(?:s|red|ring)? to|invok(?:es|ed|ing))\s+(?:its\s+|the\s+)?(?:resolution|decision)s?\s+\d/i,
  zh: /(?:回顾|提及|提到|援引|引用)(?:了|过)?(?:其)?(?:第\s*)?\d{1,3}\s*\/\s*\d{1,3}\s*号?(?:决议|决定)/,
};

/** Whether "which resolution" or "which decision" is asked ("哪个决定": a decision). */
export function instrumentAsked(text: string, lang: Lang): "resolution" | "decision" {
  const m = text.match(WHICH_INSTRUMENT[lang]);
  return m && /decision|决定/i.test(m[0]) ? "decision" : "resolution";
}
const WHICH_INSTRUMENT: Record<Lang, RegExp> = {
  en: /\b(?:which|what)\s+(?:(?:earlier|previous|prior|other|GA|general assembly|council|CoSP|COP|conference|commission|ECOSOC|CCPCJ)(?:['’]s)?\s+)?(?:resolutions?|decisions?)\b/i,
  zh: /哪(?:个|一|份|项|一项|一份|一个|些)?(?:决议|决定)|什么决议/,
};

/** Words for an agenda ("include in the provisional agenda", "列入议程"). */
const AGENDA_WORD: Record<Lang, RegExp> = { en: /\bagenda\b/i, zh: /议程|列入/ };

/**
 * 决定 as "a decision": after a measure word or demonstrative, before its number or a word of its
 * text ("哪项决定", "第1/1号决定", "决定草案"), or opening the question; before a verb it is
 * "decide(s) to" ("哪一天决定建立").
 */
export const DECISION_ZH = /(?<=[项个号该此这那的份些])决定|决定(?=\s*(?:第?\s*\d|草案|中|里|的|是|说|原文|全文|内容|[？?。，,]|$))|^决定/;
/** The number of a resolution asked for in so many words: "what number is the resolution called …", "the resolution's number". */
export const NUMBER_OF_RESOLUTION_EN = /\b(?:what|which)(?: is| was|'s)?(?: the)? (?:number|no\.?)\b[^?]{0,20}\b(?:resolution|decision)\b|\b(?:resolution|decision)(?:'s)? number\b|\bnumber of (?:the|that|this) (?:resolution|decision)\b/i;
/** A resolution, in either language (not a decision). */
export const RESOLUTION_WORD = /\b(?:resolutions?|res)\b|决议/i;
/** Words of a question that speak of resolutions at all. */
export const SPEAKS_OF: Record<Lang, RegExp> = { en: /\bresolutions?\b|\bres\b|\bdecisions?\b/i, zh: new RegExp(`决议|${DECISION_ZH.source}`) };

/**
 * Whether a question speaks of a resolution besides those it names by number, one it tells apart
 * by its place among others: "per 80/50, on what date did the GA adopt its very first resolution",
 * "第80/50号决议提到的大会第一项决议".
 */
export function speaksOfAnother(text: string, lang: Lang): boolean {
  return ANOTHER[lang].test(text);
}
const ANOTHER: Record<Lang, RegExp> = {
  en: /\b(?:first|second|third|earliest|earlier|previous|prior|preceding|another|other|original)\b(?:\s+[\w-]+){0,2}\s+(?:resolutions?|res|decisions?)\b/i,
  zh: /(?:第一|首|另一|其他|之前|此前|先前|以前|上一)[项个份]?[^，。？?]{0,6}(?:决议|决定)/,
};

/** Words for meetings and documents in general: they do not tell one resolution from another. */
const GENERIC: Record<Lang, RegExp> = {
  en: /\b(?:sessions?|meetings?|agenda|items?|sub-items?|paragraphs?|documents?|texts?|assembly|GA|UN|united nations)\b/i,
  zh: /届会议|会议|届|议程|项目|段|文件|联大|大会|联合国/,
};

/**
 * The question without its asking words (the slot cues, "resolution", words for meetings and
 * documents): what is left describes the resolution's subject.
 */
export function withoutCues(text: string, lang: Lang): string {
  const cues = lang === "zh" ? ZH : EN;
  let t = text;
  for (const re of [...Object.values(cues), SPEAKS_OF[lang], GENERIC[lang]]) t = t.replace(new RegExp(re.source, `${re.flags}g`), " ");
  return t;
}

/** An aside in brackets of a few words: "(Feb 2019 draft, lots of co-sponsors)", "（加沙那份，很多提案国）", not "(2014)" or "(OEWG)". */
const ASIDE_IN_BRACKETS = /[(（](?=[^()（）]*[^\d\s/.()（）])[^()（）]*(?:\s|[，,])[^()（）]*[)）]|[(（][^()（）\x00-\x7f]{6,}[)）]/g;
/** A question without its asides in brackets. */
export const withoutAsides = (text: string): string => text.replace(ASIDE_IN_BRACKETS, " ");
/** A question's asides in brackets, joined. */
export const asidesOf = (text: string): string => (text.match(ASIDE_IN_BRACKETS) ?? []).join(" ");

/** The slots a question asks about, in the order an answer gives them. */
export function resolutionSlots(text: string, lang: Lang, hasVerbs: boolean): ResolutionSlot[] {
  const cues = lang === "zh" ? ZH : EN;
  const asked = new Set<ResolutionSlot>();
  // An aside in brackets describes the draft or resolution ("(Feb 2019 draft, lots of
  // co-sponsors) — what's the subject?"): what it names is not what is asked.
  const bare = withoutAsides(text);
  for (const [slot, re] of Object.entries(cues) as [ResolutionSlot, RegExp][]) if (re.test(bare)) asked.add(slot);
  // Who put a resolution forward is not something it asks: a verb of the question ("submitted") is then theirs.
  if (hasVerbs && !asked.has("sponsors")) asked.add("statements");
  // An item put on a future session's agenda is not the item the resolution was adopted under,
  // and "列入…议程" is a future agenda, not a request to someone.
  // "Report to which session" asks what someone is to do: a bare "which session" is a future
  // agenda only when nothing is asked of anyone.
  if (asked.has("futureAgenda") && asked.has("statements") && !AGENDA_WORD[lang].test(text)) asked.delete("futureAgenda");
  if (asked.has("futureAgenda")) {
    asked.delete("agendaItem");
    asked.delete("statements");
  }
  // The symbol asked is the cited document's, not the resolution's own.
  if (asked.has("cited")) asked.delete("symbol");
  // So is the date of issue of a report or letter it mentions ("80/34号决议提到的…报告是哪天发布的").
  if (asked.has("issued") && OTHER_DOCUMENT[lang].test(text)) asked.delete("issued");
  // "Adopted on the report of which committee": the committee, not the date; the report asked
  // for is the committee's, named in the same line, not one its paragraphs cite.
  if (asked.has("committee")) {
    asked.delete("number");
    asked.delete("cited");
    // Its draft's symbol is asked, not its own.
    if (DRAFT[lang].test(text)) asked.delete("symbol");
  }
  // A plenary meeting that adopted it is asked by "adopted" as well.
  const order: ResolutionSlot[] = ["number", "title", "symbol", "cited", "committee", "sponsors", "adopted", "issued", "plenary", "agendaItem", "futureAgenda", "statements"];
  return order.filter((s) => asked.has(s));
}
