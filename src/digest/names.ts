/** How meetings are named in English and Chinese, from the graph's ordinal, kind and body. */
import type { Lang } from "../core/types.js";
import type { Meeting } from "../knowledge/model.js";
import type { BodyCatalog } from "./bodies.js";

/** 1 -> "1st", 15 -> "15th", 22 -> "22nd". */
export function englishOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th"}`;
}

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 15 -> "十五", 21 -> "二十一", 100 -> "一百" (ordinals of meetings stay well below 1000). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ""}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ""}`;
  const rest = n % 100;
  return `${DIGITS[Math.floor(n / 100)]}百${rest === 0 ? "" : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumber(rest)}` : chineseNumber(rest)}`;
}

const EN_KIND: Record<string, string> = { session: "session", meeting: "meeting", resumed: "resumed session", intersessional: "intersessional meeting", special: "special session", joint: "joint meeting", other: "meeting" };
const ZH_KIND: Record<string, string> = { session: "届会议", meeting: "次会议", resumed: "届会议续会", intersessional: "次闭会期间会议", special: "届特别会议", joint: "次联席会议", other: "次会议" };

/** "15th meeting of the Working Group on Prevention" / "预防工作组第十五次会议". */
export function meetingName(meeting: Meeting, lang: Lang, bodies: BodyCatalog): string {
  const body = meeting.bodies.map((b) => bodies.name(b, lang)).join(lang === "zh" ? "和" : " and ");
  if (meeting.ordinal === undefined) {
    if (meeting.name) return meeting.name;
    return lang === "zh" ? `${body}会议` : `meeting of the ${body}`;
  }
  if (lang === "zh") {
    const part = meeting.kind === "resumed" && meeting.part ? `第${chineseNumber(meeting.part)}次续会` : "";
    const kind = meeting.kind === "resumed" ? "届会议" : ZH_KIND[meeting.kind] ?? "次会议";
    return `${body}第${chineseNumber(meeting.ordinal)}${kind}${part || (meeting.kind === "resumed" ? "续会" : "")}`;
  }
  const part = meeting.kind === "resumed" && meeting.part ? `${englishOrdinal(meeting.part)} resumed ` : "";
  const kind = meeting.kind === "resumed" && meeting.part ? "session" : EN_KIND[meeting.kind] ?? "meeting";
  return `${part}${englishOrdinal(meeting.ordinal)} ${kind} of the ${body}`;
}
