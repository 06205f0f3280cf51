/**
 * Acronyms the documents spell out: "TPNW" is the Treaty on the Prohibition of Nuclear Weapons,
 * "ATT" the Arms Trade Treaty, "CBMs" confidence-building measures. The documents seldom write
 * the acronym itself, so a question that uses it finds nothing. An acronym is read as the initials
 * of a name the corpus holds (a document, resolution or agenda item title, a body or a term of
 * the glossary): every word of the name gives its first letter, except short function words
 * ("of", "the", "on"), which may give theirs ("COSP") or not ("TPNW").
 */
import { ordinalSuffix } from "./ordinal.js";
import { fromRoman } from "../text.js";

/** Words that may or may not give their initial to an acronym. */
const FUNCTION_WORDS = new Set(["of", "on", "the", "a", "an", "and", "in", "for", "to", "against", "at", "by", "with", "from", "under", "into"]);

/**
 * A name's words: hyphenated words count once per part ("Nuclear-Weapon-Free"), each part but the
 * last keeping its hyphen, since a name does not end inside a word ("Inter-" of "Inter-American").
 */
const wordsOf = (name: string) =>
  name
    .split(/[\s–—/]+/)
    .flatMap((w) => w.split(/-+/).map((part, i, parts) => part.replace(/[^\p{L}\p{N}']/gu, "") + (i < parts.length - 1 && part ? "-" : "")))
    .filter((w) => w && w !== "-");

/** Words as a name, one space between every two (a hyphenated word's parts too). */
const spaced = (words: string[]) => words.map((w) => w.replace(/-$/, "")).join(" ");

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
  return best && spaced(words.slice(best[0], best[1] + 1));
}

/** The last word of a run from `start` that spells `letters`, or undefined. */
function runEnd(letters: string, words: string[], start: number): number | undefined {
  // Depth-first over (word, letter) positions; names are short, so the search stays small.
  const visit = (w: number, l: number): number | undefined => {
    if (l === letters.length) return FUNCTION_WORDS.has(words[w - 1].toLowerCase()) || words[w - 1].endsWith("-") ? undefined : w - 1;
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
      // Each spelling as first written: a name keeps its capitals ("Convention on Cluster Munitions").
      const written = new Map<string, string>();
      for (const e of entries) {
        const run = spelledBy(key, e.words);
        if (!run) continue;
        const form = run.toLowerCase();
        found.set(form, (found.get(form) ?? 0) + e.count);
        if (!written.has(form)) written.set(form, run);
      }
      // The spelling most names give; ties go to the shorter name.
      const best = [...found].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0];
      const name = best === undefined ? undefined : written.get(best);
      memo.set(key, name);
      return name;
    },
  };
}

/** The initials of a run of words, lower-cased ("special session devoted to disarmament" -> "ssdtd"). */
const initials = (words: string[]) => words.map((w) => w[0].toLowerCase()).join("");

/** Length of the longest common subsequence of two short strings. */
function commonRun(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const ca of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(ca === b[j] ? prev[j] + 1 : Math.max(prev[j + 1], row[j]));
    prev = row;
  }
  return prev[b.length];
}

/** Whether `letters` occur in order in `text`, the first at its start. */
function inOrder(letters: string, text: string): boolean {
  if (text[0] !== letters[0]) return false;
  let at = 1;
  for (const c of letters.slice(1)) {
    at = text.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * The name a document gives an acronym where it defines it: the words just before "(SSOD-IV)",
 * "a fourth special session devoted to disarmament (SSOD-IV)" giving "special session devoted to
 * disarmament". Of the runs that end before the parenthesis, start with the acronym's first
 * letter and hold its letters in order, the one whose words' initials spell most of it; the
 * shorter on a tie. Undefined when no run's initials give at least half its letters.
 */
export function definedBefore(acronym: string, before: string): string | undefined {
  const letters = acronym.toLowerCase();
  const clause = before.split(/[,;:.()“”"]/).pop() ?? "";
  const words = wordsOf(clause).slice(-(letters.length + 5));
  let best: { start: number; score: number } | undefined;
  for (let start = 0; start < words.length; start++) {
    const run = words.slice(start);
    if (FUNCTION_WORDS.has(run[0].toLowerCase()) || !inOrder(letters, run.join("").toLowerCase())) continue;
    const score = commonRun(initials(run), letters);
    if (!best || score >= best.score) best = { start, score };
  }
  if (!best || best.score < Math.max(2, letters.length / 2)) return undefined;
  return spaced(words.slice(best.start));
}

/** Where a text defines an acronym: "(SSOD-IV)", "(OEWG)", "(TCBMs)". */
export function definitionsIn(text: string, acronym: string): string[] {
  const at = new RegExp(`\\(\\s*${acronym}(?:s|-[IVX]+|\\d{1,2})?\\s*\\)`, "g");
  const found: string[] = [];
  for (const m of text.matchAll(at)) {
    const name = definedBefore(acronym, text.slice(Math.max(0, m.index - 200), m.index));
    if (name) found.push(name);
  }
  return found;
}

/** An acronym as a question writes it: capitals, maybe a plural "s", maybe a meeting number ("CSP11", "SSOD-IV"). */
// Chinese text may follow it directly ("ATT第十一次").
const ACRONYM = /(?<![A-Za-z0-9/.])([A-Z]{3,6})(s?)(\d{1,2}|-[IVX]{1,4})?(?![A-Za-z0-9/.])/g;
/** A Roman numeral as written ("XIV", "MCM"), not any run of its letters ("CCM", "DCM" are acronyms). */
const ROMAN = /^(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

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
    if (!n) return spelled;
    const number = n.startsWith("-") ? fromRoman(n.slice(1)) : Number(n);
    return number ? `${ordinalSuffix(number)} ${spelled}` : spelled;
  });
}
