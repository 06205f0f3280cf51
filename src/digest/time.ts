/**
 * Calendar arithmetic on ISO dates and wall-clock times in IANA zones, through Intl only (no
 * dependency on the process's TZ).
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

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(tz: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(tz, f);
  }
  return f;
}

/** Local calendar date ("2024-09-02") and time ("08:30") of an instant in a zone. */
export function localParts(instant: Date, tz: string): { date: string; time: string } {
  const p: Record<string, string> = {};
  for (const part of partsFormatter(tz).formatToParts(instant)) p[part.type] = part.value;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Offset of `tz` from UTC at an instant, in minutes (Vienna in summer: 120). */
export function offsetMinutes(instant: Date, tz: string): number {
  const { date, time } = localParts(instant, tz);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  const floored = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - floored) / 60_000);
}

/** The instant at which the wall clock in `tz` shows `date` `time` (first one on a DST overlap). */
export function zonedInstant(date: string, time: string, tz: string): Date {
  const guess = Date.parse(`${date}T${time}:00Z`);
  let instant = guess - offsetMinutes(new Date(guess), tz) * 60_000;
  // One correction step handles a guess that fell on the other side of a DST change.
  instant = guess - offsetMinutes(new Date(instant), tz) * 60_000;
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

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const EN_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ZH_DAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

function split(iso: string) {
  const [y, m, d] = iso.split("-").map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return { y, m, d, weekday };
}

/** "Tuesday 3 September 2024" / "2024年9月3日（星期二）". */
export function formatDate(iso: string, lang: "en" | "zh", opts: { weekday?: boolean; year?: boolean } = {}): string {
  const { y, m, d, weekday } = split(iso);
  const wd = opts.weekday ?? true;
  const yr = opts.year ?? true;
  if (lang === "zh") return `${yr ? `${y}年` : ""}${m}月${d}日${wd ? `（${ZH_DAYS[weekday]}）` : ""}`;
  return `${wd ? `${EN_DAYS[weekday]} ` : ""}${d} ${EN_MONTHS[m - 1]}${yr ? ` ${y}` : ""}`;
}

/** "3–6 September 2024", "30 September – 2 October 2024" / "2024年9月3日至6日". */
export function formatDateRange(start: string, end: string | undefined, lang: "en" | "zh"): string {
  if (!end || end === start) return formatDate(start, lang, { weekday: false });
  const a = split(start);
  const b = split(end);
  if (lang === "zh") {
    if (a.y !== b.y) return `${a.y}年${a.m}月${a.d}日至${b.y}年${b.m}月${b.d}日`;
    if (a.m !== b.m) return `${a.y}年${a.m}月${a.d}日至${b.m}月${b.d}日`;
    return `${a.y}年${a.m}月${a.d}日至${b.d}日`;
  }
  if (a.y !== b.y) return `${a.d} ${EN_MONTHS[a.m - 1]} ${a.y} – ${b.d} ${EN_MONTHS[b.m - 1]} ${b.y}`;
  if (a.m !== b.m) return `${a.d} ${EN_MONTHS[a.m - 1]} – ${b.d} ${EN_MONTHS[b.m - 1]} ${b.y}`;
  return `${a.d}–${b.d} ${EN_MONTHS[a.m - 1]} ${a.y}`;
}

/** Known venues of UNCAC bodies: how they are written, their English and Chinese names, their zones. */
const VENUES: { re: RegExp; en: string; zh: string; tz: string }[] = [
  { re: /vienna|维也纳/i, en: "Vienna", zh: "维也纳", tz: "Europe/Vienna" },
  { re: /new york|纽约/i, en: "New York", zh: "纽约", tz: "America/New_York" },
  { re: /atlanta|亚特兰大/i, en: "Atlanta", zh: "亚特兰大", tz: "America/New_York" },
  { re: /sharm|沙姆沙伊赫/i, en: "Sharm el-Sheikh", zh: "沙姆沙伊赫", tz: "Africa/Cairo" },
  { re: /abu dhabi|阿布扎比/i, en: "Abu Dhabi", zh: "阿布扎比", tz: "Asia/Dubai" },
  { re: /doha|多哈/i, en: "Doha", zh: "多哈", tz: "Asia/Qatar" },
  { re: /marrakech|马拉喀什/i, en: "Marrakech", zh: "马拉喀什", tz: "Africa/Casablanca" },
  { re: /st\.? petersburg|圣彼得堡/i, en: "St. Petersburg", zh: "圣彼得堡", tz: "Europe/Moscow" },
  { re: /panama|巴拿马/i, en: "Panama City", zh: "巴拿马城", tz: "America/Panama" },
];

/** The IANA zone of a venue as written in a document; Vienna (the seat of most meetings) when unknown. */
export function venueTimeZone(venue: string | undefined): string {
  return (venue && VENUES.find((v) => v.re.test(venue))?.tz) || "Europe/Vienna";
}

/** A venue's name in a language when it is a known city written alone; otherwise as written. */
export function venueName(venue: string, lang: "en" | "zh"): string {
  const known = VENUES.find((v) => v.re.test(venue));
  return known && venue.trim().length <= Math.max(known.en.length, known.zh.length) + 2 ? known[lang] : venue;
}
