/**
 * English ordinals, read and written in one place: "15th", "fifteenth", "twenty-second" -> 15, 22;
 * 22 -> "22nd" or "twenty-second".
 */

const UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const UNIT_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TENS_ORD = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

/** 22 -> "22nd", 11 -> "11th", 101 -> "101st". */
export function ordinalSuffix(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${s}`;
}

/** 1..99 in words, the last word from `last` ("twenty-second", "twenty-two"). */
function spell(n: number, last: string[], lastTens: string[]): string {
  if (n < 20) return last[n];
  const t = Math.floor(n / 10);
  const u = n % 10;
  return u ? `${TENS[t]}-${last[u]}` : lastTens[t];
}

const inWords = (n: number) => Number.isInteger(n) && n >= 1 && n <= 99;

/** 1..99 spelled as an ordinal word ("twenty-second"); other numbers with a suffix ("122nd"). */
export function ordinalWord(n: number): string {
  return inWords(n) ? spell(n, UNIT_ORD, TENS_ORD) : ordinalSuffix(n);
}

/** 1..99 as a cardinal word ("twenty-two"). */
export function cardinalWord(n: number): string {
  return inWords(n) ? spell(n, UNITS, TENS) : String(n);
}

const BY_WORD = new Map<string, { n: number; ordinal: boolean }>();
for (let n = 1; n < 100; n++) {
  BY_WORD.set(ordinalWord(n), { n, ordinal: true });
  BY_WORD.set(cardinalWord(n), { n, ordinal: false });
}

/** "fifteenth", "15th", "twenty-second", "twenty second", "fifteen", "15" -> the number. */
export function parseEnglishOrdinal(word: string): number | undefined {
  const w = word.toLowerCase().trim().replace(/\s+/g, "-");
  const m = w.match(/^(\d+)(?:st|nd|rd|th)?$/);
  if (m) return Number(m[1]);
  return BY_WORD.get(w)?.n;
}

/** True for an ordinal word or numeral ("fifteenth", "15th"), not a bare cardinal. */
export function isOrdinal(word: string): boolean {
  const w = word.toLowerCase().replace(/\s+/g, "-");
  return /^\d+(?:st|nd|rd|th)$/.test(w) || BY_WORD.get(w)?.ordinal === true;
}

/** A regular-expression source matching any ordinal word or numeral (longest first). */
export const ORDINAL_PATTERN = `\\d{1,3}(?:st|nd|rd|th)|(?:${TENS.filter(Boolean).join("|")})[- ](?:${UNIT_ORD.slice(1, 10).join("|")})|${[...TENS_ORD.filter(Boolean), ...UNIT_ORD.slice(1)].sort((a, b) => b.length - a.length).join("|")}`;
