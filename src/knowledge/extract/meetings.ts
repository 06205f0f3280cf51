/**
 * Meetings from headers, running text ("2009年11月9日至13日于多哈举行的第三届会议",
 * "工作组第一、第六、第七和第十三次会议", "实施情况审议组第十五届会议第一次续会") and tables.
 * Mentions of the same meeting are merged; each keeps every passage that mentions it.
 */
import type { BodyId, Meeting, MeetingKind, ParsedDocument, Passage } from "../model.js";
import type { Glossary } from "../glossary.js";
import { findDates, parseChineseNumber, toHalfWidth, parseTimeRange } from "../text.js";
import { parseEnglishOrdinal as englishOrdinal } from "../lang/ordinal.js";

const NUM = "[\\d一二三四五六七八九十百]+";
/** "第一、第六、第七和第十三次会议", "第十四届和第十四届会议续会", "第十五届会议第一次续会", "第十三届会议续会第二期会议". */
const ORDINAL_MEETING = new RegExp(
  `第\\s*(${NUM})\\s*(?:(?:届|次)\\s*)?((?:\\s*(?:、|和|或|及|至)\\s*第?\\s*${NUM}\\s*(?:届|次)?\\s*)*)(届会议|次会议|届|次)(?:\\s*(续会)(?:\\s*第\\s*(${NUM})\\s*期会议)?|\\s*第\\s*(${NUM})\\s*次续会)?`,
  "g",
);


export interface MeetingDraft extends Omit<Meeting, "id"> {
  year?: number;
}

/** Collects meeting mentions from one document. */
export function extractMeetings(doc: ParsedDocument, glossary: Glossary): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  const docBody = doc.meta.body;

  // 1. The meeting the document was prepared for (header and sidecar).
  const m = doc.meta.meeting;
  // Its sources: the header's meeting block, and a report's title that carries the session's dates.
  const header = doc.passages.filter(
    (p) => p.locator === "header, meeting" || (p.locator === "header, title" && !!m?.start && findDates(p.text).some((d) => d.start === m.start)),
  );
  // A committee's report to the Assembly is of the committee's session: that body's, when known.
  const meetingBody = m?.of ? glossary.resolveBodyName(m.of) : docBody;
  if (meetingBody && m && (m.ordinal || m.start)) {
    out.push({
      bodies: [meetingBody],
      ordinal: m.ordinal,
      kind: m.kind ?? "meeting",
      start: m.start,
      end: m.end ?? m.start,
      venue: m.venue,
      sources: header.map((p) => p.id),
    });
  }

  for (const p of doc.passages) {
    if (p.kind === "table-row" || p.kind === "footnote") continue;
    out.push(...meetingsInText(p, docBody, glossary));
    if (/[a-z]{3}/i.test(p.text)) out.push(...meetingsInEnglish(p, docBody, glossary));
  }

  // Opening announcement: "第十五次会议将于 2024 年 9 月 3 日星期二下午 3 时在维也纳国际中心 M 楼 B/M1 会议厅开幕".
  for (const p of doc.passages) {
    const t = toHalfWidth(p.text);
    const open = t.match(/将于\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:星期[一二三四五六日])?\s*((?:上午|下午)\s*\d{1,2}\s*时(?:\s*\d{1,2}\s*分)?)?\s*在\s*([^，。]+?)\s*开幕/);
    if (!open) continue;
    const date = findDates(open[1])[0]?.start;
    const self = out[0];
    if (date && self && docBody) {
      self.opening = { date, time: open[2] ? parseTimeRange(open[2])?.start : undefined, place: open[3].replace(/\s+/g, " "), source: p.id };
      if (!self.sources.includes(p.id)) self.sources.push(p.id);
      if (/现场与会/.test(t)) self.format = "in person";
    }
  }
  return out;
}

/**
 * Body of a meeting mention: a body named right after ("第十一次增进…专家会议"), else the nearest
 * body named before it in the same clause. A generic "工作组" / "其" refers to the document's
 * own body.
 */
function bodyAround(text: string, start: number, end: number, docBody: BodyId | undefined, glossary: Glossary, from?: number): BodyId[] {
  const mentions = glossary.findBodies(text).filter((b) => !isForeignBody(text, b.index) || /^(?:arab|oecd|g20)/.test(b.id));
  const after = mentions.find((b) => b.index >= end && b.index - end <= 2);
  if (after && /会议$/.test(text.slice(after.index, after.index + after.length))) return [after.id];
  const clauseStart = from ?? Math.max(text.lastIndexOf("。", start - 1) + 1, text.lastIndexOf("；", start - 1) + 1, 0);
  const before = mentions.filter((b) => b.index + b.length <= start && b.index >= clauseStart);
  const adjacent = before.filter((b) => start - (b.index + b.length) <= 1);
  if (adjacent.length) return [adjacent[adjacent.length - 1].id];
  const word = text.slice(start, end);
  const compatible = (id: BodyId) => {
    const w = glossary.body(id)?.meetingWord?.zh;
    return !w || !word || !/[届次]/.test(word) || w.includes(word.includes("届") ? "届" : "次");
  };
  // Generic references ("工作组", "其") compete with named bodies by distance.
  let genericAt = -1;
  for (const g of text.slice(clauseStart, start).matchAll(/工作组|审议组|其(?=第)/g)) {
    const at = clauseStart + g.index!;
    if (mentions.some((b) => at >= b.index && at < b.index + b.length)) continue;
    if (!isForeignBody(text, at)) genericAt = at;
  }
  const named = before.filter((b) => compatible(b.id)).pop();
  if (genericAt >= 0 && docBody && (!named || genericAt > named.index)) return [docBody];
  if (named) return [named.id];
  // "在…举行的第十届会议上，特设委员会核准了…": a committee the clause goes on with, which the
  // glossary does not know, held the meeting, not the body whose document this is.
  if (heldByAnother(text, clauseStart, start, end, mentions)) return [];
  return docBody && compatible(docBody) ? [docBody] : [];
}

/**
 * A committee or group, none of the glossary's bodies, that the clause says held the meeting: named
 * right after "…会议上，", or as the clause's subject before "在…举行的" ("特设委员会在2000年10月2日至
 * 28日于维也纳举行的第十一届会议上").
 */
function heldByAnother(text: string, clauseStart: number, start: number, end: number, mentions: { index: number }[]): boolean {
  const unknown = (at: number) => !mentions.some((b) => b.index === at);
  const after = text.slice(end, end + SUBJECT_REACH).match(SUBJECT_AFTER);
  if (after && unknown(end + after[0].length - after[1].length)) return true;
  const clause = text.slice(clauseStart, start);
  const before = clause.match(SUBJECT_BEFORE) ?? clause.match(NAMED_BEFORE);
  return !!before && unknown(clauseStart + before.index! + before[0].indexOf(before[1]));
}

/** A committee's or group's name of its own ("特设委员会"), with no verb of what it did inside. */
const COMMITTEE_NAME = String.raw`((?:(?!建议|决定|核准|通过|请)[\u4e00-\u9fff]){2,10}?(?:委员会|工作组|专家组))`;
/** A body the clause goes on with after "…会议上，". */
const SUBJECT_AFTER = new RegExp(String.raw`^上\s*[，,]\s*${COMMITTEE_NAME}`);
const SUBJECT_REACH = 24;
/** A committee's name right before the ordinal: "…公约特设委员会第一届至第十一届会议". */
const NAMED_BEFORE = new RegExp(String.raw`${COMMITTEE_NAME}\s*$`);
/** The clause's subject before "在…举行的": "特设委员会在…举行的". */
const SUBJECT_BEFORE = new RegExp(String.raw`^[\d.\s]*${COMMITTEE_NAME}在(?=[^。；]*举行的\s*$)`);

/** "阿拉伯反腐败公约缔约国会议", "20 国集团反腐败工作组": a body of another treaty or forum. */
export function isForeignBody(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 12), index);
  if (/公约$/.test(before) && !/联合国反腐败公约$/.test(before)) return true;
  if (/(?:反腐败|贿赂问题|集团|组织)$/.test(before)) return true;
  return false;
}

function meetingsInText(p: Passage, docBody: BodyId | undefined, glossary: Glossary): MeetingDraft[] {
  const text = p.text.replace(/<[^>]+>/g, "");
  const out: MeetingDraft[] = [];
  const dates = findDates(text);
  const claimedDates = new Set<number>();

  for (const m of text.matchAll(ORDINAL_MEETING)) {
    const start = m.index!;
    const end = start + m[0].length;
    // "第 9/2 号决议第 5 段", "第十三条", "第2条第2款" are not meetings; "第十一次增进…专家会议" is.
    if (!/会议|届|续会/.test(m[0]) && !/^[\u4e00-\u9fff《》]{2,40}?(?:专家会议|会议)/.test(text.slice(end, end + 45))) continue;
    const first = parseChineseNumber(m[1]);
    if (!first) continue;
    const ordinals = [first, ...[...(m[2] ?? "").matchAll(new RegExp(NUM, "g"))].map((x) => parseChineseNumber(x[0])!).filter(Boolean)];
    const isSession = /届/.test(m[3]);
    // "第 X 届会议" immediately followed by a body-less "第Y次续会": a resumed session.
    const resumed = !!m[4] || !!m[6];
    const part = m[6] ? parseChineseNumber(m[6]) : m[5] ? parseChineseNumber(m[5]) : undefined;
    if (/决议|段|条|款/.test(text.slice(end, end + 2))) continue;
    const bodies = bodyAround(text, start, end, docBody, glossary);
    if (!bodies.length) continue;
    // A date and venue right before: "在2009年11月9日至13日于多哈举行的第三届会议上".
    const lead = dates.find((d) => {
      const gap = text.slice(d.index + d.length, start);
      return gap.length <= 40 && /举行的\s*(?:[\u4e00-\u9fff《》]{0,30})?$/.test(gap) && !/。|；/.test(gap);
    });
    let venue: string | undefined;
    if (lead) {
      claimedDates.add(lead.index);
      const gap = text.slice(lead.index + lead.length, start);
      venue = gap.match(/^\s*(?:于|在)\s*([\u4e00-\u9fff]{2,12}?)\s*举行/)?.[1];
    }
    // "工作组 2018 年第九次会议", "在 2021 年 12 月第九届会议上"
    const ym = text.slice(Math.max(0, start - 12), start).match(/(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*)?$/);
    const year = ym ? Number(ym[1]) : undefined;
    const month = ym?.[2] ? `${ym[1]}-${ym[2].padStart(2, "0")}` : undefined;
    ordinals.forEach((ordinal, k) => {
      const isLast = k === ordinals.length - 1;
      out.push({
        bodies,
        ordinal,
        kind: (resumed && isLast ? "resumed" : isSession ? "session" : "meeting") as MeetingKind,
        part: resumed && isLast ? part ?? undefined : undefined,
        start: ordinals.length === 1 && !lead?.month ? lead?.start : undefined,
        end: ordinals.length === 1 && !lead?.month ? lead?.end ?? lead?.start : undefined,
        month: ordinals.length === 1 ? lead?.month ?? month : undefined,
        venue: ordinals.length === 1 ? venue : undefined,
        year: ordinals.length === 1 && !lead ? year : lead ? Number(lead.start.slice(0, 4)) : undefined,
        sources: [p.id],
      });
      // "第十四届和第十四届会议续会": the plain session and its resumed part.
      if (resumed && isLast && k > 0 && ordinals[k - 1] === ordinal) out[out.length - 2].kind = isSession ? "session" : "meeting";
    });
  }

  // Dated meetings without an ordinal: "于 2022 年 9 月 5 日至 8 日在维也纳举行了闭会期间会议",
  // "在 2023 年 6 月举行的实施情况审议组和预防腐败问题工作组联席会议上", "…在维也纳举行的…全球会议".
  for (const d of dates) {
    if (claimedDates.has(d.index)) continue;
    // "2018 年 9 月 5 日至 7 日和 2019 年 9 月 4 日至 6 日在维也纳举行的会议": both dates share the phrase.
    let restFrom = d.index + d.length;
    for (const next of dates) {
      if (next.index >= restFrom && /^\s*(?:和|、|及)\s*$/.test(text.slice(restFrom, next.index))) restFrom = next.index + next.length;
    }
    const rest = text.slice(restFrom, restFrom + 90);
    const held = rest.match(/^\s*(?:[，,]\s*)?(?:(?:于|在)\s*([\u4e00-\u9fff]{2,12}?)\s*)?举行(?:了|的)\s*([^，。；：]{0,60}?会议)(?![\u4e00-\u9fff]{0,4}会议)/);
    if (!held) continue;
    const phrase = held[2];
    if (/第\s*[\d一二三四五六七八九十]+\s*(?:届|次)/.test(phrase)) continue; // has an ordinal: handled above
    const inPhrase = glossary.findBodies(phrase).filter((b) => !isForeignBody(phrase, b.index));
    let bodies: BodyId[] = [...new Set(inPhrase.map((b) => b.id))];
    let kind: MeetingKind = "meeting";
    let name: string | undefined;
    if (/联席会议/.test(phrase)) kind = "joint";
    else if (/闭会期间会议/.test(phrase)) kind = "intersessional";
    else if (/特别会议/.test(phrase)) {
      kind = "special";
      if (!bodies.length) bodies = ["ungass"];
    }
    if (!bodies.length && (/^(?:的)?会议$/.test(phrase.trim()) || kind === "intersessional")) {
      // The meeting of the sentence's subject: the nearest body named before the date.
      const sentenceStart = Math.max(text.lastIndexOf("。", d.index) + 1, 0);
      bodies = bodyAround(text, d.index, d.index, docBody, glossary, sentenceStart);
    }
    if (!bodies.length) {
      kind = "other";
      name = phrase.replace(/^(?:的|了)/, "");
      bodies = ["other"];
    }
    const after = text.slice(restFrom + held[0].length, restFrom + held[0].length + 20);
    out.push({
      bodies,
      kind,
      name,
      start: d.month ? undefined : d.start,
      end: d.month ? undefined : d.end ?? d.start,
      month: d.month,
      venue: held[1],
      format: /混合形式/.test(after) ? "hybrid" : undefined,
      sources: [p.id],
    });
  }
  return out;
}

/**
 * "at its third session, held in Doha from 9 to 13 November 2009", "Report of the Implementation
 * Review Group on its fourth session, held in Vienna from 27 to 31 May 2013", "the sixth
 * Conference of States Parties … held in Addis Ababa": English ordinal meetings with their body,
 * dates and venue from the same sentence.
 */
const EN_MEETING = /\b(its|the|this|that)\s+((?:[a-z]+-)?[a-z]+|\d{1,3}(?:st|nd|rd|th))\s+(resumed session|special session|session|intersessional meeting|meeting)\b/gi;
const HELD = /^[^.;]{0,40}?\bheld\s+in\s+([A-Z][\w.'’-]*(?:[ ,]+(?!from\b|on\b)[A-Z][\w.'’-]*)*)/;

function meetingsInEnglish(p: Passage, docBody: BodyId | undefined, glossary: Glossary): MeetingDraft[] {
  const text = p.text.replace(/<[^>]+>/g, "");
  const out: MeetingDraft[] = [];
  for (const m of text.matchAll(EN_MEETING)) {
    const ordinal = englishOrdinal(m[2]);
    if (!ordinal || ordinal > 200) continue;
    const start = m.index!;
    const end = start + m[0].length;
    const sentenceStart = Math.max(text.lastIndexOf(". ", start) + 1, 0);
    const stop = text.slice(end).search(/\.\s+[A-Z]|;\s/);
    const sentenceEnd = stop < 0 ? text.length : end + stop;
    const after = text.slice(end, sentenceEnd);
    // The body: "session of the Conference …", else the sentence's subject named before or after "its".
    let body: BodyId | undefined;
    const of = after.match(/^\s+of\s+(?:the\s+)?/);
    // In another organ's document a generic "Conference of the States Parties" is another treaty's.
    const foreign = (b: { id: BodyId; index: number; length: number }, t: string) =>
      !!glossary.body(b.id)?.uncac && !!docBody && !glossary.body(docBody)?.uncac && !/corruption/i.test(t.slice(b.index, b.index + b.length + 60));
    if (of) {
      const named = glossary.findBodies(after.slice(0, 200)).find((b) => b.index <= of[0].length + 1);
      // "The first session of the Conference" in a conference's own document is its own session.
      const own = !named && docBody && /^\s+of\s+the\s+Conference\b(?!\s+(?:of|on)\b)/.test(after) && /^Conference\b/.test(glossary.body(docBody)?.en ?? "") ? docBody : undefined;
      // "the sixth meeting of States Parties to the Treaty": a body this index does not know.
      if (!own && (!named || foreign(named, after))) continue;
      body = own ?? named!.id;
    } else if (m[1].toLowerCase() === "its") {
      const before = text.slice(sentenceStart, start);
      const named = glossary.findBodies(before).pop();
      if (named && foreign(named, before)) continue;
      body = named?.id ?? docBody ?? glossary.findBodies(after)[0]?.id;
    } else {
      continue;
    }
    if (!body) continue;
    // Dates and venue belong to the meeting only when the text says it was held there and then:
    // ", held in Vienna from 27 to 31 May 2013" or "(Vienna, 27-29 August 2012)" right after.
    const held = after.match(HELD);
    const paren = after.match(/^\s*\(([^)]{4,80})\)/);
    const window = held ? after.slice(held[0].length, held[0].length + 45) : paren ? paren[1] : "";
    const d = findDates(window).filter((x) => !x.month)[0];
    // Its year set off after its name: "at the first special session … devoted to disarmament, in 1978,".
    const yearSetOff = d ? undefined : after.match(/^(?:\s+(?:of|on|devoted to)\s[^,;.()]{0,100})?,\s+in\s+((?:19|20)\d{2})\s*[,;]/)?.[1];
    out.push({
      bodies: [body],
      ordinal,
      kind: /resumed/i.test(m[3]) ? "resumed" : /special/i.test(m[3]) ? "special" : /session/i.test(m[3]) ? "session" : /intersessional/i.test(m[3]) ? "intersessional" : "meeting",
      start: d?.start,
      end: d ? d.end ?? d.start : undefined,
      venue: held?.[1].replace(/[\s,]+$/, "") ?? (paren && d ? paren[1].slice(0, paren[1].indexOf(d.raw)).replace(/[\s,]+$/, "") || undefined : undefined),
      year: yearSetOff ? Number(yearSetOff) : undefined,
      sources: [p.id],
    });
  }
  return out;
}

/** Meetings from the rows of a workplan or organization-of-work table. */
export function meetingsFromWorkplanRow(row: { period: string; bodies: string[]; source: string }, glossary: Glossary): MeetingDraft | undefined {
  const d = findDates(row.period.replace(/\s+/g, ""))[0];
  // A row of a year alone ("2026年") dates by its year a numbered meeting it names ("缔约国会议第十一届会议").
  const year = d ? undefined : row.period.replace(/\s+/g, "").match(/^((?:19|20)\d{2})年$/)?.[1];
  if (!year && (!d || d.month || !d.end)) return undefined;
  const ids: BodyId[] = [];
  let ordinal: number | undefined;
  let word: string | undefined;
  for (const name of row.bodies) {
    for (const found of glossary.findBodies(name)) ids.push(found.id);
    const o = name.match(new RegExp(`第(${NUM})(届|次)会议`));
    if (o) [ordinal, word] = [parseChineseNumber(o[1]) ?? undefined, o[2]];
  }
  if (!ids.length) return undefined;
  const unique = [...new Set(ids)];
  if (year) return unique.length === 1 && ordinal ? { bodies: unique, ordinal, kind: word === "届" ? "session" : "meeting", year: Number(year), sources: [row.source] } : undefined;
  return {
    bodies: unique,
    ordinal: unique.length === 1 ? ordinal : undefined,
    kind: unique.length > 1 ? "joint" : ordinal ? "session" : "meeting",
    start: d.start,
    end: d.end,
    sources: [row.source],
  };
}

/** Merges drafts that describe the same meeting; assigns stable ids. */
export function mergeMeetings(drafts: MeetingDraft[]): Meeting[] {
  const merged: MeetingDraft[] = [];
  const same = (a: MeetingDraft, b: MeetingDraft) => {
    if (a.bodies.join() !== b.bodies.join()) return false;
    if (a.kind === "other" || b.kind === "other") return a.kind === b.kind && a.name === b.name && a.start === b.start;
    if (a.ordinal && b.ordinal) return a.ordinal === b.ordinal && (a.kind === "resumed") === (b.kind === "resumed") && (a.part ?? 0) === (b.part ?? 0);
    // One side without ordinal: the same dates, or the same month / year with no conflict.
    if (a.start && b.start) return a.start === b.start;
    const ym = (m: MeetingDraft) => m.month ?? m.start?.slice(0, 7);
    if (ym(a) && ym(b)) return ym(a) === ym(b) && (a.kind === b.kind || !a.ordinal || !b.ordinal);
    const y = (m: MeetingDraft) => m.year ?? (ym(m) ? Number(ym(m)!.slice(0, 4)) : undefined);
    return !!y(a) && y(a) === y(b) && (!!a.ordinal !== !!b.ordinal) && a.kind !== "joint" && b.kind !== "joint";
  };
  // Ordinal meetings first so that dated, ordinal-less mentions attach to them.
  const ordered = [...drafts].sort((a, b) => Number(!!b.ordinal) - Number(!!a.ordinal) || Number(!!b.start) - Number(!!a.start));
  // Drafts of different bodies never merge, nor two ordinal meetings of different ordinals:
  // comparing a draft only with the meetings of its bodies that could be the same (its ordinal's,
  // the ordinal-less ones, or for "other" meetings the other ones; for an ordinal-less draft, the
  // meetings of its start date, month or year) keeps the merge near linear in the corpus rather
  // than quadratic (same result, same order).
  const byBodies = new Map<string, MergeBucket>();
  const sourceSets = new Map<MeetingDraft, Set<string>>();
  const position = new Map<MeetingDraft, number>();
  for (const d of ordered) {
    const key = d.bodies.join();
    const bucket = byBodies.get(key) ?? byBodies.set(key, newBucket()).get(key)!;
    const pool = d.kind === "other" ? bucket.other : d.ordinal ? [...(bucket.byOrdinal.get(d.ordinal) ?? []), ...bucket.unnumbered] : datedPool(bucket, d);
    const candidates = pool.filter((m) => same(m, d)).sort((a, b) => position.get(a)! - position.get(b)!);
    const target = candidates.length === 1 ? candidates[0] : candidates.find((m) => m.start && m.start === d.start);
    if (!target) {
      const copy = { ...d, sources: [...d.sources] };
      merged.push(copy);
      position.set(copy, bucket.all.length);
      bucket.all.push(copy);
      if (copy.kind === "other") bucket.other.push(copy);
      else {
        if (copy.ordinal) addTo(bucket.byOrdinal, copy.ordinal, copy);
        else bucket.unnumbered.add(copy);
        dateKeys(bucket, copy);
      }
      sourceSets.set(copy, new Set(copy.sources));
      continue;
    }
    if (target.kind !== "other" && !target.ordinal && d.ordinal && target.ordinal == null) {
      bucket.unnumbered.delete(target);
      addTo(bucket.byOrdinal, d.ordinal, target);
    }
    target.ordinal ??= d.ordinal;
    if (!target.start && d.start) {
      target.start = d.start;
      target.end = d.end;
    }
    target.month ??= d.month ?? d.start?.slice(0, 7);
    target.year ??= d.year;
    target.venue ??= d.venue;
    target.format ??= d.format;
    target.opening ??= d.opening;
    if (target.kind === "meeting" && d.kind !== "meeting" && d.kind !== "other") target.kind = d.kind;
    // Its date, month or year may be new: it is found under them from now on.
    if (target.kind !== "other") dateKeys(bucket, target);
    const seen = sourceSets.get(target)!;
    for (const s of d.sources) {
      if (seen.has(s)) continue;
      seen.add(s);
      target.sources.push(s);
    }
  }
  return merged.map((m) => ({ ...m, id: meetingId(m) }));
}

/** The meetings merged so far for one set of bodies, by what decides whether a draft can be the same. */
interface MergeBucket {
  all: MeetingDraft[];
  other: MeetingDraft[];
  unnumbered: Set<MeetingDraft>;
  byOrdinal: Map<number, MeetingDraft[]>;
  /**
   * Meetings (not "other") by their start date, by their month, by their year, and those with a
   * year but no month by the year: the only ones an ordinal-less draft can be the same as (see
   * `same` in `mergeMeetings`). A meeting stays under keys it had before a merge gave it more.
   */
  byStart: Map<string, Set<MeetingDraft>>;
  byMonth: Map<string, Set<MeetingDraft>>;
  byYear: Map<number, Set<MeetingDraft>>;
  byYearOnly: Map<number, Set<MeetingDraft>>;
}

const newBucket = (): MergeBucket => ({ all: [], other: [], unnumbered: new Set(), byOrdinal: new Map(), byStart: new Map(), byMonth: new Map(), byYear: new Map(), byYearOnly: new Map() });

/** A meeting's month, as the merge compares it: its own, else its start's. */
const monthOf = (m: MeetingDraft) => m.month ?? m.start?.slice(0, 7);
/** A meeting's year, as the merge compares it: its own, else its month's. */
function yearOf(m: MeetingDraft): number | undefined {
  const month = monthOf(m);
  return m.year ?? (month ? Number(month.slice(0, 4)) : undefined);
}

function addToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Files a meeting under its start date, month and year. */
function dateKeys(bucket: MergeBucket, m: MeetingDraft): void {
  const month = monthOf(m);
  const year = yearOf(m);
  if (m.start) addToSet(bucket.byStart, m.start, m);
  if (month) addToSet(bucket.byMonth, month, m);
  if (year) {
    addToSet(bucket.byYear, year, m);
    if (!month) addToSet(bucket.byYearOnly, year, m);
  }
}

/**
 * The meetings an ordinal-less draft may be the same as, in the order they were merged: those of
 * its start date, and of its month, or with its year and no month; a draft without a month, those
 * of its year. Every meeting `same` would accept is among them.
 */
function datedPool(bucket: MergeBucket, d: MeetingDraft): MeetingDraft[] {
  const month = monthOf(d);
  const year = yearOf(d);
  const out = new Set<MeetingDraft>();
  const put = (set: Set<MeetingDraft> | undefined) => set?.forEach((m) => out.add(m));
  if (month) {
    if (d.start) put(bucket.byStart.get(d.start));
    put(bucket.byMonth.get(month));
    if (year) put(bucket.byYearOnly.get(year));
  } else if (year) put(bucket.byYear.get(year));
  return [...out].filter((m) => m.kind !== "other");
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function meetingId(m: MeetingDraft): string {
  const body = m.bodies.join("+");
  if (m.ordinal) return `${body}/${m.ordinal}${m.kind === "resumed" ? `-resumed${m.part ? `-${m.part}` : ""}` : ""}`;
  if (m.name) return `${body}/${m.start ?? m.month ?? m.year ?? "undated"}-${hash(m.name)}`;
  return `${body}/${m.kind}-${m.start ?? m.month ?? m.year ?? "undated"}`;
}

function hash(s: string): string {
  let h = 0;
  for (const c of s) h = (h * 31 + c.codePointAt(0)!) >>> 0;
  return h.toString(36);
}
