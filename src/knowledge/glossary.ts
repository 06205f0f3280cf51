/**
 * UN terminology, English <-> Chinese, from the files of data/terms/: bodies with their names,
 * aliases and symbol prefixes (bodies.json); venues and countries (places.json); organizations,
 * statement verbs and one entry per concept of UN terminology (terminology.json). English terms
 * match by their Porter stems, so a file holds one spelling of each term.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { BodyId } from "./model.js";
import { englishWords, isStopWordEn, stemKey } from "./lang/english.js";
import { createBodyMatcher } from "./lang/bodies.js";

/**
 * The glossary's schemas, made when first used: a start whose validated glossary is cached beside
 * the index uses none, and making zod schemas is a measurable part of a short command's start.
 */
function makeSchemas() {
  const pair = z.object({ en: z.string().min(1), zh: z.string().min(1) });
  const names = z.object({ en: z.string().min(1), zh: z.string().min(1) });

  const bodyFields = {
    id: z.string().min(1),
    en: z.string().min(1),
    zh: z.string().min(1),
    short: names.optional(),
    abbreviations: z.array(z.string()).default([]),
    meetingWord: names.optional(),
    aliases: z.object({ en: z.array(z.string()).default([]), zh: z.array(z.string()).default([]) }).default({ en: [], zh: [] }),
    /** A body of the Convention (channels follow these). */
    uncac: z.boolean().optional(),
    /** The body it reports to ("cosp" for the working groups). */
    parent: z.string().optional(),
    /** IANA zone of its usual venue. */
    timeZone: z.string().optional(),
    /** Words that, just before one of its Chinese names, make another name ("审议" + "大会": a review conference). */
    notAfter: z.array(z.string().min(1)).optional(),
  };

  /** A UN body: every one has the symbol prefix of its documents ("CAC/COSP/WG.4", "A/HRC"). */
  const bodySchema = z.object({ ...bodyFields, symbolPrefix: z.string().min(1) }).strict();
  /** A body outside the UN documentation system (G20, OECD): no symbols of its own. */
  const externalBodySchema = z.object({ ...bodyFields }).strict();

  /** data/terms/bodies.json */
  const bodiesFileSchema = z.object({
    version: z.number(),
    bodies: z.array(bodySchema),
    externalBodies: z.array(externalBodySchema).default([]),
    genericBodyWords: z.object({ en: z.array(z.string()), zh: z.array(z.string()) }).optional(),
  }).strict();

  /** data/terms/places.json */
  const placesFileSchema = z.object({ version: z.number(), venues: z.array(pair), countries: z.array(pair), regions: z.array(pair).default([]), cities: z.array(pair).default([]) }).strict();

  /** One concept of UN terminology: its English and Chinese terms, and where they come from. */
  const termSchema = z.object({ en: z.array(z.string().min(1)).min(1), zh: z.array(z.string().min(1)).min(1), source: z.string().optional() }).strict();

  /** data/terms/terminology.json */
  const terminologyFileSchema = z.object({
    version: z.number(),
    organizations: z.array(pair.extend({ aliases: z.array(z.string()).optional() }).strict()),
    verbs: z.array(z.object({ verb: z.string(), zh: z.array(z.string()), en: z.array(z.string()).default([]) }).strict()),
    terms: z.array(termSchema),
  }).strict();

  /** The glossary as the code reads it: the files of data/terms/ together. */
  const glossarySchema = z.object({
    version: z.number(),
    bodies: z.array(externalBodySchema.extend({ symbolPrefix: z.string().optional() })),
    genericBodyWords: z.object({ en: z.array(z.string()), zh: z.array(z.string()) }).optional(),
    venues: z.array(pair).default([]),
    countries: z.array(pair).default([]),
    /** Regions of the world a passage may place an activity in ("East Africa", "南亚"). */
    regions: z.array(pair).default([]),
    /**
     * Cities a passage may place something in besides the venues of meetings ("signed in Cairo"):
     * known as places in passages and answers, not as a question's terms (a city the documents never
     * name, "the Ottawa treaty", stays a name they do not hold).
     */
    cities: z.array(pair).default([]),
    organizations: z.array(pair.extend({ aliases: z.array(z.string()).optional() })).default([]),
    verbs: z.array(z.object({ verb: z.string(), zh: z.array(z.string()), en: z.array(z.string()).default([]) })).default([]),
    terms: z.array(z.object({ en: z.array(z.string()), zh: z.array(z.string()), source: z.string().optional() })).default([]),
  });
  return { bodySchema, externalBodySchema, bodiesFileSchema, placesFileSchema, termSchema, terminologyFileSchema, glossarySchema };
}
let schemas: ReturnType<typeof makeSchemas> | undefined;
/** The schemas of the glossary files and of the glossary as the code reads it. */
export const glossarySchemas = () => (schemas ??= makeSchemas());
type GlossarySchema = ReturnType<typeof makeSchemas>["glossarySchema"];

export type GlossaryData = z.input<GlossarySchema>;
export type BodyEntry = z.infer<GlossarySchema>["bodies"][number];

/** The glossary files of data/terms/, each with its schema. */
export const GLOSSARY_FILES = { bodies: "bodies.json", places: "places.json", terminology: "terminology.json" } as const;

/** A glossary term found in an English question. */
export interface EnglishConcept {
  /** The term as the glossary writes it. */
  en: string;
  /** Every English term of the same entry. */
  variants: string[];
  zh: string[];
  /** First word and the word after the last (as `englishWords` counts them). */
  start: number;
  end: number;
}

/** Lookup helpers over the glossary. */
export interface Glossary {
  readonly data: z.infer<GlossarySchema>;
  bodies(): BodyEntry[];
  body(id: BodyId): BodyEntry | undefined;
  /** Resolves a printed Chinese or English body name ("预防腐败问题不限成员名额政府间工作组") to its id. */
  resolveBodyName(name: string): BodyId | undefined;
  /** Finds body mentions in text (longest aliases first); returns ids with positions. */
  findBodies(text: string): { id: BodyId; index: number; length: number }[];
  /**
   * The English terms found in a question, each with its Chinese variants (longest matches
   * only); start and end count the question's words (as `englishWords` cuts them).
   */
  englishConcepts(question: string): EnglishConcept[];
  /** English name of a Chinese place, country or organization, when known. */
  english(zh: string): string | undefined;
  /** Replaces known Chinese names (bodies, venues, countries) in a short phrase with English. */
  translateNames(zh: string): string;
  /**
   * Every English word of five letters or more in the terms, bodies and places, lower-cased: the
   * words spelling correction knows (it checks words of six or more, which may be one of five with
   * a letter added). Kept with the prepared glossary.
   */
  vocabulary(): ReadonlySet<string>;
}


/** Validates one glossary file's text. @throws Error naming the file and the bad field. */
function parsePart<T extends z.ZodType>(file: string, text: string, schema: T): z.infer<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`Cannot read glossary ${file}: ${(e as Error).message}`);
  }
  const r = schema.safeParse(raw);
  if (!r.success) throw new Error(`Invalid glossary ${file}: ${r.error.issues.slice(0, 5).map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return r.data;
}

/** The text of one glossary file. @throws Error naming the file. */
function readPart(dir: string, name: string): string {
  const file = join(dir, name);
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new Error(`Cannot read glossary ${file}: ${(e as Error).message}`);
  }
}

/** Bump when the prepared form, or the stemming it holds, changes. */
const PREPARED_VERSION = 7;

/** The glossary as validated and prepared once: its data, the stems of its English terms and its vocabulary. */
interface PreparedGlossary {
  version: number;
  data: z.infer<GlossarySchema>;
  stems: string[][];
  words: string[];
}

/** The prepared glossary cached for these files' texts, when there is one. */
function readPrepared(file: string): PreparedGlossary | undefined {
  try {
    const p = JSON.parse(readFileSync(file, "utf8")) as PreparedGlossary;
    return p.version === PREPARED_VERSION ? p : undefined;
  } catch {
    return undefined; // missing or unreadable: validated again
  }
}

function writePrepared(dir: string, file: string, prepared: PreparedGlossary): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(prepared));
    renameSync(tmp, file);
    // The forms of earlier glossary files are not read again.
    for (const f of readdirSync(dir)) if (/^glossary-[0-9a-f]+\.json$/.test(f) && join(dir, f) !== file) rmSync(join(dir, f), { force: true });
  } catch {
    // A read-only folder only costs the next process the validation.
  }
}

/**
 * Loads and validates the glossary folder (data/terms/). @throws Error naming the file and the bad field.
 * With `cacheDir`, the validated and prepared glossary is kept there under a hash of the files'
 * texts: a process that finds it skips validation and stemming (about 0.1 s of a command-line
 * answer); a changed file gets a new hash and is validated again.
 */
export function loadGlossary(dir: string, cacheDir?: string): Glossary {
  const texts = Object.values(GLOSSARY_FILES).map((name) => readPart(dir, name));
  const key = createHash("sha256").update(`${PREPARED_VERSION}\0${texts.join("\0")}`).digest("hex").slice(0, 16);
  const cacheFile = cacheDir ? join(cacheDir, `glossary-${key}.json`) : undefined;
  if (lastLoaded?.key === key) {
    if (cacheDir && cacheFile && !existsSync(cacheFile)) writePrepared(cacheDir, cacheFile, lastLoaded.prepared);
    return lastLoaded.glossary;
  }
  const cached = cacheFile ? readPrepared(cacheFile) : undefined;
  if (cached) return remember(key, cached);
  const [bodiesText, placesText, terminologyText] = texts;
  const { bodiesFileSchema, placesFileSchema, terminologyFileSchema } = glossarySchemas();
  const bodies = parsePart(join(dir, GLOSSARY_FILES.bodies), bodiesText, bodiesFileSchema);
  const places = parsePart(join(dir, GLOSSARY_FILES.places), placesText, placesFileSchema);
  const terminology = parsePart(join(dir, GLOSSARY_FILES.terminology), terminologyText, terminologyFileSchema);
  // The files' schemas give every field the glossary's own schema would: no second validation.
  const data: z.infer<GlossarySchema> = {
    version: bodies.version,
    bodies: [...bodies.bodies, ...bodies.externalBodies],
    genericBodyWords: bodies.genericBodyWords,
    venues: places.venues,
    countries: places.countries,
    regions: places.regions,
    cities: places.cities,
    organizations: terminology.organizations,
    verbs: terminology.verbs,
    terms: terminology.terms,
  };
  const stems = termStems(data);
  const words = vocabularyOf(data);
  const prepared: PreparedGlossary = { version: PREPARED_VERSION, data, stems, words };
  if (cacheDir && cacheFile) writePrepared(cacheDir, cacheFile, prepared);
  return remember(key, prepared);
}

/**
 * The glossary last loaded, by the hash of its files' texts: a reload of the same files (the index
 * rebuilt after a document changed) takes it as it is, its lookup tables made, instead of reading
 * and preparing it again. Every index loaded with it shares it: nothing writes to a glossary.
 */
let lastLoaded: { key: string; prepared: PreparedGlossary; glossary: Glossary } | undefined;
function remember(key: string, prepared: PreparedGlossary): Glossary {
  const glossary = glossaryOf(prepared.data, prepared.stems, prepared.words);
  lastLoaded = { key, prepared, glossary };
  return glossary;
}

/** The text of every glossary file, for cache keys. */
export function glossaryText(dir: string): string {
  return Object.values(GLOSSARY_FILES).map((f) => readFileSync(join(dir, f), "utf8")).join("\0");
}

/** Every English term with its entry's English and Chinese terms, in a fixed order. */
function englishTerms(data: z.infer<GlossarySchema>): { en: string[]; zh: string[] }[] {
  return [
    ...data.terms.map((t) => ({ en: t.en, zh: t.zh })),
    ...data.venues.map((v) => ({ en: [v.en], zh: [v.zh] })),
    ...data.countries.map((c) => ({ en: [c.en], zh: [c.zh] })),
    ...data.organizations.map((o) => ({ en: [o.en, ...(o.aliases ?? [])], zh: [o.zh] })),
    ...data.verbs.map((v) => ({ en: v.en, zh: v.zh })),
  ];
}

/** The stems of every English term (`englishTerms` order, each entry's terms in turn). */
function termStems(data: z.infer<GlossarySchema>): string[][] {
  return englishTerms(data).flatMap((t) => t.en.map((e) => stemKey(e).split(" ").filter(Boolean)));
}

/** The words of `Glossary.vocabulary`. */
function vocabularyOf(data: z.infer<GlossarySchema>): string[] {
  const { terms, bodies, venues, countries, organizations } = data;
  const names = [...terms.flatMap((t) => t.en), ...bodies.flatMap((b) => [b.en, ...b.aliases.en]), ...[...venues, ...countries, ...organizations].map((p) => p.en)];
  return [...new Set(names.flatMap((n) => n.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length >= 5))];
}

/** Builds the lookup helpers over glossary data. */
export function createGlossary(input: GlossaryData): Glossary {
  const data = glossarySchemas().glossarySchema.parse(input);
  return glossaryOf(data, termStems(data));
}

/** A capitalised term of four letters at most ("Add", "Sept", "Cuba"), matched only as written. */
const SHORT_NAME = /^[A-Z][a-z]{0,3}$/;
/** A term written as an acronym ("SAI", "UNODC", "CBMs"). */
const ACRONYM = /^[A-Z][A-Z0-9]{1,7}s?$/;
/** Whether a question's word is the acronym, in any case, or its plural ("unodc", "SAIs"). */
const sameAcronym = (word: string, acronym: string) => {
  const w = word.toLowerCase();
  const a = acronym.toLowerCase();
  return w === a || w === `${a}s` || `${w}s` === a;
};

/** The lookup helpers over validated data, the stems of its English terms (`termStems`) and its vocabulary when known. */
function glossaryOf(data: z.infer<GlossarySchema>, stems: string[][], words?: string[]): Glossary {
  // Each lookup table is made on its first use: a command-line answer loads the glossary and
  // uses one or two of them.
  const lazy = <T>(make: () => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const byId = lazy(() => new Map(data.bodies.map((b) => [b.id, b])));
  const bodyMatcher = lazy(() => createBodyMatcher(data.bodies));

  // English terms by the stem of their first word; a question matches a term when its words'
  // stems follow the term's ("recommendations made" matches "recommendation").
  const termsByStem = lazy(() => {
    const enTerms = new Map<string, { stems: string[]; zh: string[]; en: string; all: string[] }[]>();
    let n = 0;
    for (const { en, zh } of englishTerms(data)) {
      for (const e of en) {
        const termStems = stems[n++];
        if (!termStems.length) continue;
        const list = enTerms.get(termStems[0]) ?? enTerms.set(termStems[0], []).get(termStems[0])!;
        list.push({ stems: termStems, zh, en: e, all: en });
      }
    }
    return enTerms;
  });
  const findTerms = (question: string) => {
    const enTerms = termsByStem();
    const words = englishWords(question.replace(/-/g, " "));
    const found: EnglishConcept[] = [];
    words.forEach((w, i) => {
      for (const t of enTerms.get(w.stem) ?? []) {
        // An acronym is matched as written, not by its stem: "say" is not "SAI". So is a short
        // capitalised term, an abbreviation ("Add." for addendum), a month or a name, which has no
        // inflected forms: "adds" is not "Add".
        // An acronym that is also a common word ("US", "us") is the acronym only in capitals.
        if (ACRONYM.test(t.en) ? !sameAcronym(w.word, t.en) || (isStopWordEn(w.word) && question.slice(w.index, w.index + t.en.length) !== t.en) : SHORT_NAME.test(t.en) && w.word.toLowerCase() !== t.en.toLowerCase()) continue;
        if (!t.stems.every((s, k) => words[i + k]?.stem === s)) continue;
        // So is one inside a longer term: "does it need" is no "IT needs".
        if (t.stems.length > 1 && t.en.split(/\s+/).some((tw, k) => ACRONYM.test(tw) && isStopWordEn(tw) && question.slice(words[i + k].index, words[i + k].index + tw.length) !== tw)) continue;
        found.push({ en: t.en, variants: t.all, zh: t.zh, start: i, end: i + t.stems.length });
      }
    });
    return found;
  };

  const zhToEn = lazy(() => {
    const map = new Map<string, string>();
    for (const p of [...data.venues, ...data.countries, ...data.organizations]) map.set(p.zh, p.en);
    for (const b of data.bodies) {
      map.set(b.zh, b.en);
      if (b.short) map.set(b.short.zh, b.short.en);
    }
    return map;
  });
  const zhNames = lazy(() => [...zhToEn().keys()].sort((a, b) => b.length - a.length));
  const vocabulary = lazy(() => new Set(words ?? vocabularyOf(data)));

  return {
    data,
    bodies: () => data.bodies,
    body: (id) => byId().get(id),
    resolveBodyName: (name) => bodyMatcher().resolve(name),
    findBodies: (text) => bodyMatcher().find(text),
    englishConcepts(question) {
      const found = findTerms(question);
      // Keep the longest match where matches overlap ("public procurement" over "procurement").
      found.sort((a, b) => b.end - b.start - (a.end - a.start));
      const kept: typeof found = [];
      for (const f of found) {
        const same = kept.find((k) => f.start >= k.start && f.end <= k.end);
        if (same) {
          if (f.start === same.start && f.end === same.end) {
            same.zh = [...new Set([...same.zh, ...f.zh])];
            same.variants = [...new Set([...same.variants, ...f.variants])];
          }
          continue;
        }
        kept.push(f);
      }
      return kept.sort((a, b) => a.start - b.start);
    },
    english: (zh) => zhToEn().get(zh),
    translateNames(zh) {
      let s = zh;
      for (const n of zhNames()) if (s.includes(n)) s = s.split(n).join(` ${zhToEn().get(n)} `);
      return s.replace(/\s+/g, " ").trim();
    },
    vocabulary,
  };
}

