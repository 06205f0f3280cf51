/**
 * Wall-clock time in IANA zones and calendar arithmetic on ISO dates, through Intl only: nothing
 * here depends on the process's TZ. Used by question understanding (relative dates), the digest
 * scheduler and the commands that speak of "today".
 */

/** True when `tz` is an IANA zone name Intl knows (or UTC). */
export function isValidTimeZone(tz: string): boolean {
  if (!tz || /\s/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The canonical spelling of a zone ("asia/shanghai" -> "Asia/Shanghai"), or undefined. */
export function canonicalTimeZone(tz: string): string | undefined {
  if (!isValidTimeZone(tz)) return undefined;
  return new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone;
}

// Building a DateTimeFormat is costly and the scheduler asks every minute for every subscription.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

function wallClock(timeZone: string, at: Date): Record<Intl.DateTimeFormatPartTypes, string> {
  const p = {} as Record<Intl.DateTimeFormatPartTypes, string>;
  for (const part of partsFormatter(timeZone).formatToParts(at)) p[part.type] = part.value;
  return p;
}

/** Local calendar date ("2024-09-02") and time ("08:30") of an instant in a zone. */
export function localParts(timeZone: string, at: Date): { date: string; time: string } {
  const p = wallClock(timeZone, at);
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Today's date in a zone, ISO. */
export function localDate(timeZone: string, at: Date): string {
  return localParts(timeZone, at).date;
}

/** UTC offset of an IANA zone at an instant, in minutes (Vienna in summer: 120); chrono ignores zone names. */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const p = wallClock(timeZone, at);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - at.getTime()) / 60_000);
}

/** The instant at which the wall clock in `timeZone` shows `date` `time` (the first one on a DST overlap). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const guess = Date.parse(`${date}T${time}:00Z`);
  let instant = guess - zoneOffsetMinutes(timeZone, new Date(guess)) * 60_000;
  // One correction step handles a guess that fell on the other side of a DST change.
  instant = guess - zoneOffsetMinutes(timeZone, new Date(instant)) * 60_000;
  return new Date(instant);
}

/** `iso` plus `n` days. */
export function addDays(iso: string, n: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** True for a real calendar date written yyyy-mm-dd. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}
