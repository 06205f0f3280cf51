/**
 * The terms a build indexes, counted passage by passage in one pass over each passage's text:
 * the same terms, in the same order, as `tokenize` (search) and `containmentParts` (containment)
 * give, counted as `documentTerms` counts them, without a list of tokens or a set of parts per
 * passage. Chinese character pairs, most of all terms, are counted by their character codes and
 * made into strings once per dictionary; a document's Chinese texts are cut by one call into the
 * segmenter. A text counted before (earlier in the document, or in an earlier document of the
 * build counted with the same dictionary) takes the terms counted then: documents repeat
 * paragraphs, headings and boilerplate word for word. `test/knowledge/index-terms.test.ts` checks
 * both against the per-token functions.
 */
import { isHanCode, TermCounter, TermDictionary, type DocumentTerms, type PassageTerms } from "./postings.js";
import { normalizeForSearch } from "./search.js";
import { englishWords, isStopWordEn } from "./lang/english.js";
import { cutEach } from "./lang/chinese.js";
import { STOP_ZH } from "./lang/words.js";
import { CONTAINMENT_DIGITS, CONTAINMENT_LETTERS, squashedText, stemLine } from "./containment.js";

const HAS_HAN = /[\u4e00-\u9fff]/;
const HAS_LATIN = /[a-z0-9]/;
/** What `segmentChinese` keeps of the segmenter's words. */
const WORDLIKE = /[\p{L}\p{N}]/u;
const RESOLUTION = /\d+\/\d+/g;
const ORDINAL = /第(\d{1,3})(届|次)/g;

function hasHan(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (isHanCode(w.charCodeAt(i))) return true;
  return false;
}

/**
 * Each text's terms as counted before, in `dict` or earlier in `texts`: the texts the count
 * takes from there (`counted[i]`, or a text's first index in `texts`), the others left to count.
 */
function countedBefore(texts: string[], dict: TermDictionary | undefined): { counted: (PassageTerms | number | undefined)[]; fresh: number[]; kept: (i: number) => boolean } {
  const counted: (PassageTerms | number | undefined)[] = new Array(texts.length);
  const first = new Map<string, number>();
  const fresh: number[] = [];
  // Texts whose terms a later text of the document takes.
  const repeated = new Uint8Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    const known = dict?.recall(t) ?? first.get(t);
    if (known !== undefined) {
      counted[i] = known;
      if (typeof known === "number") repeated[known] = 1;
    } else {
      first.set(t, i);
      fresh.push(i);
    }
  }
  return { counted, fresh, kept: (i) => !!dict || repeated[i] === 1 };
}

/**
 * Adds text i from what was counted before (`countedBefore`); false when it has to be counted.
 * A text repeated within the document takes its first occurrence's terms.
 */
function addCountedBefore(counter: TermCounter, counted: PassageTerms | number | undefined, own: PassageTerms[]): boolean {
  if (counted === undefined) return false;
  counter.addCounted(typeof counted === "number" ? own[counted] : counted);
  return true;
}

/**
 * The search terms of a document's passage texts (each as `tokenize` gives them). With a
 * dictionary shared by the documents of a build, a text counted in an earlier document is not
 * cut or counted again.
 */
export function searchTerms(texts: string[], dict?: TermDictionary): DocumentTerms {
  if (dict && dict.pairPrefix !== "") throw new Error("search terms are counted with a dictionary of unprefixed pairs");
  // Without a dictionary of the build's, one of the document's own (as `TermCounter` would make).
  const words = dict ?? new TermDictionary("", 0);
  const counter = new TermCounter(words);
  const { counted, fresh, kept } = countedBefore(texts, dict);
  const norm: string[] = new Array(texts.length);
  const chinese: number[] = [];
  for (const i of fresh) {
    norm[i] = normalizeForSearch(texts[i]);
    if (HAS_HAN.test(norm[i])) chinese.push(i);
  }
  const cuts = chineseWords(
    chinese.map((i) => norm[i]),
    words,
  );
  const own: PassageTerms[] = new Array(texts.length);
  let next = 0;
  for (let i = 0; i < texts.length; i++) {
    if (addCountedBefore(counter, counted[i], own)) continue;
    const t = norm[i];
    let length = 0;
    if (HAS_LATIN.test(t)) {
      for (const w of englishWords(t)) {
        if (isStopWordEn(w.word)) continue;
        counter.add(w.stem);
        length++;
      }
    }
    if (chinese[next] === i) {
      for (const ids of cuts[next++]) {
        for (let k = 0; k < ids.length; k++) counter.addId(ids[k]);
        length += ids.length;
      }
      // Character bigrams over runs of Chinese characters.
      let prev = t.length ? t.charCodeAt(0) : 0;
      for (let j = 1; j < t.length; j++) {
        const c = t.charCodeAt(j);
        if (isHanCode(prev) && isHanCode(c)) {
          counter.addPair(prev, c);
          length++;
        }
        prev = c;
      }
    }
    if (t.includes("/")) {
      for (const m of t.matchAll(RESOLUTION)) {
        counter.add(m[0]);
        length++;
      }
    }
    if (t.includes("第")) {
      for (const m of t.matchAll(ORDINAL)) {
        counter.add(m[0]);
        length++;
      }
    }
    counter.endPassage(length);
    if (kept(i)) {
      own[i] = counter.lastPassage();
      dict?.remember(texts[i], own[i]);
    }
  }
  return counter.finish();
}

/** ASCII characters the segmenter's blocks are made of besides Chinese: letters, digits and `+#&._%-`. */
const BLOCK_ASCII = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+#&._%-\r") BLOCK_ASCII[c.charCodeAt(0)] = 1;
/** Punctuation beyond ASCII that ends a block of the segmenter's: ，。、；：？！（）and quotation marks, dashes, brackets. */
const BLOCK_ENDS = new Set([..."，。、；：？！（）“”‘’—–…《》〈〉「」『』【】〔〕\u3000"].map((c) => c.charCodeAt(0)));

/**
 * Whether a character ends a block of text the segmenter cuts on its own: jieba cuts each run of
 * Chinese characters, letters, digits and `+#&._%-` apart from the rest (as `cutEach` relies on),
 * and these characters are in no run. Text split after them is cut as it is cut whole.
 */
const endsBlock = (c: number): boolean => (c < 0x80 ? BLOCK_ASCII[c] === 0 : BLOCK_ENDS.has(c));

/**
 * The words `segmentChinese` keeps of each text, as ids of `dict`, block by block: each stretch
 * of a text between characters that end the segmenter's blocks (`endsBlock`) holding a Chinese
 * character is cut once per dictionary and its kept words' ids remembered (`recallBlock`), so a
 * paragraph that differs from one seen before by a date or a name is cut only where it differs.
 * Stretches without a Chinese character give no word kept. The blocks not seen before are cut by
 * one call into the segmenter.
 */
function chineseWords(texts: string[], dict: TermDictionary): Uint32Array[][] {
  const out: Uint32Array[][] = [];
  const uncut: string[] = [];
  const pending = new Map<string, number>();
  // Where each block cut below goes: text, place in the text's list, block.
  const fill: number[] = [];
  const none = new Uint32Array(0);
  for (let t = 0; t < texts.length; t++) {
    const text = texts[t];
    const blocks: Uint32Array[] = [];
    let start = 0;
    let han = false;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 0;
      if (i < text.length && !endsBlock(c)) {
        if (!han && isHanCode(c)) han = true;
        continue;
      }
      if (han) {
        const block = text.slice(start, i);
        const known = dict.recallBlock(block);
        if (known) blocks.push(known);
        else {
          let k = pending.get(block);
          if (k === undefined) {
            k = uncut.length;
            uncut.push(block);
            pending.set(block, k);
          }
          fill.push(t, blocks.length, k);
          blocks.push(none);
        }
      }
      start = i + 1;
      han = false;
    }
    out.push(blocks);
  }
  if (uncut.length) {
    const cuts = cutEach(uncut);
    const ids = cuts.map((words, k) => {
      const kept: number[] = [];
      for (const w of words) if (hasHan(w) && !STOP_ZH.has(w) && WORDLIKE.test(w)) kept.push(dict.id(w));
      const a = Uint32Array.from(kept);
      dict.rememberBlock(uncut[k], a);
      return a;
    });
    for (let f = 0; f < fill.length; f += 3) out[fill[f]][fill[f + 1]] = ids[fill[f + 2]];
  }
  return out;
}

/** The dictionaries a build counts its documents' search terms and containment parts with, in one thread. */
export interface TermDictionaries {
  search: TermDictionary;
  containment: TermDictionary;
}

export const termDictionaries = (): TermDictionaries => ({ search: new TermDictionary(), containment: new TermDictionary(CONTAINMENT_PAIR) });

/** Containment's character pairs are this prefix and the two characters. */
const CONTAINMENT_PAIR = "b";

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => c >= 97 && c <= 122;

/** The containment parts of a document's passage texts (each as `containmentParts` gives them, each once). */
export function containmentTerms(texts: string[], dict?: TermDictionary): DocumentTerms {
  if (dict && dict.pairPrefix !== CONTAINMENT_PAIR) throw new Error(`containment parts are counted with a dictionary of pairs prefixed "${CONTAINMENT_PAIR}"`);
  const counter = new TermCounter(dict ?? CONTAINMENT_PAIR);
  const { counted, kept } = countedBefore(texts, dict);
  const own: PassageTerms[] = new Array(texts.length);
  for (let t = 0; t < texts.length; t++) {
    if (addCountedBefore(counter, counted[t], own)) continue;
    const text = texts[t];
    const s = squashedText(text);
    const n = s.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (isHanCode(c)) {
        if (i + 1 < n && isHanCode(s.charCodeAt(i + 1))) counter.addPair(c, s.charCodeAt(i + 1), true);
        // A character with no Chinese neighbour is in no pair: it is kept alone.
        else if (i === 0 || !isHanCode(s.charCodeAt(i - 1))) counter.add(`u${s[i]}`, true);
      } else if (isDigit(c)) {
        for (let j = i; j < n && j < i + CONTAINMENT_DIGITS && isDigit(s.charCodeAt(j)); j++) counter.add(`d${s.slice(i, j + 1)}`, true);
        if (i === 0 || !isDigit(s.charCodeAt(i - 1))) {
          let j = i;
          while (j < n && isDigit(s.charCodeAt(j))) j++;
          for (let k = 1; k <= Math.min(CONTAINMENT_DIGITS, j - i); k++) {
            if (i > 0 && isHanCode(s.charCodeAt(i - 1))) counter.add(`p${s[i - 1]}${s.slice(i, i + k)}`, true);
            if (j < n && isHanCode(s.charCodeAt(j))) counter.add(`s${s.slice(j - k, j)}${s[j]}`, true);
          }
        }
      } else if (isLetter(c) && (i === 0 || !isLetter(s.charCodeAt(i - 1)))) {
        let j = i;
        while (j < n && isLetter(s.charCodeAt(j))) j++;
        if (j - i <= CONTAINMENT_LETTERS) counter.add(`l${s.slice(i, j)}`, true);
      }
    }
    const line = stemLine(text);
    if (line) for (const w of line.trim().split(" ")) counter.add(`w${w}`, true);
    counter.endPassage();
    if (kept(t)) {
      own[t] = counter.lastPassage();
      dict?.remember(text, own[t]);
    }
  }
  return counter.finish();
}
