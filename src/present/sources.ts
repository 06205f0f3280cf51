/**
 * Sources as a documents officer lists them: one line per document (symbol, title in the asker's
 * language, date, link to the official document) with the paragraphs cited, and the sentence that
 * states the fact; the whole passages stay one click away. Every adapter renders these lines.
 */
import type { Answer, Citation, Lang } from "../core/types.js";
import { formatDate, formatTime } from "../knowledge/index.js";
import { romanSubItems } from "./foreign-text.js";
import { cut, keySentence, quoteText } from "./quote-text.js";

/** One cited passage, for the "Show passages" menu. */
export interface SourcePassage {
  /** Its `[n]` marker in the answer. */
  n: number;
  /** Where in the document, for people ("¶ 27", "agenda item 2(a)"). */
  place: string;
  passageId?: string;
  /** The whole passage without markup. */
  text: string;
}

/** One document the answer cites. */
export interface SourceLine {
  /** The `[n]` markers of its passages, in order. */
  numbers: number[];
  /** The symbol, or failing that the title. */
  label: string;
  /** The title in the asker's language, when the label is the symbol. */
  title?: string;
  /** The issue date, written in the asker's language. */
  date?: string;
  /** The official document, by symbol and language. */
  url?: string;
  /** The places cited, in citing order, without repeats. */
  places: string[];
  /** The sentence of its passages that states the fact; absent when the view has no room. */
  excerpt?: string;
  passages: SourcePassage[];
}

export interface SourceOptions {
  /** Longest excerpt (characters). */
  excerptChars?: number;
  /**
   * Characters the sources may take in the default view, identity lines and excerpts together;
   * the answer's own length by default, so sources never outweigh the answer.
   */
  budget?: number;
  /** Excerpts shorter than this are not worth showing. */
  minExcerpt?: number;
}

/** Longest title on a source line (characters). */
const MAX_TITLE = 70;

/** Most places listed on one line; the rest are counted. */
const MAX_PLACES = 4;

/** The answer's sources, one line per document in the order the answer first cites them. */
export function sourceLines(answer: Pick<Answer, "text" | "citations" | "lang">, options: SourceOptions = {}): SourceLine[] {
  const lang = answer.lang;
  const byDoc = new Map<string, { c: Citation; line: SourceLine }>();
  answer.citations.forEach((c, i) => {
    const key = c.symbol ?? c.file;
    const place = placeOf(c.paragraph, lang);
    const passage: SourcePassage = { n: i + 1, place, passageId: c.passageId, text: quoteText(c.quote) };
    const known = byDoc.get(key);
    if (known) {
      known.line.numbers.push(i + 1);
      if (place && !known.line.places.includes(place)) known.line.places.push(place);
      known.line.passages.push(passage);
      return;
    }
    // A long title identifies the document in its first words; the whole title is in the passages view.
    const label = c.symbol ?? cut(c.title ?? c.document, MAX_TITLE);
    byDoc.set(key, {
      c,
      line: {
        numbers: [i + 1],
        label,
        ...(c.symbol && c.title ? { title: cut(c.title, MAX_TITLE) } : {}),
        ...(c.date ? { date: formatDate(c.date, lang) } : {}),
        ...(c.url ? { url: c.url } : {}),
        places: place ? [place] : [],
        passages: [passage],
      },
    });
  });
  const lines = [...byDoc.values()].map((v) => v.line);
  addExcerpts(lines, answer, options);
  return lines;
}

/** Gives excerpts to the first documents while the budget lasts. */
function addExcerpts(lines: SourceLine[], answer: Pick<Answer, "text" | "citations" | "lang">, options: SourceOptions): void {
  const max = options.excerptChars ?? 160;
  const min = options.minExcerpt ?? 40;
  let room = (options.budget ?? answerLength(answer.text)) - lines.reduce((n, l) => n + identityText(l, answer.lang).length, 0);
  for (const [i, line] of lines.entries()) {
    // The first document always shows its sentence: an answer's evidence is never only a reference.
    const allowed = i === 0 ? Math.max(room, Math.min(max, 60)) : room;
    if (allowed < min) break;
    const quotes = line.passages.map((p) => answer.citations[p.n - 1].quote);
    const sentence = keySentence(quotes, citingContext(answer.text, line.numbers), Math.min(max, allowed - 2));
    line.excerpt = sentence;
    room -= sentence.length + 2;
  }
}

/** The lines of the answer that carry any of the markers (a marker may close a line whose fact stands in an earlier sentence). */
export function citingContext(text: string, numbers: number[]): string {
  const marks = numbers.map((n) => `[${n}]`);
  return text
    .split("\n")
    .filter((s) => marks.some((m) => s.includes(m)))
    .join("\n");
}

/** Length of the answer as read: without `[n]` markers and `**` emphasis. */
export function answerLength(text: string): number {
  return text.replace(/\[\d+\]/g, "").replace(/\*\*/g, "").length;
}

/** "[1][2] CAC/COSP/WG.4/2024/1 · Annotated provisional agenda · 13 June 2024 · ¶ 2, 5": the line without its excerpt. */
export function identityText(line: SourceLine, lang: Lang): string {
  return [`${markers(line.numbers)} ${line.label}`, line.title, line.date, placesText(line.places, lang)].filter(Boolean).join(" · ");
}

/** A title that exists only in Chinese stands in quotation marks in an English answer. */
export function labelIn(text: string, lang: Lang): string {
  return lang === "en" && /\p{Script=Han}/u.test(text) ? `“${text}”` : text;
}

/** Compact markers: "[1]", "[1][3]", "[2]–[6]". */
export function markers(numbers: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    runs.push(j - i >= 2 ? `[${numbers[i]}]–[${numbers[j]}]` : numbers.slice(i, j + 1).map((n) => `[${n}]`).join(""));
    i = j + 1;
  }
  return runs.join("");
}

/** "¶ 2, 5, cover page and 3 more" / "第2、5段、封面等6处": neighbouring paragraph numbers share one ¶. */
export function placesText(places: string[], lang: Lang): string {
  if (!places.length) return "";
  const para = lang === "zh" ? /^第(\d+(?:\s*[-–]\s*\d+)?)段$/ : /^¶ (\d+(?:\s*[-–]\s*\d+)?)$/;
  const listed = places.slice(0, MAX_PLACES);
  const shown: string[] = [];
  let lastWasPara = false;
  for (const place of listed) {
    const n = para.exec(place)?.[1];
    if (n && lastWasPara) shown[shown.length - 1] = lang === "zh" ? shown[shown.length - 1].replace(/段$/, `、${n}段`) : `${shown[shown.length - 1]}, ${n}`;
    else shown.push(place);
    lastWasPara = Boolean(n);
  }
  const more = places.length - listed.length;
  if (lang === "zh") return `${shown.join("、")}${more ? `等${places.length}处` : ""}`;
  return `${shown.join(", ")}${more ? ` and ${more} more` : ""}`;
}

/**
 * A locator for people in the asker's language: numbered paragraphs "¶ 27" / "第27段", the cover
 * page, agenda items, annex rows with their date and time; other locators as they are.
 */
export function placeOf(locator: string | null, lang: Lang): string {
  if (!locator) return "";
  const zh = lang === "zh";
  let m: RegExpExecArray | null;
  if ((m = /^(\d+(?:\s*[-–]\s*\d+)?)$/.exec(locator))) return zh ? `第${m[1]}段` : `¶ ${m[1]}`;
  if (/^header\b/.test(locator)) return zh ? "封面" : "cover page";
  if ((m = /^heading (.+)$/.exec(locator))) return zh ? `标题“${m[1]}”` : "section heading";
  if ((m = /^annex, (?:row )?(\d{4}-\d\d-\d\d)(?: (\d\d:\d\d))?$/.exec(locator))) {
    const when = `${formatDate(m[1], lang)}${m[2] ? `${zh ? "" : " "}${formatTime(m[2], lang)}` : ""}`;
    return zh ? `附件，${when}` : `annex, ${when}`;
  }
  if ((m = /^provisional agenda, item (.+)$/.exec(locator))) return zh ? `临时议程项目${m[1]}` : `agenda item ${romanSubItems(m[1])}`;
  if ((m = /^provisional agenda, items (.+)$/.exec(locator))) return zh ? `临时议程项目${m[1]}` : `agenda items ${romanSubItems(m[1])}`;
  if ((m = /^footnote (\S+)$/.exec(locator))) return zh ? `脚注${m[1]}` : locator;
  if ((m = /^preamble (\d+)$/.exec(locator))) return zh ? `序言部分第${m[1]}段` : locator;
  if ((m = /^(.+), para (\d+)$/.exec(locator))) return zh ? `${m[1]}第${m[2]}段` : `${romanSubItems(m[1])} ¶ ${m[2]}`;
  return zh ? locator : romanSubItems(locator);
}
