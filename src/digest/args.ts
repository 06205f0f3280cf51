/**
 * Parses the argument text of /digest: `subscribe [body] [at HH:MM] [time zone] [days before]`,
 * `unsubscribe [body]`, `status`, `preview [body] [date]`. Times are read with chrono-node in
 * English and Chinese ("at 8:30", "8:30am", "每天早上8点"); zones are IANA names checked by Intl.
 * Bodies and relative dates are resolved later by the handler, which knows the catalog and the clock.
 */
import * as chronoEn from "chrono-node/en";
import * as chronoZh from "chrono-node/zh/hans";
import { canonicalTimeZone } from "../core/time.js";

/** A message in both languages; the handler or router picks one. */
export interface Bilingual {
  en: string;
  zh: string;
}

export type DigestArgs =
  | { action: "subscribe"; bodyText: string; time?: string; timeZone?: string; daysBefore?: number }
  | { action: "unsubscribe"; bodyText: string }
  | { action: "status" }
  | { action: "preview"; bodyText: string; date?: string; dateText?: string };

export type ParseResult = { ok: true; value: DigestArgs } | { ok: false; error: Bilingual };

const ACTIONS: [RegExp, DigestArgs["action"]][] = [
  [/^(?:unsubscribe|unsub|unfollow|stop)\b/i, "unsubscribe"],
  [/^(?:取消订阅|退订|取消关注|停止)/, "unsubscribe"],
  [/^(?:subscribe|sub|follow)\b/i, "subscribe"],
  [/^(?:订阅|关注)/, "subscribe"],
  [/^(?:status|list|show)\b/i, "status"],
  [/^(?:状态|查看|列表)/, "status"],
  [/^(?:preview|test)\b/i, "preview"],
  [/^(?:预览)/, "preview"],
];

export const DIGEST_USAGE = "subscribe [body] [at HH:MM] [time zone] [days before] | unsubscribe [body] | status | preview [body] [date]";

const EXAMPLES = {
  subscribe: "/digest subscribe wg-prevention at 8:30 Asia/Shanghai 3",
  time: "/digest subscribe wg-prevention at 8:30",
  timeZh: "/digest 订阅 预防腐败问题工作组 每天早上8点",
};

const fail = (en: string, zh: string): ParseResult => ({ ok: false, error: { en, zh } });

// A fixed reference keeps chrono away from the process clock; only hours and minutes are used.
const REFERENCE = { instant: new Date("2024-01-01T12:00:00Z"), timezone: 0 };

/** Cuts `[start, start+length)` out of `text`. */
const cut = (text: string, start: number, length: number) => `${text.slice(0, start)} ${text.slice(start + length)}`;

/** Parses the text after the command word. */
export function parseDigestArgs(input: string): ParseResult {
  const text = input.trim();
  if (!text) return { ok: true, value: { action: "status" } };
  const found = ACTIONS.find(([re]) => re.test(text));
  if (!found) {
    return fail(
      `Unknown digest action "${text.split(/\s+/)[0]}". Expected subscribe, unsubscribe, status or preview, for example: ${EXAMPLES.subscribe}`,
      `未知的简报操作“${text.split(/\s+/)[0]}”。可用操作：订阅（subscribe）、取消订阅（unsubscribe）、状态（status）、预览（preview），例如：${EXAMPLES.subscribe}`,
    );
  }
  const [re, action] = found;
  const rest = text.replace(re, "").trim();
  switch (action) {
    case "status":
      return { ok: true, value: { action } };
    case "unsubscribe":
      return { ok: true, value: { action, bodyText: stripFiller(rest) } };
    case "preview":
      return parsePreview(rest);
    case "subscribe":
      return parseSubscribe(rest);
  }
}

function stripFiller(s: string): string {
  return s
    .replace(/(?:^|\s)(?:to|for|the|digest|daily|every\s*day|each\s*day|at|on)(?=\s|$)/gi, " ")
    .replace(/每天|每日|的简报|简报|的/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function parsePreview(rest: string): ParseResult {
  const iso = rest.match(/(?:^|\s)(\d{4}-\d{2}-\d{2})(?=\s|$)/);
  if (iso) {
    return { ok: true, value: { action: "preview", bodyText: stripFiller(cut(rest, iso.index!, iso[0].length)), date: iso[1] } };
  }
  // Relative and written-out dates need the clock and the zone: left to the handler.
  const rel = rest.match(/(?:^|\s)(today|tomorrow|yesterday)(?=\s|$)|(今天|明天|后天|昨天)/i);
  if (rel) {
    return { ok: true, value: { action: "preview", bodyText: stripFiller(cut(rest, rel.index!, rel[0].length)), dateText: (rel[1] ?? rel[2]).toLowerCase() } };
  }
  const written = [...chronoEn.parse(rest, REFERENCE), ...chronoZh.parse(rest, REFERENCE)].find((r) => r.start.isCertain("day"));
  if (written) {
    return { ok: true, value: { action: "preview", bodyText: stripFiller(cut(rest, written.index, written.text.length)), dateText: written.text.trim() } };
  }
  return { ok: true, value: { action: "preview", bodyText: stripFiller(rest) } };
}

function parseSubscribe(input: string): ParseResult {
  let rest = ` ${input} `;

  // Time zone: an IANA name, optionally introduced by "time zone", "tz" or "时区".
  let timeZone: string | undefined;
  const zoneMatch = rest.match(/(?:\s(?:time\s*zone|timezone|tz|时区)[:：]?)?\s((?:[A-Za-z_]+\/)+[A-Za-z0-9_+\-]+|UTC|GMT)(?=\s)/i);
  if (zoneMatch) {
    const canonical = canonicalTimeZone(zoneMatch[1]);
    if (!canonical) {
      return fail(
        `Unknown time zone "${zoneMatch[1]}". Use an IANA name such as Europe/Vienna, Asia/Shanghai or America/New_York, for example: ${EXAMPLES.subscribe}`,
        `未知的时区“${zoneMatch[1]}”。请使用 IANA 时区名称，如 Europe/Vienna、Asia/Shanghai 或 America/New_York，例如：${EXAMPLES.subscribe}`,
      );
    }
    timeZone = canonical;
    rest = cut(rest, zoneMatch.index!, zoneMatch[0].length);
  }

  // Days before, written out: "5 days before", "5d", "提前5天".
  let daysBefore: number | undefined;
  const daysMatch =
    rest.match(/\s(\d{1,3})\s*(?:days?|d)(?:\s+(?:before|ahead|early|in\s+advance|prior))?(?=\s)/i) ??
    rest.match(/(?:提前)\s*(\d{1,3})\s*天|\s(\d{1,3})\s*天(?:前)?/);
  if (daysMatch) {
    daysBefore = Number(daysMatch[1] ?? daysMatch[2]);
    rest = cut(rest, daysMatch.index!, daysMatch[0].length);
  }

  // Time of day, in English or Chinese; only a result with a certain hour counts.
  let time: string | undefined;
  const results = [...chronoEn.parse(rest, REFERENCE), ...chronoZh.parse(rest, REFERENCE)]
    .filter((r) => r.start.isCertain("hour"))
    .sort((a, b) => a.index - b.index);
  const hit = results[0];
  let afterTime = false;
  if (hit) {
    const h = hit.start.get("hour")!;
    const m = hit.start.get("minute") ?? 0;
    time = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
    afterTime = /^\s*(?:\d{1,3})?\s*$/.test(rest.slice(hit.index + hit.text.length));
    rest = cut(rest, hit.index, hit.text.length);
  }

  // A bare number at the end is the lead time only after a time or a zone, as in the documented
  // order "[body] [at HH:MM] [time zone] [days before]"; otherwise it belongs to the body ("wg 4").
  if (daysBefore === undefined && (afterTime || zoneMatch)) {
    const bare = rest.match(/\s(\d{1,3})\s*$/);
    if (bare) {
      daysBefore = Number(bare[1]);
      rest = cut(rest, bare.index!, bare[0].length);
    }
  }
  if (daysBefore !== undefined && daysBefore > 30) {
    return fail(
      `Days before must be between 0 and 30 (got ${daysBefore}), for example: ${EXAMPLES.subscribe}`,
      `提前天数必须在 0 到 30 之间（收到 ${daysBefore}），例如：${EXAMPLES.subscribe}`,
    );
  }
  if (/\d{1,2}\s*[:：.]\s*\d{1,2}|\d+\s*[点時时]|\bat\s+\d/i.test(rest)) {
    return fail(
      `Could not read the time "${rest.trim()}". Expected a time of day such as "at 8:30", "8:30am" or "每天早上8点", for example: ${EXAMPLES.time}`,
      `无法识别时间“${rest.trim()}”。请写明每天的时间，如“at 8:30”“8:30am”或“每天早上8点”，例如：${EXAMPLES.timeZh}`,
    );
  }
  return { ok: true, value: { action: "subscribe", bodyText: stripFiller(rest), time, timeZone, daysBefore } };
}
