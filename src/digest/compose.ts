/**
 * The daily digest of one body for one local date: the next or current meeting within the
 * window, its countdown, dates, venue and opening, that day's and the next day's slots, the
 * documents to read for those items and the resolutions that mandate them. Every fact is cited.
 */
import { addDays, daysBetween, localParts, zonedInstant, zoneOffsetMinutes } from "../core/time.js";
import type { Lang, Reply } from "../core/types.js";
import { meetingName, Sources, venueName } from "../answer/compose.js";
import { itemKey, formatDate, formatDateRange, plainText } from "../knowledge/index.js";
import type { AgendaItem, BodyId, KnowledgeIndex, Meeting, TimeSlot } from "../knowledge/index.js";
import { bodyCatalogOf, type BodyCatalog } from "./bodies.js";
import { lineMark } from "./replies.js";
import { venueTimeZone } from "./venue-zone.js";

/** Default number of days before a meeting opens that digests start. */
export const DEFAULT_DAYS_BEFORE = 3;

/** What to compose. */
export interface DigestRequest {
  index: KnowledgeIndex;
  /** Names bodies, meetings and venues; by default the catalog of the index's glossary. */
  bodies?: BodyCatalog;
  body: BodyId;
  /** The recipient's local date, yyyy-mm-dd. */
  date: string;
  /** Start this many days before the opening (default 3). */
  daysBefore?: number;
  lang: Lang;
  /** The recipient's zone; slot times are also given in it when it differs from the venue's. */
  timeZone?: string;
}

/**
 * The meeting a digest of `date` is about: the earliest one of the body whose window (daysBefore
 * before its start through its end) contains the date. Meetings without dates are never chosen.
 */
export function findDigestMeeting(index: KnowledgeIndex, body: BodyId, date: string, daysBefore = DEFAULT_DAYS_BEFORE): Meeting | undefined {
  return index
    .meetings({ body })
    .filter((m) => m.start && addDays(m.start, -daysBefore) <= date && date <= (m.end ?? m.start))
    .sort((a, b) => a.start!.localeCompare(b.start!))[0];
}

/** Composes the digest, or returns null when nothing lies ahead within the window (no post). */
export function composeDigest(req: DigestRequest): Reply | null {
  const { index, body, date, lang } = req;
  const bodies = req.bodies ?? bodyCatalogOf(index);
  const meeting = findDigestMeeting(index, body, date, req.daysBefore ?? DEFAULT_DAYS_BEFORE);
  if (!meeting) return null;
  const start = meeting.start!;
  const end = meeting.end ?? start;
  const cites = new Sources(index);
  const mark = (passageId: string | undefined) => lineMark(cites, passageId);
  const t = lang === "zh" ? zh : en;
  const lines: string[] = [];
  const name = meetingName(bodies.glossary, meeting, lang);
  const meetingSource = meeting.sources[0];
  const venueTz = venueTimeZone(meeting.venue);

  lines.push(t.title(bodies.name(body, lang), formatDate(date, lang, { weekday: true })));
  lines.push(t.countdown(name, date, start, end) + mark(meetingSource));
  lines.push(t.dates(formatDateRange(start, end, lang), meeting.venue && venueName(bodies.glossary, meeting.venue, lang)) + mark(meetingSource));
  if (meeting.opening && date <= meeting.opening.date) {
    const o = meeting.opening;
    lines.push(t.opening(formatDate(o.date, lang, { weekday: true }), o.time, o.place, venueTz) + mark(o.source));
  }

  const agenda = index.agenda(meeting.id);
  const shownItems: AgendaItem[] = [];
  const days: { label: "today" | "tomorrow" | "opening"; date: string }[] = [];
  for (const [label, d] of [["today", date], ["tomorrow", addDays(date, 1)]] as const) {
    if (d >= start && d <= end && index.slots(meeting.id, d).length) days.push({ label, date: d });
  }
  // Before the opening with nothing scheduled today or tomorrow, the opening day is what to prepare for.
  if (!days.length && date < start && index.slots(meeting.id, start).length) days.push({ label: "opening", date: start });

  for (const day of days) {
    lines.push("");
    lines.push(t.dayHeading(day.label, formatDate(day.date, lang, { weekday: true })));
    const slots = [...index.slots(meeting.id, day.date)].sort((a, b) => a.start.localeCompare(b.start));
    for (const slot of slots) {
      const items = slot.items.map((n) => {
        const item = findItem(agenda, n);
        if (item && !shownItems.includes(item)) shownItems.push(item);
        return t.item(n, item?.title);
      });
      lines.push(`• ${slot.start}–${slot.end}${t.zoneNote(venueTz, convert(slot, day.date, venueTz, req.timeZone), lang)}${t.colon}${items.join(t.semicolon)}` + mark(slot.source));
    }
  }

  const docLines = documentLines(index, shownItems, mark, t);
  if (docLines.length) lines.push("", t.documentsHeading, ...docLines);
  const mandateLines = mandateLinesFor(index, shownItems, mark, t);
  if (mandateLines.length) lines.push("", t.mandatesHeading, ...mandateLines);

  return { kind: "digest", answered: true, text: lines.join("\n"), citations: cites.citations(), lang };
}

function findItem(agenda: AgendaItem[], number: string): AgendaItem | undefined {
  // Slots write items as printed; the key also matches "2(a)(五)" written "2(a)(v)" or "2 (a)".
  return agenda.find((a) => a.number === number) ?? agenda.find((a) => a.key === itemKey(number));
}

/** The slot's times in the recipient's zone, when that zone's offset differs from the venue's. */
function convert(slot: TimeSlot, date: string, venueTz: string, tz: string | undefined): { start: string; end: string; tz: string; dayShift: number } | undefined {
  if (!tz) return undefined;
  const from = zonedInstant(date, slot.start, venueTz);
  if (zoneOffsetMinutes(tz, from) === zoneOffsetMinutes(venueTz, from)) return undefined;
  const s = localParts(tz, from);
  const e = localParts(tz, zonedInstant(date, slot.end, venueTz));
  return { start: s.time, end: e.time, tz, dayShift: daysBetween(date, s.date) };
}

/** Document text on one line, without link markup and footnote marks, cut to a readable length. */
function clean(text: string, max = 160): string {
  const plain = plainText(text).replace(/\s+/g, " ");
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

/** Each key `keysOf` gives for the items, once, with the first item that lists it. */
function firstListings(items: AgendaItem[], keysOf: (item: AgendaItem) => string[]): [AgendaItem, string][] {
  const seen = new Set<string>();
  const out: [AgendaItem, string][] = [];
  for (const item of items) {
    for (const key of keysOf(item)) {
      if (seen.has(key)) continue;
      seen.add(key);
      out.push([item, key]);
    }
  }
  return out;
}

type Mark = (passageId: string | undefined) => string;

function documentLines(index: KnowledgeIndex, items: AgendaItem[], mark: Mark, t: Phrases): string[] {
  return firstListings(items, (item) => item.documents).map(([item, symbol]) => {
    const info = index.symbol(symbol);
    // Prefer the description written under this item (its "documents" list) over any other mention.
    const desc = info?.descriptions.find((d) => item.annotations.includes(d.source)) ?? info?.descriptions[0];
    const source = desc?.source ?? item.annotations.find((id) => index.passage(id)?.text.includes(symbol)) ?? item.source;
    return `• ${symbol}${t.paren(t.itemRef(item.number))}${desc ? `${t.colon}${clean(desc.text)}` : ""}` + mark(source);
  });
}

function mandateLinesFor(index: KnowledgeIndex, items: AgendaItem[], mark: Mark, t: Phrases): string[] {
  return firstListings(items, (item) => item.mandates).map(([item, number]) => {
    const res = index.resolution(number);
    // Cite where this item's annotation invokes the resolution, which is what makes it the mandate.
    const source =
      item.annotations.find((id) => res?.sources.includes(id)) ??
      item.annotations.find((id) => index.passage(id)?.text.includes(number)) ??
      res?.sources[0] ??
      item.source;
    return `• ${t.resolution(number, res?.kind ?? "resolution", res?.title)}${t.paren(t.itemRef(item.number))}` + mark(source);
  });
}

type Converted = ReturnType<typeof convert>;

interface Phrases {
  title(body: string, date: string): string;
  countdown(name: string, date: string, start: string, end: string): string;
  dates(range: string, venue?: string): string;
  opening(date: string, time: string | undefined, place: string | undefined, venueTz: string): string;
  dayHeading(label: "today" | "tomorrow" | "opening", date: string): string;
  item(number: string, title?: string): string;
  itemRef(number: string): string;
  zoneNote(venueTz: string, c: Converted, lang: Lang): string;
  documentsHeading: string;
  mandatesHeading: string;
  colon: string;
  semicolon: string;
  paren(s: string): string;
  resolution(number: string, kind: "resolution" | "decision", title?: string): string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const zoneLabel = (tz: string, lang: Lang) =>
  tz === "Europe/Vienna" ? (lang === "zh" ? "维也纳时间" : "Vienna time") : lang === "zh" ? `${tz}时间` : `${tz} time`;

const en: Phrases = {
  title: (body, date) => `**${body}: daily digest for ${date}**`,
  countdown(name, date, start, end) {
    const until = daysBetween(date, start);
    const total = daysBetween(start, end) + 1;
    if (until > 1) return `The ${name} opens in ${until} days, on ${formatDate(start, "en", { weekday: true })}.`;
    if (until === 1) return `The ${name} opens tomorrow, ${formatDate(start, "en", { weekday: true })}.`;
    const day = 1 - until;
    if (day === 1) return `${cap(`the ${name}`)} opens today: day 1 of ${total}.`;
    if (day === total) return `${cap(`the ${name}`)}: day ${day} of ${total}, the last day.`;
    return `${cap(`the ${name}`)}: day ${day} of ${total}.`;
  },
  dates: (range, venue) => `• Dates: ${range}${venue ? `, ${venue}` : ""}`,
  opening: (date, time, place, tz) => `• Opening: ${date}${time ? ` at ${time} (${zoneLabel(tz, "en")})` : ""}${place ? `, ${place}` : ""}`,
  dayHeading: (label, date) => `**${label === "today" ? "Today" : label === "tomorrow" ? "Tomorrow" : "Opening day"}, ${date}**`,
  item: (number, title) => `item ${number}${title ? ` ${title}` : ""}`,
  itemRef: (number) => `item ${number}`,
  zoneNote(venueTz, c) {
    if (!c) return "";
    const shift = c.dayShift > 0 ? " next day" : c.dayShift < 0 ? " previous day" : "";
    return ` (${zoneLabel(venueTz, "en")}; ${c.start}–${c.end}${shift} ${c.tz})`;
  },
  colon: ": ",
  semicolon: "; ",
  paren: (s) => ` (${s})`,
  documentsHeading: "**Documents to read**",
  mandatesHeading: "**Mandates**",
  resolution: (number, kind, title) => `${kind === "decision" ? "Decision" : "Resolution"} ${number}${title ? `, “${title}”` : ""}`,
};

const zh: Phrases = {
  title: (body, date) => `**${body}每日简报：${date}**`,
  countdown(name, date, start, end) {
    const until = daysBetween(date, start);
    const total = daysBetween(start, end) + 1;
    if (until > 1) return `${name}将于${until}天后，即${formatDate(start, "zh", { weekday: true })}开幕。`;
    if (until === 1) return `${name}将于明天，即${formatDate(start, "zh", { weekday: true })}开幕。`;
    const day = 1 - until;
    if (day === 1) return `${name}今天开幕：第1天，共${total}天。`;
    if (day === total) return `${name}：第${day}天，共${total}天，今天是最后一天。`;
    return `${name}：第${day}天，共${total}天。`;
  },
  dates: (range, venue) => `• 日期：${range}${venue ? `，${venue}` : ""}`,
  opening: (date, time, place, tz) => `• 开幕：${date}${time ? ` ${time}（${zoneLabel(tz, "zh")}）` : ""}${place ? `，${place}` : ""}`,
  dayHeading: (label, date) => `**${label === "today" ? "今天" : label === "tomorrow" ? "明天" : "开幕日"}，${date}**`,
  item: (number, title) => `项目${number}${title ? ` ${title}` : ""}`,
  itemRef: (number) => `项目${number}`,
  zoneNote(venueTz, c) {
    if (!c) return "";
    const shift = c.dayShift > 0 ? "（次日）" : c.dayShift < 0 ? "（前一日）" : "";
    return `（${zoneLabel(venueTz, "zh")}；${c.tz}时间${c.start}–${c.end}${shift}）`;
  },
  colon: "：",
  semicolon: "；",
  paren: (s) => `（${s}）`,
  documentsHeading: "**需阅读的文件**",
  mandatesHeading: "**授权决议**",
  resolution: (number, kind, title) => `第${number}号${kind === "decision" ? "决定" : "决议"}${title ? `“${title}”` : ""}`,
};
