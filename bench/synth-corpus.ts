/**
 * Synthesizes a large corpus from the seed documents, so the benchmark measures an index that
 * really grows: each copy of a seed gets its own years, months and days (kept valid, weekdays
 * recomputed), meeting ordinals (Chinese numerals or digits), resolution numbers, document
 * symbols, subsidiary bodies (names and symbol prefixes swapped among the bodies of the
 * glossary), venue and countries. Deterministic for a given seed number.
 */
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseChineseNumber, toChineseNumber } from "../src/knowledge/text.js";
import { createRng, deriveSeed, type Rng } from "./prng.js";

/** The parts of the glossary (data/terms/) the synthesizer uses. */
export interface SynthGlossary {
  bodies: { id: string; zh: string; short?: { zh?: string }; aliases?: { zh?: string[] }; symbolPrefix?: string | null }[];
  venues?: { en: string; zh: string }[];
  countries?: { en: string; zh: string }[];
}

/** Reads the bodies and places of a glossary folder. */
export function readSynthGlossary(dir: string): SynthGlossary {
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), "utf8"));
  const bodies = read("bodies.json");
  const places = read("places.json");
  return { bodies: [...bodies.bodies, ...(bodies.externalBodies ?? [])], venues: places.venues, countries: places.countries };
}

/** How one copy differs from its seed. */
export interface Variant {
  yearShift: number;
  /** Chosen so that every month in the document stays within 1..12 (no wrap, order kept). */
  monthShift: number;
  dayShift: number;
  /** Added to meeting ordinals and to the session part of resolution numbers. */
  ordinalShift: number;
  /** Added to the number part of resolution numbers ("10/3" -> "10/5"). */
  resolutionShift: number;
  /** Added to the running number of document symbols ("…/2024/3" -> "…/2024/17"). */
  symbolShift: number;
  /** Write Chinese ordinals as digits ("第 17 届会议") instead of numerals ("第十七届会议"). */
  digitOrdinals: boolean;
  /** Body id -> body id (a permutation of the subsidiary bodies). */
  bodies: Record<string, string>;
  /** Name as printed -> replacement (body names, countries, the venue). */
  names: Map<string, string>;
}

export interface SynthesizeConfig {
  /** Folder with the seed `*.txt` documents and their `*.meta.json` sidecars. */
  seedsDir: string;
  glossaryDir: string;
  /** Output data folder: gets `documents/` and a copy of the glossary folder `terms/`. */
  outDir: string;
  /** Total documents, seeds included (the seeds are copied unchanged first). */
  count: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SynthesizedCorpus {
  dataDir: string;
  documentsDir: string;
  glossaryDir: string;
  documents: number;
  /** Bytes of document text written (sidecars excluded). */
  textBytes: number;
}

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS_ZH = ["日", "一", "二", "三", "四", "五", "六"];

/** Bodies whose names and symbol prefixes can stand in for one another in a document. */
const SWAPPABLE = /^CAC\/COSP\/(?:WG\.\d|IRG|EG\.\d)$/;

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Maps a calendar date through the variant; always a valid date. */
export function shiftDate(v: Variant, y: number, m: number, d: number): [number, number, number] {
  const y2 = y + v.yearShift;
  const m2 = clamp(m + v.monthShift, 1, 12);
  return [y2, m2, clamp(d + v.dayShift, 1, daysInMonth(y2, m2))];
}

const isoOf = ([y, m, d]: [number, number, number]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** Months mentioned in a text (Chinese "6 月", English month names, ISO dates). */
function monthsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<![\d./])(\d{1,2})(?=\s*月)/g)) if (+m[1] >= 1 && +m[1] <= 12) out.push(+m[1]);
  for (const m of text.matchAll(new RegExp(`\\b(${EN_MONTHS.join("|")})\\b`, "g"))) out.push(EN_MONTHS.indexOf(m[1]) + 1);
  for (const m of text.matchAll(/\b\d{4}-(\d{2})-\d{2}\b/g)) out.push(+m[1]);
  return out;
}

/** Meeting ordinals and resolution sessions in a text (to keep shifted ordinals >= 1). */
function ordinalsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(ORDINAL_RE)) out.push(parseChineseNumber(m[2]) ?? 1);
  for (const m of text.matchAll(RESOLUTION_RE)) out.push(+m[1]);
  for (const m of text.matchAll(/"ordinal":\s*(\d+)/g)) out.push(+m[1]);
  return out;
}

const ORDINAL_RE = /第(\s*)([一二三四五六七八九十百]+|\d+)(\s*)(届会议|次会议|届)/g;
const RESOLUTION_RE = /(?<![\d/])(\d{1,2})(\s*\/\s*)(\d{1,2})(?=\s*号\s*(?:决议|决定))/g;
const SYMBOL_RE = /CAC\/COSP(\/(?:WG\.\d|IRG|EG\.\d))?\/(\d{4})\/((?:CRP\.|L\.)?)(\d+)/g;
const DATE_RE = new RegExp(
  [
    // English: "20 April 2020", "4-6 September 2019".
    `(?<en>(?<!\\d)(?<ed1>\\d{1,2})(?:(?<esep>\\s*[-–]\\s*)(?<ed2>\\d{1,2}))?\\s+(?<emon>${EN_MONTHS.join("|")})\\s+(?<ey>\\d{4}))`,
    // Chinese tokens, read left to right so "2019 年 9 月 4 日至 6 日" keeps its month for the end day.
    // A year before "年", or the first year of a range ("2024-2025 年").
    `(?<y>(?<![\\d/])\\d{4}(?=\\s*(?:[-–至]\\s*\\d{4}\\s*)?年)(?!\\s*年\\s*(?:可持续发展)?议程))`,
    `(?<m>(?<![\\d./])\\d{1,2}(?=\\s*月))`,
    `(?<d>(?<![\\d./])\\d{1,2})(?<dsuf>\\s*日(?!内瓦))(?:(?<wpre>\\s*[，,]?\\s*星期)[一二三四五六日天])?`,
  ].join("|"),
  "g",
);

/** Shifts every date in a text; weekdays printed after a date are recomputed. */
export function shiftDatesInText(text: string, v: Variant): string {
  let year = 2001;
  let month = 1;
  let newYear = year + v.yearShift;
  let newMonth = month;
  return text.replace(DATE_RE, (...args) => {
    const match = args[0] as string;
    const g = args[args.length - 1] as Record<string, string | undefined>;
    if (g.en) {
      const y = +g.ey!;
      const m = EN_MONTHS.indexOf(g.emon!) + 1;
      const [y2, m2, d1] = shiftDate(v, y, m, +g.ed1!);
      const d2 = g.ed2 ? `${g.esep}${shiftDate(v, y, m, +g.ed2)[2]}` : "";
      return `${d1}${d2} ${EN_MONTHS[m2 - 1]} ${y2}`;
    }
    if (g.y) {
      year = +g.y;
      newYear = year + v.yearShift;
      return String(newYear);
    }
    if (g.m) {
      month = +g.m;
      if (month < 1 || month > 12) return match;
      newMonth = clamp(month + v.monthShift, 1, 12);
      return String(newMonth);
    }
    const d = clamp(+g.d! + v.dayShift, 1, daysInMonth(newYear, newMonth));
    let out = `${d}${g.dsuf}`;
    if (g.wpre) out += `${g.wpre}${WEEKDAYS_ZH[new Date(Date.UTC(newYear, newMonth - 1, d)).getUTCDay()]}`;
    return out;
  });
}

/** Applies a variant to a document's text. */
export function varyText(text: string, v: Variant, prefixes: Map<string, string>): string {
  let t = shiftDatesInText(text, v);
  t = t.replace(SYMBOL_RE, (_m, body: string | undefined, year: string, kind: string, n: string) => {
    const prefix = body ? (prefixes.get(`CAC/COSP${body}`) ?? `CAC/COSP${body}`) : "CAC/COSP";
    return `${prefix}/${+year + v.yearShift}/${kind}${+n + v.symbolShift}`;
  });
  t = t.replace(RESOLUTION_RE, (_m, s: string, sep: string, n: string) => `${Math.max(1, +s + v.ordinalShift)}${sep}${+n + v.resolutionShift}`);
  t = t.replace(ORDINAL_RE, (_m, sp1: string, n: string, sp2: string, word: string) => {
    const value = Math.max(1, (parseChineseNumber(n) ?? 1) + v.ordinalShift);
    return /\d/.test(n) || v.digitOrdinals ? `第 ${value} ${word}` : `第${sp1}${toChineseNumber(value)}${sp2}${word}`;
  });
  if (v.names.size) {
    const re = new RegExp([...v.names.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join("|"), "g");
    t = t.replace(re, (m) => v.names.get(m) ?? m);
  }
  return t;
}

/** Applies a variant to a sidecar (JSON text), keeping it valid for the sidecar schema. */
export function varySidecar(json: string, v: Variant, prefixes: Map<string, string>, seedFile: string): string {
  const s = JSON.parse(json) as Record<string, unknown> & {
    meeting?: Record<string, unknown>;
    agendaItem?: Record<string, unknown>;
  };
  const text = (x: unknown) => (typeof x === "string" ? varyText(x, v, prefixes) : x);
  const iso = (x: unknown) => {
    const m = typeof x === "string" ? x.match(/^(\d{4})-(\d{2})-(\d{2})$/) : null;
    return m ? isoOf(shiftDate(v, +m[1], +m[2], +m[3])) : x;
  };
  const out: Record<string, unknown> = { ...s };
  for (const k of ["symbol", "title", "agendaSymbol"]) if (k in s) out[k] = text(s[k]);
  if ("date" in s) out.date = iso(s.date);
  if (typeof s.body === "string") out.body = v.bodies[s.body] ?? s.body;
  if (s.meeting) {
    const m = { ...s.meeting };
    if (typeof m.ordinal === "number") m.ordinal = Math.max(1, m.ordinal + v.ordinalShift);
    m.start = iso(m.start);
    m.end = iso(m.end);
    if (typeof m.venue === "string") m.venue = text(m.venue);
    for (const k of Object.keys(m)) if (m[k] === undefined) delete m[k];
    out.meeting = m;
  }
  if (s.agendaItem) out.agendaItem = { ...s.agendaItem, ...(s.agendaItem.title !== undefined ? { title: text(s.agendaItem.title) } : {}) };
  out.note = `Synthesized for the benchmark from ${seedFile}.`;
  return JSON.stringify(out, null, 2);
}

/** Symbol prefix -> symbol prefix, following the body permutation. */
export function prefixMap(glossary: SynthGlossary, bodies: Record<string, string>): Map<string, string> {
  const byId = new Map(glossary.bodies.map((b) => [b.id, b]));
  const out = new Map<string, string>();
  for (const [from, to] of Object.entries(bodies)) {
    const a = byId.get(from)?.symbolPrefix;
    const b = byId.get(to)?.symbolPrefix;
    if (a && b) out.set(a, b);
  }
  return out;
}

/** Draws a variant for one copy of a document (text and sidecar decide the safe ranges). */
export function drawVariant(rng: Rng, glossary: SynthGlossary, text: string, sidecar = ""): Variant {
  const both = `${text}\n${sidecar}`;
  const months = monthsIn(both);
  const ordinals = ordinalsIn(both);
  const minMonth = months.length ? Math.min(...months) : 1;
  const maxMonth = months.length ? Math.max(...months) : 12;
  const minOrdinal = ordinals.length ? Math.min(...ordinals) : 1;

  const swappable = glossary.bodies.filter((b) => b.symbolPrefix && SWAPPABLE.test(b.symbolPrefix));
  const targets = rng.shuffle(swappable);
  const bodies: Record<string, string> = {};
  const names = new Map<string, string>();
  swappable.forEach((from, i) => {
    const to = targets[i];
    bodies[from.id] = to.id;
    const short = to.short?.zh ?? to.zh;
    // Longer aliases read as full names, shorter ones as the short name.
    for (const alias of [...(from.aliases?.zh ?? []), from.short?.zh ?? ""]) {
      if (alias) names.set(alias, alias.length >= from.zh.length ? to.zh : short);
    }
    names.set(from.zh, to.zh);
  });
  const countries = (glossary.countries ?? []).map((c) => c.zh);
  rng.shuffle(countries).forEach((to, i) => names.set(countries[i], to));
  const cities = (glossary.venues ?? []).map((x) => x.zh).filter((z) => z !== "维也纳" && !/[A-Z0-9]|楼|厅|中心|总部/.test(z));
  if (rng.next() < 0.5 && cities.length) {
    names.set("维也纳", rng.pick(cities));
    // Keeps the building's name whole when the city changes.
    names.set("维也纳国际中心", "维也纳国际中心");
  }
  return {
    yearShift: rng.int(-8, 6),
    monthShift: rng.int(Math.max(-2, 1 - minMonth), Math.min(2, 12 - maxMonth)),
    dayShift: rng.int(-3, 3),
    ordinalShift: rng.int(Math.max(-4, 1 - minOrdinal), 25),
    resolutionShift: rng.int(0, 6),
    symbolShift: rng.int(0, 40),
    digitOrdinals: rng.next() < 0.25,
    bodies,
    names,
  };
}

/** Reads the seed folder: `*.txt` files with their optional sidecars, sorted by name. */
export function readSeeds(seedsDir: string): { stem: string; text: string; sidecar?: string }[] {
  const names = readdirSync(seedsDir).sort();
  return names
    .filter((n) => n.endsWith(".txt"))
    .map((file) => {
      const stem = file.slice(0, -4);
      const side = `${stem}.meta.json`;
      return { stem, text: readFileSync(join(seedsDir, file), "utf8"), sidecar: names.includes(side) ? readFileSync(join(seedsDir, side), "utf8") : undefined };
    });
}

/** Writes the synthesized corpus into `outDir/documents` (seeds first, unchanged). */
export function synthesizeCorpus(config: SynthesizeConfig): SynthesizedCorpus {
  const glossary = readSynthGlossary(config.glossaryDir);
  const seeds = readSeeds(config.seedsDir);
  if (!seeds.length) throw new Error(`No seed documents (*.txt) in ${config.seedsDir}`);
  const documentsDir = join(config.outDir, "documents");
  mkdirSync(documentsDir, { recursive: true });
  const glossaryDir = join(config.outDir, "terms");
  cpSync(config.glossaryDir, glossaryDir, { recursive: true });

  const runSeed = config.seed ?? 20240903;
  let textBytes = 0;
  const write = (stem: string, text: string, sidecar?: string) => {
    writeFileSync(join(documentsDir, `${stem}.txt`), text);
    if (sidecar !== undefined) writeFileSync(join(documentsDir, `${stem}.meta.json`), sidecar);
    textBytes += Buffer.byteLength(text);
  };
  const total = Math.max(config.count, 0);
  const width = String(total).length;
  for (let i = 0; i < total; i++) {
    if (i < seeds.length) {
      write(seeds[i].stem, seeds[i].text, seeds[i].sidecar);
    } else {
      const s = seeds[i % seeds.length];
      const rng = createRng(deriveSeed(runSeed, i));
      const v = drawVariant(rng, glossary, s.text, s.sidecar);
      const prefixes = prefixMap(glossary, v.bodies);
      write(
        `syn-${String(i).padStart(width, "0")}-${s.stem}`,
        varyText(s.text, v, prefixes),
        s.sidecar !== undefined ? varySidecar(s.sidecar, v, prefixes, `${s.stem}.txt`) : undefined,
      );
    }
    if ((i + 1) % 100 === 0 || i + 1 === total) config.onProgress?.(i + 1, total);
  }
  return { dataDir: config.outDir, documentsDir, glossaryDir, documents: total, textBytes };
}
