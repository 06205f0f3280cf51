/**
 * Resolves the meeting a question is about: body (named, or the thread's), ordinal, kind and dates.
 */
import type { Meeting } from "../knowledge/index.js";
import { hasStemKey, isOrdinal, isStopWordEn, questionConcepts, squashedText, stemKey, stemLine } from "../knowledge/index.js";
import type { AnswerContext } from "./context.js";
import { bodyNames } from "./body-names.js";
import { meetingOfDocument } from "./lookups.js";

export interface MeetingMatch {
  meetings: Meeting[];
  /** The question named a specific meeting (body and ordinal, or an intersessional meeting…). */
  specific: boolean;
  /** The question names a body by a subject no body of the index has ("the working group on the fourth special session"). */
  elsewhere?: boolean;
}

/** Bodies a question's body words stand for ("cosp-intersessional" is the COSP's intersessional meeting). */
export function questionBodies(ctx: AnswerContext): string[] {
  const { q } = ctx;
  const ids = q.bodies.map((b) => (b === "cosp-intersessional" ? "cosp" : b));
  if (ids.length) return [...new Set(ids)];
  if (q.genericBody === "working group") return ["wg-prevention", "wg-asset-recovery"];
  if (q.genericBody === "review group") return ["irg"];
  if (q.genericBody === "conference") return ["cosp"];
  return [];
}

/**
 * Meetings matching the question's references. Several answerers ask it of one question, and
 * it filters every meeting of the corpus: it is worked out once per question (callers do not
 * change the list).
 */
export function findMeetings(ctx: AnswerContext): MeetingMatch {
  const known = matchByQuestion.get(ctx.q);
  if (known?.index === ctx.index) return known.match;
  const match = matchMeetings(ctx);
  matchByQuestion.set(ctx.q, { index: ctx.index, match });
  return match;
}
const matchByQuestion = new WeakMap<object, { index: object; match: MeetingMatch }>();

/**
 * Words for a meeting several bodies hold together: "joint", or "together" after a verb of
 * meeting ("met together", "sat together"); "pulling together background" is no meeting.
 */
export const JOINT = /\bjoint(?:ly)?\b|\b(?:meet(?:s|ing)?|met|held|hold(?:s|ing)?|sit(?:s|ting)?|sat|convene[sd]?)\s+together\b|联席|共同举行/i;

function matchMeetings(ctx: AnswerContext): MeetingMatch {
  const { q, index } = ctx;
  const bodies = questionBodies(ctx);
  if (bodies.length && ofAnotherInstrument(ctx, () => bodies)) return { meetings: [], specific: false, elsewhere: true };
  // One body named (most questions): its meetings by the index's map, not a pass over all of them.
  let ms = bodies.length === 1 ? index.meetings({ body: bodies[0] }) : index.meetings();
  if (bodies.length > 1) {
    // One test for every meeting of the corpus, not a function made for each.
    const named = (b: string) => bodies.includes(b);
    ms = ms.filter((m) => m.bodies.some(named));
  }
  if (q.intersessional || q.bodies.includes("cosp-intersessional")) ms = ms.filter((m) => m.kind === "intersessional");
  if (q.ordinal !== undefined) {
    ms = ms.filter((m) => m.ordinal === q.ordinal);
    const plain = ms.filter((m) => m.kind !== "resumed");
    if (q.resumed) ms = ms.filter((m) => m.kind === "resumed").length ? ms.filter((m) => m.kind === "resumed") : ms;
    else if (bodies.length && plain.length) ms = plain;
    // "第十五次会议" (次: a meeting) never names a session of the COSP or the IRG, whose sessions
    // are 届; the converse does not hold (documents write 届 for the working groups too).
    if (!q.bodies.length && q.meetingWord === "meeting") {
      const meetingsOnly = ms.filter((m) => m.kind === "meeting" || m.kind === "joint");
      if (meetingsOnly.length) ms = meetingsOnly;
    }
    // Generic "working group" with an ordinal: the prevention group unless only another has it.
    if (q.genericBody === "working group" && !q.bodies.length && ms.length > 1) {
      const wg = ms.filter((m) => m.bodies.includes("wg-prevention"));
      if (wg.length) ms = wg;
    }
  }
  // "the joint meeting of the IRG and the working group": a meeting all named bodies held together,
  // of those the ordinal leaves (a joint meeting does not hide the body's own numbered session).
  if (JOINT.test(q.text)) {
    const joint = ms.filter((m) => m.kind === "joint" && bodies.every((b) => m.bodies.includes(b)));
    if (joint.length) ms = joint;
  }
  // "the open-ended working group on the fourth special session": a group named by its subject,
  // which must be the subject of the body meant, not the prevention group's by default.
  if (!q.bodies.length && ms.length && !subjectNamed(ctx, ms)) return { meetings: [], specific: false, elsewhere: true };
  // No body named, several meetings of the ordinal: the ones whose bodies' names hold the most
  // of the question's words ("the 4th session of the organized crime COP").
  if (!bodies.length && q.ordinal !== undefined && ms.length) ms = namedMost(ctx, ms);
  // No body named but an instrument ("东南亚无核武器区条约第二次会议", "the Bangkok Treaty's 2nd meeting"):
  // meetings of bodies none of whose names hold it are another instrument's.
  if (!bodies.length && ms.length && ofAnotherInstrument(ctx, () => [...bodiesOf(ms)])) return { meetings: [], specific: false, elsewhere: true };
  if (q.dates && q.ordinal === undefined) {
    const { from, to } = q.dates;
    ms = ms.filter((m) => {
      const s = m.start ?? (m.month ? `${m.month}-01` : undefined);
      const e = m.end ?? (m.month ? `${m.month}-31` : s);
      return !!s && !!e && s <= to && e >= from;
    });
  }
  ms = heldWhereNamed(ctx, ms);
  ms = preparedForNamed(ctx, ms);
  const specific = (bodies.length > 0 && q.ordinal !== undefined) || (ms.length === 1 && ms[0].kind === "joint" && !q.dates) || q.intersessional || q.bodies.some((b) => !["cosp", "irg", "wg-prevention", "wg-asset-recovery", "eg-cooperation"].includes(b));
  return { meetings: ms, specific };
}

/**
 * Of several meetings, the ones a document the question names by its symbol was prepared for
 * ("item 4 of CAC/COSP/2015/1": the session that agenda is for); all of them when it names none.
 */
function preparedForNamed(ctx: AnswerContext, ms: Meeting[]): Meeting[] {
  if (ms.length < 2 || !ctx.q.symbols.length) return ms;
  const docs = ctx.q.symbols.map((s) => ctx.index.symbol(s)?.docId).filter((id): id is string => !!id);
  const forDocs = new Set(docs.map((id) => meetingOfDocument(ctx.index, id)));
  const kept = ms.filter((m) => forDocs.has(m));
  return kept.length ? kept : ms;
}

/**
 * Of several meetings, those held in the city the question names ("the St. Petersburg session",
 * "圣彼得堡那届"), when the documents place some of them there; all of them when they place none.
 */
function heldWhereNamed(ctx: AnswerContext, ms: Meeting[]): Meeting[] {
  if (ms.length < 2) return ms;
  const text = saintSpelled(ctx.q.text);
  const lower = text.toLowerCase();
  const { venues, cities } = ctx.glossary.data;
  const named = [...venues, ...cities].filter((p) => text.includes(p.zh) || wordIn(lower, saintSpelled(p.en).toLowerCase()));
  if (!named.length) return ms;
  const held = ms.filter((m) => m.venue && named.some((p) => m.venue!.includes(p.zh) || saintSpelled(m.venue!).toLowerCase().includes(saintSpelled(p.en).toLowerCase())));
  return held.length ? held : ms;
}
/** "St. Petersburg" and "Saint Petersburg" written alike. */
const saintSpelled = (t: string) => t.replace(/\bSt\.?\s+(?=[A-Z])/g, "Saint ");
/** Whether `words` stand in `text` as whole words. */
function wordIn(text: string, words: string): boolean {
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
    if (!/\w/.test(text[i - 1] ?? "") && !/\w/.test(text[i + words.length] ?? "")) return true;
  }
  return false;
}

/** The meetings whose bodies' names (both languages) hold the most of the question's words, when any holds one. */
function namedMost(ctx: AnswerContext, ms: Meeting[]): Meeting[] {
  // A kind of meeting none of their bodies' names hold ("the tenth Biennial Meeting of States"): none of these.
  if (!kindNamed(ctx, ms)) return [];
  // Words for a meeting as such ("次会议", "session") name no body: every body's meetings are meetings.
  const concepts = questionConcepts(ctx.q.text, ctx.q.lang, ctx.glossary).filter((c) => c.source !== "number" && !MEETING_AS_SUCH.test(c.label));
  // Meetings of the same bodies have the same names: read once per set of bodies, not per meeting.
  const byBodies = new Map<string, { names: ReturnType<typeof namesText>; n: number }>();
  const scored = ms.map((m) => {
    const key = m.bodies.join("\u0000");
    let named = byBodies.get(key);
    if (!named) {
      const names = namesText(m.bodies.map((b) => bodyNames(ctx.glossary, b)).join(" "));
      byBodies.set(key, (named = { names, n: concepts.filter((c) => heldBy(c, names)).length }));
    }
    return { m, names: named.names, n: named.n };
  });
  // An instrument named that none of those bodies' names hold ("the sixth review conference of
  // the chemical weapons convention"): its own meetings are meant, and these are not they.
  const instruments = concepts.filter((c) => namesAnyInstrument(ctx.q.text, c));
  const ofInstrument = scored.filter((x) => instruments.every((c) => heldBy(c, x.names)));
  if (!ofInstrument.length) return [];
  const best = Math.max(...ofInstrument.map((x) => x.n));
  if (best > 0) return ofInstrument.filter((x) => x.n === best).map((x) => x.m);
  // An organ the glossary does not know ("原子辐射影响科学委员会第六十二届会议"), or one named by an
  // acronym none of their names hold ("UNSCEAR's sixty-second session"): none of these.
  return ORGAN_WORD.test(ctx.q.text) || concepts.some((c) => ACRONYM.test(c.label)) ? [] : ms;
}

/** Whether the words that say what kind of meeting is asked ("Biennial"), if any, stand in the names of some of the meetings' bodies. */
function kindNamed(ctx: AnswerContext, ms: Meeting[]): boolean {
  const zh = ctx.q.lang === "zh";
  // (In English also what a meeting is devoted to, after its word: "the fourth special session devoted to disarmament".)
  const kind = zh ? meetingKindWordsZh(ctx.q.text) : [meetingKindWords(ctx.q.text), ctx.q.text.match(DEVOTED_TO)?.[1]].filter(Boolean).join(" ");
  const concepts = kind ? questionConcepts(kind, ctx.q.lang, ctx.glossary).filter((c) => c.source !== "number" && !(zh ? NOT_SUBJECT_ZH : NOT_SUBJECT).test(c.label)) : [];
  return !concepts.length || [...bodiesOf(ms)].some((b) => concepts.every((c) => heldBy(c, namesText(bodyNames(ctx.glossary, b)))));
}
/** What a meeting is devoted to as the question writes it after the meeting's word ("devoted to disarmament"), if it does. */
export const meetingDevotedTo = (text: string): string | undefined => text.match(DEVOTED_TO)?.[0].replace(/^\S+\s+/, "");
/** What a meeting is devoted to, after its word: "session devoted to disarmament", "meeting on asset recovery". */
const DEVOTED_TO = /\b(?:session|meeting|summit)s?\s+(?:devoted to|dedicated to|on)\s+(?:the\s+)?(.+?)(?=[?,;.]|\s+(?:to|be|is|was|were|will|held|hold|take|took|open|opens|start|starts|when|where|and|in|at)\b|$)/i;
type QuestionConcept = ReturnType<typeof questionConcepts>[number];
/** Whether a question's concept names an instrument, by its words or as an acronym the glossary spells out as one. */
const namesAnyInstrument = (question: string, c: QuestionConcept) => namesInstrument(question, c.label, c.source === "unknown") || spellsOutInstrument(c.label, c.source, c.en.map((e) => e.term)) || afterItsName(question, c.label);
/**
 * The Chinese word for an instrument written after the words that name it ("非洲无核区条约"), not
 * after a demonstrative ("该条约") nor alone: some instrument is named, though not by one term.
 */
function afterItsName(question: string, label: string): boolean {
  if (!BARE_INSTRUMENT.test(label) || !/\p{Script=Han}/u.test(label)) return false;
  const at = question.indexOf(label);
  return at > 0 && /\p{Script=Han}/u.test(question[at - 1]) && !DEMONSTRATIVE_ZH.test(question[at - 1]);
}

/**
 * Whether the question names an instrument that none of the bodies it names (nor the bodies they
 * belong to) is of: "the ATT's tenth conference of states parties" names the Conference by its
 * common name, and the Arms Trade Treaty's is meant, not this one's.
 */
function ofAnotherInstrument(ctx: AnswerContext, bodiesOfQuestion: () => readonly string[]): boolean {
  const instruments = questionConcepts(ctx.q.text, ctx.q.lang, ctx.glossary).filter((c) => c.source !== "number" && namesAnyInstrument(ctx.q.text, c));
  if (!instruments.length) return false;
  // The bodies are gathered only now: with no body named they are those of every meeting of the
  // corpus, and most questions name no instrument.
  const bodies = bodiesOfQuestion();
  const names = namesText(bodies.flatMap((b) => lineage(ctx, b)).map((b) => bodyNames(ctx.glossary, b)).join(" "));
  return instruments.some((c) => !heldBy(c, names));
}
/**
 * The bodies of some meetings, each once, in the order they first appear (as a set of their
 * `flatMap` would hold them, without an array of the bodies of thousands of meetings).
 */
function bodiesOf(ms: readonly Meeting[]): Set<string> {
  const out = new Set<string>();
  for (const m of ms) for (const b of m.bodies) out.add(b);
  return out;
}
/** A body and the bodies above it ("wg-prevention", "cosp"). */
function lineage(ctx: AnswerContext, id: string): string[] {
  const out: string[] = [];
  for (let b: string | undefined = id; b && !out.includes(b); b = ctx.glossary.body(b)?.parent) out.push(b);
  return out;
}
const MEETING_AS_SUCH = /^(?:第?[次届]?会议|届会|meetings?|sessions?)$/i;

/** "working group on X", "the group for X": the subject a generic body word is qualified by after it. */
const QUALIFIED = /\b(?:group|committee|conference|meeting|body)(?:\s*\([^)]*\))?\s+(?:on|for)\s+(?:the\s+)?(.+?)(?=[?,;.]|\s+(?:meet|met|held|hold|take|took|open|start|when|where|and)\b|$)/i;
/** A generic body word, with the words that may lead it ("open-ended working group"). */
const GENERIC_BODY = /\b(?:open-ended\s+)?(?:intergovernmental\s+)?(?:working\s+group|group|committee|conference)\b/i;
/** A word for a meeting, which the words between its ordinal and it may qualify ("the tenth Biennial Meeting"). */
const MEETING_NOUN = /\b(?:meeting|summit)\b/i;
/** Words that end the words qualifying a body word before it ("where did *the* X working group meet"). */
const BEFORE_SUBJECT = /^(?:the|a|an|its|their|this|that|did|does|do|is|was|were|are|has|have|had|which|what|where|when|who|how|and|or|by|at|in|to|for|from|with|of)$/i;

/**
 * The Chinese words after a meeting's ordinal that say what kind of meeting it is ("第四届审议大会":
 * 审议大会, a Review Conference; "第十届缔约国会议": 缔约国会议), up to the word for the meeting.
 */
export function meetingKindWordsZh(text: string): string | undefined {
  return text.match(KIND_AFTER_ORDINAL_ZH)?.[1];
}
// (With the words that qualify it: "第四届专门讨论裁军问题的特别会议", a special session devoted to disarmament.)
const KIND_AFTER_ORDINAL_ZH = /第[零〇一二两三四五六七八九十百\d]+\s*[次届]\s*([^在将于是何什哪举召开定安计，。？?、\s\d][^在将于是何什哪举召开定安计，。？?、\s\d]{0,12}?(?:会议|大会|峰会)|会议|大会|峰会)/;

/**
 * The words that say what kind of meeting a numbered meeting is ("the tenth Biennial Meeting of
 * States": "Biennial"), written between its ordinal and the word for it.
 */
export function meetingKindWords(text: string): string | undefined {
  return subjectBefore(text, MEETING_NOUN);
}

/** "the X working group": the words qualifying a generic body word (or `noun`) before it. */
function subjectBefore(text: string, noun = GENERIC_BODY): string | undefined {
  const m = noun.exec(text);
  if (!m) return undefined;
  // A meeting's words stand between its ordinal and the word ("the tenth Biennial Meeting"); what
  // comes before the ordinal names its body ("WG prev 15th meeting").
  const meeting = noun === MEETING_NOUN;
  const kept: string[] = [];
  for (const w of text.slice(0, m.index).split(/\s+/).filter(Boolean).reverse()) {
    if (BEFORE_SUBJECT.test(w) || /[?,;:.]$/.test(w) || (meeting && (isOrdinal(w) || /^\d/.test(w)))) break;
    kept.unshift(w);
  }
  return kept.join(" ") || undefined;
}

/**
 * Whether the subject a generic body word is qualified by ("the working group on X", "the X
 * working group"), if any, stands in the names of some of the meetings' bodies.
 */
function subjectNamed(ctx: AnswerContext, ms: Meeting[]): boolean {
  const zh = ctx.q.lang === "zh";
  const subject = zh ? subjectBeforeZh(ctx.q.text) : [QUALIFIED.exec(ctx.q.text)?.[1], subjectBefore(ctx.q.text)].filter(Boolean).join(" ");
  if (!subject) return true;
  const concepts = questionConcepts(subject, zh ? "zh" : "en", ctx.glossary).filter((c) => c.source !== "number" && !NOT_SUBJECT.test(c.label) && !NOT_SUBJECT_ZH.test(c.label));
  if (!concepts.length) return true;
  return [...bodiesOf(ms)].some((b) => {
    const names = namesText(bodyNames(ctx.glossary, b));
    return concepts.every((c) => heldBy(c, names));
  });
}
/**
 * "2019年那次外空安全会议": the words before a Chinese word for a meeting, after a date, an
 * ordinal or "那次" ("外空安全").
 */
function subjectBeforeZh(text: string): string | undefined {
  const m = text.match(/([\u4e00-\u9fff]{2,16}?)(?:会议|大会)/);
  const words = m?.[1].replace(/^.*(?:年|月|日|的|那次|这次|那届|这届|次|届)/, "");
  return words && words.length >= 2 ? words : undefined;
}
const NOT_SUBJECT_ZH = /^(?:会议|届会|会|次|届|期间|闭会|最近|上次|下次|下一次|上一次|首次|特别|联席|全体|年度|例行)$/;
/** Words beside a body word that say which of its meetings, not which body. */
const NOT_SUBJECT = /^(?:meetings?|sessions?|next|last|first|previous|upcoming|latest|recent|coming|current|intersessional|joint|resumed|ordinary|regular|annual|own|new|plenary|opening|closing|high-level|informal|formal|special|in-person|virtual|hybrid|online)$/i;

/** A text of names as concepts are looked for in it: squashed (Chinese) and as a line of stems (English). */
const namesText = (names: string) => ({ zh: squashedText(names), en: stemLine(names) });

/** Whether a text of names holds a concept, in either language. */
function heldBy(c: QuestionConcept, names: ReturnType<typeof namesText>): boolean {
  // A dictionary sense that is a function word ("under" for 下面) names nothing.
  return c.zh.some((z) => names.zh.includes(squashedText(z.term))) || c.en.some((e) => !isStopWordEn(e.term) && hasStemKey(names.en, e.term));
}
/**
 * Whether a concept of a question names an instrument: its label holds words before "convention",
 * "treaty", "protocol" (公约, 条约, 议定书), or it stands right before one in the question ("the
 * Ottawa treaty", "the cluster munitions convention"). An unknown Chinese word is mostly one
 * without a translation, not a name.
 */
export function namesInstrument(question: string, label: string, unknown: boolean): boolean {
  if (!unknown && NAMED_INSTRUMENT.test(label)) return true;
  // A name followed by the word for an instrument ("the cluster munitions convention", "Pelindaba treaty").
  const t = question.toLowerCase();
  const at = t.indexOf(label.toLowerCase());
  return !/\p{Script=Han}/u.test(label) && at >= 0 && INSTRUMENT_AFTER.test(t.slice(at + label.length));
}
const DEMONSTRATIVE_ZH = /[该这此本其那]/;
// ("The Convention on Cluster Munitions", "the Protocol against the Smuggling of Migrants": named after the word.)
// (Not the Treaty Series, "联合国条约集/汇编", nor treaty bodies, "条约机构", in either language.)
const NAMED_INSTRUMENT = /\S\s*(?:公约|条约|议定书)(?!汇编|集|机构)|\w\s+(?:convention|treaty|protocol)\b(?!\s+(?:series|bod(?:y|ies))\b)|\b(?:convention|treaty|protocol)\s+(?:on|against|for|of|to)\s+(?:the\s+)?[a-z]/i;
/** Whether a text names an instrument ("the Bangkok Treaty", "《禁止化学武器公约》"). */
export const namesAnInstrument = (text: string) => NAMED_INSTRUMENT.test(text);
const INSTRUMENT_AFTER = /^\s*(?:convention|treaty|protocol)\b/;
/** The stems of the words for an instrument, and those words alone (with "the"), which name none. */
const INSTRUMENT_KEYS = new Set(["convention", "treaty", "protocol"].map((w) => stemKey(w)));
export const BARE_INSTRUMENT_KEYS = new Set([...INSTRUMENT_KEYS].flatMap((k) => [k, `${stemKey("the")} ${k}`]));
/** Whether a stem key holds a word for an instrument ("convent on cluster munit"). */
export const holdsInstrumentWord = (key: string) => key.split(" ").some((w) => INSTRUMENT_KEYS.has(w));
/** The bare word for an instrument, as a passage or a question's variants may write it. */
export const BARE_INSTRUMENT = /^(?:(?:the\s+)?(?:convention|treaty|protocol)|《?(?:公约|条约|议定书)》?)$/i;
/**
 * Whether a glossary acronym is spelled out as a named instrument ("ATT": "Arms Trade Treaty",
 * "UNCAC": "UN Convention against Corruption"), by its label, where it comes from and the stem
 * keys of its English forms.
 */
export function spellsOutInstrument(label: string, source: string, en: string[]): boolean {
  return source === "terminology" && /^[A-Z]{3,}$/.test(label) && en.some((k) => !BARE_INSTRUMENT_KEYS.has(k) && k.split(" ").some((w) => INSTRUMENT_KEYS.has(w)));
}
const ACRONYM = /^[A-Z][A-Z0-9]{2,}$/;
/** Words that name an organ: a question with one names its body, known or not. */
const ORGAN_WORD = /委员会|理事会|专家组|工作组|\b(?:committee|commission|council|board|panel)\b/i;
