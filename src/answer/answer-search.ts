/**
 * Questions the graph does not cover: passage search (BM25, glossary expansion for English),
 * answered only when a passage covers the question's concepts and holds the kind of fact asked
 * for (a number for "how many", a date for "when", a place for "where"). Otherwise a refusal.
 */
import type { Passage } from "../knowledge/model.js";
import { sentences } from "../knowledge/extract/resolutions.js";
import { findDates, plainText, toHalfWidth } from "../knowledge/text.js";
import { normalizeForSearch } from "../knowledge/search.js";
import type { AnswerContext, AnswerResult } from "./context.js";
import { Sources, answered, refused, bodyName, meetingName } from "./compose.js";
import { englishConceptsOf } from "./english-terms.js";

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** Words that carry no content in a question. */
const QUESTION_WORDS = new Set([
  "什么", "哪些", "哪个", "哪", "多少", "几个", "是否", "吗", "呢", "怎么", "如何", "为什么", "谁", "哪里", "在哪", "何时", "什么时候", "时候",
  "是", "的", "了", "在", "和", "与", "及", "对", "中", "有", "哪位", "哪天", "提出", "做", "进行", "关于", "方面", "情况", "一个", "有关", "目前",
  "文件", "是什么", "内容", "主要", "哪些方面", "请问", "告诉", "我", "我们", "是在", "哪一", "哪一次", "开的", "举行", "安排",
  "做了", "做过", "作了", "干了", "有何", "怎样", "了什么", "什么事", "比例", "百分比", "多大", "几", "名字", "叫什么",
]);
const EN_STOP = new Set(
  "a an the of and or to in on for at by with from as is are was were be been do does did what which who whom when where why how many much share that this these those it its their there about into under over any some all also than then so such have has had can could will would should may might not no yes please tell me us give list show get contain contains contained include includes included happen happened happens say says said mention mentions mentioned describe described according documents document".split(" "),
);

/** A concept of the question: any of its variants found in a passage counts. */
interface Concept {
  label: string;
  variants: string[];
  /** English words with no glossary entry cannot be checked in Chinese text: they weigh less. */
  weight: number;
}

/**
 * Weight of an English word the glossary does not know. The glossary covers the documents'
 * vocabulary, so such a word ("population", "budget") is evidence the documents do not answer.
 */
const UNKNOWN_WORD_WEIGHT = 0.75;
const QUESTION_TERMS = /^(?:how many|how much|number|numbers|what|when|where|who|which|date|dates|time|times)$/i;
const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const ORDINAL_WORDS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"];
const CN = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六"];
const stemEn = (w: string) => w.toLowerCase().replace(/(?:ies)$/, "y").replace(/(?:es|s|ed|ing)$/, "");

/** What the corpus-wide helpers below read. */
type Corpus = Pick<AnswerContext, "index" | "glossary">;

/** Computes what weighing and checking concepts reads on every question (the warm-up at start). */
export function prepareAnswerSearch(corpus: Corpus): void {
  textsOf(corpus);
  vocabularyOf(corpus);
  englishOf(corpus, "");
}

/** Squashed, normalised passage texts of an index, computed once per index. */
const corpusTexts = new WeakMap<object, string[]>();
function textsOf(ctx: Corpus): string[] {
  // Keyed by the build's documents: a live index swaps builds behind one object.
  let t = corpusTexts.get(ctx.index.documents);
  if (!t) {
    t = ctx.index.documents.flatMap((d) => d.passages.map((p) => normalizeForSearch(p.text).replace(/\s+/g, "")));
    corpusTexts.set(ctx.index.documents, t);
  }
  return t;
}

/**
 * How much a concept counts: words found in much of the corpus ("工作", "UNODC") say little about
 * whether a passage answers; one found nowhere at all is strong evidence that none does.
 */
function rarityWeight(ctx: AnswerContext, variants: string[]): number {
  const texts = textsOf(ctx);
  const vs = variants.map((v) => v.replace(/\s+/g, "")).filter(Boolean);
  // Each weighing scans every passage: a concept asked about again is weighed once per build.
  const known = raritiesOf(ctx.index.documents);
  const key = vs.join("\u0000");
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  let df = 0;
  for (const t of texts) if (vs.some((v) => t.includes(v))) df++;
  const f = df / Math.max(1, texts.length);
  const weight = df === 0 ? 1.5 : f >= 0.2 ? 0.3 : f >= 0.05 ? 0.6 : 1;
  if (known.size >= RARITIES_KEPT) known.delete(known.keys().next().value as string);
  known.set(key, weight);
  return weight;
}

/** Concepts' weights by build (a bounded memo: the oldest forgotten first). */
const rarities = new WeakMap<object, Map<string, number>>();
const RARITIES_KEPT = 20_000;
function raritiesOf(build: object): Map<string, number> {
  let m = rarities.get(build);
  if (!m) rarities.set(build, (m = new Map()));
  return m;
}

/** The content concepts of the question (glossary terms for English, words for Chinese). */
export function conceptsOf(ctx: AnswerContext): Concept[] {
  // Several answerers look at the same question; weighing scans the corpus, so do it once.
  let concepts = conceptsByQuestion.get(ctx.q);
  if (!concepts) {
    concepts = rawConcepts(ctx).map((c) => (c.weight >= 1 ? { ...c, weight: rarityWeight(ctx, c.variants) } : c));
    conceptsByQuestion.set(ctx.q, concepts);
  }
  return concepts;
}
const conceptsByQuestion = new WeakMap<object, Concept[]>();

/** Chinese vocabulary of the glossary (bodies, terms, places, organizations), longest first. */
const vocabularies = new WeakMap<object, string[]>();
function vocabularyOf(ctx: Corpus): string[] {
  const g = ctx.glossary.data;
  let v = vocabularies.get(g);
  if (!v) {
    const all = new Set<string>();
    for (const b of g.bodies) for (const z of [b.zh, b.short?.zh, ...b.aliases.zh]) if (z) all.add(z);
    for (const t of g.terms) for (const z of t.zh) all.add(z);
    for (const x of [...g.venues, ...g.countries, ...g.organizations]) all.add(x.zh);
    for (const z of g.genericBodyWords?.zh ?? []) all.add(z);
    v = [...all].map((z) => normalizeForSearch(z).replace(/\s+/g, "")).filter((z) => z.length >= 2).sort((a, b) => b.length - a.length);
    vocabularies.set(g, v);
  }
  return v;
}

/** English names of each Chinese glossary term (to tell a refinement from a different term). */
const englishOfZh = new WeakMap<object, Map<string, string[]>>();
function englishOf(ctx: Corpus, zh: string): string[] {
  const g = ctx.glossary.data;
  let m = englishOfZh.get(g);
  if (!m) {
    m = new Map();
    const add = (z: string, en: string[]) => {
      const k = normalizeForSearch(z).replace(/\s+/g, "");
      m!.set(k, [...(m!.get(k) ?? []), ...en.map((e) => e.toLowerCase())]);
    };
    for (const t of g.terms) for (const z of t.zh) add(z, t.en);
    for (const x of [...g.venues, ...g.countries, ...g.organizations]) add(x.zh, [x.en]);
    for (const b of g.bodies) for (const z of [b.zh, b.short?.zh, ...b.aliases.zh]) if (z) add(z, [b.en, ...(b.short ? [b.short.en] : []), ...b.aliases.en]);
    englishOfZh.set(g, m);
  }
  return m.get(zh) ?? [];
}

/**
 * Passage text with the longer glossary terms that contain `v` but mean something else removed:
 * "预算外资源" (extrabudgetary resources) is not "预算" (budget), while "利益冲突的预防和管理"
 * (prevention and management of conflicts of interest) is about "利益冲突".
 */
function withoutLongerTerms(ctx: AnswerContext, text: string, v: string): string {
  const mine = englishOf(ctx, v);
  const sameConcept = (term: string) => {
    const theirs = englishOf(ctx, term);
    return !mine.length || !theirs.length || theirs.some((t) => mine.some((e) => new RegExp(`(?:^|[^a-z])${e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}s?(?![a-z])`).test(t)));
  };
  let t = text;
  for (const term of vocabularyOf(ctx)) {
    if (term.length <= v.length) break;
    if (term.includes(v) && t.includes(term) && !sameConcept(term)) t = t.split(term).join("|");
  }
  return t;
}

function rawConcepts(ctx: AnswerContext): Concept[] {
  const { q, glossary } = ctx;
  if (q.lang === "zh") {
    const out: Concept[] = [];
    // Whole glossary terms first ("工作组", "预算外资源"), then the remaining words.
    let rest = normalizeForSearch(q.text).replace(/\s+/g, "");
    for (const term of vocabularyOf(ctx)) {
      if (!rest.includes(term) || QUESTION_WORDS.has(term)) continue;
      out.push({ label: term, variants: [term], weight: 1 });
      rest = rest.split(term).join("|");
    }
    for (const seg of segmenter.segment(rest)) {
      const w = seg.segment;
      if (!seg.isWordLike || QUESTION_WORDS.has(w) || (w.length < 2 && !/\d/.test(w))) continue;
      out.push({ label: w, variants: [w], weight: 1 });
    }
    return out;
  }
  const found = englishConceptsOf(glossary, q.text).filter((c) => !QUESTION_TERMS.test(c.en));
  const concepts: Concept[] = found.map((c) => ({ label: c.en, variants: c.zh.map(normalizeForSearch), weight: 1 }));
  const coveredStems = new Set(found.flatMap((c) => c.en.toLowerCase().split(/[\s-]+/).map(stemEn)));
  for (const w of q.text.toLowerCase().match(/[a-z][a-z0-9-]{2,}|\d+%?/g) ?? []) {
    if (EN_STOP.has(w) || w.split("-").every((x) => coveredStems.has(stemEn(x)))) continue;
    const n = NUMBER_WORDS.indexOf(w);
    const o = ORDINAL_WORDS.indexOf(w);
    if (n > 0) concepts.push({ label: w, variants: [String(n), `${CN[n]}个`, `${CN[n]}次`, `${CN[n]}名`], weight: 1 });
    else if (o > 0) concepts.push({ label: w, variants: [`第${o}`], weight: 1 });
    else if (/^\d/.test(w)) concepts.push({ label: w, variants: [w], weight: 1 });
    // Other English words may occur as such (COVID-19, ACAD); unverifiable otherwise.
    else concepts.push({ label: w, variants: [w], weight: UNKNOWN_WORD_WEIGHT });
    coveredStems.add(stemEn(w));
  }
  return concepts;
}

/** How many of the concepts a passage (with its headings) contains. */
export function coverage(concepts: Concept[], passage: Passage, context = "", ctx?: AnswerContext): { hit: number; total: number; missing: string[] } {
  const text = normalizeForSearch(`${passage.text} ${passage.headingPath.join(" ")} ${context}`).replace(/\s+/g, "");
  const missing: string[] = [];
  let hit = 0;
  let total = 0;
  const found = (v: string) => {
    const w = v.replace(/\s+/g, "");
    // A glossary term found only inside a longer, different term does not count.
    return !!w && text.includes(w) && (!ctx || !vocabularyOf(ctx).includes(w) || withoutLongerTerms(ctx, text, w).includes(w));
  };
  for (const c of concepts) {
    total += c.weight;
    if (c.variants.some(found)) hit += c.weight;
    else if (c.weight >= 0.6) missing.push(c.label);
  }
  return { hit, total, missing };
}

/** A quantity, not a year, date, paragraph or resolution number: "730 多人", "近 50%", "四十多个", "11 个国家". */
const QUANTITY = /(?<![\d/.第])\d[\d,.]*\s*(?:%|个|名|多|所|项|人|份|家|国|次|美元|欧元|万|亿|percent|per cent)|(?<!第)[一二两三四五六七八九十百千]+多?(?:个|名|所|项|份|家|次)/;
const hasQuantity = (t: string) => {
  const withoutDates = findDates(t).reduceRight((s, d) => s.slice(0, d.index) + " " + s.slice(d.index + d.length), t);
  return QUANTITY.test(withoutDates.replace(/^\d+\.\s*/, "").replace(/\d{4}\s*年/g, " "));
};

/** Answers from the best-matching passages, or refuses. */
export function answerSearch(ctx: AnswerContext): AnswerResult | undefined {
  const { q, index } = ctx;
  const lang = q.lang;
  const hits = index.search(q.text, { limit: 12 });
  const concepts = conceptsOf(ctx);
  const need = (p: Passage) => {
    const t = toHalfWidth(p.text);
    if (q.asks.has("howMany") && !hasQuantity(t)) return false;
    if (q.asks.has("when") && !q.asks.has("what") && !findDates(t).length) return false;
    if (q.asks.has("where") && !ctx.glossary.data.venues.some((v) => t.includes(v.zh)) && !ctx.glossary.data.countries.some((c) => t.includes(c.zh))) return false;
    return true;
  };
  // A passage of the report of the tenth meeting is about the tenth meeting: the document's
  // header (body, meeting, dates) counts as context.
  const headerOf = (docId: string) => index.document(docId)?.passages.find((p) => p.locator === "header, meeting")?.text ?? "";
  const scored = hits
    .map((h) => ({ h, cov: coverage(concepts, h.passage, headerOf(h.passage.docId), ctx) }))
    .filter((x) => need(x.h.passage))
    .map((x) => ({ ...x, rank: x.h.score * (0.4 + (x.cov.total ? x.cov.hit / x.cov.total : 0)) }))
    .sort((a, b) => b.rank - a.rank);
  const best = scored[0];
  const ratio = best && best.cov.total ? best.cov.hit / best.cov.total : 0;
  // "Who …" needs a name in the passage: a State or an organization the glossary knows.
  const names = [...ctx.glossary.data.countries, ...ctx.glossary.data.organizations].map((x) => x.zh);
  const namesSomeone = (t: string) => names.some((n) => t.includes(n));
  if (!best || ratio < 0.6 || best.h.score < 3 || (q.asks.has("who") && (ratio < 0.8 || !namesSomeone(best.h.passage.text)))) {
    return { answer: refused(notCovered(ctx, best?.cov.missing ?? []), lang) };
  }
  const src = new Sources(index);
  const chosen = scored.filter((x, i) => i === 0 || (x.rank >= best.rank * 0.9 && x.cov.hit >= best.cov.hit && x.h.passage.docId !== best.h.passage.docId)).slice(0, 2);
  const lines: string[] = [];
  for (const { h } of chosen) {
    const p = h.passage;
    const cite = src.cite(p.id);
    const ss = sentences(plainText(p.text).replace(/^\d+\.\s*/, ""));
    const scoredSentences = ss.map((s) => ({ s, c: coverage(concepts, { ...p, text: s, headingPath: [] }).hit + (q.asks.has("howMany") && hasQuantity(s) ? 0.5 : 0) }));
    const max = Math.max(...scoredSentences.map((x) => x.c));
    const pick = scoredSentences.filter((x) => x.c === max).slice(0, 2).map((x) => x.s.trim());
    lines.push(`${pick.join("")}${cite}`);
  }
  const where = index.cite(best.h.passage.id);
  const meta = index.document(best.h.passage.docId)!.meta;
  const docName = meta.symbol ?? (lang === "en" && meta.titleEn ? `“${meta.titleEn}” (${meta.date ?? ""})` : where.document);
  const para = /^\d+$/.test(where.paragraph ?? "") ? (lang === "zh" ? `第${where.paragraph}段` : `, paragraph ${where.paragraph}`) : lang === "zh" ? `（${where.paragraph}）` : ` (${where.paragraph})`;
  const lead = lang === "zh" ? `据${docName}${para}：` : `According to ${docName}${para}:`;
  return { answer: answered(`${lead}\n${lines.join("\n")}`, src, lang) };
}

/** The refusal text: what was not found, and what the documents do cover (from the index). */
export function notCovered(ctx: AnswerContext, missing: string[]): string {
  const { lang } = ctx.q;
  const { index, glossary: g } = ctx;
  const about = missing.length ? (lang === "zh" ? `（未找到：${missing.slice(0, 3).join("、")}）` : ` (nothing on: ${missing.slice(0, 3).join(", ")})`) : "";
  const bodies = [...new Set(index.graph.meetings.filter((m) => m.start).flatMap((m) => m.bodies))].filter((b) => g.body(b)?.uncac !== false && b !== "other");
  const agendas = [...new Set(index.graph.agenda.map((a) => a.meetingId))].map((id) => index.meeting(id)!).filter((m) => index.slots(m.id).length);
  const years = index.graph.workplan.map((w) => w.year).filter((y): y is number => !!y);
  const parts = lang === "zh"
    ? [
        bodies.length ? `${bodies.map((b) => bodyName(g, b, "zh")).join("、")}的会议日期与地点` : "",
        agendas.length ? `${agendas.map((m) => meetingName(g, m, "zh")).join("、")}的议程与工作安排` : "",
        index.graph.resolutions.length ? `${index.graph.resolutions.length}项缔约国会议决议和决定` : "",
        index.graph.recommendations.length ? "工作组的建议及采取的行动" : "",
        index.graph.symbols.length ? `${index.graph.symbols.length}个文件文号` : "",
        years.length ? `${Math.min(...years)}-${Math.max(...years)}年工作计划` : "",
      ]
    : [
        bodies.length ? `dates and venues of meetings of the ${bodies.map((b) => bodyName(g, b, "en")).join(", ")}` : "",
        agendas.length ? `the agenda and organization of work of the ${agendas.map((m) => meetingName(g, m, "en")).join(", ")}` : "",
        index.graph.resolutions.length ? `${index.graph.resolutions.length} Conference resolutions and decisions` : "",
        index.graph.recommendations.length ? "the working group's recommendations and the actions taken" : "",
        index.graph.symbols.length ? `${index.graph.symbols.length} document symbols` : "",
        years.length ? `the ${Math.min(...years)}–${Math.max(...years)} workplan` : "",
      ];
  const cover = parts.filter(Boolean).join(lang === "zh" ? "；" : "; ");
  return lang === "zh"
    ? `现有的${index.documents.length}份会议文件没有回答这个问题${about}。文件涵盖：${cover}。`
    : `The ${index.documents.length} meeting documents I have do not answer this${about}. They cover: ${cover}.`;
}
