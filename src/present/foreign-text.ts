/**
 * The answer speaks the asker's language: text that exists only in the other language stands
 * inside quotation marks. `foreignOutsideQuotes` finds what breaks that rule; `quoteForeign`
 * puts such text inside “…” (or 「…」 in Chinese), the last guard before an answer is shown.
 */
import type { Lang } from "../core/types.js";

/** Spans already quoted in a Chinese answer: “…”, 「…」, 『…』 and "…". */
const QUOTED = /“[^”]*”|「[^」]*」|『[^』]*』|"[^"\n]*"/g;

/**
 * A stretch of Chinese: Han characters with the punctuation, quotation and title marks, digits,
 * spaces and short capitalised codes ("M 楼 B/M1 会议厅") between them, the digits written onto
 * its start ("2024年") and any quotation marks that open or close it.
 */
const HAN_RUN = /[“‘《「（]*(?:\d+(?=\p{Script=Han}))?[“‘《「（]*\p{Script=Han}(?:(?:[\p{Script=Han}\d\s/，、。；：（）《》「」“”‘’％%－—-]|[A-Z][A-Z0-9/.]{0,7})*[\p{Script=Han}》」”’）])?/gu;

/**
 * A run of three or more English words (an untranslated phrase in a Chinese answer), accented
 * letters among them ("Côte d’Ivoire", "Türkiye"); short words
 * such as "a" and ranges ("the 2024–2025 group") inside it stay in it, and so do numbers closing it ("on 22 January 2021") unless
 * they are written onto Chinese ("2021年") or go on as a symbol ("10/3"); so do the abbreviations of
 * a citation ("Treaty Series, vol. 1981, No. 33873").
 */
const EN_RUN = /\p{Script=Latin}[\p{Script=Latin}'’\u2010\u2011-]*\p{Ll}(?:(?:[ ,;:'’()\u2010\u2011-]+|(?<=\p{Ll})\/(?=\p{Ll}))[\p{Script=Latin}0-9][\p{Script=Latin}0-9'’\u2010\u2011\u2013-]*(?:(?<=\b(?:vol|No|no|para|paras|art|p|pp))\.)?){1,}(?:[ ,;:'’()\u2010\u2011-]+|(?<=\p{Ll})\/(?=\p{Ll}))\p{Script=Latin}[\p{Script=Latin}'’\u2010\u2011-]*\p{Ll}(?:(?<=\b(?:vol|No|no|para|paras|art|p|pp))\.(?= \d))?(?:,? (?:(?:vol|No|para|p|pp)\. )?\d+(?![\d/\p{Script=Han}-]|[.,]\d))*/gu;

/** Chinese numerals of sub-items in English item numbers: "2(a)(三)" is "2(a)(iii)". */
const ROMAN = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];
const HAN_DIGIT = "一二三四五六七八九十";

function outsideQuotes(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let last = 0;
  for (const m of text.matchAll(QUOTED)) {
    out.push({ text: text.slice(last, m.index), at: last });
    last = m.index! + m[0].length;
  }
  out.push({ text: text.slice(last), at: last });
  return out;
}

/** The pieces of other-language text that stand outside quotation marks (Chinese in English answers, English phrases in Chinese ones). */
export function foreignOutsideQuotes(text: string, lang: Lang): string[] {
  if (lang === "en") return romanSubItems(text).split(MIXED_QUOTATION).filter((_, i) => i % 2 === 0).flatMap((part) => [...part.matchAll(HAN_RUN)].map((m) => m[0].trim()).filter((run) => !isQuoted(run)));
  return outsideQuotes(text).flatMap((part) => [...part.text.matchAll(EN_RUN)].map((m) => m[0].trim()));
}

/**
 * A quotation without quotations inside it that holds Chinese, kept whole (split keeps it as an
 * odd part): with Latin letters, half-width brackets or anything else a stretch of Chinese does not
 * run over ("“…第十二届会议报告 (2003 年 5 月 13 日至 22 日)”"), it is already one quotation. One
 * that Chinese text runs into (题为“…”的) is a quotation inside that text, not one of the answer's.
 */
const MIXED_QUOTATION = /((?<!\p{Script=Han})“(?=[^“”]*\p{Script=Han})[^“”]*”(?!\p{Script=Han}))/u;

/** “…” around the whole stretch, with no quotation inside it left unnested. */
const isQuoted = (run: string) => /^“[^“”]*”$/.test(run);

/** A Chinese stretch as one English quotation: quotation marks inside it become ‘…’. */
function quoteHan(run: string): string {
  const body = run.trim();
  if (isQuoted(body)) return run;
  const inner = /^“.*”$/s.test(body) ? body.slice(1, -1) : body;
  return run.replace(body, `“${inner.replace(/“/g, "‘").replace(/”/g, "’")}”`);
}

/** English item numbers keep the English numbering of sub-items: "2(a)(三)" -> "2(a)(iii)". */
export function romanSubItems(text: string): string {
  return text.replace(/(\d+\s*\([a-z]\)\s*)\(([一二三四五六七八九十])\)/g, (_, head: string, n: string) => `${head}(${ROMAN[HAN_DIGIT.indexOf(n) + 1]})`);
}

/**
 * The answer with every other-language run quoted: in English, Chinese text goes inside “…”
 * (sub-item numbers take their English form); in Chinese, English phrases go inside 「…」.
 * Quoted text, symbols and single words are left as they are.
 */
export function quoteForeign(text: string, lang: Lang): string {
  if (lang === "en") {
    // A quotation that holds Chinese ("“维也纳Wagramerstrasse 5…”") is already one quotation.
    return romanSubItems(text)
      .split(MIXED_QUOTATION)
      .map((part, i) => (i % 2 ? part : part.replace(HAN_RUN, quoteHan)))
      .join("");
  }
  let out = "";
  let last = 0;
  for (const part of outsideQuotes(text)) {
    // (A web address is left whole: its words are no phrase.)
    out += text.slice(last, part.at) + part.text.split(WEB_ADDRESS).map((piece, i) => (i % 2 ? piece : piece.replace(EN_RUN, (run) => wrap(run, "「", "」")))).join("");
    last = part.at + part.text.length;
  }
  // A run ends at a word, so a bracket it opened closes just outside: "「… (Vienna, 2011」)" -> "「… (Vienna, 2011)」".
  // A symbol after the run is read with the noun that names it: "「… in particular resolution」 79/56" ->
  // "「… in particular」 resolution 79/56".
  return out.replace(/「([^「」]*\([^()「」]*)」\)/g, "「$1)」").replace(NOUN_BEFORE_SYMBOL, (_, run: string, noun: string, space: string) => (run.trim() ? `「${run.trimEnd()}」 ${noun}${space}` : `${noun}${space}`));
}

/** A quoted run that ends with the noun of a symbol standing after it: "「… resolution」 79/56", "「Decision」 C-25/DEC.9". */
const NOUN_BEFORE_SYMBOL = /「([^「」]*?)\b((?:[Rr]esolutions?|[Dd]ecisions?|[Dd]ocuments?|[Rr]eports?|[Pp]aragraphs?|[Aa]rticles?|[Aa]nnex))」(\s+)(?=[A-Z]{0,5}[-\/.]?[A-Z]{0,5}\d)/g;

/** A web address, kept out of quoting (an odd part of a split). */
const WEB_ADDRESS = /((?:https?:\/\/|www\.)[^\s<>）)」。，；、]+)/;

/** A run keeps its trailing spaces outside the new quotation marks. */
function wrap(run: string, open: string, close: string): string {
  const m = /^(.*?)(\s*)$/su.exec(run)!;
  return `${open}${m[1]}${close}${m[2]}`;
}
