/**
 * Shared argument reading for commands that name a meeting: "15", "fifteen", "15th", "十五",
 * "第十五次", optionally with a body ("irg 12", "WG.4 15", "WG15") and an agenda item ("15 2(a)(五)").
 */
import { parseEnglishOrdinal, parseChineseNumber, toHalfWidth } from "../src/knowledge/index.js";

export interface MeetingArgs {
  /** The text as typed (for understanding body names). */
  text: string;
  ordinal?: number;
  item?: string;
}

const ITEM = /(?:item\s*|项目\s*)?(\d{1,2}\s*\([a-z]\)(?:\s*\((?:[ivx]+|[一二三四五六七八九十]+|\d)\))?)|(?:item\s*|项目\s*)(\d{1,2})\b/i;

/** Reads a meeting reference; `ordinal` undefined when the text names none. */
export function readMeetingArgs(raw: string): MeetingArgs {
  let text = toHalfWidth(raw).trim();
  let item: string | undefined;
  const im = text.match(ITEM);
  if (im) {
    item = (im[1] ?? im[2]).replace(/\s+/g, "");
    text = `${text.slice(0, im.index)} ${text.slice(im.index! + im[0].length)}`.trim();
  }
  let ordinal: number | undefined;
  const tokens = text.split(/\s+/).filter(Boolean);
  const rest: string[] = [];
  for (const t of tokens) {
    // A body's short name with the number joined to it: "WG15", "IRG14", "COSP-10".
    const joined = ordinal === undefined ? t.match(/^([A-Za-z]{2,5})-?(\d{1,2})$/) : null;
    if (joined) {
      ordinal = Number(joined[2]);
      rest.push(joined[1]);
      continue;
    }
    const zh = t.match(/^第?\s*([\d一二三四五六七八九十]+)\s*(?:届|次)?(?:会议)?$/);
    const n = ordinal === undefined ? (zh ? parseChineseNumber(zh[1]) : parseEnglishOrdinal(t.replace(/[.,]$/, ""))) : undefined;
    if (n !== undefined && ordinal === undefined) ordinal = n;
    else if (ordinal !== undefined && !item && /^\d{1,2}$/.test(t)) item = t; // "/agenda 15 2"
    else rest.push(t);
  }
  return { text: rest.join(" "), ordinal, item };
}
