/**
 * Spelling mistakes in English questions ("munitons", "goverment", "resolutoin"): a long word that
 * neither the glossary nor the dictionary knows is replaced by the one glossary word it is a typing
 * slip away from (a letter missing, added, changed or two swapped). Names nobody misspelt stay:
 * a word with no single close glossary word is left as written.
 */
import type { Glossary } from "../glossary.js";
import { lexicon } from "./lexicon.js";
import { isStopWordEn, stem } from "./english.js";
import { isOrdinal } from "./ordinal.js";
import { SHORTHAND_EN } from "./words.js";

/** The shortest word checked, and the length from which two slips are allowed. */
const MIN_LENGTH = 6;
const TWO_SLIPS = 9;

/** The question with its misspelt words corrected. */
export function correctSpelling(text: string, glossary: Glossary): string {
  return text.replace(/[A-Za-z]+/g, (word) => {
    const w = word.toLowerCase();
    // Short words (a command's, numbers) are left as written before the vocabulary is even looked at.
    if (w.length < MIN_LENGTH) return word;
    const known = glossary.vocabulary();
    // The dictionary is read only for a long word the glossary does not know: a command's numbers
    // and a question in known terms never pay for loading it.
    // A word whose only senses are single characters (bound morphemes, or a dictionary's own slip:
    // "goverment" 姥) is not known as a word.
    // An ordinal ("eighth", "thirteenth") is a word, not a slip for its cardinal.
    if (known.has(w) || isStopWordEn(w) || isOrdinal(w) || lexicon().chinese(stem(w)).some((s) => s.term.length > 1)) return word;
    const fix = closest(w, known);
    return fix ?? word;
  });
}

/** The one known word within the allowed slips, or undefined when none or several are as close. */
function closest(word: string, known: ReadonlySet<string>): string | undefined {
  const limit = word.length >= TWO_SLIPS ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const k of known) {
    if (Math.abs(k.length - word.length) > limit || k[0] !== word[0]) continue;
    const d = slips(word, k, limit);
    if (d < bestDistance) [best, bestDistance, tie] = [k, d, false];
    else if (d === bestDistance) tie = true;
  }
  return bestDistance <= limit && !tie ? best : undefined;
}

/** Optimal string alignment distance (insert, delete, substitute, swap two neighbours), cut off above `limit`. */
export function slips(a: string, b: string, limit = Infinity): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let min = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      row.push(d);
      min = Math.min(min, d);
    }
    if (min > limit) return min;
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/**
 * The question with its chat shorthand written out ("prov agenda" -> "provisional agenda", "res
 * 10/3" -> "resolution 10/3", "the SG" -> "the secretary-general"), so that every reading of the
 * question sees the words, not only its concepts. A shorthand inside a symbol ("A/RES/80/8") or a
 * web address is left as written.
 */
export function spelledOut(text: string): string {
  return text.replace(SHORTHAND_WORD, (word, short: string) => SHORTHAND_EN.get(short.toLowerCase()) ?? word);
}
/** A shorthand word, with the full stop that marks it as one ("prov. agenda"): the long form takes both. */
const SHORTHAND_WORD = new RegExp(`(?<![\\w/.@-])(${[...SHORTHAND_EN.keys()].sort((a, b) => b.length - a.length).join("|")})(?:\\.(?=\\s))?(?![\\w/@-]|\\.\\w)`, "gi");
