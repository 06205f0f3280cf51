/**
 * The iCalendar feed (RFC 5545) of every known meeting with dates: one VEVENT each, all-day, or
 * timed in the venue's zone when the opening time and the closing slot are announced. Each event
 * cites the passage its dates come from.
 */
import { addDays, zonedInstant } from "../core/time.js";
import { meetingName, venueName } from "../answer/compose.js";
import type { KnowledgeIndex, Meeting } from "../knowledge/index.js";
import { bodyCatalogOf, type BodyCatalog } from "./bodies.js";
import { escapeText, serializeLines } from "./ical.js";
import { venueTimeZone } from "./venue-zone.js";

/** Options of buildCalendar. */
export interface CalendarConfig {
  index: KnowledgeIndex;
  /** Names meetings and venues; by default the catalog of the index's glossary. */
  bodies?: BodyCatalog;
  /** DTSTAMP of every event (when the feed was generated). */
  now?: () => Date;
  /** Only meetings of this body. */
  body?: string;
}

/** Domain part of UIDs: stable across runs so calendars update events instead of duplicating them. */
export const UID_DOMAIN = "uncac-working-group-assistant";

// Zones with a VTIMEZONE below may be referenced by TZID; others are written in UTC.
const VTIMEZONES: Record<string, string[]> = {
  "Europe/Vienna": [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Vienna",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
  ],
};

const basicDate = (iso: string) => iso.replace(/-/g, "");
const basicLocal = (iso: string, time: string) => `${basicDate(iso)}T${time.replace(":", "")}00`;
const basicUtc = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** A stable UID from the meeting id alone: "wg-prevention/15" -> "wg-prevention-15@uncac-working-group-assistant". */
export function meetingUid(meeting: Meeting): string {
  return `${meeting.id.replace(/[^A-Za-z0-9._-]+/g, "-")}@${UID_DOMAIN}`;
}

/** The closing time of a meeting: the end of the last slot on its last day, when the organization of work gives it. */
function closingTime(index: KnowledgeIndex, meeting: Meeting): string | undefined {
  const last = index.slots(meeting.id, meeting.end ?? meeting.start).map((s) => s.end).sort();
  return last[last.length - 1];
}

/** Builds the whole feed. Meetings without dates are skipped. */
export function buildCalendar(config: CalendarConfig): string {
  const { index } = config;
  const { glossary } = config.bodies ?? bodyCatalogOf(index);
  const stamp = basicUtc(config.now?.() ?? new Date());
  const meetings = index
    .meetings(config.body ? { body: config.body } : undefined)
    .filter((m) => m.start)
    .sort((a, b) => a.start!.localeCompare(b.start!) || a.id.localeCompare(b.id));
  const zonesUsed = new Set<string>();
  const events: string[][] = [];
  for (const m of meetings) {
    const start = m.start!;
    const end = m.end ?? start;
    const tz = venueTimeZone(m.venue);
    const opening = m.opening?.date === start && m.opening.time ? m.opening.time : undefined;
    const closing = opening ? closingTime(index, m) : undefined;
    const lines = ["BEGIN:VEVENT", `UID:${meetingUid(m)}`, `DTSTAMP:${stamp}`];
    if (opening && closing) {
      if (VTIMEZONES[tz]) {
        zonesUsed.add(tz);
        lines.push(`DTSTART;TZID=${tz}:${basicLocal(start, opening)}`, `DTEND;TZID=${tz}:${basicLocal(end, closing)}`);
      } else {
        lines.push(`DTSTART:${basicUtc(zonedInstant(start, opening, tz))}`, `DTEND:${basicUtc(zonedInstant(end, closing, tz))}`);
      }
    } else {
      // All-day: DTEND is exclusive, the day after the last day.
      lines.push(`DTSTART;VALUE=DATE:${basicDate(start)}`, `DTEND;VALUE=DATE:${basicDate(addDays(end, 1))}`);
    }
    const name = meetingName(glossary, m, "en");
    lines.push(`SUMMARY:${escapeText(name.charAt(0).toUpperCase() + name.slice(1))}`);
    const place = m.opening?.place;
    const location = [m.venue ? venueName(glossary, m.venue, "en") : undefined, place].filter(Boolean).join(", ");
    if (location) lines.push(`LOCATION:${escapeText(location)}`);
    lines.push(`DESCRIPTION:${escapeText(describe(index, m, opening && !closing ? opening : undefined))}`);
    lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
    events.push(lines);
  }
  return serializeLines([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//${UID_DOMAIN}//meetings//EN`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "X-WR-CALNAME:UNCAC meetings",
    ...[...zonesUsed].flatMap((z) => VTIMEZONES[z]),
    ...events.flat(),
    "END:VCALENDAR",
  ]);
}

/** The description: the cited source of the dates (and of the opening), quoted. */
function describe(index: KnowledgeIndex, m: Meeting, openingTime: string | undefined): string {
  const parts: string[] = [];
  if (openingTime) parts.push(`Opens at ${openingTime} local time.`);
  const sources = [m.sources[0], m.opening?.source].filter((s, i, all): s is string => !!s && all.indexOf(s) === i && !!index.passage(s));
  for (const id of sources) {
    const c = index.cite(id);
    const quote = c.quote.length > 300 ? `${c.quote.slice(0, 299)}…` : c.quote;
    parts.push(`Source: ${c.document}${c.paragraph ? `, ${/^\d+$/.test(c.paragraph) ? `para. ${c.paragraph}` : c.paragraph}` : ""} (${c.file}): “${quote}”`);
  }
  return parts.join("\n");
}
