/**
 * When and where meetings take place: one meeting (dates, venue, opening time and room, format),
 * all meetings in a date range, or the candidates when the question is ambiguous.
 */
import type { Answer, Lang } from "../core/types.js";
import { daysBetween, localDate } from "../core/time.js";
import type { BodyId, Meeting, Passage } from "../knowledge/index.js";
import { findDates, formatTime, toChineseNumber, type DateMention, ordinalWord, normalizeForSearch, splitPassageId, passingThroughDocuments } from "../knowledge/index.js";
import type { AnswerContext, AnswerResult } from "./context.js";
import { dateToBeSet, Sources, answered, refused, meetingName, meetingWhen, venueName, dateTimePhrase, timeRangePhrase, ordinalEn, bodyName, list, pageNote, pageOf } from "./compose.js";
import { dayOfMeeting } from "./meeting-day.js";
import { findMeetings, meetingDevotedTo, meetingKindWords, meetingKindWordsZh, questionBodies } from "./find-meetings.js";
import { resolutionsInScope } from "./answer-search.js";
import { slotsOf, topicsRowOf } from "./lookups.js";
import { CHAIR, HOW_MANY_MEETINGS, MEETING_LENGTH } from "./intent.js";

const squash = (s: string) => s.replace(/\s+/g, "");

/**
 * The dates a passage's text states, and those of its squashed text, each found once per passage:
 * a list of meetings reads the same source passages for every meeting it names.
 */
const passageDates = new WeakMap<Passage, { plain: DateMention[]; squashed?: DateMention[] }>();
function datesOf(p: Passage): { plain: DateMention[]; squashed(): DateMention[] } {
  let d = passageDates.get(p);
  if (!d) passageDates.set(p, (d = { plain: findDates(p.text) }));
  const found = d;
  return { plain: found.plain, squashed: () => (found.squashed ??= findDates(squash(p.text))) };
}

/**
 * The first `limit` of a meeting's sources that state its dates (or month). A meeting of a large
 * corpus has hundreds of sources in as many documents, each read from its shard on first use:
 * only those up to the last one needed are read.
 */
function dateSources(ctx: AnswerContext, m: Meeting, limit: number, fromDoc?: string): string[] {
  return firstOf(fromDoc ? docFirst(m.sources, fromDoc) : m.sources, limit, (id) => {
    const p = ctx.index.passage(id);
    if (!p) return false;
    const dates = datesOf(p);
    const ds = dates.plain;
    if (m.start && ds.some((d) => d.start === m.start || (d.end && d.end === m.end && d.start.slice(0, 7) === m.start!.slice(0, 7)))) return true;
    if (!m.start && m.month && ds.some((d) => d.start.startsWith(m.month!))) return true;
    // A meeting the documents date by its year alone ("devoted to disarmament, in 1978"): a passage that writes the year.
    if (!m.start && !m.month && m.year && new RegExp(`(?<!\\d)${m.year}(?!\\d)`).test(p.text)) return true;
    // Workplan rows print "2023年6月 12日至16日": the squashed text has the date.
    return !!m.start && dates.squashed().some((d) => d.start === m.start);
  });
}

/** The first of a meeting's sources that names its venue (read as `dateSources` reads). */
function venueSource(ctx: AnswerContext, m: Meeting): string[] {
  if (!m.venue) return [];
  return firstOf(m.sources, 1, (id) => squash(ctx.index.passage(id)?.text ?? "").includes(squash(m.venue!)));
}

/** Whether one of the passages cited for the dates names the venue too. */
const venueCited = (ctx: AnswerContext, m: Meeting, cited: string[]) => !!m.venue && cited.some((id) => squash(ctx.index.passage(id)?.text ?? "").includes(squash(m.venue!)));

/** The first `limit` items passing `test`, in order, testing no further. */
function firstOf<T>(items: readonly T[], limit: number, test: (item: T) => boolean): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length && out.length < limit; i++) if (test(items[i])) out.push(items[i]);
  return out;
}

/** Passage ids of one document first, the others after, each in their order. */
const docFirst = (ids: readonly string[], docId: string) => [...ids.filter((id) => id.startsWith(`${docId}#`)), ...ids.filter((id) => !id.startsWith(`${docId}#`))];

/**
 * "(3–6 September 2024)[1]": a meeting's dates in brackets, cited; empty when unknown. With a
 * document (the one an answer lists from), its own statement of the dates is cited where it has
 * one, so that the answer's sources are that document rather than one that mentions the meeting.
 */
export function datesInBrackets(ctx: AnswerContext, m: Meeting, src: Sources, fromDoc?: string): string {
  const lang = ctx.q.lang;
  const when = meetingWhen(m, lang);
  if (!when) return "";
  const cite = src.citeAll(dateSources(ctx, m, 1, fromDoc));
  return lang === "zh" ? `（${when}）${cite}` : ` (${when})${cite}`;
}

/** Describes one meeting: name, dates, venue, opening, format; each fact cited. */
export function describeMeeting(ctx: AnswerContext, m: Meeting, src: Sources, opts: { opening?: boolean } = {}): string {
  const { lang } = ctx.q;
  const g = ctx.glossary;
  const name = meetingName(g, m, lang);
  const when = meetingWhen(m, lang);
  const ds = dateSources(ctx, m, 2);
  const parts: string[] = [];
  const whenCite = src.citeAll(ds);
  const venue = m.venue ? venueName(g, m.venue, lang) : undefined;
  if (lang === "zh") {
    let s = `**${name}**`;
    if (when) s += `：${when}${whenCite}`;
    if (venue) s += `，${venue}${venueCited(ctx, m, ds) ? "" : src.citeAll(venueSource(ctx, m))}`;
    parts.push(s + "。");
  } else {
    let s = `**The ${name}**`;
    if (when) s += `: ${when}${whenCite}`;
    if (venue) s += `, ${venue}${m.venue && venue !== m.venue ? ` (${m.venue})` : ""}${venueCited(ctx, m, ds) ? "" : src.citeAll(venueSource(ctx, m))}`;
    parts.push(s + ".");
  }
  if (m.opening && (opts.opening ?? true)) {
    const slot = slotsOf(ctx.index, m.id, m.opening.date).find((s) => s.start === m.opening!.time);
    const cite = src.citeAll([m.opening.source, slot?.source]);
    const place = m.opening.place ? (lang === "zh" ? m.opening.place : g.translateNames(m.opening.place.replace(/\s*楼\s*/, "楼").replace(/会议厅/, " room"))) : undefined;
    parts.push(
      lang === "zh"
        ? `开幕：${dateTimePhrase(m.opening.date, m.opening.time, "zh")}${place ? `，${place}` : ""}${cite}。`
        : `It opens on ${dateTimePhrase(m.opening.date, m.opening.time, "en")}${place ? `, ${place} (${m.opening.place})` : ""}${cite}.`,
    );
  }
  if (m.format) {
    // Only the first is cited: the sources after it are not read (each may be another document's shard).
    const fs = firstOf(m.sources, 1, (id) => /混合形式|现场与会|hybrid|in person/i.test(ctx.index.passage(id)?.text ?? ""));
    const label = m.format === "hybrid" ? (lang === "zh" ? "混合形式" : "hybrid (in person and online)") : lang === "zh" ? "现场与会" : "in person";
    parts.push(lang === "zh" ? `形式：${label}${src.citeAll(fs.slice(0, 1))}。` : `Format: ${label}${src.citeAll(fs.slice(0, 1))}.`);
  }
  // Topics of joint meetings come from the workplan row or the paragraph that reports them.
  const topics = topicsRowOf(ctx.index, m);
  if (topics) parts.push(lang === "zh" ? `议题：${topics.keywords}${src.cite(topics.source)}。` : `Topic: ${topics.keywords}${src.cite(topics.source)}.`);
  return parts.join(" ");
}

/** A meeting described (`describeMeeting`) as one sentence to go on from, its closing stop taken off. */
const meetingLine = (ctx: AnswerContext, m: Meeting, src: Sources) => describeMeeting(ctx, m, src).replace(/[。.\s]+$/, "");

/** A refusal that says what the documents do not give of a meeting, then what they give. */
function refusedBeside(ctx: AnswerContext, m: Meeting, lacking: Record<Lang, string>): Answer {
  const lang = ctx.q.lang;
  const src = new Sources(ctx.index);
  return refused(lang === "zh" ? `${lacking.zh}${meetingLine(ctx, m, src)}。` : `${lacking.en} ${meetingLine(ctx, m, src)}.`, lang, src);
}

/**
 * Of a body's meetings, the next (the first that starts on or after the asker's today) or the last
 * (the latest that started before it), resumed parts aside; when there is none, a refusal that
 * says so and gives the one the documents record nearest.
 */
function relativeTo(ctx: AnswerContext, ms: Meeting[], which: "next" | "last"): { meeting?: Meeting; none?: Answer } {
  const today = localDate(ctx.timeZone, ctx.now);
  // The body's own sessions or meetings, not its joint meetings or resumed parts, where it has any.
  const own = ms.filter((m) => m.kind === "session" || m.kind === "meeting");
  const dated = (own.length ? own : ms).filter((m) => m.start && m.kind !== "resumed").sort((a, b) => (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : 0));
  const meeting = which === "next" ? dated.find((m) => m.start! >= today) : dated.filter((m) => m.start! < today).at(-1);
  if (meeting) return { meeting };
  const { q, glossary: g } = ctx;
  const lang = q.lang;
  const nearest = which === "next" ? dated.at(-1) : dated[0];
  const src = new Sources(ctx.index);
  const said = nearest ? meetingLine(ctx, nearest, src).replace(/^\*\*The /, "**the ") : "";
  const body = bodyName(g, nearest?.bodies[0] ?? ms[0].bodies[0], lang);
  const day = dateTimePhrase(today, undefined, lang);
  const none = which === "next"
    ? lang === "zh" ? `文件没有记载${body}在${day}以后的会议。${said ? `所记载的最近一次：${said}。` : ""}` : `The documents record no meeting of the ${body} on or after ${day}.${said ? ` The latest they record: ${said}.` : ""}`
    : lang === "zh" ? `文件没有记载${body}在${day}以前的会议。` : `The documents record no meeting of the ${body} before ${day}.`;
  return { none: refused(none, lang, src) };
}

/** Answers "when/where is meeting X", "what met during March 2021": the meeting intents (intent.ts). */
export function answerMeeting(ctx: AnswerContext): AnswerResult | undefined {
  const { q, index, glossary: g } = ctx;
  const lang = q.lang;
  // Which questions ask a meeting's own facts is the meeting intents' rule (intent.ts).
  // "In 80/38, when is the ninth Biennial Meeting of States", "per the resolution on illicit arms, its review
  // conference": a meeting no body of the index holds, told of in the resolution's own text
  // (passage search, scoped to it), whether the resolution is named by number or described.
  if (!q.bodies.length && !q.genericBody && resolutionsInScope(ctx).length) return undefined;
  const asksChair = CHAIR.test(q.text);

  const found = findMeetings(ctx);
  const { specific, elsewhere } = found;
  const src = new Sources(index);
  const bodies = questionBodies(ctx);
  // "The next meeting", "上届会议": of the body's meetings, the one the asker's today places.
  const relative = q.relativeMeeting && q.ordinal === undefined && !q.dates && bodies.length && found.meetings.length ? relativeTo(ctx, found.meetings, q.relativeMeeting) : undefined;
  if (relative && !relative.meeting) return { answer: relative.none! };
  const meetings = relative?.meeting ? [relative.meeting] : found.meetings;

  if (!meetings.length) {
    // A body the documents hold no meeting of, which the workplan lists with its date yet to be
    // set ("资产追回问题缔约国会议特别会议（年份/日期待定）"): no date, and what the plan says.
    const planned = bodies.length === 1 && q.ordinal === undefined ? index.workplan({ body: bodies[0] }).find((r) => dateToBeSet(r)) : undefined;
    const name = planned && dateToBeSet(planned);
    if (planned && name) {
      const cite = src.cite(planned.source);
      return {
        answer: refused(lang === "zh" ? `文件没有给出${bodyName(g, bodies[0], "zh")}的日期：工作计划将其列为“${name}”${cite}。` : `The documents give no date for the ${bodyName(g, bodies[0], "en")}: the workplan lists it as “${name}” (year and date to be determined)${cite}.`, lang, src),
      };
    }
    if ((q.ordinal === undefined && !q.dates) || elsewhere) return undefined;
    const known = bodies.length ? index.meetings({ body: bodies[0] }).filter((m) => m.ordinal && m.kind !== "resumed") : [];
    const what = q.ordinal !== undefined
      ? lang === "zh"
        ? `${bodies.length ? bodyName(g, bodies[0], "zh") : ""}第${q.ordinal}${q.meetingWord === "session" ? "届" : "次"}${meetingKindWordsZh(q.text) ?? "会议"}`
        : `a ${ordinalEn(q.ordinal)} ${kindAsked(q.text)}${q.meetingWord ?? "meeting"}${bodies.length ? ` of the ${bodyName(g, bodies[0], "en")}` : devotedTo(q.text)}`
      : lang === "zh" ? "该时间段内举行的会议" : "a meeting in that period";
    const cover = known.length
      ? lang === "zh"
        ? `文件提到的该机构会议为：${known.map((m) => `第${m.ordinal}${m.kind === "session" ? "届" : "次"}`).join("、")}${known.some((m) => m.start) ? `（有日期的：${known.filter((m) => m.start).map((m) => `第${m.ordinal}${m.kind === "session" ? "届" : "次"} ${meetingWhen(m, "zh")}`).join("；")}）` : ""}。`
        : `The documents mention its ${list(known.map((m) => ordinalEn(m.ordinal!)), "en")} ${known[0].kind === "session" ? "sessions" : "meetings"}${known.some((m) => m.start) ? ` (with dates: ${known.filter((m) => m.start).map((m) => `${ordinalEn(m.ordinal!)}, ${meetingWhen(m, "en")}`).join("; ")})` : ""}.`
      : "";
    // Without a body named, the meetings the documents record are those of the bodies they follow:
    // a passage may still tell of another treaty's thirteenth meeting, which is not said not to exist.
    if (!bodies.length) return { answer: refused(lang === "zh" ? `文件所记录的各机构会议中没有${what}。` : `The documents record no ${what.replace(/^a /, "")} of the bodies whose meetings they follow.`, lang) };
    return { answer: refused(lang === "zh" ? `文件中没有关于${what}的信息。${cover}` : `The documents do not mention ${what}. ${cover}`, lang) };
  }

  // Who chaired: only a passage that names the chair answers, for whichever candidate it is.
  if (q.asks.has("who") && asksChair) {
    const src2 = new Sources(index);
    for (const m of meetings) {
      for (const id of m.sources) {
        const text = index.passage(id)!.text;
        const chair = text.match(/由\s*([^，。、\s]{2,15}?)\s*担任主席(?:的)?/) ?? text.match(/chaired by ([A-Z][\w .'-]{2,40}?)[,.;]/);
        if (!chair) continue;
        // "由沙特阿拉伯担任主席的 20 国集团反腐败工作组…": the chair belongs to the body named next.
        const next = text.slice(chair.index! + chair[0].length, chair.index! + chair[0].length + 30);
        if (!g.findBodies(next).some((b) => m.bodies.includes(b.id))) continue;
        const who = chair[1];
        const cite = src2.cite(id);
        const en = g.english(who);
        return {
          answer: answered(
            lang === "zh" ? `${meetingName(g, m, "zh")}由${who}担任主席${cite}。` : `The ${meetingName(g, m, "en")} was chaired by ${en ?? who}${en ? ` (${who})` : ""}${cite}.`,
            src2,
            lang,
          ),
          remember: { meetingId: m.id },
        };
      }
    }
    const m = meetings.length === 1 ? meetings[0] : undefined;
    const mention = m ? src2.cite(m.sources[0]) : "";
    const what = m ? meetingName(g, m, lang) : lang === "zh" ? "这些会议" : "these meetings";
    const the = m && lang === "en" ? "the " : "";
    return {
      answer: refused(
        lang === "zh" ? `文件提到${what}${mention}，但没有说明由谁担任主席或主持。` : `The documents mention ${the}${what}${mention} but do not say who chaired or presided over ${m ? "it" : "them"}.`,
        lang,
        src2,
      ),
    };
  }

  // A date range: every meeting in it (only joint ones when the question asks for a joint meeting).
  if (q.dates && q.ordinal === undefined && !specific) {
    const joint = /jointly|\bjoint\b|together|联席|共同/i.test(q.text) ? meetings.filter((m) => m.kind === "joint") : [];
    const shown = joint.length ? joint : meetings;
    // The meetings of a period grow with the corpus: a page at a time, "more" for the next.
    const page = pageOf(shown, ctx.page);
    const lines = page.items.map((m) => `• ${describeMeeting(ctx, m, src, { opening: false })}`);
    if (page.total > page.items.length) lines.push(pageNote(page, lang));
    // "How many meetings did it hold in 2024": the count of those the documents place there.
    const head = HOW_MANY_MEETINGS.test(q.text)
      ? lang === "zh" ? `文件记载该期间举行了${shown.length}次会议：` : `The documents place ${shown.length} meeting${shown.length > 1 ? "s" : ""} in that period:`
      : lang === "zh" ? `文件记载的在该期间举行的会议：` : `Meetings the documents place in that period:`;
    return { answer: answered(`${head}\n${lines.join("\n")}`, src, lang), remember: shown.length === 1 ? { meetingId: shown[0].id } : undefined, next: page.next };
  }

  if (meetings.length > 1) {
    // Ambiguous: give the candidates, each cited, and how to ask for one.
    const lines = meetings.slice(0, 6).map((m) => {
      const d = describeMeeting(ctx, m, src, { opening: true });
      const said = /[[]\d+]/.test(d) ? d : `${d}${src.cite(m.sources[0])}`;
      return `• ${said}${!m.start ? (lang === "zh" ? "（文件未载明其日期）" : " (the documents give no dates of its own)") : ""}`;
    });
    const how = lang === "zh" ? "请指明机构，例如“缔约国会议第十届会议何时举行？”" : 'Say which body you mean, e.g. "what are the dates of the Conference of the States Parties\' 10th session?"';
    const head = lang === "zh" ? "文件中有多个符合的会议：" : "More than one meeting matches:";
    return { answer: answered(`${head}\n${lines.join("\n")}\n${how}`, src, lang), clarifies: true };
  }

  const m = meetings[0];
  // A room asked of a meeting whose opening names none: what the documents give, and that they give no room.
  if (q.asks.has("room") && !m.opening?.place) return { answer: refusedBeside(ctx, m, { zh: "文件没有载明会议厅。", en: "The documents name no room." }) };
  // Its days asked ("the exact dates", "具体哪几天") of a meeting the documents place in a month or
  // a year only: they give no days, and that month or year.
  if (DAYS_ASKED.test(q.text) && !m.start && m.month) return { answer: refusedBeside(ctx, m, { zh: "文件只载明月份，没有载明哪几天。", en: "The documents give no days, only the month." }) };
  if (DAYS_ASKED.test(q.text) && !m.start && m.year) return { answer: refusedBeside(ctx, m, { zh: "文件只载明年份，没有载明哪几天。", en: "The documents give no days, only the year." }) };
  const wantsWhere = q.asks.has("where");
  // ("Which year was it held" asks when, as far as the year.)
  const wantsWhen = q.asks.has("when") || q.asks.has("time") || q.asks.has("year");
  if ((wantsWhere && !m.venue && !wantsWhen) || (wantsWhen && !m.start && !m.month && !m.year && !wantsWhere) || (wantsWhere && wantsWhen && !m.venue && !m.start)) {
    const s = new Sources(index);
    const mention = s.citeAll(m.sources.slice(0, 2));
    const noPlace = wantsWhere && !m.venue;
    const noDate = wantsWhen && !m.start && !m.month && !m.year;
    const missing = noPlace && noDate ? (lang === "zh" ? "举行日期和地点" : "when or where it was held") : noPlace ? (lang === "zh" ? "举行地点" : "where it was held") : lang === "zh" ? "举行日期" : "when it was held";
    return {
      answer: refused(
        lang === "zh" ? `文件提到${meetingName(g, m, "zh")}${mention}，但没有载明其${missing}。` : `The documents mention the ${meetingName(g, m, "en")}${mention} but do not say ${missing}.`,
        lang,
        s,
      ),
    };
  }
  // "What time do they start on Wednesday 4 September": that day's first slot, not the opening.
  const day = q.asks.has("time") || q.asks.has("clock") ? dayOfMeeting(ctx, m) : undefined;
  if (day && day !== m.opening?.date) {
    const first = slotsOf(index, m.id, day)[0];
    if (first) {
      const cite = src.cite(first.source);
      const items = first.items.length ? (lang === "zh" ? `项目${first.items.join("、")}` : `item${first.items.length > 1 ? "s" : ""} ${first.items.join(", ")}`) : "";
      const slot = first.end ? (lang === "zh" ? `第一个时段：${timeRangePhrase(first.start, first.end, "zh")}` : `first slot ${timeRangePhrase(first.start, first.end, "en")}`) : "";
      const details = [slot, items].filter(Boolean).join(lang === "zh" ? "，" : ", ");
      const said = lang === "zh"
        ? `${meetingName(g, m, "zh")}${dateTimePhrase(day, undefined, "zh")}${formatTime(first.start, "zh")}开始${details ? `（${details}）` : ""}${cite}。`
        : `On ${dateTimePhrase(day, undefined, "en")}, the ${meetingName(g, m, "en")} starts at ${formatTime(first.start, "en")}${details ? ` (${details})` : ""}${cite}.`;
      return { answer: answered(said, src, lang), remember: { meetingId: m.id } };
    }
  }
  const place = wantsWhere ? placeAsWritten(ctx, m) : undefined;
  const text = describeMeeting(ctx, m, src) + (place ? `\n${placeLine(place, src, lang)}` : "") + lengthLine(ctx, m);
  if (!src.size) {
    return { answer: refused(lang === "zh" ? `文件提到${meetingName(g, m, "zh")}，但没有载明其日期或地点。` : `The documents mention the ${meetingName(g, m, "en")} but give no dates or venue.`, lang) };
  }
  return { answer: answered(text, src, lang), remember: { meetingId: m.id } };
}

/** " devoted to disarmament": what the question says a meeting is devoted to, after its word. */
const devotedTo = (text: string) => {
  const devoted = meetingDevotedTo(text);
  return devoted ? ` ${devoted}` : "";
};
/** The words that say what kind of meeting is asked, as the question writes them ("Biennial "), if any. */
const kindAsked = (text: string) => {
  const kind = meetingKindWords(text);
  return kind ? `${kind} ` : "";
};

/** The days of a meeting asked, not only when it was: "exact dates", "which days", "具体哪几天", "几号". */
const DAYS_ASKED = /\bexact(?:ly)? (?:dates?|days?|when)\b|\bwhich days?\b|\bon what (?:day|date)\b|具体(?:哪|是哪|日期|的日期|时间)|哪(?:一)?天|哪几天|几号|几月几[日号]/i;

/** How many days a meeting runs, when the question asks how long: its dates counted, both ends included. */
function lengthLine(ctx: AnswerContext, m: Meeting): string {
  if (!MEETING_LENGTH.test(ctx.q.text) || !m.start || !m.end) return "";
  const days = daysBetween(m.start, m.end) + 1;
  if (!(days > 0)) return "";
  return ctx.q.lang === "zh" ? `\n会期共${days}天。` : `\nThat is ${days} day${days > 1 ? "s" : ""}.`;
}

/**
 * The place a meeting's sources write more fully than its city ("在维也纳Wagramerstrasse 5维也纳国际
 * 中心的联合国驻维也纳办事处举行", "held at the Vienna International Centre, …"), with its passage.
 */
function placeAsWritten(ctx: Corpus, m: Meeting): { text: string; source: string } | undefined {
  if (!m.venue) return undefined;
  // Kept per meeting (a build's meeting objects live as long as the build): a meeting the
  // corpus cites everywhere has its sources in hundreds of documents, each read to look, and
  // read without being kept, so that the look lets go of none of the documents other answers use.
  let kept = placesWritten.get(m);
  if (kept === undefined) placesWritten.set(m, (kept = passingThroughDocuments(() => findPlaceWritten(ctx, m)) ?? null));
  return kept ?? undefined;
}
const placesWritten = new WeakMap<Meeting, { text: string; source: string } | null>();
/** What looking up a meeting's place reads: the index and its glossary. */
type Corpus = Pick<AnswerContext, "index" | "glossary">;

/**
 * A body's next session or meeting with a number as of `today` (an ISO date), not a resumed one:
 * the meeting delegates ask about before any other ("when and where is the 15th meeting", "its agenda").
 */
export function nextSession(corpus: Corpus, body: BodyId, today: string): Meeting | undefined {
  let next: Meeting | undefined;
  for (const m of corpus.index.meetings({ body })) {
    if ((m.kind !== "session" && m.kind !== "meeting") || m.ordinal === undefined || !m.start || m.start < today) continue;
    if (!next || m.start < next.start! || (m.start === next.start && m.id < next.id)) next = m;
  }
  return next;
}

/**
 * Reads ahead what a first question about a meeting reads (the warm-up, for the sessions coming
 * up): where its sources write its place, which for a session cited in hundreds of documents
 * means reading them all once, and the passages its agenda items cite.
 */
export function prepareMeeting(corpus: Corpus, m: Meeting): void {
  placeAsWritten(corpus, m);
  for (const item of corpus.index.agenda(m.id)) if (item.source) corpus.index.passage(item.source);
}

function findPlaceWritten(ctx: Corpus, m: Meeting): { text: string; source: string } | undefined {
  const other = ctx.glossary.data.venues.find((v) => v.en === m.venue || v.zh === m.venue);
  const names = [m.venue, other?.en, other?.zh].filter((n): n is string => !!n);
  // A passage that writes the place holds one of its names: documents that hold none are not read.
  const holds = new Map<string, boolean>();
  const mayHold = (docId: string | undefined) => {
    if (docId === undefined || !ctx.index.mayContain) return true;
    let h = holds.get(docId);
    if (h === undefined) holds.set(docId, (h = ctx.index.mayContain(docId, names)));
    return h;
  };
  for (const id of m.sources) {
    if (!mayHold(splitPassageId(id).docId)) continue;
    const text = ctx.index.passage(id)?.text.replace(/\s+/g, " ");
    if (!text) continue;
    for (const re of PLACE_WRITTEN) {
      const place = re.exec(text)?.[1]?.trim();
      if (place && names.some((n) => place.includes(n) && place.length > n.length + 3)) return { text: place, source: id };
    }
  }
  return undefined;
}
/** A meeting's place as a sentence writes it: after 在 before 举行, after "held at" before the dates. */
const PLACE_WRITTEN = [/在\s*([^，。；在]{4,60}?)\s*(?:举行|召开)/, /\b(?:held|convened|take place|takes place|meet)\s+(?:at|in)\s+(?:the\s+)?([A-Z][^.;]{5,120}?)(?=,?\s+(?:from|on|between)\b|[.;]|$)/];

function placeLine(place: { text: string; source: string }, src: Sources, lang: Lang): string {
  if (lang === "zh") return `具体地点：${place.text}${src.cite(place.source)}。`;
  return `Place as the documents write it: ${/\p{Script=Han}/u.test(place.text) ? `“${place.text}”` : place.text}${src.cite(place.source)}.`;
}

/**
 * "At which session was resolution 8/2 adopted": a Conference resolution is adopted at the session
 * its number begins with; the answer cites the passage that says so where there is one, and
 * describes the session where the documents give its dates or venue.
 */
export function answerAdoptingSession(ctx: AnswerContext): AnswerResult | undefined {
  const { q, index } = ctx;
  const lang = q.lang;
  const r = index.resolution(q.resolutions[0].number);
  if (!r || r.body !== "cosp" || r.docId) return undefined;
  const src = new Sources(index);
  const said = r.sources.find((id) => {
    const t = normalizeForSearch(index.passage(id)?.text ?? "");
    return t.includes(`第${r.session}届会议`) || new RegExp(`\\b${ordinalEn(r.session)} session|\\b${ordinalWord(r.session)} session`, "i").test(t);
  });
  const cite = src.cite(said ?? r.sources[0]);
  const m = index.meetings({ body: "cosp", ordinal: r.session }).find((x) => x.kind === "session");
  const intro = lang === "zh"
    ? `第${r.number}号决议由缔约国会议第${toChineseNumber(r.session)}届会议通过${cite}。`
    : `Resolution ${r.number} was adopted by the Conference at its ${ordinalWord(r.session)} session${cite}.`;
  if (!m || (!m.start && !m.venue)) return { answer: answered(intro, src, lang) };
  return { answer: answered(`${intro}\n${describeMeeting(ctx, m, src)}`, src, lang), remember: { meetingId: m.id } };
}
