/**
 * Small pure helpers for UN document text: Chinese numerals, full-width digits, line joining,
 * dates and times as written in Chinese and English documents.
 */

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Parses a Chinese numeral ("十五", "二十一", "一百零二") or Arabic digits; undefined if neither. */
export function parseChineseNumber(s: string): number | undefined {
  const t = toHalfWidth(s).trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (!t || ![...t].every((c) => c in CN_DIGITS || c in CN_UNITS)) return undefined;
  let total = 0;
  let current = 0;
  for (const c of t) {
    if (c in CN_DIGITS) current = CN_DIGITS[c];
    else {
      const unit = CN_UNITS[c];
      total += (current || 1) * unit;
      current = 0;
    }
  }
  return total + current;
}

/**
 * The measure words Chinese writes between a count and the things it counts ("三份报告", "25 个国家",
 * "两位专家"): one list for the questions' counts, the documents' counts and the counted forms of a
 * number. (届 counts sessions, as in "几届", and is added where sessions are counted.)
 */
export const COUNT_MEASURES = "个名份项次位家所种条场本部篇";

const CN_NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 0..999 as a Chinese numeral ("十五", "一百零五"). */
export function toChineseNumber(n: number): string {
  if (n >= 100 && n < 1000) {
    const rest = n % 100;
    // Below a hundred's digit, tens keep their "一" (一百一十) and a lone unit takes "零" (一百零五).
    const tail = rest === 0 ? "" : rest < 10 ? `零${CN_NUMERALS[rest]}` : rest < 20 ? `一${toChineseNumber(rest)}` : toChineseNumber(rest);
    return `${CN_NUMERALS[Math.floor(n / 100)]}百${tail}`;
  }
  if (n <= 10) return n === 0 ? "零" : CN_NUMERALS[n];
  if (n < 20) return "十" + CN_NUMERALS[n - 10];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return CN_NUMERALS[tens] + "十" + (ones ? CN_NUMERALS[ones] : "");
}

const ROMAN = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"];

/** 1..15 as a lower-case roman numeral. */
export function toRoman(n: number): string {
  return ROMAN[n] ?? String(n);
}

/** Roman numeral (i..xv) to number, or undefined. */
export function fromRoman(s: string): number | undefined {
  const i = ROMAN.indexOf(s.toLowerCase());
  return i > 0 ? i : undefined;
}

/** A text to be matched as written inside a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Full-width digits, letters and common punctuation to ASCII. */
export function toHalfWidth(s: string): string {
  // One pass, copying the runs between full-width characters (a build calls this on every
  // passage, several times; Chinese text has a full-width comma in every sentence).
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const half = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : -1;
    if (half < 0) continue;
    out += s.slice(from, i) + String.fromCharCode(half);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** True for CJK ideographs and CJK punctuation. */
export function isCjk(ch: string): boolean {
  return /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’《》（）【】、，。；：！？]/.test(ch);
}

/**
 * Joins two pieces of a line broken by PDF extraction: no space between Chinese characters,
 * one space between Latin words or numbers.
 */
export function joinBroken(a: string, b: string): string {
  const left = a.replace(/\s+$/, "");
  const right = b.replace(/^\s+/, "");
  if (!left) return right;
  if (!right) return left;
  const l = left[left.length - 1];
  const r = right[0];
  if (isCjk(l) || isCjk(r)) return left + right;
  if (l === "-" && /[a-z]/.test(r)) return left + right;
  return `${left} ${right}`;
}

/** Removes whitespace and markup for containment checks ("is this quote in the source?"). */
export function squash(s: string): string {
  return toHalfWidth(s)
    .replace(/<[^>]*>/g, "")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/[\s\u200b]+/g, "")
    .toLowerCase();
}

/** A passage's words as the document prints them: its label ("3.", "(b)") before them. */
export function labelledText(p: { label?: string; text: string }): string {
  return p.label ? `${p.label} ${p.text}` : p.text;
}

/** Text for people: markdown links and HTML tags removed, `<sup>n</sup>` dropped, spaces collapsed. */
export function plainText(s: string): string {
  return s
    .replace(/<sup>[^<]*<\/sup>/g, "")
    .replace(/<\/li>\s*<li>/g, "; ")
    // A web address written as an autolink ("<https://…>") is text, not markup.
    .replace(/<((?:https?|ftp):\/\/[^<>\s]+|mailto:[^<>\s]+)>/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    // A Markdown footnote's mark, where it points to the note and where the note begins.
    .replace(/\[\^\w+\]:?/g, "")
    .replace(/\\_/g, "_")
    .replace(/[ \t]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}

const MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Month name (full or 3+ letter abbreviation) to 1..12. */
export function monthFromName(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, "");
  if (n.length < 3) return undefined;
  const key = n === "sept" ? "sep" : n;
  const i = MONTHS_EN.findIndex((m) => m.startsWith(key));
  return i >= 0 ? i + 1 : undefined;
}

export const monthNameEn = (m: number): string => {
  const s = MONTHS_EN[m - 1];
  return s[0].toUpperCase() + s.slice(1);
};

export const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** A date or date range found in text, with its position. */
export interface DateMention {
  start: string;
  end?: string;
  /** For "2022年6月": month precision only. */
  month?: string;
  index: number;
  length: number;
  /** The matched text. */
  raw: string;
}

const CN_RANGE_SEP = "(?:至|到|和|-|–|—|~)";

/**
 * Finds dates written in Chinese ("2019 年 9 月 4 日至 6 日", "2023 年 8 月 31 日至 9 月 1 日",
 * "2020年6月9日和10日", "2022 年 6 月") and English ("3 September 2024", "4-6 September 2019").
 */
export function findDates(text: string): DateMention[] {
  const t = toHalfWidth(text);
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const push = (m: DateMention) => {
    if (taken.some(([a, b]) => m.index < b && m.index + m.length > a)) return;
    taken.push([m.index, m.index + m.length]);
    out.push(m);
  };
  const full = new RegExp(
    `(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:\\s*(?:，|,)?\\s*星期[一二三四五六日天])?(?:\\s*${CN_RANGE_SEP}\\s*(?:(\\d{4})\\s*年\\s*)?(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*日)?`,
    "g",
  );
  for (const m of t.matchAll(full)) {
    const y = +m[1];
    const mo = +m[2];
    const d = +m[3];
    const start = iso(y, mo, d);
    let end: string | undefined;
    if (m[6]) end = iso(m[4] ? +m[4] : y, m[5] ? +m[5] : mo, +m[6]);
    push({ start, end, index: m.index!, length: m[0].length, raw: m[0] });
  }
  // "9 月 4 日至 6 日" without a year: not a full date; callers may supply the year.
  for (const m of t.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)(?:\s*(?:和|至|-)\s*(\d{1,2})\s*月)?/g)) {
    const month = `${m[1]}-${String(+m[2]).padStart(2, "0")}`;
    push({ start: iso(+m[1], +m[2], 1), month, index: m.index!, length: m[0].length, raw: m[0] });
  }
  // "28 June to 8 July 2004", "26 February-2 March 2001": a range across two months.
  for (const m of t.matchAll(/(?<!\d)(\d{1,2})\s+([A-Z][a-z]{2,8})\.?\s*(?:-|–|—|to|and|until)\s*(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b/g)) {
    const m1 = monthFromName(m[2]);
    const m2 = monthFromName(m[4]);
    if (!m1 || !m2) continue;
    const y = +m[5];
    push({ start: iso(m1 > m2 ? y - 1 : y, m1, +m[1]), end: iso(y, m2, +m[3]), index: m.index!, length: m[0].length, raw: m[0] });
  }
  for (const m of t.matchAll(/(?<!\d)(\d{1,2})(?:\s*(?:-|–|—|to|and)\s*(\d{1,2}))?\s*([A-Z][a-z]{2,8})\.?,?\s*(\d{4})(?!\d)/g)) {
    const mo = monthFromName(m[3]);
    if (!mo) continue;
    push({ start: iso(+m[4], mo, +m[1]), end: m[2] ? iso(+m[4], mo, +m[2]) : undefined, index: m.index!, length: m[0].length, raw: m[0] });
  }
  // "July 1, 2024", "December 4-6, 2023": the month first, as some drafts write it.
  for (const m of t.matchAll(/\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:\s*(?:-|–|—|to)\s*(\d{1,2}))?(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/g)) {
    const mo = monthFromName(m[1]);
    if (!mo) continue;
    push({ start: iso(+m[4], mo, +m[2]), end: m[3] ? iso(+m[4], mo, +m[3]) : undefined, index: m.index!, length: m[0].length, raw: m[0] });
  }
  // "from 14 to 30 July and from 15 to 27 August 2028", "from 23 July to 8 August and from 24
  // August to 5 September 2032": a day or days before another date of the same year take its year.
  const sharedYear = /(?<!\d)(\d{1,2})(?:\s+([A-Z][a-z]{2,8}))?(?:\s*(?:-|–|—|to)\s*(\d{1,2}))?\s+([A-Z][a-z]{2,8})(?=\s*,?\s*(?:and|or)\s+(?:from\s+|on\s+)?\d{1,2}(?:\s+[A-Z][a-z]{2,8})?(?:\s*(?:-|–|—|to)\s*\d{1,2})?\s+([A-Z][a-z]{2,8})\.?,?\s*(\d{4})(?!\d))/g;
  for (const m of t.matchAll(sharedYear)) {
    const [first, last] = [monthFromName(m[2] ?? m[4]), monthFromName(m[4])];
    if (!first || !last || !monthFromName(m[5]) || (m[2] && !m[3])) continue;
    const y = +m[6];
    push({ start: iso(y, first, +m[1]), end: m[3] ? iso(y, last, +m[3]) : undefined, index: m.index!, length: m[0].length, raw: m[0] });
  }
  // "in February 2026", "July 2023": month precision.
  for (const m of t.matchAll(/\b([A-Z][a-z]{2,8})\.?\s+(\d{4})\b/g)) {
    const mo = monthFromName(m[1]);
    if (!mo) continue;
    push({ start: iso(+m[2], mo, 1), month: `${m[2]}-${String(mo).padStart(2, "0")}`, index: m.index!, length: m[0].length, raw: m[0] });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A day of the year written without its year ("6 April", "April 6", "4月6日"): an annual day, or a date whose year is elsewhere. */
export interface DayOfYear {
  month: number;
  day: number;
  index: number;
  length: number;
}

/** The days of the year a text writes without a year (those `findDates` does not read). */
export function findDaysOfYear(text: string): DayOfYear[] {
  const t = toHalfWidth(text);
  const out: DayOfYear[] = [];
  const valid = (month: number | undefined, day: number) => !!month && day >= 1 && day <= 31;
  for (const m of t.matchAll(/(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)) {
    if (/\d\s*年\s*$/.test(t.slice(0, m.index!))) continue;
    if (valid(+m[1], +m[2])) out.push({ month: +m[1], day: +m[2], index: m.index!, length: m[0].length });
  }
  for (const m of t.matchAll(/(?<![\d/.])(\d{1,2})\s+([A-Z][a-z]{2,8})\b(?!\.?,?\s*\d{4})/g)) {
    const month = monthFromName(m[2]);
    if (valid(month, +m[1])) out.push({ month: month!, day: +m[1], index: m.index!, length: m[0].length });
  }
  for (const m of t.matchAll(/\b([A-Z][a-z]{2,8})\s+(\d{1,2})(?![\d:])(?!(?:st|nd|rd|th)?,?\s*\d{4})/g)) {
    const month = monthFromName(m[1]);
    if (valid(month, +m[2])) out.push({ month: month!, day: +m[2], index: m.index!, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** "6 April" or "4月6日". */
export const formatDayOfYear = (d: Pick<DayOfYear, "month" | "day">, lang: "en" | "zh"): string => (lang === "zh" ? `${d.month}月${d.day}日` : `${d.day} ${monthNameEn(d.month)}`);

/** A month of a year, "2022-07": "July 2022" or "2022年7月". */
export const formatMonth = (month: string, lang: "en" | "zh"): string => (lang === "zh" ? `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月` : `${monthNameEn(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`);

/** A clock time range as written ("下午 3 时至 6 时", "上午 10 时—下午 1 时", "3 p.m.–6 p.m."). */
export interface TimeRange {
  start: string;
  end?: string;
}

const hh = (h: number, min = 0) => `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;

function toH24(period: string | undefined, h: number): number {
  if (!period) return h;
  if (/下午|晚上|p\.?m\.?/i.test(period) && h < 12) return h + 12;
  if (/上午|a\.?m\.?/i.test(period) && h === 12) return 0;
  if (/中午/.test(period) && h < 11) return h + 12;
  return h;
}

/** Parses a time or time range written in Chinese or English; undefined when none. */
export function parseTimeRange(text: string): TimeRange | undefined {
  const t = toHalfWidth(text).trim();
  const zh = t.match(/(上午|下午|中午|晚上)?\s*(\d{1,2})\s*(?:时|点)(?:\s*(\d{1,2})\s*分)?(?:\s*(?:至|到|-|–|—)\s*(上午|下午|中午|晚上)?\s*(\d{1,2})\s*(?:时|点)(?:\s*(\d{1,2})\s*分)?)?/);
  if (zh) {
    const p1 = zh[1];
    const start = hh(toH24(p1, +zh[2]), zh[3] ? +zh[3] : 0);
    if (!zh[5]) return { start };
    let endH = toH24(zh[4] ?? p1, +zh[5]);
    if (!zh[4] && endH < toH24(p1, +zh[2])) endH += 12;
    return { start, end: hh(endH, zh[6] ? +zh[6] : 0) };
  }
  const en = t.match(/(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?\s*(?:-|–|—|to)\s*(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)/i);
  if (en) {
    const endP = en[6];
    const startP = en[3] ?? endP;
    return { start: hh(toH24(startP, +en[1]), en[2] ? +en[2] : 0), end: hh(toH24(endP, +en[4]), en[5] ? +en[5] : 0) };
  }
  const single = t.match(/(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)/i);
  if (single) return { start: hh(toH24(single[3], +single[1]), single[2] ? +single[2] : 0) };
  return undefined;
}

/**
 * Formats an ISO date for a person: "3 September 2024" or "2024年9月3日"; with `weekday`,
 * "Tuesday 3 September 2024" or "2024年9月3日（星期二）".
 */
export function formatDate(isoDate: string, lang: "en" | "zh", opts: { weekday?: boolean } = {}): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  if (lang === "zh") return `${y}年${m}月${d}日${opts.weekday ? `（${weekday(isoDate, "zh")}）` : ""}`;
  return `${opts.weekday ? `${weekday(isoDate, "en")} ` : ""}${d} ${monthNameEn(m)} ${y}`;
}

/**
 * Formats a date range compactly: "4–6 September 2019", "2019年9月4日至6日". A range across
 * months gives each end its year ("31 July 2023 – 11 August 2023"): either end read alone is a
 * whole date, as a reader copying one end, or a calendar reading the text, takes it.
 */
export function formatDateRange(start: string, end: string | undefined, lang: "en" | "zh"): string {
  if (!end || end === start) return formatDate(start, lang);
  const [y1, m1, d1] = start.split("-").map(Number);
  const [y2, m2, d2] = end.split("-").map(Number);
  if (lang === "zh") {
    if (y1 === y2 && m1 === m2) return `${y1}年${m1}月${d1}日至${d2}日`;
    if (y1 === y2) return `${y1}年${m1}月${d1}日至${m2}月${d2}日`;
    return `${formatDate(start, lang)}至${formatDate(end, lang)}`;
  }
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${monthNameEn(m1)} ${y1}`;
  return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
}

/** Formats "15:00" as "3 p.m." or "下午3时". */
export function formatTime(hhmm: string, lang: "en" | "zh"): string {
  const [h, m] = hhmm.split(":").map(Number);
  if (lang === "zh") {
    const period = h < 12 ? "上午" : "下午";
    const h12 = h > 12 ? h - 12 : h;
    return `${period}${h12}时${m ? `${m}分` : ""}`;
  }
  const period = h < 12 ? "a.m." : "p.m.";
  const h12 = h > 12 ? h - 12 : h === 0 ? 12 : h;
  return `${h12}${m ? `:${String(m).padStart(2, "0")}` : ""} ${period}`;
}

/** Weekday name of an ISO date. */
export function weekday(isoDate: string, lang: "en" | "zh"): string {
  const d = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return lang === "zh" ? "星期" + "日一二三四五六"[d] : ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][d];
}
