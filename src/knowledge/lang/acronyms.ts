/**
 * Acronyms the documents spell out: "TPNW" is the Treaty on the Prohibition of Nuclear Weapons,
 * "ATT" the Arms Trade Treaty, "CBMs" confidence-building measures. The documents seldom write
 * the acronym itself, so a question that uses it finds nothing. An acronym is read as the initials
 * of a name the corpus holds (a document, resolution or agenda item title, a body or a term of
 * the glossary): every word of the name gives its first letter, except short function words
 * ("of", "the", "on"), which may give theirs ("COSP") or not ("TPNW").
 */
import { ordinalSuffix } from "./ordinal.js";

/** Words that may or may not give their initial to an acronym. */
const FUNCTION_WORDS = new Set(["of", "on", "the", "a", "an", "and", "in", "for", "to", "against", "at", "by", "with", "from", "under", "into"]);

/** A name's words: hyphenated words count once per part ("Nuclear-Weapon-Free"). */
const wordsOf = (name: string) => name.split(/[\s\-–—/]+/).map((w) => w.replace(/[^\p{L}\p{N}']/gu, "")).filter(Boolean);

/**
 * The shortest run of `words` whose initials spell `acronym` (case ignored): it starts and ends
 * with a word that is not a function word, every such word in it gives its initial, and a
 * function word gives its initial or none. Undefined when no run does.
 */
export function spelledBy(acronym: string, words: string[]): string | undefined {
  const letters = acronym.toLowerCase();
  let best: [number, number] | undefined;
  for (let start = 0; start < words.length; start++) {
    if (FUNCTION_WORDS.has(words[start].toLowerCase()) || words[start][0].toLowerCase() !== letters[0]) continue;
    const end = runEnd(letters, words, start);
    if (end !== undefined && (!best || end - start < best[1] - best[0])) best = [start, end];
  }
  return best && words.slice(best[0], best[1] + 1).join(" ");
}

/** The last word of a run from `start` that spells `letters`, or undefined. */
function runEnd(letters: string, words: string[], start: number): number | undefined {
  // Depth-first over (word, letter) positions; names are short, so the search stays small.
  const visit = (w: number, l: number): number | undefined => {
    if (l === letters.length) return FUNCTION_WORDS.has(words[w - 1].toLowerCase()) ? undefined : w - 1;
    if (w === words.length) return undefined;
    const word = words[w].toLowerCase();
    const gives = word[0] === letters[l] ? visit(w + 1, l + 1) : undefined;
    if (gives !== undefined || !FUNCTION_WORDS.has(word)) return gives;
    return visit(w + 1, l);
  };
  return visit(start, 0);
}

/** Expands acronyms over a list of names. */
export interface AcronymExpander {
  /** The name an acronym stands for (the one most names spell), or undefined. */
  expand(acronym: string): string | undefined;
}

/** An expander over names; names given more often win a tie ("Arms Trade Treaty" in many titles). */
export function createAcronymExpander(names: Iterable<string>): AcronymExpander {
  const counts = new Map<string, number>();
  for (const n of names) if (n && /[A-Za-z]/.test(n)) counts.set(n, (counts.get(n) ?? 0) + 1);
  const entries = [...counts].map(([name, count]) => ({ words: wordsOf(name), count }));
  const memo = new Map<string, string | undefined>();
  return {
    expand(acronym) {
      const key = acronym.replace(/(?<=[A-Z])s$/, "");
      if (memo.has(key)) return memo.get(key);
      const found = new Map<string, number>();
      for (const e of entries) {
        const run = spelledBy(key, e.words);
        if (!run) continue;
        const form = run.toLowerCase();
        found.set(form, (found.get(form) ?? 0) + e.count);
      }
      // The spelling most names give; ties go to the shorter name.
      const best = [...found].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0];
      memo.set(key, best);
      return best;
    },
  };
}

/** An acronym as a question writes it: capitals, maybe a plural "s", maybe a meeting number ("CSP11"). */
// Chinese text may follow it directly ("ATT第十一次").
const ACRONYM = /(?<![A-Za-z0-9/.])([A-Z]{3,6})(s?)(\d{1,2})?(?![A-Za-z0-9/.])/g;
const ROMAN = /^[IVXLCDM]+$/;

/**
 * The question with each acronym the glossary does not know followed by the name it stands for
 * ("ATT" -> "Arms Trade Treaty (ATT)"); a meeting number glued to an acronym is set off as an ordinal ("CSP11" -> "11th CSP").
 */
export function expandAcronyms(text: string, expander: AcronymExpander, known: (acronym: string) => boolean): string {
  return text.replace(ACRONYM, (whole, letters: string, plural: string, n: string | undefined) => {
    if (ROMAN.test(letters) || known(letters)) return whole;
    const name = expander.expand(letters + plural);
    // A question that gives the name beside the acronym has spelled it out already.
    if (!name || text.toLowerCase().includes(name.toLowerCase())) return whole;
    // The acronym stays beside its name: some documents do write it ("TRACK").
    const spelled = `${name} (${letters}${plural})`;
    return n ? `${ordinalSuffix(Number(n))} ${spelled}` : spelled;
  });
}
