/**
 * Agendas and the organization of work: the whole provisional agenda of a meeting, one item
 * with its sub-items, slot, documents and mandates, the last item, or what is on a given day.
 */
import type { AgendaItem, Meeting, TimeSlot } from "../knowledge/index.js";
import { formatDate, plainText, weekday, itemKey, normalizeForSearch, stemLine, hasStemKey, ORDINAL_PATTERN, chineseVocabulary, englishWords, toHalfWidth, type Glossary } from "../knowledge/index.js";
import type { AnswerContext, AnswerResult } from "./context.js";
import { Sources, answered, refused, meetingName, meetingWhen, timeRangePhrase, ordinalEn, venueName, paragraphText } from "./compose.js";
import { datesInBrackets } from "./answer-meeting.js";
import { findMeetings } from "./find-meetings.js";
import { DISTINCTIVE, conceptsOf, coverage } from "./answer-search.js";
import { agendaOf, meetingsWithAgenda, slotsOf } from "./lookups.js";
import { dayOfMeeting } from "./meeting-day.js";
import { bodyNames } from "./body-names.js";
import { RESOLUTION_WORD } from "./resolution-slots.js";

/** "Meetings with an agenda: the 14th session of the Implementation Review Group (item list), …" for refusals and bad arguments. */
export function agendaCoverage(ctx: AnswerContext): string {
  const lang = ctx.q.lang;
  const ms = meetingsWithAgenda(ctx.index);
  const names = ms.map((m) => `${meetingName(ctx.glossary, m, lang)}${m.start ? ` (${meetingWhen(m, lang)})` : ""}`);
  return lang === "zh" ? `文件载有以下会议的议程（或议程项目）：${names.join("；")}。` : `The documents give the agenda (or agenda items) of: ${names.join("; ")}.`;
}

const isChild = (parent: string, child: string) => child !== parent && child.startsWith(parent) && child[parent.length] === "(";

/** The slots of an item and of its sub-items: a parent item (2, 2(a)) runs as long as its sub-items do. */
function slotsOfItem(ctx: AnswerContext, item: AgendaItem): TimeSlot[] {
  const covers = (key: string) => key === item.key || (key.startsWith(item.key) && key[item.key.length] === "(");
  return slotsOf(ctx.index, item.meetingId).filter((s) => s.items.some((n) => covers(itemKey(n))));
}

/** "Tuesday 3 September 2024, 3–6 p.m.[n]", or for many slots the first and the last with their count. */
function slotsPhrase(ctx: AnswerContext, slots: TimeSlot[], src: Sources): string {
  if (slots.length <= 3) return slots.map((s) => slotPhrase(ctx, s, src)).join("; ");
  const [first, last] = [slotPhrase(ctx, slots[0], src), slotPhrase(ctx, slots[slots.length - 1], src)];
  return ctx.q.lang === "zh" ? `共${slots.length}个时段，自${first}至${last}` : `${slots.length} slots, from ${first} to ${last}`;
}

function datePassage(ctx: AnswerContext, s: TimeSlot): string | undefined {
  const p = ctx.index.passage(s.source);
  if (!p) return undefined;
  return ctx.index.document(p.docId)?.passages.find((x) => x.locator === `annex, ${s.date}`)?.id;
}

function slotPhrase(ctx: AnswerContext, s: TimeSlot, src: Sources): string {
  const lang = ctx.q.lang;
  const cite = src.citeAll([s.source, datePassage(ctx, s)]);
  return lang === "zh"
    ? `${formatDate(s.date, "zh")}（${weekday(s.date, "zh")}）${timeRangePhrase(s.start, s.end, "zh")}${cite}`
    : `${weekday(s.date, "en")} ${formatDate(s.date, "en")}, ${timeRangePhrase(s.start, s.end, "en")}${cite}`;
}

/** A line of an agenda list; `labelled` names the item ("Item 2 …") where the list is not the whole agenda. */
function itemLine(ctx: AnswerContext, it: AgendaItem, src: Sources, depth: number, labelled = false, cited = true): string {
  const pad = "  ".repeat(depth);
  const number = labelled ? (ctx.q.lang === "zh" ? `项目${it.number}` : `Item ${it.number}`) : it.number;
  return `${pad}• ${number} ${itemTitle(ctx.glossary, it, ctx.q.lang)}${cited ? src.cite(it.source) : ""}`;
}

/**
 * Items quoted as one run where the document prints them numbered in a row ("1. Organizational
 * matters: (a) Opening …; (b) Election of officers; … 10. Adoption of the report."); "" for a list
 * with bullets (its lines are not one text) or items that are not one run, which are cited one by one.
 */
function citeNumberedRun(ctx: AnswerContext, src: Sources, items: readonly AgendaItem[]): string {
  return items.every((i) => ctx.index.passage(i.source)?.label) ? src.citeRun(items.map((i) => i.source)) : "";
}

/**
 * An item's title in the asker's language where the glossary has the whole title as a term (the
 * standing items of every agenda: "组织事项" is "Organizational matters", "Election of officers"
 * is "选举主席团成员"), the title as written beside it in quotation marks; else as written.
 */
export function itemTitle(glossary: Glossary, it: AgendaItem, lang: "en" | "zh"): string {
  const title = plainText(it.title);
  const bare = title.replace(/^[“"「]|[”"」]?[;；.。]?\s*$/g, "").trim();
  const chinese = /\p{Script=Han}/u.test(bare);
  if (lang === "en" && chinese) {
    // The term's first English form, or the longest that goes on from it ("adoption of the agenda
    // and organization of work", not "adoption of the agenda"; "opening of the meeting", not "opening").
    const forms = chineseVocabulary(glossary).english.get(toHalfWidth(bare).replace(/\s+/g, "").toLowerCase()) ?? [];
    const en = forms.filter((f) => f.startsWith(`${forms[0]} `)).reduce((best, f) => (f.length > best.length ? f : best), forms[0] ?? "");
    return en ? `${en[0].toUpperCase()}${en.slice(1)} (“${bare}”)` : title;
  }
  if (lang === "zh" && !chinese) {
    const words = englishWords(bare.replace(/-/g, " ")).length;
    const whole = glossary.englishConcepts(bare).find((c) => c.start === 0 && c.end === words);
    return whole?.zh[0] ? `${whole.zh[0]}（「${bare}」）` : title;
  }
  return title;
}

/**
 * Whether the items the documents give of an agenda are all of it: the top-level items run 1, 2,
 * 3… without a gap. Items known only from other documents' covers (a cover naming its item 2)
 * are not the agenda.
 */
function isWholeAgenda(items: readonly AgendaItem[]): boolean {
  // Kept per list (a meeting's items, which live as long as their build): a meeting cited
  // everywhere has hundreds of items, looked through on every question about its agenda.
  let whole = wholeAgendas.get(items);
  if (whole === undefined) {
    const tops = items.filter((i) => /^\d+$/.test(i.number)).map((i) => Number(i.number));
    wholeAgendas.set(items, (whole = tops.length > 0 && tops.every((n, k) => n === k + 1)));
  }
  return whole;
}
const wholeAgendas = new WeakMap<readonly AgendaItem[], boolean>();

/** The words of an agenda and of taking its items up, in both languages. */
const AGENDA_WORDS = "provisional agenda proposed item number 临时议程 项目 编号 take up taken up discuss consider deal with schedule slot organization of work morning afternoon 讨论 审议 议题 安排 上午 下午";

/**
 * The paragraph of an item's annotations that says what the question asks of the item beyond its
 * title, schedule and documents ("item 2 is to be considered jointly with item 4 of the
 * Implementation Review Group": "which item of the IRG is it taken up with"): the one holding the
 * most of the question's other words, where it holds one that only it does.
 */
function annotationAsked(ctx: AnswerContext, it: AgendaItem, meeting: Meeting): string | undefined {
  if (!it.annotations.length) return undefined;
  const { index } = ctx;
  const said = `${meetingWords(ctx, meeting)} ${plainText(it.title)}`;
  const unsaid = conceptsOf(ctx).filter((c) => !c.neutral && c.source !== "number" && !coverage([c], { text: "", headingPath: [] }, said, ctx).hit);
  const rest = unsaid.filter((c) => c.weight >= DISTINCTIVE);
  if (!rest.length) return undefined;
  // (Of annotations that hold as much of it, the one that holds more of the lesser words,
  // "最佳做法"; of several that hold all of it, the first.)
  const held = it.annotations.map((id) => {
    const text = { text: index.passage(id)?.text ?? "", headingPath: [] };
    return { id, hit: coverage(rest, text, "", ctx).hit, all: coverage(unsaid, text, "", ctx).hit };
  });
  const best = held.reduce((a, b) => (b.hit > a.hit || (b.hit === a.hit && b.all > a.all) ? b : a));
  const whole = rest.reduce((sum, c) => sum + c.weight, 0);
  return best.hit > 0 && (best.hit >= whole || held.filter((x) => x.hit === best.hit && x.all === best.all).length === 1) ? best.id : undefined;
}

/** What names a meeting and its agenda: its names, place and dates, and the words of an agenda. */
function meetingWords(ctx: AnswerContext, meeting: Meeting): string {
  const g = ctx.glossary;
  const when = meeting.start ? [meetingWhen(meeting, "en"), meetingWhen(meeting, "zh")] : [];
  return [meetingName(g, meeting, "en"), meetingName(g, meeting, "zh"), meeting.venue, meeting.venue && venueName(g, meeting.venue, "en"), ...when, AGENDA_WORDS].filter(Boolean).join(" ");
}

/** Agenda items whose title the question names ("通过报告", "women and youth"), best first. */
function itemsByTitle(ctx: AnswerContext, items: readonly AgendaItem[], meeting: Meeting): AgendaItem[] {
  const { q } = ctx;
  // What names the meeting and its agenda (its number, its place, its dates, "provisional
  // agenda") is no title's words either, nor are the verbs of taking an item up.
  const ofMeeting = meetingWords(ctx, meeting);
  // The body's own name is no title's words ("实施情况审议组" in "…实施情况审议机制…").
  const unnamed = ctx.glossary.findBodies(q.text).reduceRight((t, b) => `${t.slice(0, b.index)}|${t.slice(b.index + b.length)}`, q.text);
  const question = normalizeForSearch(unnamed).replace(/\s+/g, "");
  const concepts = conceptsOf(ctx).filter((c) => !c.neutral && c.weight >= 0.6 && !coverage([c], { text: "", headingPath: [] }, ofMeeting, ctx).hit);
  const scored = items.map((it) => {
    const forms = titleForms(it);
    const title = forms.title;
    let score = 0;
    // A Chinese question is read against a Chinese title by its character pairs, against an
    // English one ("Asset recovery") by its concepts, as an English question is.
    if (q.lang === "zh" && /[\u4e00-\u9fff]/.test(title)) {
      for (let i = 0; i + 1 < title.length; i++) if (question.includes(title.slice(i, i + 2))) score++;
      score = title.length > 1 && (score >= 4 || score / (title.length - 1) >= 0.6) ? score : 0;
    } else {
      const stems = (forms.stems ??= stemLine(plainText(it.title)));
      const hits = concepts.filter((c) => c.variants.some((v) => v && title.includes(v.replace(/\s+/g, ""))) || c.en.some((k) => hasStemKey(stems, k)));
      // Two of the question's words (a term of several words the glossary knows, "women and youth",
      // counts for two), or one that leaves no rarer word of the question out.
      const rare = concepts.filter((c) => c.weight >= 1);
      const words = hits.reduce((n, c) => n + (c.source === "terminology" && /\s/.test(c.label) ? 2 : 1), 0);
      score = words >= 2 || (hits.length === 1 && rare.every((c) => hits.includes(c))) ? words : 0;
    }
    return { it, score };
  });
  const best = Math.max(0, ...scored.map((x) => x.score));
  // The most specific item wins a tie: "2(a)(四)" over "2".
  return best ? scored.filter((x) => x.score === best).map((x) => x.it).sort((a, b) => b.number.length - a.number.length).slice(0, 1) : [];
}

/**
 * An item's title as `itemsByTitle` compares it (normalised for search, without spaces and
 * punctuation) and its stems, made once per item: a meeting cited everywhere has dozens of items,
 * every question about its agenda reads them all, and the items live as long as their build.
 */
function titleForms(it: AgendaItem): { title: string; stems?: string } {
  let forms = titlesOf.get(it);
  if (!forms) titlesOf.set(it, (forms = { title: normalizeForSearch(plainText(it.title)).replace(/[\s，、；。：]/g, "") }));
  return forms;
}
const titlesOf = new WeakMap<AgendaItem, { title: string; stems?: string }>();

/** Picks the meeting an agenda question is about. */
function agendaMeeting(ctx: AnswerContext): { meeting?: Meeting; candidates: Meeting[]; other?: boolean } {
  const withAgenda = meetingsWithAgenda(ctx.index);
  const { q } = ctx;
  if (q.ordinal !== undefined || q.bodies.length) {
    const { meetings } = findMeetings(ctx);
    const c = meetings.filter((m) => withAgenda.includes(m));
    return { meeting: c.length === 1 ? c[0] : undefined, candidates: c };
  }
  if (q.dates) {
    const c = withAgenda.filter((m) => slotsOf(ctx.index, m.id).some((s) => s.date >= q.dates!.from && s.date <= q.dates!.to));
    if (c.length) return { meeting: c.length === 1 ? c[0] : undefined, candidates: c };
  }
  if (ctx.thread.meetingId) {
    const m = withAgenda.find((x) => x.id === ctx.thread.meetingId);
    if (m) return { meeting: m, candidates: [m] };
  }
  // With no meeting named: the one whose organization of work the documents give; but a question
  // about a resolution's place on an agenda ("CTBT res: when is it back on the agenda?") is not
  // about that meeting's. (A resolution, not a decision: "the Assembly's decisions" on an agenda are its items.)
  if (RESOLUTION_WORD.test(q.text) && !q.items.length) return { candidates: [] };
  const full = withAgenda.filter((m) => slotsOf(ctx.index, m.id).length > 0);
  // Nor is a question about another meeting ("the cluster munitions meeting", "NPT review
  // conference", "军控会议"): that one's agenda is not the documents' to give.
  if (full.length === 1 && namesOtherMeeting(ctx, full[0])) return { candidates: [], other: true };
  return { meeting: full.length === 1 ? full[0] : undefined, candidates: full };
}

/**
 * The words a question puts before its meeting ("the cluster munitions meeting", "NPT review
 * conference", "化学武器公约缔约国大会") and after it ("the conference of the parties to the ATT").
 */
const MEETING_QUALIFIED = {
  en: /((?:\b[\w'’-]+\s+){1,4})(?:meetings?|conferences?|sessions?|summits?|mtgs?)\b(?:\s+(?:of|to|for)\s+((?:the\s+)?(?:[\w'’-]+\s*){1,6}))?/gi,
  zh: /([\u4e00-\u9fffA-Za-z]{2,12}?)(?:会议|大会|峰会|届会)/g,
};

/** A number or an ordinal ("十五次", "第三届", "15th", "third"): which meeting, not whose. */
const NUMBERED = new RegExp(`^(?:第?[〇零一二三四五六七八九十百两\\d]+[次届期]?|\\d+(?:st|nd|rd|th)|${ORDINAL_PATTERN})$`, "i");

/** What says which of a body's meetings is meant, not which body's: when, which one, what part. */
const MEETING_WORDS = [
  "next upcoming coming last previous this current first opening closing plenary morning afternoon evening day week month year today tomorrow formal informal in-person virtual online hybrid working group body",
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december",
  "下次 下一次 这次 本次 此次 上次 那次 首次 开幕 闭幕 全体 上午 下午 晚上 今天 明天 本周 下周 即将 召开 举行",
  ..."一二三四五六日天".split("").map((d) => `星期${d} 周${d} 礼拜${d}`),
].join(" ");

/**
 * Whether the question qualifies the meeting whose agenda it asks with words the one meeting with
 * an organization of work does not answer to: its names in both languages, its body's names, its
 * place and dates, its items' titles, and the words that only say which of its meetings is meant.
 */
function namesOtherMeeting(ctx: AnswerContext, meeting: Meeting): boolean {
  const { q, glossary: g } = ctx;
  const qualifiers = [...q.text.matchAll(MEETING_QUALIFIED[q.lang])].map((m) => `${m[1] ?? ""} ${m[2] ?? ""}`.toLowerCase());
  if (!qualifiers.length) return false;
  const inQualifier = (label: string) => qualifiers.some((t) => t.includes(label.toLowerCase()));
  const concepts = conceptsOf(ctx).filter((c) => c.source !== "number" && !NUMBERED.test(c.label) && (c.neutral || c.weight >= 0.6) && inQualifier(c.label));
  if (!concepts.length) return false;
  const when = meeting.start ? [meetingWhen(meeting, "en"), meetingWhen(meeting, "zh")] : [];
  const items = agendaOf(ctx.index, meeting.id).map((i) => plainText(i.title));
  const own = [meetingName(g, meeting, "en"), meetingName(g, meeting, "zh"), ...meeting.bodies.map((b) => bodyNames(g, b)), meeting.venue, meeting.venue && venueName(g, meeting.venue, "en"), ...when, ...items, AGENDA_WORDS, MEETING_WORDS].filter(Boolean).join(" ");
  return concepts.some((c) => !coverage([c], { text: "", headingPath: [] }, own, ctx).hit);
}


/** The items of an agenda a resolution mandates, the most particular of them. */
function mandatedItems(items: readonly AgendaItem[], numbers: string[]): AgendaItem[] {
  const mandated = items.filter((it) => it.mandates.some((m) => numbers.includes(m)));
  return mandated.filter((it) => !mandated.some((c) => c !== it && isChild(it.number, c.number)));
}

/**
 * Answers agenda questions and the /agenda command. `untitled`: the command named only a meeting
 * (and perhaps an item), no words of a title to look for.
 */
export function answerAgenda(ctx: AnswerContext, opts: { command?: boolean; untitled?: boolean } = {}): AnswerResult | undefined {
  const { q, index, glossary: g } = ctx;
  const lang = q.lang;
  // Which free questions are the agenda's is the agenda intents' rule (intent.ts).
  const asksAgenda = q.asks.has("agenda") || q.items.length > 0 || opts.command;
  // "When is the report adopted?": an item named by its title, at a meeting with an agenda.
  const byTitleOnly = !asksAgenda;
  const { meeting, candidates, other } = agendaMeeting(ctx);
  const src = new Sources(index);
  if (!meeting && byTitleOnly) return undefined;
  if (!meeting) {
    if (candidates.length > 1) {
      const lines = candidates.map((m) => `• ${meetingName(g, m, lang)}${m.start ? ` (${meetingWhen(m, lang)})` : ""}${src.cite(agendaOf(index, m.id)[0]?.source)}`);
      return { answer: answered(`${lang === "zh" ? "有多个会议的议程符合，请指明：" : "Several meetings match; which one?"}\n${lines.join("\n")}`, src, lang) };
    }
    if (!opts.command && q.ordinal === undefined && !q.bodies.length && !other) return undefined;
    return { answer: refused(`${lang === "zh" ? "文件中没有该会议的议程。" : "The documents do not give the agenda of that meeting."} ${agendaCoverage(ctx)}`, lang) };
  }
  const items = agendaOf(index, meeting.id);
  const name = meetingName(g, meeting, lang);
  const dates = datesInBrackets(ctx, meeting, src, items[0] && index.passage(items[0].source)?.docId);
  const heading = lang === "zh" ? `${name}${dates}` : `The ${name}${dates}`;

  // What is on a given day (and part of the day): a date, "6 September", "the first day", "Wednesday".
  const allSlots = slotsOf(index, meeting.id);
  const named = dayOfMeeting(ctx, meeting);
  const day: { from: string; to: string } | undefined = q.dates && q.dates.precision === "day" ? q.dates : named ? { from: named, to: named } : undefined;
  if ((day || q.partOfDay) && !q.items.length && day) {
    let slots = allSlots.filter((s) => s.date >= day!.from && s.date <= day!.to);
    if (q.partOfDay === "morning") slots = slots.filter((s) => s.start < "12:00");
    if (q.partOfDay === "afternoon") slots = slots.filter((s) => s.start >= "12:00");
    if (!slots.length) {
      return { answer: refused(lang === "zh" ? `${name}的工作安排中该时段没有安排会议。会期为${meetingWhen(meeting, "zh")}。` : `The organization of work of the ${name} has nothing in that slot; the meeting runs ${meetingWhen(meeting, "en")}.`, lang) };
    }
    const lines = slots.map((s) => {
      const its = s.items.map((n) => items.find((i) => i.key === itemKey(n))).filter((x): x is AgendaItem => !!x);
      return `• ${slotPhrase(ctx, s, src)}: ${its.map((i) => `${i.number} ${itemTitle(g, i, lang)}`).join("; ")}`;
    });
    return { answer: answered(`**${lang === "zh" ? name : `The ${name}`}**${lang === "zh" ? "安排" : ""}:\n${lines.join("\n")}`, src, lang), remember: { meetingId: meeting.id } };
  }

  // One or more items (or the last one, or the ones the question names by title).
  let wanted: AgendaItem[] = q.items.map((k) => items.find((i) => i.key === k)).filter((x): x is AgendaItem => !!x);
  if (!wanted.length && !q.items.length && !opts.untitled) wanted = itemsByTitle(ctx, items, meeting);
  // "When is the topic of resolution 10/4 taken up": the items that resolution mandates (the most
  // particular: not item 2 when its sub-item 2(a)(v) is the one).
  if (!wanted.length && !q.items.length && q.resolutions.length && q.asks.has("when")) wanted = mandatedItems(items, q.resolutions.map((r) => r.number));
  if (byTitleOnly && !wanted.length) return undefined;
  if (!wanted.length && q.asks.has("last") && !q.items.length) {
    const top = items.filter((i) => /^\d+$/.test(i.number));
    if (top.length) wanted = [top[top.length - 1]];
  }
  if (q.items.length && !wanted.length) {
    const list = items.map((i) => i.number).join(", ");
    return { answer: refused(lang === "zh" ? `${name}的议程中没有项目${q.items.join("、")}。议程项目为：${list}。` : `The agenda of the ${name} has no item ${q.items.join(", ")}. Its items are: ${list}.`, lang) };
  }
  if (wanted.length) {
    const blocks = wanted.map((it) => {
      const children = items.filter((c) => isChild(it.number, c.number));
      // An item with its sub-items, printed in a row, is quoted as the document prints it.
      const run = children.length ? citeNumberedRun(ctx, src, [it, ...children]) : "";
      const cite = run || src.citeInList(it.source);
      const lines = [lang === "zh" ? `**项目${it.number}：${itemTitle(g, it, lang)}**${cite}` : `**Item ${it.number}: ${itemTitle(g, it, lang)}**${cite}`];
      if (children.length) {
        // "How many sub-items": counted, the direct ones (2(a)(i)–(v) are 2(a)'s, not 2's).
        const direct = children.filter((c) => c.number.split("(").length === it.number.split("(").length + 1).length;
        lines.push(q.asks.has("howMany") ? (lang === "zh" ? `分项（共${direct}个）：` : `${direct} sub-item${direct > 1 ? "s" : ""}:`) : lang === "zh" ? "分项：" : "Sub-items:");
        for (const c of children) lines.push(itemLine(ctx, c, src, c.number.split("(").length - it.number.split("(").length - 1, false, !run));
      }
      const slots = slotsOfItem(ctx, it);
      if (slots.length) lines.push(`${lang === "zh" ? "安排：" : "Scheduled: "}${slotsPhrase(ctx, slots, src)}`);
      const docs = [...it.documents, ...children.flatMap((c) => c.documents)];
      if (docs.length) {
        const cites = [...it.annotations, ...children.flatMap((c) => c.annotations)].filter((a) => docs.some((d) => index.passage(a)?.text.includes(d)));
        lines.push(`${lang === "zh" ? "文件：" : "Documents: "}${[...new Set(docs)].join(", ")}${src.citeAll(cites.slice(0, 4))}`);
      }
      const mandates = it.mandates;
      if (mandates.length) {
        const cites = it.annotations.filter((a) => mandates.some((r) => index.passage(a)?.text.replace(/\s+/g, "").includes(`${r}号`)));
        lines.push(`${lang === "zh" ? "授权决议：" : "Mandates: resolution "}${mandates.join(", ")}${src.citeAll(cites.slice(0, 3))}`);
      }
      const note = annotationAsked(ctx, it, meeting);
      if (note) lines.push(`${lang === "zh" ? "说明：" : "Annotation: "}${paragraphText(index.passage(note)!.text)}${src.cite(note)}`);
      return lines.join("\n");
    });
    return { answer: answered(`${heading}\n${blocks.join("\n\n")}`, src, lang), remember: { meetingId: meeting.id } };
  }

  // The whole agenda.
  const depthOf = (n: string) => n.split("(").length - 1;
  const whole = isWholeAgenda(items);
  // The items as one quote where the document prints them in a row, else each item its own.
  const run = citeNumberedRun(ctx, src, items);
  const lines = items.map((i) => itemLine(ctx, i, src, depthOf(i.number), !whole, !run));
  const slots = slotsOf(index, meeting.id);
  const known = items.map((i) => i.number).join(lang === "zh" ? "、" : ", ");
  const partial = lang === "zh" ? `（文件只载有项目${known}，并非完整议程）` : ` (the documents give only item${items.length > 1 ? "s" : ""} ${known}, not the whole agenda)`;
  // "How many items": the top-level items counted, where the documents give the whole agenda.
  const tops = items.filter((i) => /^\d+$/.test(i.number)).length;
  const counted = q.asks.has("howMany") && whole ? (lang === "zh" ? `（共${tops}个项目）` : ` (${tops} items)`) : "";
  const head = lang === "zh" ? `**${name}临时议程**${dates}${whole ? "" : partial}${counted}${run}：` : `**Provisional agenda of the ${name}**${dates}${whole ? "" : partial}${counted}${run}:`;
  const tail = slots.length
    ? lang === "zh"
      ? `工作安排见附件（${slots.length}个时段），例如“${name}议程项目2(a)哪天讨论？”`
      : `The annex schedules these items over ${slots.length} slots; ask e.g. "when is item 2(a) of the ${ordinalEn(meeting.ordinal ?? 0)} meeting?"`
    : "";
  return { answer: answered(`${head}\n${lines.join("\n")}${tail ? `\n${tail}` : ""}`, src, lang), remember: { meetingId: meeting.id } };
}
