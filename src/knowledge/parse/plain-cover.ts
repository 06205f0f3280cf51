/**
 * The cover of a text that prints no Distr. line: a web page's heading ("Second Session (Vienna,
 * Austria, 22-24 August 2011)") and opening sentence ("At its first session, held in Vienna from
 * 28 June to 8 July 2004, the Conference … adopted the following decisions"), a note whose title
 * runs into its first line ("预防犯罪和刑事司法秘书处的说明*遵照…"), and an Official Records
 * report cover ("Report of … / Sixty-second session / (1-5 June 2015)") with the bracketed date
 * above its contents ("[17 June 2015]"), read from either column of a bilingual text.
 */
import { parseEnglishOrdinal } from "../lang/ordinal.js";
import type { BodyId, DocumentMeta, MeetingKind } from "../model.js";
import { findDates, parseChineseNumber } from "../text.js";
import type { SourceLine } from "./clean.js";
import { docKindFromLine, parseOrdinalLine } from "./header.js";

type Meeting = NonNullable<DocumentMeta["meeting"]>;

export interface PlainCover {
  title?: string;
  date?: string;
  kind?: DocumentMeta["kind"];
  meeting?: Meeting;
  body?: BodyId;
  /** Heading lines the cover consists of: a header passage, taken out of the body. */
  lines: string[];
  lineNos: number[];
}

type ResolveBody = ((name: string) => BodyId | undefined) | undefined;

/** How far into a text its cover may reach: up to the contents, at most 40 lines. */
const OPENING_LINES = 40;

/** Reads what the opening lines of a text without a UN cover say about it. */
export function readPlainCover(lines: SourceLine[], resolveBody: ResolveBody): PlainCover {
  const opening = openingLines(lines);
  const page = readPageHeading(opening, resolveBody);
  const sentence = page.meeting ? undefined : readOpeningSentence(opening.slice(0, 4), resolveBody);
  const note = readNoteTitle(opening.slice(0, 3));
  const columns = bitextColumns(opening);
  const report = columns.map(readReportCover).find((r) => r);
  return {
    ...page,
    meeting: page.meeting ?? sentence?.meeting ?? report?.meeting,
    body: page.body ?? sentence?.body,
    title: note?.title ?? report?.title ?? page.title,
    kind: note?.kind,
    date: columns.map(bracketedDate).find((d) => d),
  };
}

function openingLines(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) continue;
    if (out.length >= OPENING_LINES || /^(?:Contents|目录)\s*(?:目录)?$/.test(t)) break;
    out.push({ ...l, text: t });
  }
  return out;
}

/** Session line of a web page: "Second Session (Vienna, Austria, 22-24 August 2011)". */
const PAGE_SESSION = /^(\w+(?:-\w+)?)\s+(Session|Intersessional Meeting|Meeting|Resumed Session|Special Session)\s*\(([^)]+)\)\s*$/i;

const meetingKind = (word: string): MeetingKind =>
  /intersessional/i.test(word) ? "intersessional" : /resumed/i.test(word) ? "resumed" : /special/i.test(word) ? "special" : /session/i.test(word) ? "session" : "meeting";

/** Body and session named in the first lines of a page without a UN cover. */
function readPageHeading(opening: SourceLine[], resolveBody: ResolveBody): PlainCover {
  const first = opening.slice(0, 4);
  for (let k = 0; k < first.length; k++) {
    const m = first[k].text.match(PAGE_SESSION);
    if (!m) continue;
    const ordinal = parseEnglishOrdinal(m[1]);
    const d = findDates(m[3])[0];
    if (!ordinal && !d) continue;
    const venue = d ? m[3].slice(0, d.index).replace(/[\s,，]+$/, "").trim() : m[3].trim();
    const bodyLine = first.slice(0, k).find((l) => resolveBody?.(l.text));
    const used = [...(bodyLine ? [bodyLine] : []), first[k]];
    return {
      meeting: { ordinal, kind: meetingKind(m[2]), start: d?.start, end: d?.end ?? d?.start, venue: venue || undefined },
      body: bodyLine ? resolveBody!(bodyLine.text) : undefined,
      // The page's own heading is its title: "Working Group on Prevention — Fourth Intersessional Meeting (Vienna, 26-28 August 2013)".
      title: used.map((l) => l.text).join(" — "),
      lines: used.map((l) => l.text),
      lineNos: used.map((l) => l.lineNo),
    };
  }
  return { lines: [], lineNos: [] };
}

const KINDS = "session|resumed session|special session|intersessional meeting|meeting";
const HELD = "held (?:in|at) (?<venue>.+?),? (?:from|on) (?<dates>\\d{1,2}[^,]*?\\d{4})";
const ADOPTED = "(?:adopted|approved|decided|agreed|elected|took|considered)\\b";
const OPENINGS = [
  new RegExp(`^At its (?<ordinal>[\\w-]+) (?<kind>${KINDS}), ${HELD}, (?<body>the .+?) ${ADOPTED}`, "i"),
  new RegExp(`^(?<body>The .+?), at its (?<ordinal>[\\w-]+) (?<kind>${KINDS}), ${HELD},? ${ADOPTED}`, "i"),
  /^(?<body>.{2,80}?)在其?于?(?<dates>\d{4}\s*年[^举，,。]{2,20}?日)\s*(?:在|于)(?<venue>[^，,。]{1,20}?)举行的第\s*(?<ordinal>[\d一二三四五六七八九十百]+)\s*(?<kind>届会议|次会议)上/,
];

/**
 * The sentence a page of a body's decisions opens with: "At its first session, held in Vienna
 * from 28 June to 8 July 2004, the Conference of the Parties … adopted the following decisions:",
 * "The Conference …, at its sixth session, held in Vienna from 15 to 19 October 2012, adopted …",
 * "缔约方会议在2004年6月28日至7月8日于维也纳举行的第一届会议上通过了下列决定：". It stays in the
 * body, where it is cited; the meeting and body are read from it when no heading named them.
 */
function readOpeningSentence(first: SourceLine[], resolveBody: ResolveBody): { meeting: Meeting; body?: BodyId } | undefined {
  for (const { text } of first) {
    const g = OPENINGS.map((re) => text.match(re)?.groups).find((x) => x);
    if (!g) continue;
    const ordinal = parseEnglishOrdinal(g.ordinal) ?? parseChineseNumber(g.ordinal);
    const d = findDates(g.dates)[0];
    if (!ordinal || !d) continue;
    const kind: MeetingKind = g.kind === "届会议" ? "session" : g.kind === "次会议" ? "meeting" : meetingKind(g.kind);
    return {
      meeting: { ordinal, kind, start: d.start, end: d.end ?? d.start, venue: g.venue.trim() },
      body: resolveBody?.(g.body.replace(/^the\s+|^[，,\s]+/i, "")),
    };
  }
  return undefined;
}

const NOTE_TITLE = /(秘书处的说明|秘书长的说明|秘书处的报告|秘书长的报告|Note by the Secretariat|Note by the Secretary-General|Report of the Secretariat|Report of the Secretary-General)\s*(\*|$)/;

/**
 * A note or report whose title the text layer ran into the agenda item's title before it and the
 * text after it: "预防犯罪和刑事司法秘书处的说明*遵照大会…", "Crime prevention and criminal justice
 * Note by the Secretary-General* The Secretary-General has the honour …". The title ends at its
 * footnote mark or at the end of its line; what stands before it is a heading, not a sentence.
 */
function readNoteTitle(first: SourceLine[]): { title: string; kind?: DocumentMeta["kind"] } | undefined {
  for (const { text } of first) {
    const m = text.match(NOTE_TITLE);
    if (!m) continue;
    const before = text.slice(0, m.index);
    if (before.length > 80 || /[.。;；,，:：]/.test(before)) continue;
    return { title: m[1], kind: docKindFromLine(m[1]) };
  }
  return undefined;
}

/** Where the Chinese part of a bitext line starts: a Han character, or a bracket and digits before one. */
const HAN_PART = /[[(（【]\s*\d[\d\s]*(?=[\u4e00-\u9fff])|[\u4e00-\u9fff]/;

/**
 * The columns of a bilingual English–Chinese text (each line the English, then the Chinese of the
 * same place, run together: "Sixty-second session第六十二届会议"), English first; a text in one
 * language is its one column.
 */
export function bitextColumns(opening: SourceLine[]): string[][] {
  const split = opening.map((l) => {
    const at = l.text.search(HAN_PART);
    return at < 0 ? [l.text, ""] : [l.text.slice(0, at).trim(), l.text.slice(at).trim()];
  });
  const both = split.filter(([en, zh]) => zh && /[A-Za-z]{2,}\W+[A-Za-z]{2,}/.test(en)).length;
  if (both < 5 || both < opening.length * 0.3) return [opening.map((l) => l.text)];
  return [split.map(([en]) => en).filter(Boolean), split.map(([, zh]) => zh).filter(Boolean)];
}

/**
 * An Official Records report cover: "Report of the … Committee …" / "Sixty-second session" /
 * "(1-5 June 2015)", "…委员会的报告" / "第六十二届会议" / "(2015年6月1日至5日)"; the session and its
 * dates may stand on one line. The session is the reporting body's, not the Assembly's.
 */
function readReportCover(column: string[]): { title: string; meeting: Meeting } | undefined {
  for (let k = 0; k + 1 < column.length; k++) {
    const title = column[k];
    if (!/^Report (?:of|on) the\b.{10,250}$|^.{6,100}的报告$/.test(title)) continue;
    const withDates = column[k + 1].match(/^(.+?)\s*[(（]([^)）]+)[)）]$/);
    const session = parseOrdinalLine(withDates ? withDates[1] : column[k + 1]);
    const dates = withDates ? withDates[2] : column[k + 2]?.match(/^[(（]([^)）]+)[)）]$/)?.[1];
    const d = dates ? findDates(dates)[0] : undefined;
    if (!session || !d) continue;
    const of = title.match(/^Report of the (.+)$|^(.+)的报告$/);
    return { title, meeting: { ...session, start: d.start, end: d.end ?? d.start, ...(of ? { of: (of[1] ?? of[2]).trim() } : {}) } };
  }
  return undefined;
}

/** "[17 June 2015]", "[2015年6月17日]": the date an Official Records report prints above its contents. */
function bracketedDate(column: string[]): string | undefined {
  for (const line of column) {
    const m = line.match(/^\[([^\]]+)\]$/);
    const d = m ? findDates(m[1])[0] : undefined;
    if (d && !d.end && d.length === m![1].trim().length) return d.start;
  }
  return undefined;
}
