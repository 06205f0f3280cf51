/**
 * UN terminology, English <-> Chinese (data/glossary.json): bodies with their names, aliases
 * and symbol prefixes; venues, countries and organizations; statement verbs; topic terms used
 * to expand English questions into Chinese search terms.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { BodyId } from "./model.js";

const pair = z.object({ en: z.string(), zh: z.string() });

const bodySchema = z.object({
  id: z.string(),
  en: z.string(),
  zh: z.string(),
  short: z.object({ en: z.string(), zh: z.string() }).optional(),
  abbreviations: z.array(z.string()).default([]),
  symbolPrefix: z.string().nullable().optional(),
  meetingWord: z.object({ en: z.string(), zh: z.string() }).optional(),
  aliases: z.object({ en: z.array(z.string()).default([]), zh: z.array(z.string()).default([]) }).default({ en: [], zh: [] }),
  uncac: z.boolean().optional(),
});

const termSchema = z.object({ en: z.array(z.string()), zh: z.array(z.string()) }).passthrough();

export const glossarySchema = z
  .object({
    version: z.number(),
    bodies: z.array(bodySchema),
    genericBodyWords: z.object({ en: z.array(z.string()), zh: z.array(z.string()) }).optional(),
    venues: z.array(pair).default([]),
    countries: z.array(pair).default([]),
    organizations: z.array(pair.passthrough()).default([]),
    verbs: z.array(z.object({ verb: z.string(), zh: z.array(z.string()), en: z.array(z.string()).default([]) })).default([]),
    terms: z.array(termSchema).default([]),
  })
  .passthrough();

export type GlossaryData = z.infer<typeof glossarySchema>;
export type BodyEntry = z.infer<typeof bodySchema>;

/** Lookup helpers over the glossary. */
export interface Glossary {
  readonly data: GlossaryData;
  bodies(): BodyEntry[];
  body(id: BodyId): BodyEntry | undefined;
  /** Resolves a printed Chinese or English body name ("预防腐败问题不限成员名额政府间工作组") to its id. */
  resolveBodyName(name: string): BodyId | undefined;
  /** Finds body mentions in text (longest aliases first); returns ids with positions. */
  findBodies(text: string): { id: BodyId; index: number; length: number }[];
  /** Chinese search terms for the English words and phrases found in a question. */
  expandEnglish(question: string): string[];
  /** The English terms found in a question, each with its Chinese variants (longest matches only). */
  englishConcepts(question: string): { en: string; zh: string[] }[];
  /** English name of a Chinese place, country or organization, when known. */
  english(zh: string): string | undefined;
  /** Replaces known Chinese names (bodies, venues, countries) in a short phrase with English. */
  translateNames(zh: string): string;
}

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();

/** Loads and validates data/glossary.json. @throws Error naming the file and the bad field. */
export function loadGlossary(file: string): Glossary {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`Cannot read glossary ${file}: ${(e as Error).message}`);
  }
  const r = glossarySchema.safeParse(raw);
  if (!r.success) throw new Error(`Invalid glossary ${file}: ${r.error.issues.slice(0, 5).map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return createGlossary(r.data);
}

/** Builds the lookup helpers over glossary data. */
export function createGlossary(data: GlossaryData): Glossary {
  const byId = new Map(data.bodies.map((b) => [b.id, b]));
  // Body name patterns, longest first so "资产追回问题工作组" wins over "工作组".
  const bodyPatterns: { id: string; text: string; latin: boolean; spaced?: RegExp }[] = [];
  for (const b of data.bodies) {
    const names = new Set<string>([b.zh, b.en, ...(b.short ? [b.short.zh, b.short.en] : []), ...b.abbreviations, ...b.aliases.en, ...b.aliases.zh]);
    for (const n of names) {
      if (!n || n.trim().length < 2) continue;
      const text = n.trim();
      const latin = /^[\x00-\x7f]+$/.test(text);
      // Chinese documents set numbers off with spaces ("20 国集团反腐败工作组"); glossary names do not.
      const parts = latin ? [] : text.split(/(?<=\d)(?=\D)|(?<=\D)(?=\d)/);
      bodyPatterns.push({ id: b.id, text, latin, spaced: parts.length > 1 ? new RegExp(parts.map(escapeRe).join("\\s*"), "g") : undefined });
    }
  }
  bodyPatterns.sort((a, b) => b.text.length - a.text.length);

  const enTerms: { pattern: RegExp; zh: string[]; en: string }[] = [];
  const addTerm = (en: string[], zh: string[]) => {
    for (const e of en) {
      const words = norm(e).split(" ").map(escapeRe).map(stemPattern);
      if (!words.join("")) continue;
      enTerms.push({ pattern: new RegExp(`(?:^|[^a-z])(${words.join("[\\s-]+")})(?=$|[^a-z])`, "i"), zh, en: e });
    }
  };
  for (const t of data.terms) addTerm(t.en, t.zh);
  for (const v of data.venues) addTerm([v.en], [v.zh]);
  for (const c of data.countries) addTerm([c.en], [c.zh]);
  for (const o of data.organizations) addTerm([o.en, ...(((o as Record<string, unknown>).aliases as string[] | undefined) ?? [])], [o.zh]);
  for (const v of data.verbs) addTerm(v.en, v.zh);

  const zhToEn = new Map<string, string>();
  for (const p of [...data.venues, ...data.countries, ...data.organizations]) zhToEn.set(p.zh, p.en);
  for (const b of data.bodies) {
    zhToEn.set(b.zh, b.en);
    if (b.short) zhToEn.set(b.short.zh, b.short.en);
  }
  const zhNames = [...zhToEn.keys()].sort((a, b) => b.length - a.length);

  return {
    data,
    bodies: () => data.bodies,
    body: (id) => byId.get(id),
    resolveBodyName(name) {
      const t = name.trim();
      const exact = data.bodies.find((b) => b.zh === t || b.en.toLowerCase() === t.toLowerCase() || b.short?.zh === t);
      if (exact) return exact.id;
      return this.findBodies(t)[0]?.id;
    },
    findBodies(text) {
      const out: { id: BodyId; index: number; length: number }[] = [];
      const taken: boolean[] = [];
      const lower = text.toLowerCase();
      for (const p of bodyPatterns) {
        const needle = p.latin ? p.text.toLowerCase() : p.text;
        const hay = p.latin ? lower : text;
        const found: [number, number][] = [];
        if (p.spaced) for (const m of hay.matchAll(p.spaced)) found.push([m.index!, m[0].length]);
        else for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) found.push([i, needle.length]);
        for (const [i, length] of found) {
          if (p.latin && (/[a-z0-9]/i.test(hay[i - 1] ?? "") || /[a-z0-9]/i.test(hay[i + length] ?? ""))) continue;
          let free = true;
          for (let k = i; k < i + length; k++) if (taken[k]) free = false;
          if (!free) continue;
          for (let k = i; k < i + length; k++) taken[k] = true;
          out.push({ id: p.id, index: i, length });
        }
      }
      return out.sort((a, b) => a.index - b.index);
    },
    expandEnglish(question) {
      const q = norm(question);
      const out = new Set<string>();
      for (const t of enTerms) if (t.pattern.test(q)) for (const z of t.zh) out.add(z);
      return [...out];
    },
    englishConcepts(question) {
      const q = norm(question);
      const found: { en: string; zh: string[]; start: number; end: number }[] = [];
      for (const t of enTerms) {
        const m = t.pattern.exec(q);
        if (!m) continue;
        const start = m.index + m[0].indexOf(m[1]);
        found.push({ en: t.en, zh: t.zh, start, end: start + m[1].length });
      }
      // Keep the longest match where matches overlap ("public procurement" over "procurement").
      found.sort((a, b) => b.end - b.start - (a.end - a.start));
      const kept: typeof found = [];
      for (const f of found) {
        const same = kept.find((k) => f.start >= k.start && f.end <= k.end);
        if (same) {
          if (f.start === same.start && f.end === same.end) same.zh = [...new Set([...same.zh, ...f.zh])];
          continue;
        }
        kept.push(f);
      }
      return kept.sort((a, b) => a.start - b.start).map(({ en, zh }) => ({ en, zh }));
    },
    english: (zh) => zhToEn.get(zh),
    translateNames(zh) {
      let s = zh;
      for (const n of zhNames) if (s.includes(n)) s = s.split(n).join(` ${zhToEn.get(n)} `);
      return s.replace(/\s+/g, " ").trim();
    },
  };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Lets "recommendation" match "recommendations", "request" match "requested". */
function stemPattern(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith("y")) return `${word.slice(0, -1)}(?:y|ies|ied)`;
  if (word.endsWith("e")) return `${word}(?:s|d)?`;
  return `${word}(?:s|es|ed|ing)?`;
}
