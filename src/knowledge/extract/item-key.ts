/**
 * Canonical agenda-item keys: "2(a)(五)", "2 (a) (v)", "2(a)(5)" and "2.a.v" all become "2(a)(v)".
 */
import { fromRoman, parseChineseNumber, toHalfWidth, toRoman } from "../text.js";

/** Normalises an agenda item number to "N(x)(roman)" (a General Assembly agenda runs past item 100: "140" is item 140). */
export function itemKey(raw: string): string {
  const t = toHalfWidth(raw).toLowerCase().replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")");
  const m = t.match(/^(\d{1,3})(?:[.(]?([a-z])\)?)?(?:[.(]?([ivx]+|\d{1,2}|[一二三四五六七八九十]+)\)?)?$/);
  if (!m) return t;
  let key = m[1];
  if (m[2]) key += `(${m[2]})`;
  if (m[3]) {
    const n = /^\d+$/.test(m[3]) ? Number(m[3]) : fromRoman(m[3]) ?? parseChineseNumber(m[3]);
    key += `(${n ? toRoman(n) : m[3]})`;
  }
  return key;
}
