/**
 * Building blocks for answers: a citation collector that numbers sources, and the names of
 * bodies, meetings, venues and dates in the asker's language (English names from the glossary).
 */
import { ordinalSuffix, ordinalWord, formatDate, formatDateRange, formatMonth, formatTime, labelledText, plainText, toChineseNumber } from "../knowledge/index.js";
import type { Answer, Citation, Lang } from "../core/types.js";
import type { Glossary, KnowledgeIndex, Meeting, Passage, WorkplanRow } from "../knowledge/index.js";

/** What a resolution is called, by its kind, in a language: "Resolution", "Decision", "决议", "决定". */
export const resolutionKind = (r: { kind?: string }, lang: Lang): string => (lang === "zh" ? (r.kind === "decision" ? "决定" : "决议") : r.kind === "decision" ? "Decision" : "Resolution");

/** Collects cited passages in order and hands out their `[n]` markers. */
export class Sources {
  /** Passage id -> its marker number, in citing order. */
  private readonly numbers = new Map<string, number>();
  /** The passages cited as items of their list (`citeInList`). */
  private readonly inList = new Set<string>();
  /** Runs cited as one quote (`citeRun`): key -> the run's passage ids, in document order. */
  private readonly runs = new Map<string, string[]>();
  constructor(private readonly index: KnowledgeIndex) {}

  /** Adds a passage (once) and returns its marker, e.g. "[2]". */
  cite(passageId: string | undefined): string {
    if (!passageId) return "";
    let n = this.numbers.get(passageId);
    if (n === undefined) {
      if (!this.index.passage(passageId)) return "";
      n = this.numbers.size + 1;
      this.numbers.set(passageId, n);
    }
    return `[${n}]`;
  }

  /**
   * Cites a numbered item of a list (an agenda's "3. Technical assistance.") quoted with the items
   * before and after it in its list, which show where it stands: for an answer about the item
   * alone (a listing cites each item by its own words).
   */
  citeInList(passageId: string | undefined): string {
    const marker = this.cite(passageId);
    if (marker) this.inList.add(passageId!);
    return marker;
  }

  /**
   * Cites consecutive passages of one document (a list as the document prints it: an agenda's
   * items with their sub-items) as one quote, which shows the list whole; "" when they are not
   * one run, and the caller cites them one by one.
   */
  citeRun(passageIds: string[]): string {
    const run = consecutive(this.index, passageIds);
    if (!run) return "";
    const key = `${run[0]}..${run[run.length - 1]}`;
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(key, n);
      this.runs.set(key, run);
    }
    return `[${n}]`;
  }

  /** Cites several passages: "[1][3]". */
  citeAll(passageIds: (string | undefined)[]): string {
    return [...new Set(passageIds)].map((p) => this.cite(p)).join("");
  }

  get size(): number {
    return this.numbers.size;
  }

  has(passageId: string): boolean {
    return this.numbers.has(passageId);
  }

  /** The citations, each in the asker's language version of its document where the corpus holds one. */
  citations(lang?: Lang): Citation[] {
    return [...this.numbers.keys()].map((id) => {
      const run = this.runs.get(id);
      if (run) return runCitation(this.index, run, lang);
      const c = this.index.cite(id, lang);
      const listed = this.inList.has(id) ? inItsList(this.index, c.passageId ?? id) : undefined;
      return listed ? { ...c, quote: listed } : c;
    });
  }
}

/** The passages as one run of their document, in order, when they are at least two, of one document, with nothing between them. */
function consecutive(index: KnowledgeIndex, passageIds: readonly string[]): string[] | undefined {
  const ps = [...new Set(passageIds)].map((id) => index.passage(id));
  if (ps.length < 2 || ps.some((p) => !p || p.docId !== ps[0]!.docId)) return undefined;
  const sorted = (ps as Passage[]).sort((a, b) => a.seq - b.seq);
  return sorted.every((p, i) => i === 0 || p.seq === sorted[i - 1].seq + 1) ? sorted.map((p) => p.id) : undefined;
}

/**
 * A run's citation: the first passage's, in the asker's language version where every passage of
 * the run has its paragraph there as one run too; the quote is the passages' text in a row and
 * the place "provisional agenda, items 1–10".
 */
function runCitation(index: KnowledgeIndex, run: readonly string[], lang?: Lang): Citation {
  const cs = run.map((id) => index.cite(id, lang));
  const own = consecutive(index, cs.map((c) => c.passageId ?? "")) ? cs : run.map((id) => index.cite(id));
  const [first, last] = [own[0], own[own.length - 1]];
  return { ...first, paragraph: placeOfRun(first.paragraph, last.paragraph), quote: own.map((c) => c.quote).join(" ") };
}

/** "provisional agenda, item 1" to "…, item 10": "provisional agenda, items 1–10"; other places "a – b". */
function placeOfRun(first: string | null, last: string | null): string | null {
  if (!first || !last) return first ?? last;
  const a = first.match(LIST_ITEM);
  const b = last.match(LIST_ITEM);
  if (a && b && first.slice(0, a.index) === last.slice(0, b.index)) {
    const item = (s: string, m: RegExpMatchArray) => s.slice((m.index ?? 0) + m[0].indexOf("item ") + 5);
    return `${first.slice(0, a.index)}${a[0].startsWith(",") ? ", " : ""}items ${item(first, a)}–${item(last, b)}`;
  }
  return `${first} – ${last}`;
}

/** A list item short enough to be quoted with its neighbours; its locator ends "item 3", "item 1(b)". */
const LIST_ITEM = /(?:^|, )item [^,]+$/;
const SHORT_ITEM = 120;

/**
 * A numbered list item with the items before and after it, as the document prints them in a row
 * ("2. Review … 3. Technical assistance. 4. Prevention."); undefined for an item without a printed
 * number (a bulleted list is not one run of text) or one too long to stand in a row.
 */
function inItsList(index: KnowledgeIndex, passageId: string): string | undefined {
  const p = index.passage(passageId);
  const m = p?.locator.match(LIST_ITEM);
  if (!p || !m || !p.label || labelledText(p).length > SHORT_ITEM) return undefined;
  const list = p.locator.slice(0, m.index);
  const passages = index.document(p.docId)?.passages ?? [];
  const at = passages.findIndex((x) => x.id === p.id);
  const sameList = (x: Passage | undefined): x is Passage => !!x && !!x.label && labelledText(x).length <= SHORT_ITEM && x.locator.slice(0, x.locator.match(LIST_ITEM)?.index ?? -1) === list;
  const row = [passages[at - 1], p, passages[at + 1]].filter((x) => x === p || sameList(x));
  return row.length > 1 ? row.map(labelledText).join(" ") : undefined;
}

/** Lists that grow with the corpus are shown this many entries at a time. */
export const PAGE_SIZE = 15;

/** One page of a list: its entries, where it starts (0-based) and the whole list's length. */
export interface Page<T> {
  items: T[];
  from: number;
  total: number;
  /** The 1-based number of the next page, when there is one. */
  next?: number;
}

/** Page `page` (1-based) of a list; a page past the end is the last one. */
export function pageOf<T>(all: readonly T[], page = 1, size = PAGE_SIZE): Page<T> {
  const last = Math.max(1, Math.ceil(all.length / size));
  const p = Math.min(Math.max(1, page), last);
  const from = (p - 1) * size;
  return { items: all.slice(from, from + size), from, total: all.length, next: p < last ? p + 1 : undefined };
}

/** "Shown: 16–30 of 5,600. Say “more” for the next 15." / "第16–30条，共5,600条。回复“更多”查看后15条。" */
export function pageNote(page: Page<unknown>, lang: Lang): string {
  const first = page.from + 1;
  const last = page.from + page.items.length;
  const total = page.total.toLocaleString("en-US");
  const nextCount = Math.min(PAGE_SIZE, page.total - last);
  if (lang === "zh") return `第${first}–${last}条，共${total}条。${page.next ? `回复“更多”查看后${nextCount}条。` : ""}`;
  return `Shown: ${first}–${last} of ${total}.${page.next ? ` Say “more” for the next ${nextCount}.` : ""}`;
}

/** An answered reply. */
export function answered(text: string, sources: Sources, lang: Lang): Answer {
  return { answered: true, text: plainHyphens(text.trim()), citations: sources.citations(lang), lang };
}

/**
 * An answer's words with the typesetter's hyphens (U+2010, U+2011: "non‑nuclear") as the
 * hyphen-minus, as they are typed and searched; the citations quote the documents as printed.
 */
const plainHyphens = (t: string) => t.replace(/[\u2010\u2011]/g, "-");

/** A refusal: the documents do not say; `text` says what they do cover. */
export function refused(text: string, lang: Lang, sources?: Sources): Answer {
  return { answered: false, text: text.trim(), citations: sources?.citations(lang) ?? [], lang };
}

/** A kind of fact a question asks for that not every answer from the graph states. */
export type KindOfFact = "amount" | "time" | "date" | "chair" | "state" | "place" | "city" | "year" | "article" | "count" | "votes";
/** What a refusal says the documents do not state, for each kind of fact asked, before what they do say. */
const KIND_NOT_STATED: Record<KindOfFact, { en: string; zh: string }> = {
  amount: { en: "give an amount", zh: "金额" },
  time: { en: "give a time of day", zh: "具体时间" },
  date: { en: "say when", zh: "日期" },
  chair: { en: "name who chairs it", zh: "主席" },
  state: { en: "name the State", zh: "国家名称" },
  place: { en: "say where", zh: "地点" },
  city: { en: "name the city", zh: "城市" },
  year: { en: "give the year", zh: "年份" },
  article: { en: "name the article", zh: "条款" },
  count: { en: "give a number", zh: "数字" },
  votes: { en: "give the votes cast", zh: "表决票数" },
};
export function kindNotStated(kind: KindOfFact, lang: Lang): string {
  const k = KIND_NOT_STATED[kind];
  return lang === "zh" ? `文件没有载明所问的${k.zh}。文件载明：` : `The documents do not ${k.en}. What they say:`;
}

/** A paragraph's text as an answer shows it: plain, without the number it opens with ("5. The Conference …"). */
export const paragraphText = (text: string): string => plainText(text).replace(/^\d+\.\s*/, "");

/** A text cut at a word after `length` characters, with " …" where it was cut; whole when no longer. */
export const clippedAt = (text: string, length: number): string => (text.length <= length ? text : `${text.slice(0, text.lastIndexOf(" ", length))} …`);

/** "15th", "1st", "22nd". */
export const ordinalEn = ordinalSuffix;


/** Short name of a body ("Working Group on Prevention" / "预防腐败问题工作组"). */
export function bodyName(g: Glossary, id: string, lang: Lang): string {
  const b = g.body(id);
  if (!b) return id;
  return lang === "zh" ? b.short?.zh ?? b.zh : b.short?.en ?? b.en;
}

/** Full name of a meeting in the asker's language. */
export function meetingName(g: Glossary, m: Meeting, lang: Lang): string {
  const bodies = m.bodies.filter((b) => b !== "other");
  if (m.kind === "other" || !bodies.length) {
    const n = m.name ?? "";
    return lang === "zh" ? n : g.english(n) ?? n;
  }
  const names = bodies.map((b) => bodyName(g, b, lang));
  const word = g.body(bodies[0])?.meetingWord;
  if (lang === "zh") {
    if (m.kind === "joint") return `${names.join("和")}联席会议`;
    if (m.kind === "intersessional") return `${names[0]}闭会期间会议`;
    if (m.kind === "special" && !m.ordinal) return names[0];
    if (!m.ordinal) return `${names[0]}会议`;
    const w = m.kind === "special" ? "届特别会议" : m.kind === "session" || m.kind === "resumed" ? "届会议" : word?.zh === "届会议" ? "届会议" : "次会议";
    const base = `${names[0]}第${toChineseNumber(m.ordinal)}${w}`;
    return m.kind === "resumed" ? `${base}${m.part ? `第${toChineseNumber(m.part)}次` : ""}续会` : base;
  }
  if (m.kind === "joint") return `joint meeting of the ${names.join(" and the ")}`;
  if (m.kind === "intersessional") return `intersessional meeting of the ${names[0]}`;
  if (m.kind === "special" && !m.ordinal) return names[0];
  if (!m.ordinal) return `meeting of the ${names[0]}`;
  const w = m.kind === "special" ? "special session" : m.kind === "session" || m.kind === "resumed" ? "session" : word?.en ?? "meeting";
  const base = `${ordinalEn(m.ordinal)} ${w} of the ${names[0]}`;
  return m.kind === "resumed" ? `${m.part ? `${ordinalWord(m.part)} ` : ""}resumed ${base}` : base;
}

/** Venue in the asker's language: "Atlanta, United States of America" / "美利坚合众国亚特兰大". */
export function venueName(g: Glossary, venue: string, lang: Lang): string {
  // A venue the documents write in English ("Amman") has its Chinese name in the glossary.
  if (lang === "zh") return /\p{Script=Han}/u.test(venue) ? venue : g.data.venues.find((v) => v.en === venue)?.zh ?? g.data.countries.find((c) => c.en === venue)?.zh ?? venue;
  const exact = g.english(venue);
  if (exact) return exact;
  const city = g.data.venues.filter((v) => venue.includes(v.zh)).sort((a, b) => b.zh.length - a.zh.length)[0];
  const country = g.data.countries.filter((c) => venue.includes(c.zh) && (!city || !city.zh.includes(c.zh))).sort((a, b) => b.zh.length - a.zh.length)[0];
  if (city && country) return `${city.en}, ${country.en}`;
  return city?.en ?? country?.en ?? g.translateNames(venue);
}

/** When a meeting took place, as precisely as known. */
export function meetingWhen(m: Meeting, lang: Lang): string | undefined {
  if (m.start) return formatDateRange(m.start, m.end, lang);
  // (The month's name from the table, not Intl: this runs for every meeting a list shows.)
  if (m.month) return formatMonth(m.month, lang);
  if (m.year) return lang === "zh" ? `${m.year}年` : String(m.year);
  return undefined;
}

/** "Tuesday 3 September 2024 at 3 p.m." / "2024年9月3日（星期二）下午3时". */
export function dateTimePhrase(date: string, time: string | undefined, lang: Lang): string {
  if (lang === "zh") return `${formatDate(date, "zh", { weekday: true })}${time ? formatTime(time, "zh") : ""}`;
  return `${formatDate(date, "en", { weekday: true })}${time ? ` at ${formatTime(time, "en")}` : ""}`;
}

/** "3–6 p.m." / "下午3时至6时". */
export function timeRangePhrase(start: string, end: string | undefined, lang: Lang): string {
  if (!end) return formatTime(start, lang);
  if (lang === "zh") {
    const s = formatTime(start, "zh");
    const e = formatTime(end, "zh");
    return s.slice(0, 2) === e.slice(0, 2) ? `${s}至${e.slice(2)}` : `${s}至${e}`;
  }
  const s = formatTime(start, "en");
  const e = formatTime(end, "en");
  return s.endsWith(e.slice(-4)) ? `${s.slice(0, -5)}–${e}` : `${s}–${e}`;
}

/** Joins a list for prose: "a, b and c" / "a、b和c". */
export function list(items: string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? "";
  if (lang === "zh") return `${items.slice(0, -1).join("、")}和${items[items.length - 1]}`;
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A date a text says is yet to be set: "（年份/日期待定）", "date to be determined", "dates TBD". */
const DATE_TO_BE_SET = /(?:日期|年份|时间)[^。；]{0,4}待定|\b(?:date|dates|year|timing)s?\b[^.;]{0,20}\b(?:to be (?:determined|decided|confirmed|announced)|TBD|TBC)\b/i;
/** The name a workplan row prints with its date yet to be set ("资产追回问题缔约国会议特别会议 （年份/日期待定）"), if any. */
export const dateToBeSet = (row: WorkplanRow): string | undefined => row.bodyNames.find((n) => DATE_TO_BE_SET.test(n));
