/**
 * Resolutions and decisions: title, what the Conference decides, requests, encourages… in them
 * (filtered by the verb, addressee or operative paragraph asked about), and "which resolution
 * did X" found through the passages that mention resolutions.
 */
import { ordinalWord, findResolutionMentions, footnotesOf, formatDate, plainText, toHalfWidth, toChineseNumber, questionTokens } from "../knowledge/index.js";
import type { Passage, Resolution, Statement } from "../knowledge/index.js";
import type { AnswerContext, AnswerResult } from "./context.js";
import { namesOf, resolutionByTopic, resolutionsByNumber, speaksOfDraft } from "./resolution-subject.js";
import { addresseeZh, asksForFact } from "./understand.js";
import { adoptedAtSessionAsked } from "./intent.js";
import { namesInstrument, spellsOutInstrument } from "./find-meetings.js";
import { asWritten, conceptsOf, coverage, coveredShare, namesIn, namesState, questionHits } from "./answer-search.js";
import { wholeText } from "./whole-text.js";
import { RESOLUTION_WORD, SPEAKS_OF, asksWhatRecallsNamed, asksWhichInstrument, resolutionSlots, speaksOfAnother, withoutCues } from "./resolution-slots.js";
import { Sources, answered, refused, list, paragraphText, bodyName, resolutionKind } from "./compose.js";
import { englishOfClause, englishOfTitle, inEnglish } from "./gloss.js";

const VERB_ZH: Record<string, string> = {
  decides: "决定", requests: "请", encourages: "鼓励", welcomes: "欢迎", recognizes: "认识到", invites: "邀请", emphasizes: "强调",
  reaffirms: "重申", recalls: "回顾", "calls upon": "吁请", urges: "促请", instructs: "指示", commits: "承诺", notes: "注意到",
  adopts: "通过", launches: "启动", establishes: "设立",
};

/** Verbs asked about stand for their family: a request is also "calls upon", "invites", "urges". */
const VERB_FAMILY: Record<string, string[]> = {
  requests: ["requests", "calls upon", "invites", "urges", "instructs"],
  decides: ["decides", "establishes", "launches", "adopts"],
  encourages: ["encourages", "invites", "urges"],
  recognizes: ["recognizes", "acknowledges", "notes"],
};
/** The verbs that ask something of someone: "who is asked to …" asks their addressee. */
const ASKING = new Set([...VERB_FAMILY.requests, "encourages"]);
export const widen = (verbs: string[]) => [...new Set(verbs.flatMap((v) => VERB_FAMILY[v] ?? [v]))];

/** The clause of a statement's sentence that carries its verb ("请秘书处继续…"). */
export function clauseOf(st: Statement, verbsZh: string[]): string {
  const s = paragraphText(toHalfWidth(st.clause ?? st.text));
  for (const v of verbsZh) {
    const at = s.indexOf(v, Math.max(0, s.search(/号(?:决议|决定)/)));
    if (at >= 0) {
      const rest = s.slice(at);
      // A statement's own clause runs on past a semicolon where what follows has no verb of its own
      // (extract/resolutions.ts); a whole sentence ends its first statement there.
      const end = rest.search(st.clause ? /。|,\s*(?:并|还)(?:请|决定|鼓励|欢迎)/ : /[。；;]|,\s*(?:并|还)(?:请|决定|鼓励|欢迎)/);
      return (end > 0 ? rest.slice(0, end) : rest).trim();
    }
  }
  return s;
}

export function statementLines(ctx: AnswerContext, r: Resolution, sts: Statement[], src: Sources): string[] {
  const lang = ctx.q.lang;
  const verbsZh = (v: string) => ctx.glossary.data.verbs.find((x) => x.verb === v)?.zh ?? [VERB_ZH[v] ?? v];
  // (The question's subject is weighed only where one statement is asked: see below.)
  const subject = sts.length === 1 ? subjectOf(ctx, r) : [];
  const hit = (text: string) => (subject.length ? coverage(subject, { text, headingPath: [] }, "", ctx).hit : 0);
  return sts.map((st) => {
    // The clause alone, unless it is the one statement asked and the rest of its paragraph holds more
    // of what is asked ("calls upon Member States to remain vigilant …, and underlines the importance
    // of … engaging with experts"): then the paragraph, whose other clause answers. (Of several
    // statements, each clause says its own; whole paragraphs would speak of more than was asked.)
    // A report's paragraph counts from after the resolution it tells of: "缔约国会议在其题为……的第
    // 10/1 号决议中" only names it.
    const own = clauseOf(st, verbsZh(st.verb));
    const whole = paragraphText(toHalfWidth(st.text));
    const told = whole.search(TOLD_OF);
    const paragraph = told >= 0 ? whole.slice(told).replace(TOLD_OF, "") : whole;
    // (An item of a list is said with the lead-in before it, not widened to it.)
    const item = !!st.clause && st.text.endsWith(st.clause) && LEADS_IN.test(st.text.slice(0, -st.clause.length));
    const clause = spelledOutNames(sts.length === 1 && !item && hit(paragraph) > hit(own) ? paragraph : own, paragraphText(st.text));
    const para = st.paragraph ? (lang === "zh" ? `（第${st.paragraph}段）` : ` (paragraph ${st.paragraph})`) : "";
    // An English clause in a Chinese answer is quoted: whom it asks is said outside the quote, by
    // the names the glossary gives in Chinese where it has them.
    if (lang === "zh") return `• ${!HAN.test(clause) && st.addressee ? `${shortest(verbsZh(st.verb))}${addresseeInChinese(ctx, st.addressee)}：` : ""}${clause}${para}${src.cite(st.source)}`;
    const who = st.addressee ? ` ${addresseeAsPrinted(clause, st.addressee)}` : "";
    // A Chinese clause in an English answer: what it says, in English, after it.
    return `• ${st.verb[0].toUpperCase()}${st.verb.slice(1)}${who}${para}: ${clause}${inEnglish(englishOfClause(ctx, clause, () => conceptsOf(ctx)))}${src.cite(st.source)}`;
  });
}

/**
 * Statements listed in one answer: a resolution recalled all over a large corpus has hundreds, and
 * a message of hundreds of lines is read by nobody (the verb, the addressee or a subject asked narrows).
 */
const MOST_LISTED = 12;

/**
 * The statements of a resolution, each clause once: the same request recalled by several reports,
 * or by a document and its reissue, is said once, as the first document says it.
 */
export function distinctStatements(sts: Statement[]): Statement[] {
  const seen = new Set<string>();
  return sts.filter((st) => {
    const key = `${st.verb} ${paragraphText(toHalfWidth(st.clause ?? st.text)).replace(/[\s\p{P}]+/gu, "")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The line that says how many statements an answer leaves out, of which paragraphs, and how to ask for them. */
function moreStatements(left: Statement[], lang: "en" | "zh"): string {
  const n = left.length;
  const paragraphs = left.every((st) => st.paragraph) ? numberRanges([...new Set(left.map((st) => Number(st.paragraph)))]) : "";
  if (lang === "zh") return `……文件另载该决议的${n}项内容${paragraphs ? `（第${paragraphs}段）` : ""}；可询问某一段、其请求、决定或鼓励的内容，或其中某一主题。`;
  const where = paragraphs ? ` (paragraph${/[–,]/.test(paragraphs) ? "s" : ""} ${paragraphs})` : "";
  return `… and ${n} more statement${n > 1 ? "s" : ""} in the documents${where}; ask for a paragraph, what it requests, decides or encourages, or about a subject, to see them.`;
}

/** Numbers as ranges: [12, 13, 14, 16] -> "12–14, 16". */
function numberRanges(ns: number[]): string {
  const sorted = ns.filter((n) => Number.isFinite(n)).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return parts.join(", ");
}

/** A paragraph that ends in a colon, leading in its items ("Requests the Secretary-General, within available resources:"). */
export const LEADS_IN = /[:：]\s*$/;

/** The end of the words that name the resolution a report's paragraph tells of: "…的第 10/1 号决议中，". */
const TOLD_OF = /号(?:决议|决定)(?:中|里)?[，,]?/;

/**
 * A clause with the short name it gives something ("to actively use the Forum") followed by the
 * full name its paragraph gives elsewhere, in square brackets as an editor inserts words into a
 * quotation ("the Forum [the Diversion Information Exchange Forum]"): the clause alone does not
 * say which forum. Left as it is when the paragraph names none, or more than one, so.
 */
export function spelledOutNames(clause: string, paragraph: string): string {
  return clause.replace(SHORT_NAME, (short, head: string) => {
    const full = [...new Set([...paragraph.matchAll(new RegExp(`\\b((?:[A-Z][\\w’'-]*\\s+(?:(?:of|on|for|against|and)\\s+)?){1,6})${head}\\b`, "g"))].map((m) => m[1].trim()))];
    return full.length === 1 && !clause.includes(`${full[0]} ${head}`) ? `${short} [the ${full[0]} ${head}]` : short;
  });
}
/** "the Forum", "the Team", "the Mission": a capitalised word for a body after "the", not led by another capitalised word. */
const SHORT_NAME = /\bthe ([A-Z][a-z]+)\b(?! [A-Z])/g;

/**
 * Whether a statement is addressed to the party the question names: by the short id a Chinese
 * statement carries ("secretariat"), or by words in either language ("SG", "秘书长", "Secretary-General").
 */
export function addressedAsAsked(ctx: AnswerContext, st: Statement, opts: { anyQuestion?: boolean } = {}): boolean {
  if (!st.addressee) return false;
  // "请谁去推动会员国遵守休战", "who is asked to …": the addressee is what is asked; a party the
  // question names is what the statement is about.
  if (ctx.q.asks.has("who") && ctx.q.verbs.some((v) => ASKING.has(v)) && !opts.anyQuestion) return false;
  if (st.addressee === ctx.q.addressee) return true;
  // Without a verb or a known party asked about, a shared word ("States") names no addressee.
  if (!opts.anyQuestion && !ctx.q.verbs.length && !ctx.q.addressee) return false;
  let asked = askedTokens.get(ctx.q);
  if (!asked) askedTokens.set(ctx.q, (asked = new Set(questionTokens(ctx.q.text, ctx.glossary).tokens)));
  return questionTokens(st.addressee, ctx.glossary).tokens.some((t) => asked!.has(t));
}
const askedTokens = new WeakMap<object, Set<string>>();

/**
 * Of the statements addressed as asked, those addressed to the party the question asks of by name
 * ("请秘书长…", "ask the Secretary-General"), where any is: another party the question names ("…向会员国
 * 发送什么") is what the statement is about, not whom it asks.
 */
export function toPartyAsked(ctx: AnswerContext, statements: Statement[]): Statement[] {
  const party = ctx.q.addressee;
  if (!party) return statements;
  const names = new Set([...questionTokens(party, ctx.glossary).tokens, ...questionTokens(addresseeZh(party), ctx.glossary).tokens]);
  const named = statements.filter((st) => !!st.addressee && questionTokens(st.addressee, ctx.glossary).tokens.some((t) => names.has(t)));
  return named.length ? named : statements;
}

/**
 * An English addressee in Chinese, each of those it lists by the Chinese term of UN terminology
 * or the name the glossary gives it ("the Secretary-General and the President of the General
 * Assembly" -> 秘书长和President of the General Assembly); a part it has no term for as printed.
 */
function addresseeInChinese(ctx: AnswerContext, addressee: string): string {
  const { terms } = ctx.glossary.data;
  return addressee
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((part) => {
      const bare = part.replace(/^(?:the|all|each|every)\s+/i, "").trim();
      const term = terms.find((t) => t.en.some((e) => e.toLowerCase() === bare.toLowerCase()))?.zh[0];
      // A party's name, the whole of the part: "the President of the General Assembly" is no Assembly.
      const names = namesIn(ctx, "parties", bare, "en");
      const whole = names.length === 1 && names[0].toLowerCase() === bare.toLowerCase();
      const named = whole ? namesIn(ctx, "parties", bare, "zh")[0] : undefined;
      return term ?? (named && HAN.test(named) ? named : part);
    })
    .join("和");
}
const HAN = /\p{Script=Han}/u;
const shortest = (words: string[]) => words.reduce((a, b) => (b.length < a.length ? b : a));

/** The addressee as the clause prints it ("the Secretary-General", "all States Parties"). */
function addresseeAsPrinted(clause: string, addressee: string): string {
  const at = clause.indexOf(addressee);
  if (at < 0) return `the ${addressee}`;
  return /\bthe\s+$/i.test(clause.slice(Math.max(0, at - 4), at)) ? `the ${addressee}` : addressee;
}

/** Answers about a resolution named by number. */
export function answerResolution(ctx: AnswerContext): AnswerResult | undefined {
  const { q, index } = ctx;
  const lang = q.lang;
  // "How many States are parties, according to resolution 80/52": a fact in its text, for passage search.
  // So is a fact of a State it names ("按照80/24号决议，加纳是哪天批准…": Ghana's ratifying, not the
  // resolution's approving), whatever the verb.
  if ((!q.verbs.length || namesState(ctx, q.text)) && asksForFact(q) && resolutionsByNumber(ctx).some((r) => r.docId)) return undefined;
  // "Per 80/50, when did the GA adopt its very first resolution": another resolution's adoption.
  if (resolutionSlots(q.text, lang, true).includes("adopted") && speaksOfAnother(q.text, lang) && resolutionsByNumber(ctx).some((r) => r.docId)) return undefined;
  const slots = resolutionSlots(q.text, lang, q.verbs.some((v) => v !== "adopts"));
  // Of a resolution named by number whose own text the corpus holds, a fact inside that text is
  // passage search's to find within it:
  const ownText = q.resolutions.some((ref) => index.resolution(ref.number)?.docId);
  // "which action of the Pact for the Future does 80/24 recall" (nothing asked of the resolution
  // itself, no slot, no verb: a thing its text names);
  if (ownText && !slots.length && !q.verbs.length && q.asks.has("which")) return undefined;
  // "80/20: set up by which decision?" (another's number, one its text cites).
  if (ownText && asksWhichInstrument(q.text, lang) && !asksByPreambleVerb(q.verbs)) return undefined;
  // "Which decision recalls resolution 6/1": the one that recalls it, which passage search finds.
  if (asksWhatRecallsNamed(q.text, lang)) return undefined;
  const src = new Sources(index);
  const blocks: string[] = [];
  const missing: string[] = [];
  // The resolutions whose own text says nothing of the subject the question asks about.
  const unsaidOf: string[] = [];
  const asksAdoption = slots.includes("adopted") && asksForFact(q);
  const onlyAdoption = asksAdoption && slots.every((s) => s === "adopted");
  for (const ref of q.resolutions.slice(0, 3)) {
    const r = index.resolution(ref.number);
    if (!r) {
      missing.push(ref.number);
      continue;
    }
    const titleSrc = titleSource(index, r, lang);
    const title = titleIn(r, lang);
    const head = lang === "zh"
      ? `**第${r.number}号${resolutionKind(r, "zh")}**${title ? `，题为“${title}”${src.cite(titleSrc)}` : ""}`
      : `**${resolutionKind(r, "en")} ${r.number}**${title ? `, entitled “${title}”${inEnglish(englishOfTitle(ctx, title))}${src.cite(titleSrc)}` : ""}`;
    let sts = r.statements;
    const para = ref.paragraph;
    if (para) sts = sts.filter((s) => s.paragraph === para);
    const verbs = widen(q.verbs);
    const byVerb = verbs.length ? sts.filter((s) => verbs.includes(s.verb)) : sts;
    // "Which resolutions does it recall": the preamble recalls, welcomes and notes.
    const preambles = byVerb.length ? [] : preamblesByVerb(ctx, r, verbs);
    const byAddressee = toPartyAsked(ctx, byVerb.filter((s) => addressedAsAsked(ctx, s)));
    const asked = byAddressee.length ? byAddressee : byVerb.length ? byVerb : sts;
    // "What does it say about unpaid contributions": the statements on that subject, where any is.
    const onSubject = aboutSubject(ctx, r, asked);
    const chosen = onSubject.length ? onSubject : asked;
    // "What does it say about the Geneva summit": its own text says nothing of any of it.
    const unsaid = !para && !preambles.length && !onSubject.length ? subjectUnsaid(ctx, r) : [];
    if (unsaid.length) {
      const words = unsaid.map((w) => (lang === "zh" ? w : `“${w}”`));
      unsaidOf.push(lang === "zh" ? `${head}，没有谈到${words.join("、")}。` : `${head}, does not speak of ${list(words, "en")}.`);
      continue;
    }
    const lines = [head + (lang === "zh" ? "。" : ".")];
    // "When was it adopted": the date a mention gives ("resolution 55/61 of 4 December 2000").
    if (asksAdoption) {
      lines.push(r.adopted
        ? lang === "zh" ? `通过日期：${formatDate(r.adopted, "zh")}${src.cite(r.adoptedSource)}。` : `Adopted on ${formatDate(r.adopted, "en")}${src.cite(r.adoptedSource)}.`
        : lang === "zh" ? "文件没有给出其通过日期。" : "The documents do not give its adoption date.");
      if (onlyAdoption) {
        blocks.push(lines.join("\n"));
        continue;
      }
    }
    if (para && !sts.length) {
      const mentions = r.sources.filter((s) => findResolutionMentions(index.passage(s)!.text).some((m) => m.number === r.number && m.paragraph === para));
      if (!mentions.length) {
        blocks.push(`${lines[0]} ${lang === "zh" ? `文件没有引述其第${para}段。` : `The documents do not quote its paragraph ${para}.`}`);
        continue;
      }
      lines.push(...mentions.map((m) => `• ${paragraphText(index.passage(m)!.text)}${src.cite(m)}`));
    } else if (preambles.length) {
      lines.push(...preambleLines(ctx, preambles, src));
    } else if (chosen.length) {
      if ((q.verbs.length || q.addressee) && chosen === sts && sts.length) {
        lines.push(lang === "zh" ? "文件没有记载该项要求；文件所述内容为：" : "The documents record no such statement; what they do report:");
      } else if (q.addressee && !byAddressee.length && byVerb.some((st) => st.addressee)) {
        // "What does 10/1 request of the secretariat": it asks others; say so before what it asks.
        lines.push(lang === "zh" ? `文件没有记载该决议对${addresseeZh(q.addressee)}的要求；其所载内容为：` : `The documents record nothing it asks of ${/^(?:UNODC|States parties)$/.test(q.addressee) ? "" : "the "}${q.addressee}; what it does ask:`);
      }
      const listed = distinctStatements(chosen);
      lines.push(...statementLines(ctx, r, listed.slice(0, MOST_LISTED), src));
      if (listed.length > MOST_LISTED) lines.push(moreStatements(listed.slice(MOST_LISTED), lang));
    } else {
      lines.push(lang === "zh" ? "文件提及该决议的段落：" : "The documents mention it here:");
      lines.push(...r.sources.slice(0, 3).map((s) => `• ${paragraphText(index.passage(s)!.text).slice(0, 200)}${src.cite(s)}`));
    }
    blocks.push(lines.join("\n"));
  }
  if (!blocks.length && unsaidOf.length) return { answer: refused(unsaidOf.join("\n"), lang, src), remember: { resolution: q.resolutions[0].number } };
  blocks.push(...unsaidOf);
  if (!blocks.length) {
    // A resolution the documents only cite ("resolution 35/46 of 3 December 1980" in another's
    // preamble): where they cite it, which is all they say of it.
    const citing = citingPassages(ctx, missing);
    if (citing.length) {
      const lines = citing.map((p) => `• ${aroundNumber(paragraphText(p.text), missing)}${src.cite(p.id)}`);
      const head = lang === "zh" ? `文件没有载有第${missing.join("、")}号决议的案文，只在以下段落中提到它：` : `The documents do not hold the text of resolution ${list(missing, "en")}; they cite it here:`;
      // A passage that answers the question (which writes the number too) says more than where it is cited.
      return { answer: refused([head, ...lines].join("\n"), lang, src), mentionsOnly: true };
    }
    const all = index.graph.resolutions.map((r) => r.number);
    const known = all.length > KNOWN_LISTED ? [...all.slice(0, KNOWN_LISTED), lang === "zh" ? `等${all.length}项` : `and ${all.length - KNOWN_LISTED} more`] : all;
    return {
      answer: refused(
        lang === "zh"
          ? `文件中没有提到第${missing.join("、")}号决议。文件提到的决议和决定为：${known.join("、")}。`
          : `The documents do not mention resolution ${list(missing, "en")}. They mention: ${known.join(", ")}.`,
        lang,
      ),
    };
  }
  if (missing.length) blocks.push(lang === "zh" ? `文件中没有提到第${missing.join("、")}号决议。` : `The documents do not mention ${list(missing, "en")}.`);
  return { answer: answered(blocks.join("\n\n"), src, lang), remember: { resolution: q.resolutions[0].number } };
}

/** How many resolutions a refusal lists of those the documents mention, and how much of a citing paragraph it quotes. */
const KNOWN_LISTED = 40;
const CITING_QUOTED = 300;
/** How many passages citing a resolution the documents do not hold are quoted. */
const CITING_SHOWN = 3;

/** The part of a paragraph around where it writes one of the numbers, with "…" where it is cut. */
function aroundNumber(text: string, numbers: string[]): string {
  const t = toHalfWidth(text);
  const at = numbers.map((n) => t.indexOf(n)).find((i) => i >= 0) ?? 0;
  const from = Math.max(0, at - CITING_QUOTED / 2);
  const to = Math.min(text.length, at + CITING_QUOTED / 2);
  return `${from > 0 ? "…" : ""}${text.slice(from, to)}${to < text.length ? "…" : ""}`;
}

/** The passages that write one of the numbers whole ("35/46", not "135/46" nor "35/460"), the first few. */
export function citingPassages(ctx: AnswerContext, numbers: string[]): Passage[] {
  const out: Passage[] = [];
  for (const number of numbers) {
    const [session, n] = number.split("/");
    const whole = new RegExp(`(?<![\\d/])${session}\\s*/\\s*${n}(?![\\d/])`);
    for (const p of ctx.index.passagesHolding([{ zh: [number], en: [`${session} ${n}`] }], CITING_SHOWN * 4)) {
      if (out.length < CITING_SHOWN && whole.test(toHalfWidth(p.text)) && !out.includes(p)) out.push(p);
    }
  }
  return out;
}

/**
 * The participles a preambular paragraph opens with, by the glossary's verb: a resolution recalls,
 * welcomes or notes in its preamble ("Recalling its resolutions 47/19 of 24 November 1992, …").
 */
const PREAMBLE_OPENING: Record<string, RegExp> = {
  recalls: /^(?:Recalling|回顾)/,
  welcomes: /^(?:Welcoming|欢迎)/,
  notes: /^(?:Noting|Taking note|Having considered|注意到|表示注意到)/,
  reaffirms: /^(?:Reaffirming|Reiterating|重申)/,
  recognizes: /^(?:Recognizing|Recognising|认识到|承认)/,
  acknowledges: /^(?:Acknowledging|确认)/,
  emphasizes: /^(?:Emphasizing|Emphasising|Stressing|Underlining|强调)/,
  "expresses appreciation": /^(?:Expressing (?:its |deep )?appreciation|赞赏)/,
};

/** Whether a question's verbs ask what the preamble recalls, welcomes or notes ("which resolutions does 80/4 recall"). */
export const asksByPreambleVerb = (verbs: string[]) => verbs.some((v) => !!PREAMBLE_OPENING[v]);

/** The same verbs as operative paragraphs open with them ("Takes note of resolution CM/Res.1356"), where the statements read from them name no verb. */
const OPERATIVE_OPENING: Record<string, RegExp> = {
  recalls: /^(?:\d+\.\s*)?Recalls\b/,
  welcomes: /^(?:\d+\.\s*)?Welcomes\b/,
  notes: /^(?:\d+\.\s*)?(?:Notes|Takes note)\b/,
  reaffirms: /^(?:\d+\.\s*)?(?:Reaffirms|Reiterates)\b/,
  recognizes: /^(?:\d+\.\s*)?(?:Recognizes|Recognises)\b/,
  acknowledges: /^(?:\d+\.\s*)?Acknowledges\b/,
  emphasizes: /^(?:\d+\.\s*)?(?:Emphasizes|Emphasises|Stresses|Underlines)\b/,
};

/**
 * The paragraphs of a resolution's own text that open with a verb asked about, preambular
 * ("Taking note of …") or operative ("Takes note of …"); of those, the ones on the subject the
 * question names, where any is ("which OAU resolution on the Bamako Convention does it take
 * note of": the paragraph on the Bamako Convention, not every one that notes something).
 */
export function preamblesByVerb(ctx: AnswerContext, r: Resolution, verbs: string[]): Passage[] {
  const openings = verbs.flatMap((v) => [PREAMBLE_OPENING[v], OPERATIVE_OPENING[v]]).filter((re): re is RegExp => !!re);
  if (!openings.length || !r.docId) return [];
  const passages = ctx.index.document(r.docId)?.passages ?? [];
  const opening = passages.filter((p) => p.kind !== "heading" && /^(?:preamble\b|\d)/.test(p.locator) && openings.some((re) => re.test(plainText(p.text).trim())));
  return onSubject(ctx, r, opening);
}

/** Of a resolution's paragraphs, those that hold the most of the question's subject words (`subjectOf`); all of them when none holds any. */
function onSubject(ctx: AnswerContext, r: Resolution, passages: Passage[]): Passage[] {
  return mostOnSubject(ctx, r, passages, (p, hit) => hit(p.text)) ?? passages;
}

/**
 * Of several things of a resolution, those whose texts hold the most of the question's subject
 * words, as `weigh` counts them with `hit` (the subject words a text holds); none when the question
 * names no subject, there is only one, or no text holds any of it.
 */
function mostOnSubject<T>(ctx: AnswerContext, r: Resolution, items: T[], weigh: (item: T, hit: (text: string) => number) => number): T[] | undefined {
  const subject = subjectOf(ctx, r);
  if (!subject.length || items.length < 2) return undefined;
  const hit = (text: string) => coverage(subject, { text, headingPath: [] }, "", ctx).hit;
  const scored = items.map((item) => ({ item, n: weigh(item, hit) }));
  const best = Math.max(...scored.map((x) => x.n));
  return best > 0 ? scored.filter((x) => x.n === best).map((x) => x.item) : undefined;
}

/**
 * Preambular (or operative) paragraphs as answer lines, each with its place and the notes it points to: "•
 * Recalling further the United Nations Millennium Declaration,1 … (preambular paragraph 3)[1]
 * ¹ Resolution 55/2.[2]" (what a recalled text is, the note says).
 */
export function preambleLines(ctx: AnswerContext, passages: Passage[], src: Sources): string[] {
  const zh = ctx.q.lang === "zh";
  return passages.map((p) => {
    const n = p.locator.match(/\d+$/)?.[0];
    const preamble = /^preamble\b/.test(p.locator);
    const where = !n ? (zh ? `（${p.locator}）` : ` (${p.locator})`) : preamble ? (zh ? `（序言部分第${n}段）` : ` (preambular paragraph ${n})`) : zh ? `（第${n}段）` : ` (paragraph ${n})`;
    const notes = footnotesOf(ctx.index, p).map((f) => ` ${plainText(f.text)}${src.cite(f.id)}`).join("");
    return `• ${plainText(p.text)}${where}${src.cite(p.id)}${notes}`;
  });
}

/** The passage, among those that mention a resolution, that gives its title. */
export function titleSource(index: AnswerContext["index"], r: Resolution, lang?: "en" | "zh"): string | undefined {
  const title = (lang ? titleIn(r, lang) : r.title)?.replace(/\s+/g, "");
  return title ? r.sources.find((s) => index.passage(s)?.text.replace(/\s+/g, "").includes(title)) : undefined;
}
/** A resolution's title in the language asked, where mentions give it in both; else the one they give. */
export const titleIn = (r: Resolution, lang: "en" | "zh"): string | undefined =>
  r.otherTitle && HAN.test(r.otherTitle) === (lang === "zh") ? r.otherTitle : r.title;

/**
 * The statements that hold the most of the question's distinctive subject words (not the
 * resolution's number, nor "resolution" itself, nor the words of its own names); none when the
 * question names no subject or no statement holds any of it.
 */
export function aboutSubject(ctx: AnswerContext, r: Resolution, statements: Statement[]): Statement[] {
  // The clause that carries the statement counts first, then the paragraph it stands in.
  return mostOnSubject(ctx, r, statements, (s, hit) => 2 * hit(s.clause ?? s.text) + hit(s.text)) ?? [];
}
/**
 * The question's distinctive subject words: not the resolution's number, nor "resolution" itself,
 * nor the words of its own names, nor the body that adopted it (the General Assembly, named beside
 * its number).
 */
function subjectOf(ctx: AnswerContext, r: Resolution) {
  const names = { text: namesOf(ctx.index, r), headingPath: [] };
  const namesItsBody = (label: string) => ctx.glossary.findBodies(label).some((b) => b.id === r.body);
  return conceptsOf(ctx).filter((c) => (!c.neutral || c.source === "unknown") && c.source !== "number" && c.weight >= SUBJECT_WEIGHT && !SPEAKS_OF[ctx.q.lang].test(c.label) && !namesItsBody(c.label) && !coverage([c], names, "", ctx).hit);
}
/**
 * The question's subject words (`subjectOf`), as it writes them, when the resolution's own text
 * holds none of them and other documents hold some ("the Geneva summit"); none when the corpus
 * does not hold its text, or the question names no subject, or none that any document holds (the
 * asker's own words for what is asked, "全称", "gist").
 */
function subjectUnsaid(ctx: AnswerContext, r: Resolution): string[] {
  const doc = r.docId ? ctx.index.document(r.docId) : undefined;
  const subject = doc ? subjectOf(ctx, r) : [];
  if (!subject.some((c) => ctx.index.passageFrequency({ zh: c.variants, en: c.en }, [1]) > 0)) return [];
  // A dictionary's senses of a word miss the other language's wording as often as not: only the
  // glossary's terms and names are looked for across languages.
  if (doc!.meta.language !== ctx.q.lang && subject.some((c) => c.source === "dictionary")) return [];
  if (coverage(subject, { text: wholeText(doc!), headingPath: [] }, "", ctx).hit > 0) return [];
  return subject.map((c) => asWritten(ctx.q.text, c.label));
}

/** The weight from which a question's word is part of its subject. */
const SUBJECT_WEIGHT = 0.6;

/**
 * "Which resolutions did the Conference adopt at its tenth session", "第十届会议通过了哪些决议":
 * the resolutions and decisions of that body the documents mention that bear the session's
 * number before the slash (10/1, 10/3 …), each with its title and where it is mentioned; none
 * when they mention none of that session.
 */
export function adoptedAtSession(ctx: AnswerContext): AnswerResult | undefined {
  const { q, index, glossary: g } = ctx;
  if (!adoptedAtSessionAsked(q) || q.ordinal === undefined) return undefined;
  const body = q.bodies[0] ?? "cosp";
  const adopted = index.graph.resolutions.filter((r) => r.body === body && r.session === q.ordinal).sort((a, b) => Number(a.number.split("/")[1]) - Number(b.number.split("/")[1]));
  if (!adopted.length) return undefined;
  const lang = q.lang;
  const src = new Sources(index);
  const kind = (r: Resolution) => resolutionKind(r, lang);
  const lines = adopted.map((r) => {
    // Cited where its own text is, else where it is first mentioned.
    const cite = src.cite((r.docId && r.sources.find((s) => index.passage(s)?.docId === r.docId)) || r.sources[0]);
    return lang === "zh" ? `• 第${r.number}号${kind(r)}${r.title ? `“${r.title}”` : ""}${cite}` : `• ${kind(r)} ${r.number}${r.title ? ` “${r.title}”` : ""}${cite}`;
  });
  const name = bodyName(g, body, lang);
  const head = lang === "zh" ? `文件提到的${name}第${toChineseNumber(q.ordinal)}届会议的决议和决定（编号${q.ordinal}/…，共${adopted.length}项）：` : `Resolutions and decisions of the ${ordinalWord(q.ordinal)} session of the ${name} that the documents mention (numbered ${q.ordinal}/…, ${adopted.length} in all):`;
  return { answer: answered(`${head}\n${lines.join("\n")}`, src, lang) };
}

/** "Which resolution established the review mechanism / requested the group to…": the best passage that names one. */
export function answerWhichResolution(ctx: AnswerContext): AnswerResult | undefined {
  const { q, index } = ctx;
  const lang = q.lang;
  const ofSession = adoptedAtSession(ctx);
  if (ofSession) return ofSession;
  // A resolution described by its title ("the one on the follow-up to the Marrakech declaration"),
  // of the session the question names when several bear that title; else the passage that best
  // tells what was done, and the resolution it names.
  // (Not one of another session than the question names: "第八届会议在哪项决议中再次请秘书处加强协同
  // 效应" is not the seventh session's resolution on synergies, though its title says them.)
  // (Not when the question asks within a draft it describes, "in the Darfur draft, … in accordance
  // with which resolution": a resolution it cites, not one whose title shares a word with it.)
  const topical = speaksOfDraft(q.text, lang) ? undefined : resolutionByTopic(ctx, withoutCues(q.text, lang));
  const described = topical && (q.ordinal === undefined || !topical.session || topical.session === q.ordinal) ? topical : undefined;
  const titled = described && titleSource(index, described, lang);
  // (The passage must hold most of what the question describes: the first that names a resolution
  // may tell of another thing of the same words, "the fourth special session" for "the special session".)
  const concepts = titled ? [] : conceptsOf(ctx).filter((c) => !c.neutral && c.source !== "number" && !SPEAKS_OF[lang].test(c.label));
  const holdsMost = (p: Passage) => !concepts.length || coveredShare(coverage(concepts, p, "", ctx)) >= FOUNDING_COVERED;
  // "Which decision": of the passages that name one, those that name a decision first (not the
  // resolution beside it in the same words); "which resolution", a resolution.
  const kind = kindAsked(q.text);
  const found = titled ? [] : index.search(q.text, { limit: 20 }).map((h) => ({ passage: h.passage, mentions: findResolutionMentions(h.passage.text) })).filter((x) => x.mentions.length && holdsMost(x.passage));
  const ofKind = (x: (typeof found)[number]) => !kind || x.mentions.some((m) => m.kind === kind);
  const first = found.find(ofKind) ?? found[0];
  const best = titled ? index.passage(titled) : first?.passage;
  if (!best) return undefined;
  const all = titled ? findResolutionMentions(best.text) : first!.mentions;
  const mentions = kind && all.some((m) => m.kind === kind) ? all.filter((m) => m.kind === kind) : all;
  // The resolution "in which" something was done is the one the passage says "在…第N号决议中".
  const speaking = (described && mentions.find((m) => m.number === described.number)) ?? mentions.find((m) => /^\s*中/.test(toHalfWidth(best.text).slice(m.index + m.length))) ?? mentions[0];
  if (!speaking) return undefined;
  const r = index.resolution(speaking.number, { body: described?.body });
  const src = new Sources(index);
  const cite = src.cite(best.id);
  const sessionSrc = r?.sources.find((s) => new RegExp(`第[\\d一二三四五六七八九十]+届会议[^。]{0,40}${speaking.number.replace("/", "\\s*/\\s*")}`).test(index.passage(s)!.text.replace(/\s+/g, "")));
  // The adopting session is stated only when a passage says so.
  const session = sessionSrc ? r?.session : undefined;
  const title = r && titleIn(r, lang);
  const lines = [
    lang === "zh"
      ? `**第${speaking.number}号${resolutionKind(speaking, "zh")}**${title ? `（“${title}”）` : ""}${cite}${session ? `，由缔约国会议第${session}届会议通过${src.cite(sessionSrc)}` : ""}。`
      : `**${resolutionKind(speaking, "en")} ${speaking.number}**${title ? ` (“${title}”)` : ""}${cite}${session ? `, adopted by the Conference at its ${ordinalWord(session)} session${src.cite(sessionSrc)}` : ""}.`,
    `> ${paragraphText(best.text)}`,
  ];
  return { answer: answered(lines.join("\n"), src, lang), remember: { resolution: speaking.number } };
}

/** The kind a question asks for when it names one only: "which decision" (决定), "which resolution" (决议). */
function kindAsked(text: string): "resolution" | "decision" | undefined {
  const decision = DECISION_WORD.test(text);
  const resolution = RESOLUTION_WORD.test(text);
  return decision === resolution ? undefined : decision ? "decision" : "resolution";
}
const DECISION_WORD = /\bdecisions?\b|决定(?!了|要|将)/i;

/** "Which resolution established / set up …", "由哪项决议设立". */
// (Not 建立, which is also "building" in 建立信任措施, confidence-building measures.)
const FOUNDING_ASKED = /\b(?:establish(?:ed|es)?|set up|created?|launch(?:ed)?)\b|设立|成立|创建|创立|建立(?!信任)/i;
/** Adopting, asked of an instrument the question names ("which GA resolution adopted UNCAC"). */
const ADOPTING = /\badopt(?:ed|s|ing)?\b|通过(?:了)?/i;
/** "Which (GA) resolution", "by what resolution", "哪项决议": the resolution is what is asked. */
const WHICH_RESOLUTION = /\b(?:which|what)\b[^?]{0,40}\b(?:resolution|res)\b|哪(?:一|个)?项?(?:大会)?决议/i;
/**
 * A passage that names the resolution by which something was established: "Recalls its decision,
 * in its resolution 77/71, to establish …", "established by resolution 3/1", "根据第3/1号决议设立".
 */
const FOUNDED_BY = /\bin\s+(?:its\s+)?(?:resolution|decision)\s+(\d{1,3}\/\d{1,3})[^.;]{0,30}?\bto\s+(?:establish|create|set up|launch)|\bby\s+its\s+resolution\s+(\d{1,3}\/\d{1,3}),\s+the\s+General\s+Assembly\s+adopted\b|\b(?:established|created|set up|launched)\s+(?:by|in|pursuant to|under)\s+(?:its\s+|General Assembly\s+|Council\s+|Conference\s+)?(?:resolution|decision)\s+(\d{1,3}\/\d{1,3})|第\s*(\d{1,3}\s*\/\s*\d{1,3})\s*号(?:决议|决定)(?:中)?[^。；]{0,12}?(?:设立|成立|创建)/i;
/** How much of the question a founding passage must hold. */
const FOUNDING_COVERED = 0.6;

/**
 * "By which resolution was the fellowship programme created": the resolution a passage says established
 * it ("Recalls its decision, in its resolution 77/71, to establish a dedicated fellowship training
 * programme"), not the resolution whose paragraph recalls it; undefined when no passage found
 * both names a founding resolution and holds most of the question.
 */
export function answerFoundingResolution(ctx: AnswerContext): AnswerResult | undefined {
  const { q, index } = ctx;
  // Or an instrument's adoption ("which General Assembly resolution adopted the Convention"), by
  // "By its resolution 58/4, the General Assembly adopted …".
  // (Which resolution is what is asked: not when the instrument was adopted.)
  const adoptsInstrument = () => ADOPTING.test(q.text) && WHICH_RESOLUTION.test(q.text) && conceptsOf(ctx).some((c) => namesInstrument(q.text, c.label, !!c.neutral) || spellsOutInstrument(c.label, c.source, c.en));
  if (!FOUNDING_ASKED.test(q.text) && !adoptsInstrument()) return undefined;
  const concepts = conceptsOf(ctx).filter((c) => !c.neutral && c.source !== "number" && !FOUNDING_ASKED.test(c.label) && !SPEAKS_OF[q.lang].test(c.label));
  if (!concepts.length) return undefined;
  for (const h of questionHits(ctx, q.text, 20)) {
    const m = toHalfWidth(h.passage.text).match(FOUNDED_BY);
    const number = (m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4])?.replace(/\s+/g, "");
    if (!number) continue;
    const cov = coverage(concepts, h.passage, "", ctx);
    if (coveredShare(cov) < FOUNDING_COVERED) continue;
    const src = new Sources(index);
    const cite = src.cite(h.passage.id);
    const where = index.cite(h.passage.id);
    const doc = index.document(h.passage.docId)?.meta.symbol ?? where.document;
    const numbered = !!where.paragraph && /^\d+$/.test(where.paragraph);
    const para = !where.paragraph ? "" : q.lang === "zh" ? (numbered ? `第${where.paragraph}段` : `（${where.paragraph}）`) : numbered ? `, paragraph ${where.paragraph},` : ` (${where.paragraph})`;
    const text = q.lang === "zh"
      ? `**第${number}号决议**${cite}（据${doc}${para}）。\n> ${paragraphText(h.passage.text)}`
      : `**Resolution ${number}**${cite}, as ${doc}${para} recalls.\n> ${paragraphText(h.passage.text)}`;
    return { answer: answered(text, src, q.lang), remember: { resolution: number } };
  }
  return undefined;
}
