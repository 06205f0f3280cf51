/**
 * Checkable claims in a piece of text: dates, clock times, resolution numbers, document
 * symbols, plain numbers and quoted spans. Model-worded sentences and the passages they cite go
 * through the same extraction, so "3 September 2024" in an English sentence and "2024年9月3日"
 * in a Chinese passage meet as the same ISO date. Pure functions only.
 */

/** The claims found in one text, each normalised to a comparable string. */
export interface Claims {
  /** Full dates, ISO yyyy-mm-dd. */
  dates: string[];
  /** Dates written without a year, as mm-dd. */
  monthDays: string[];
  /** Clock times, HH:MM on a 24-hour clock. */
  times: string[];
  /** Resolution / decision numbers such as "10/3". */
  resolutions: string[];
  /** Document symbols, upper-cased without whitespace, e.g. "CAC/COSP/WG.4/2024/1". */
  symbols: string[];
  /** Other numbers as digit strings without leading zeros or thousands separators ("730", "50", "2.5"). */
  numbers: string[];
  /** Text the sentence puts in quotation marks or title brackets, squashed (see {@link squash}). */
  quotes: string[];
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const MONTH_NAME = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
const RANGE = "(?:-|–|—|~|to|and|至|到|和|及|、)";

/**
 * Unicode compatibility form: full-width digits, letters, slashes and colons become ASCII, so
 * "２０２４／１" and "2024/1" compare equal.
 */
export function normalizeText(text: string): string {
  return text.normalize("NFKC");
}

/** Whitespace removed, lower-cased, compatibility-normalised: for containment checks. */
export function squash(text: string): string {
  return normalizeText(text).replace(/[\s\u200b\u3000]+/g, "").toLowerCase();
}

const pad = (n: number | string) => String(n).padStart(2, "0");
const validDay = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;

/** Replaces matched spans with spaces so later patterns do not read their digits again. */
function consume(text: string, re: RegExp, onMatch: (m: RegExpMatchArray) => void): string {
  return text.replace(re, (...args) => {
    const m = args.slice(0, -2) as unknown as RegExpMatchArray;
    onMatch(m);
    return " ".repeat(String(args[0]).length);
  });
}

function monthOf(name: string): number | undefined {
  return MONTHS[name.slice(0, 3).toLowerCase()];
}

/** Extracts every date and removes it from the text; returns the remaining text. */
function takeDates(text: string, full: Set<string>, md: Set<string>): string {
  const add = (y: string | undefined, m: number, d: number) => {
    if (!validDay(m, d)) return;
    if (y) full.add(`${y}-${pad(m)}-${pad(d)}`);
    else md.add(`${pad(m)}-${pad(d)}`);
  };
  // ISO first: its digits would otherwise read as numbers.
  text = consume(text, /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, (m) => add(m[1], +m[2], +m[3]));
  // 2024年9月3日(至6日 | 至9月6日), optional year, spaces allowed between parts.
  text = consume(
    text,
    new RegExp(`(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号](?:\\s*${RANGE}\\s*(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*[日号])?`, "g"),
    (m) => {
      add(m[1], +m[2], +m[3]);
      if (m[5]) add(m[1], m[4] ? +m[4] : +m[2], +m[5]);
    },
  );
  // 3 September 2024, 3-6 September 2024, 3 Sept. 2024, 3 September (no year)
  text = consume(
    text,
    new RegExp(`\\b(\\d{1,2})(?:\\s*${RANGE}\\s*(\\d{1,2}))?\\s+${MONTH_NAME}\\.?(?:,?\\s+(\\d{4}))?\\b`, "g"),
    (m) => {
      const mo = monthOf(m[3]);
      if (!mo) return;
      add(m[4], mo, +m[1]);
      if (m[2]) add(m[4], mo, +m[2]);
    },
  );
  // September 3, 2024, September 3-6, 2024, Sept. 3 (no year)
  text = consume(
    text,
    new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?!\\d)(?:\\s*${RANGE}\\s*(\\d{1,2}))?(?:,?\\s+(\\d{4}))?\\b`, "g"),
    (m) => {
      const mo = monthOf(m[1]);
      if (!mo) return;
      add(m[4], mo, +m[2]);
      if (m[3]) add(m[4], mo, +m[3]);
    },
  );
  return text;
}

/** Extracts clock times (English a.m./p.m., 24-hour, Chinese 上午/下午…时) and removes them. */
function takeTimes(text: string, out: Set<string>): string {
  const add = (h: number, min: number, meridiem?: string) => {
    const mer = meridiem?.toLowerCase().replace(/[.\s]/g, "");
    if (mer === "pm" || mer === "下午" || mer === "晚上") h = h < 12 ? h + 12 : h;
    if (mer === "am" || mer === "上午") h = h === 12 ? 0 : h;
    if (mer === "中午" && h < 11) h += 12;
    if (h <= 24 && min < 60) out.add(`${pad(h)}:${pad(min)}`);
  };
  // 3 to 6 p.m., 10 a.m., 3:00 p.m.
  text = consume(
    text,
    /\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:(a\.?\s?m\.?|p\.?\s?m\.?)\s*)?(?:-|–|—|to)\s*(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])/gi,
    (m) => {
      add(+m[1], m[2] ? +m[2] : 0, m[3] ?? m[6]);
      add(+m[4], m[5] ? +m[5] : 0, m[6]);
    },
  );
  text = consume(text, /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])/gi, (m) => add(+m[1], m[2] ? +m[2] : 0, m[3]));
  // 下午3时至6时, 上午10时30分, 15时
  text = consume(
    text,
    /(上午|下午|晚上|中午)?\s*(\d{1,2})\s*[时点](?:\s*(\d{1,2})\s*分|(半))?(?:\s*(?:至|到|-|–|—)\s*(上午|下午|晚上|中午)?\s*(\d{1,2})\s*[时点](?:\s*(\d{1,2})\s*分|(半))?)?/g,
    (m) => {
      add(+m[2], m[3] ? +m[3] : m[4] ? 30 : 0, m[1]);
      if (m[6]) add(+m[6], m[7] ? +m[7] : m[8] ? 30 : 0, m[5] ?? m[1]);
    },
  );
  // 15:00, 15.00, 15h00
  text = consume(text, /(?<![\d.:/])(\d{1,2})(?:[:h]|\.(?=\d{2}(?!\d)))(\d{2})(?![\d.:/%])/g, (m) => add(+m[1], +m[2]));
  return text;
}

/** Document symbols: upper-case series with slashes ("CAC/COSP/WG.4/2024/1", "A/RES/58/4"). */
function takeSymbols(text: string, out: Set<string>): string {
  return consume(text, /\b[A-Z]{1,6}(?:\s*\/\s*[A-Za-z0-9.()\-]+)+/g, (m) => {
    const sym = m[0].replace(/\s+/g, "").replace(/[.)(\-]+$/, "").toUpperCase();
    if (sym.includes("/")) out.add(sym);
  });
}

/** Resolution and decision numbers: "10/3", "第10/3号决议". */
function takeResolutions(text: string, out: Set<string>): string {
  return consume(text, /(?<![\d/.])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/g, (m) => out.add(`${+m[1]}/${+m[2]}`));
}

/** Canonical digit string: no thousands separators, no leading zeros. */
export function canonicalNumber(raw: string): string {
  const s = raw.replace(/,(?=\d{3}(?!\d))/g, "");
  const [int, frac] = s.split(".");
  const i = int.replace(/^0+(?=\d)/, "");
  return frac !== undefined && frac !== "" ? `${i}.${frac}` : i;
}

function takeNumbers(text: string, out: Set<string>): string {
  return consume(text, /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/g, (m) => out.add(canonicalNumber(m[0])));
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Value of a Chinese numeral ("十五" 15, "二十" 20, "七百三十" 730, "二〇二四" 2024). */
export function chineseNumeralValue(s: string): number | undefined {
  if (!s) return undefined;
  if (![...s].some((c) => c in CN_UNIT || c === "万")) {
    // Digit-by-digit reading (years): every character must be a digit.
    if (![...s].every((c) => c in CN_DIGIT)) return undefined;
    return Number([...s].map((c) => CN_DIGIT[c]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of s) {
    if (c in CN_DIGIT) digit = CN_DIGIT[c];
    else if (c in CN_UNIT) {
      section += (digit ?? 1) * CN_UNIT[c];
      digit = undefined;
    } else if (c === "万") {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

/** Numbers a passage writes in Chinese numerals ("第十五次会议" supports "15th meeting"; "百分之五十" supports "50%"). */
export function chineseNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[零〇一二两三四五六七八九十百千万]+/g)) {
    const v = chineseNumeralValue(m[0]);
    if (v !== undefined) out.push(String(v));
  }
  return out;
}

/** Spans the text presents as verbatim: “…”, "…", 「…」, 『…』, 《…》. */
function quotedSpans(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/“([^”]{2,})”|"([^"]{2,})"|「([^」]{2,})」|『([^』]{2,})』|《([^》]{2,})》/g)) {
    const span = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    const sq = squash(span).replace(/[\p{P}\p{S}]+$/u, "");
    if (sq.length >= 2) out.push(sq);
  }
  return out;
}

/** Removes `[1]`, `[P1]`, `【1】` style citation markers (the assistant adds its own). */
export function stripMarkers(text: string): string {
  return text.replace(/\s*(?:\[\s*[A-Za-z]?\d+\s*\]|【\s*[A-Za-z]?\d+\s*】)/g, "");
}

/** All checkable claims of one text. */
export function extractClaims(text: string): Claims {
  const dates = new Set<string>();
  const monthDays = new Set<string>();
  const times = new Set<string>();
  const resolutions = new Set<string>();
  const symbols = new Set<string>();
  const numbers = new Set<string>();
  const raw = normalizeText(stripMarkers(text));
  const quotes = quotedSpans(raw);
  let rest = takeSymbols(raw, symbols);
  rest = takeDates(rest, dates, monthDays);
  rest = takeTimes(rest, times);
  rest = takeResolutions(rest, resolutions);
  takeNumbers(rest, numbers);
  return {
    dates: [...dates],
    monthDays: [...monthDays],
    times: [...times],
    resolutions: [...resolutions],
    symbols: [...symbols],
    numbers: [...numbers],
    quotes,
  };
}

/** What a set of supporting texts (the cited passages) can vouch for. */
export interface Support {
  dates: Set<string>;
  monthDays: Set<string>;
  times: Set<string>;
  resolutions: Set<string>;
  /** Every digit string in the texts, including those inside dates, symbols and Chinese numerals. */
  numbers: Set<string>;
  /** The texts squashed and upper-cased, for symbol containment. */
  upper: string;
  /** The texts squashed, for quote containment. */
  squashed: string;
}

/** Builds the support of a group of texts (passage quotes plus their document and paragraph labels). */
export function buildSupport(texts: string[]): Support {
  const joined = texts.map(normalizeText).join("\n");
  const c = extractClaims(joined);
  const numbers = new Set<string>(c.numbers);
  // A number is supported wherever its digits stand in the passage, even inside a date or
  // symbol ("2024" in "2024年9月3日", "4" in "WG.4").
  for (const m of joined.matchAll(/\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/g)) {
    numbers.add(canonicalNumber(m[0]));
    for (const part of m[0].split(/[.,]/)) numbers.add(canonicalNumber(part));
  }
  for (const n of chineseNumbers(joined)) numbers.add(n);
  // A passage's dated "2024年9月3日" also supports a yearless "3 September".
  const monthDays = new Set([...c.monthDays, ...c.dates.map((d) => d.slice(5))]);
  return {
    dates: new Set(c.dates),
    monthDays,
    times: new Set(c.times),
    resolutions: new Set(c.resolutions),
    numbers,
    // Squashed one by one and joined with a line break, so "…/Add.1" at the end of one text
    // does not run into the next text and look like a longer symbol.
    upper: texts.map((t) => squash(t).toUpperCase()).join("\n"),
    squashed: texts.map(squash).join("\n"),
  };
}

/** True when `needle` occurs in `hay` not followed by a letter or digit ("…/2024/1" is not in "…/2024/10"). */
function containsToken(hay: string, needle: string): boolean {
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (!/[A-Z0-9]/.test(hay.charAt(i + needle.length))) return true;
  }
  return false;
}

/** The claims of `claims` that `support` does not vouch for, each labelled ("date 2024-09-04"). */
export function unsupportedClaims(claims: Claims, support: Support): string[] {
  const missing: string[] = [];
  for (const d of claims.dates) if (!support.dates.has(d)) missing.push(`date ${d}`);
  for (const d of claims.monthDays) if (!support.monthDays.has(d)) missing.push(`date --${d}`);
  for (const t of claims.times) if (!support.times.has(t)) missing.push(`time ${t}`);
  for (const r of claims.resolutions) if (!support.resolutions.has(r)) missing.push(`resolution ${r}`);
  for (const s of claims.symbols) if (!containsToken(support.upper, s)) missing.push(`symbol ${s}`);
  for (const n of claims.numbers) if (!support.numbers.has(n)) missing.push(`number ${n}`);
  for (const q of claims.quotes) if (!support.squashed.includes(q)) missing.push(`quote ${q}`);
  return missing;
}
