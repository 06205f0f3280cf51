/**
 * Reads the header block of a UN meeting document (Distr., date, languages, body, session,
 * venue and dates, agenda item, title) into meta fields and header passages.
 */
import { parseEnglishOrdinal } from "../lang/ordinal.js";
import type { DocumentKind, DocumentMeta, MeetingKind } from "../model.js";
import { findDates, monthFromName, iso, parseChineseNumber, joinBroken } from "../text.js";
import { findSymbol, findSymbols, type SourceLine } from "./clean.js";

/** A header passage before ids are assigned. */
export interface HeaderBlock {
  locator: string;
  lines: string[];
}

export interface HeaderResult {
  meta: Partial<DocumentMeta>;
  /** Body name as printed (resolved to an id by the caller). */
  bodyName?: string;
  /** Organ named above the Distr. line ("General Assembly", "经济及社会理事会"), when no body line is printed. */
  organName?: string;
  blocks: HeaderBlock[];
  /** Index (into the cleaned lines) where the body of the document starts. */
  bodyStart: number;
  /** Footnote of the header ("* CAC/COSP/2023/1。"). */
  footnote?: { label: string; text: string };
}

const LANGS: Record<string, string> = { chinese: "zh", english: "en", french: "fr", spanish: "es", russian: "ru", arabic: "ar" };

const BODY_WORDS = /(工作组|审议组|缔约国会议$|缔约方会议$|专家会议|委员会$|Working Group|Review Group|Conference of the States Parties|Conference of the Parties|Expert Meeting|Expert Group|Commission on|Committee)/;

/** A line that starts the body of the document. */
export function isBodyStart(line: string, afterDistr: boolean): boolean {
  const t = line.trim();
  if (!t) return false;
  if (afterDistr && /^#{1,6}\s/.test(t)) return true;
  if (/^[一二三四五六七八九十]+\.\s*\S/.test(t)) return true;
  if (/^(?:I|II|III|IV|V|VI)\.\s+[A-Z]/.test(t)) return true;
  if (/^(?:摘要|Summary)$/.test(t)) return true;
  if (/^\d{1,3}\.\s+\S/.test(t) && afterDistr) return true;
  // A resolution's own title ("80/12. Objective information …"), the adopting organ's opening
  // words, a table of contents and an agenda list start the text.
  if (/^(?:[A-Z]-)?\d{1,3}\/\d{1,3}(?:\s*[A-Z])?\.\s+\S/.test(t)) return true;
  if (/^The (?:General Assembly|Economic and Social Council|Security Council|Human Rights Council|Conference[\w ]*|Commission[\w ]*),$/.test(t)) return true;
  if (/^(?:Contents(?:\s+Page)?|目录|Provisional agenda|临时议程|Annotations)$/i.test(t) && afterDistr) return true;
  return false;
}

/** The kind of document a cover line names ("秘书处的说明", "Report of the Secretariat"). */
export function docKindFromLine(line: string): DocumentKind | undefined {
  const t = line.replace(/\s*\*+$/, "");
  if (/背景文件|background paper/i.test(t)) return "background-paper";
  if (/^秘书处的报告$|^Report of the Secretariat$/i.test(t)) return "secretariat-report";
  if (/临时议程说明|annotated provisional agenda|annotations/i.test(t)) return "annotated-agenda";
  if (/^增编$|^Addendum$/i.test(t)) return "draft-report-addendum";
  if (/^报告草稿$|^Draft report$/i.test(t)) return "report";
  if (/^(?:秘书处|秘书长)的(?:说明|报告)$|^(?:Note|Report) (?:by|of) the (?:Secretariat|Secretary-General)$/i.test(t)) return "secretariat-report";
  return undefined;
}

/** "E/2003/30 E/CN.15/2003/14": a document issued under two symbols keeps both. */
function allSymbolsOf(line: string): string {
  return findSymbols(line).map((s) => s.symbol).join(" ");
}

/** Parses a line that is a session or meeting alone: "第十届会议", "第十次会议*", "Tenth session", "15th meeting". */
export function parseOrdinalLine(t: string): { ordinal: number; kind: MeetingKind } | undefined {
  return /^(?:第\s*[\d一二三四五六七八九十百]+\s*(?:届会议|次会议)\s*\*?|[\w-]+\s+(?:session|meeting))$/i.test(t) ? ordinalIn(t) : undefined;
}

/** The session or meeting a line names within it: "…第十二届会议报告", "Report on the forty-seventh session". */
function ordinalIn(text: string): { ordinal: number; kind: MeetingKind } | undefined {
  const zh = text.match(/第\s*([\d一二三四五六七八九十百]+)\s*(届会议|次会议)/);
  const en = zh ? null : text.match(/\b((?:[a-z]+-)?[a-z]+|\d{1,3}(?:st|nd|rd|th))\s+(session|meeting)\b/i);
  const ordinal = zh ? parseChineseNumber(zh[1]) : en ? parseEnglishOrdinal(en[1]) : undefined;
  if (!ordinal) return undefined;
  return { ordinal, kind: (zh ? zh[2] === "届会议" : en![2].toLowerCase() === "session") ? "session" : "meeting" };
}

/**
 * "Agenda item 90 (b) Reduction of …", "议程项目105预防犯罪和刑事司法": the item of the issuing
 * organ's agenda a document comes under, printed above or below the Distr. line.
 */
export function readAgendaItemLine(t: string): { number: string; title?: string } | undefined {
  const m = t.match(/^(?:Agenda items?\s+|议程项目\s*)(\d+(?:\s*\([a-z]{1,2}\))?)\s*(.*)$/);
  return m ? { number: m[1].replace(/\s+/g, ""), title: m[2] || undefined } : undefined;
}

/**
 * A cover line the text layer printed with characters lost ("… (2003 5 13 日至 22 )" for
 * "… (2003 年 5 月 13 日至 22 日)"): its characters, in order, are most of the whole line's.
 */
export function isLossyCopy(copy: string, whole: string): boolean {
  const a = copy.replace(/\s+/g, "");
  const b = whole.replace(/\s+/g, "");
  if (a.length >= b.length || a.length < b.length * 0.7) return false;
  let k = 0;
  for (const ch of b) if (ch === a[k]) k++;
  return k === a.length;
}

/**
 * "Agenda item 110" / "Crime prevention and criminal justice" / "Note by the Secretary-General":
 * an agenda item line printed without its item's title is followed by it (wrapped lines go on in
 * lower case), then by the document's title; with nothing after it, the one line is the title.
 */
function takeItemTitle(titleBlock: string[], at: number | undefined, meta: Partial<DocumentMeta>, agendaLine: string[]): void {
  if (at === undefined || !meta.agendaItem) return;
  let end = at + 1;
  while (end < titleBlock.length && /^[a-z]/.test(titleBlock[end])) end++;
  if (end >= titleBlock.length) return;
  const lines = titleBlock.splice(at, end - at);
  meta.agendaItem.title = lines.reduce((a, b) => joinBroken(a, b));
  agendaLine.push(...lines);
}

/**
 * The venue in what a dates line leaves: a known place at its start ("维也纳与会者须知" is Vienna
 * and a title run into it), or short text that names no meeting or report.
 */
function readVenue(rest: string, places: string[]): { venue?: string; title?: string; other: string } {
  if (!rest) return { other: "" };
  const place = places.filter((p) => rest.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  if (place) {
    const tail = rest.slice(place.length).replace(/^[\s，,]+/, "");
    // "Vienna, Austria", "St. Petersburg, Russian Federation": the country stays with the city.
    if (!tail || /^[A-Z][\w .'-]*$/.test(tail)) return { venue: rest, other: "" };
    return { venue: place, title: /[\u4e00-\u9fff]/.test(tail) ? tail : undefined, other: "" };
  }
  if (/会议|报告|委员会|session|report/i.test(rest) || rest.length > 60) return { other: rest };
  return { venue: rest, other: "" };
}

export interface HeaderOptions {
  /** Known venue names (glossary), longest taken first. */
  places?: string[];
}

export function parseHeader(lines: SourceLine[], opts: HeaderOptions = {}): HeaderResult {
  const meta: Partial<DocumentMeta> = {};
  const blocks: HeaderBlock[] = [];
  let bodyName: string | undefined;
  let footnote: HeaderResult["footnote"];
  let afterDistr = false;
  let i = 0;
  const distr: string[] = [];
  const meeting: string[] = [];
  const titleBlock: string[] = [];
  let inAgenda = false;
  const preamble: string[] = [];
  const adoption: string[] = [];
  const agendaLine: string[] = [];
  const sessionLine: string[] = [];
  /** Where the title lines after an agenda item line printed without its item's title begin. */
  let itemTitleAt: number | undefined;
  let organName: string | undefined;
  /** The line before the one being read. */
  let last: string | undefined;

  for (; i < lines.length; i++) {
    const raw = lines[i].text;
    const t = raw.trim().replace(/^#+\s*/, "");
    if (!t) continue;
    const previous = last;
    last = t;
    if (isBodyStart(raw, afterDistr) && (afterDistr || i > 0)) break;
    // A cover the text layer printed twice: its organ, Distr., language and Original lines are read
    // once (a title may repeat an agenda item's title, so title lines are not skipped).
    if (afterDistr && (preamble.includes(t) || distr.includes(t))) continue;

    const distrM = t.match(/^Distr\.?:\s*(\w+)/i);
    if (distrM) {
      meta.distribution = distrM[1];
      afterDistr = true;
      distr.push(t);
      continue;
    }
    // The organ's session and agenda item stand above the Distr. line on some covers
    // ("第五十五届会议" / "议程项目105 …"), below it on others ("Eightieth session" / "Agenda item 90 (b) …").
    const item = readAgendaItemLine(t);
    if (item) {
      meta.agendaItem = item;
      // An organ numbers its agenda items within the session printed just above them
      // ("Eightieth session" / "Agenda item 11 …"): its passage quotes both.
      if (previous && parseOrdinalLine(previous) && !agendaLine.length) agendaLine.push(previous);
      agendaLine.push(t);
      if (!item.title && afterDistr) itemTitleAt = titleBlock.length;
      continue;
    }
    const organSession = afterDistr ? undefined : parseOrdinalLine(t);
    if (organSession) {
      meta.meeting = { ...meta.meeting, ...organSession };
      sessionLine.push(t);
      continue;
    }
    if (!afterDistr) {
      const sym = findSymbol(t);
      if (sym && /^(?:\d{1,3}\s+)?(?:United Nations\s*|联\s*合\s*国\s*)?(?:CAC|CTOC|A|E|S)\//.test(t)) meta.symbol ??= allSymbolsOf(t);
      preamble.push(t);
      continue;
    }
    const dateEn = t.match(/^(\d{1,2})\s*([A-Z][a-z]+)\s*(\d{4})$/);
    if (dateEn && meta.date && monthFromName(dateEn[2]) && iso(+dateEn[3], monthFromName(dateEn[2])!, +dateEn[1]) === meta.date) {
      continue;
    }
    if (dateEn && !meta.date && monthFromName(dateEn[2])) {
      meta.date = iso(+dateEn[3], monthFromName(dateEn[2])!, +dateEn[1]);
      distr.push(t);
      continue;
    }
    if (LANGS[t.toLowerCase()] && !meta.language) {
      meta.language = LANGS[t.toLowerCase()];
      distr.push(t);
      continue;
    }
    const orig = t.match(/^Original:\s*(\w+)/i);
    if (orig) {
      meta.originalLanguage = LANGS[orig[1].toLowerCase()] ?? orig[1];
      distr.push(t);
      continue;
    }
    const adopted = t.match(/^(Resolution|Decision) adopted by the (.+?) on (\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b/);
    if (adopted) {
      const date = findDates(adopted[3])[0]?.start;
      meta.adopted = { by: adopted[2], date };
      meta.kind = adopted[1] === "Resolution" ? "resolution" : "decision";
      organName ??= adopted[2];
      adoption.push(t);
      continue;
    }
    if (/^\[(?:on the report of|without reference to)\b/i.test(t)) {
      adoption.push(t);
      continue;
    }
    const fn = t.match(/^\*\s*(.+)$/);
    if (fn) {
      footnote = { label: "*", text: t };
      const s = findSymbol(fn[1]);
      if (s) meta.agendaSymbol = s;
      continue;
    }
    // A body name wrapped in the narrow header column ("Open-ended Intergovernmental Working Group" /
    // "on the Prevention of Corruption") continues on a line that starts in lower case.
    if (bodyName && meeting.length === 1 && /^[a-z]/.test(t)) {
      bodyName = joinBroken(bodyName, t);
      meeting.push(t);
      continue;
    }
    const ordinal = parseOrdinalLine(t);
    if (ordinal && !inAgenda) {
      meta.meeting = { ...meta.meeting, ordinal: ordinal.ordinal, kind: ordinal.kind };
      meeting.push(t);
      continue;
    }
    const dates = findDates(t);
    if (dates.length && !inAgenda && !meta.meeting?.start) {
      const d = dates[0];
      const rest = (t.slice(0, d.index) + t.slice(d.index + d.length)).replace(/^[\s，,、(（]+|[\s，,、。)）]+$/g, "").replace(/\(\s*\)/g, "").trim();
      const where = readVenue(rest, opts.places ?? []);
      // "预防犯罪和刑事司法委员会 第十二届会议报告 (2003 年 5 月 13 日至 22 日)": body and session, not a venue.
      if (!bodyName && /委员会|工作组|审议组|缔约国会议|缔约方会议|Commission|Committee|Working Group|Review Group|Conference/.test(where.other)) bodyName = where.other.replace(/\s*第.*$/, "");
      const ord = ordinalIn(where.other);
      if (ord && !meta.meeting?.ordinal) meta.meeting = { ...meta.meeting, ...ord };
      meta.meeting = { ...meta.meeting, start: d.start, end: d.end ?? d.start, venue: where.venue };
      if (/报告|\bReport\b/i.test(where.other)) {
        // "…委员会 第十二届会议报告 (2003 年 5 月 13 日至 22 日)": a report's title, with its session's
        // dates; a copy of it that lost characters earlier in the cover gives way to it.
        titleBlock.splice(0, titleBlock.length, ...titleBlock.filter((l) => !isLossyCopy(l, t)), t);
        continue;
      }
      meeting.push(t);
      if (where.title) titleBlock.push(where.title);
      continue;
    }
    if (!inAgenda && !meeting.length && BODY_WORDS.test(t) && !/^临时议程|provisional agenda/i.test(t)) {
      bodyName = t;
      meeting.push(t);
      continue;
    }
    const agenda = t.match(/^临时议程\s*\*?\s*项目\s*(\d+(?:\s*\([a-z]\))?)|^Item\s+(\d+(?:\s*\([a-z]\))?)\s+of\s+the\s+provisional\s+agenda/i);
    if (agenda) {
      meta.agendaItem = { number: (agenda[1] ?? agenda[2]).replace(/\s+/g, "") };
      inAgenda = true;
      titleBlock.push(t);
      continue;
    }
    const kind = docKindFromLine(t);
    if (kind) meta.kind = kind === "report" && meta.kind ? meta.kind : kind;
    titleBlock.push(t);
  }

  // A cover without a Distr. line is no UN cover: the text starts at its first line.
  if (!afterDistr) return { meta: {}, blocks: [], bodyStart: 0 };
  // The COSP itself prints no separate body line: its name is the organisation line above Distr.
  if (!bodyName && preamble.some((p) => /缔约国会议|Conference of the States Parties/.test(p)) && meeting.length) {
    bodyName = "缔约国会议";
  }
  organName ??= preamble.find((p) => !/^(?:United Nations|联\s*合\s*国)$/.test(p) && !findSymbol(p) && !/^\d+$/.test(p));
  if (inAgenda) {
    // Agenda line, item title line(s), document title, document kind: the last line before the
    // kind line is the title; the lines between the agenda line and it are the item title.
    const kindAt = titleBlock.findIndex((l, k) => k > 0 && docKindFromLine(l));
    const end = kindAt > 0 ? kindAt : titleBlock.length;
    if (end >= 3) {
      meta.agendaItem!.title = titleBlock.slice(1, end - 1).reduce((a, b) => joinBroken(a, b));
      meta.title = titleBlock[end - 1];
    } else if (end === 2) {
      meta.agendaItem!.title = titleBlock[1];
    }
  } else if (titleBlock.length) {
    takeItemTitle(titleBlock, itemTitleAt, meta, agendaLine);
    // The footnote mark on a title ("Note by the Secretary-General*") is not part of it.
    meta.title = titleBlock.join(" ").replace(/\s*\*+$/, "") || undefined;
  }

  // UN documents print a language line on translations only: without one, the text is the original.
  if (!meta.language && meta.originalLanguage) meta.language = meta.originalLanguage;

  // The cover's top as printed: the organisation, the symbol and the organ above the Distr. line,
  // so that an answer giving the symbol quotes where it stands.
  const printed = preamble.filter((p) => !/^\d+$/.test(p));
  if (distr.length) blocks.push({ locator: "header", lines: [...printed, ...distr] });
  if (sessionLine.length || meeting.length) blocks.push({ locator: "header, meeting", lines: [...sessionLine, ...meeting] });
  if (agendaLine.length) blocks.push({ locator: "header, agenda item", lines: agendaLine });
  if (adoption.length) blocks.push({ locator: "header, adoption", lines: adoption });
  if (titleBlock.length) blocks.push({ locator: inAgenda ? "header, agenda item" : "header, title", lines: titleBlock });
  return { meta, bodyName, organName, blocks, bodyStart: i, footnote };
}
