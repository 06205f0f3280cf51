/**
 * The multi-year workplan tables: the political declaration paragraphs each body considers in
 * each period, with the keywords.
 */
import type { WorkplanRow } from "../knowledge/index.js";
import type { AnswerContext, AnswerResult } from "./context.js";
import { dateToBeSet, Sources, answered, refused, bodyName, list } from "./compose.js";
import { questionBodies } from "./find-meetings.js";
import { englishOfTitle, inEnglish } from "./gloss.js";
import { formatDateRange, ordinalWord, parseChineseNumber } from "../knowledge/index.js";

function rowLine(ctx: AnswerContext, w: WorkplanRow, src: Sources): string {
  const lang = ctx.q.lang;
  const bodies = w.bodies.length ? w.bodies.map((b, i) => withSession(bodyName(ctx.glossary, b, lang), w.bodies.length === w.bodyNames.length ? w.bodyNames[i] : undefined, lang)) : w.bodyNames;
  const paras = w.paragraphs.length ? paragraphRuns(w.paragraphs).join(lang === "zh" ? "、" : ", ") : lang === "zh" ? "（无）" : "(none listed)";
  // The period in the asker's language: "4–8 September 2023" for "2023年9月4日至8日".
  const period = lang === "en" && w.start ? formatDateRange(w.start, w.end, "en") : lang === "en" ? w.period.replace(/年$/, "") : w.period;
  // A meeting the table lists with its date yet to be set ("（年份/日期待定）") is not dated by the row's period.
  const unset = dateToBeSet(w) ? (lang === "zh" ? "（年份/日期待定）" : " (year and date to be determined)") : "";
  // A row that lists no paragraphs says what it says in their place ("可能将…列入该届会议临时议程").
  if (!w.paragraphs.length && w.note) {
    return lang === "zh"
      ? `• ${period}：${list(bodies, "zh")}${unset}——${w.note}${src.cite(w.source)}`
      : `• ${period}: ${list(bodies, "en")}${unset} — “${w.note}”${inEnglish(englishOfTitle(ctx, w.note))}${src.cite(w.source)}`;
  }
  return lang === "zh"
    ? `• ${period}：${list(bodies, "zh")}${unset}——政治宣言第${paras}段${w.keywords ? `；关键词：${w.keywords}` : ""}${src.cite(w.source)}`
    : `• ${period}: ${list(bodies, "en")}${unset} — political declaration paragraphs ${paras}${w.keywords ? `; keywords: ${w.keywords}${inEnglish(englishOfTitle(ctx, w.keywords))}` : ""}${src.cite(w.source)}`;
}

/**
 * A body's name with the session the table names it by ("缔约国会议第十一届会议": "Conference of the
 * States Parties, eleventh session"): the row is that session, not any meeting of the body.
 */
function withSession(name: string, printed: string | undefined, lang: "en" | "zh"): string {
  const m = printed?.match(/第([一二三四五六七八九十百零〇\d]+)届(特别)?会议/);
  const n = m && parseChineseNumber(m[1]);
  if (!n) return name;
  return lang === "zh" ? `${name}第${m[1]}届${m[2] ?? ""}会议` : `${name}, ${ordinalWord(n)}${m[2] ? " special" : ""} session`;
}

/** Paragraph numbers with three or more in a row written as the tables write them: "16-19", not "16, 17, 18, 19". */
export function paragraphRuns(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    let j = i;
    while (j + 1 < paragraphs.length && /^\d+$/.test(paragraphs[j]) && Number(paragraphs[j + 1]) === Number(paragraphs[j]) + 1) j++;
    out.push(j - i >= 2 ? `${paragraphs[i]}-${paragraphs[j]}` : paragraphs[i]);
    if (j - i === 1) out.push(paragraphs[j]);
    i = j + 1;
  }
  return out;
}

const yearsByBuild = new WeakMap<readonly WorkplanRow[], Set<number | undefined>>();
function yearsOf(rows: readonly WorkplanRow[]): Set<number | undefined> {
  let years = yearsByBuild.get(rows);
  if (!years) yearsByBuild.set(rows, (years = new Set(rows.map((w) => w.year))));
  return years;
}

/** Answers questions about the rows of the workplan. */
export function answerWorkplan(ctx: AnswerContext): AnswerResult | undefined {
  const { q, index } = ctx;
  const lang = q.lang;
  // Every row, in order (what `index.workplan()` lists), and its years, kept per build: the rows grow with the corpus.
  const rows = index.graph.workplan;
  if (!rows.length) return undefined;
  const years = yearsOf(rows);
  // "2026年预防腐败问题工作组要讨论哪些议题": a body's topics in a year the plan covers.
  const yearTopics = q.dates?.precision === "year" && years.has(Number(q.dates.from.slice(0, 4))) && q.ordinal === undefined && (q.bodies.length > 0 || !!q.genericBody) && (q.asks.has("topic") || q.asks.has("agenda"));
  const mentionsPlan =
    q.asks.has("workplan") || q.paragraphs.length > 0 || /declaration par|paragraphs? of the (?:political )?declaration|宣言.{0,6}段/i.test(q.text) || yearTopics;
  if (!mentionsPlan || q.asks.has("recommend")) return undefined;
  // "When/how was the workplan approved" is about the plan, not its rows.
  if ((q.asks.has("when") || /approv|批准|通过/i.test(q.text)) && !q.paragraphs.length && !q.bodies.length) return undefined;
  let chosen = rows;
  const bodies = questionBodies(ctx);
  // The tests below go through every row of the corpus: each is made once, not once per row.
  if (bodies.length) {
    const named = (b: string) => bodies.includes(b);
    chosen = chosen.filter((w) => w.bodies.some(named));
  }
  if (q.dates) {
    const { from, to, precision } = q.dates;
    const first = Number(from.slice(0, 4));
    const last = Number(to.slice(0, 4));
    chosen = chosen.filter((w) => (precision === "year" ? w.year === first : w.start ? w.start <= to && (w.end ?? w.start) >= from : w.year !== undefined && w.year >= first && w.year <= last));
  }
  if (q.paragraphs.length) {
    const all = chosen.filter((w) => q.paragraphs.every((p) => w.paragraphs.includes(p)));
    chosen = all.length ? all : chosen.filter((w) => q.paragraphs.some((p) => w.paragraphs.includes(p)));
  }
  if (chosen === rows && !q.asks.has("workplan")) return undefined;
  const src = new Sources(index);
  if (!chosen.length) {
    // A year the plan covers, with no row for the body asked: say so, and what that year holds.
    const bodyYear = (yearTopics || q.asks.has("workplan")) && q.dates?.precision === "year" && bodies.length > 0;
    if (bodyYear && !q.paragraphs.length) return { answer: refused(noRowForBody(ctx, rows, bodies, Number(q.dates!.from.slice(0, 4)), src), lang, src) };
    // Declaration paragraphs that no row lists: the plan does not assign them.
    if (!q.paragraphs.length) return undefined;
    const years = rows.map((w) => w.year).filter((y): y is number => !!y);
    const span = `${Math.min(...years)}–${Math.max(...years)}`;
    return { answer: refused(lang === "zh" ? `工作计划中没有符合的行（工作计划涵盖${span}年）。` : `No row of the workplan matches (it covers ${span}).`, lang) };
  }
  // "Which year is it held": a row of a meeting whose date is yet to be set dates nothing.
  if ((q.asks.has("when") || q.asks.has("year")) && bodies.length && chosen.every((w) => dateToBeSet(w))) {
    const lines = chosen.slice(0, 12).map((w) => rowLine(ctx, w, src)).join("\n");
    return { answer: refused(lang === "zh" ? `文件没有给出日期：工作计划将这一会议列为年份和日期待定。\n${lines}` : `The documents give no date: the workplan lists the meeting with its year and date to be determined.\n${lines}`, lang, src) };
  }
  const head = lang === "zh" ? "附属机构关于大会特别会议后续行动的多年期工作计划：" : "The workplan of the subsidiary bodies for the follow-up to the special session:";
  return { answer: answered(`${head}\n${chosen.slice(0, 12).map((w) => rowLine(ctx, w, src)).join("\n")}`, src, lang) };
}

/** "The workplan gives the Implementation Review Group no topics for 2026; for 2026 it lists: …". */
function noRowForBody(ctx: AnswerContext, rows: WorkplanRow[], bodies: string[], year: number, src: Sources): string {
  const lang = ctx.q.lang;
  const names = list(bodies.map((b) => bodyName(ctx.glossary, b, lang)), lang);
  const ofYear = rows.filter((w) => w.year === year);
  const lines = ofYear.map((w) => {
    const who = list(w.bodies.length ? w.bodies.map((b) => bodyName(ctx.glossary, b, lang)) : w.bodyNames, lang);
    return `${w.keywords ? `${who}${lang === "zh" ? `（${w.keywords}）` : ` (“${w.keywords}”)`}` : who}${src.cite(w.source)}`;
  });
  const bodyRows = rows.filter((w) => w.bodies.some((b) => bodies.includes(b)));
  const bodyYears = [...new Set(bodyRows.map((w) => w.year).filter((y): y is number => !!y))];
  // A year the plan does not cover at all: the years it covers, cited where it gives the body's.
  if (!lines.length) {
    const years = rows.map((w) => w.year).filter((y): y is number => !!y);
    const span = `${Math.min(...years)}–${Math.max(...years)}`;
    const cites = src.citeAll(bodyRows.slice(0, 3).map((w) => w.source));
    return lang === "zh"
      ? `工作计划涵盖${span}年，没有${year}年的议题安排。${bodyYears.length ? `${names}的议题安排在：${bodyYears.join("、")}年${cites}。` : ""}`
      : `The workplan covers ${span} and gives no topics for ${year}.${bodyYears.length ? ` It gives the ${names} topics for ${list(bodyYears.map(String), "en")}${cites}.` : ""}`;
  }
  return lang === "zh"
    ? `工作计划没有为${names}安排${year}年的议题。${year}年的工作计划列有：${lines.join("；")}。${bodyYears.length ? `${names}的议题安排在：${bodyYears.join("、")}年。` : ""}`
    : `The workplan gives the ${names} no topics for ${year}. For ${year} it lists: ${lines.join("; ")}.${bodyYears.length ? ` It gives the ${names} topics for ${list(bodyYears.map(String), "en")}.` : ""}`;
}
