/**
 * The bodies a channel can follow, with their names and abbreviations in English and Chinese.
 * Names come from data/glossary.json `bodies[]`; a built-in list covers the six canonical bodies
 * so that a glossary still being written never leaves a body nameless.
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { Lang } from "../core/types.js";

/** One body, as the glossary describes it. */
export interface BodyInfo {
  id: string;
  en: string;
  zh: string;
  short: { en: string; zh: string };
  abbreviations: string[];
  aliases: { en: string[]; zh: string[] };
}

const glossaryBodySchema = z.object({
  id: z.string().min(1),
  en: z.string().min(1),
  zh: z.string().min(1),
  short: z.object({ en: z.string(), zh: z.string() }).partial().optional(),
  abbreviations: z.array(z.string()).optional(),
  aliases: z.object({ en: z.array(z.string()).optional(), zh: z.array(z.string()).optional() }).optional(),
  uncac: z.boolean().optional(),
});

/** Built-in names for the canonical bodies; glossary entries with the same id replace them. */
export const DEFAULT_BODIES: BodyInfo[] = [
  {
    id: "cosp",
    en: "Conference of the States Parties to the United Nations Convention against Corruption",
    zh: "联合国反腐败公约缔约国会议",
    short: { en: "Conference of the States Parties", zh: "缔约国会议" },
    abbreviations: ["COSP", "CoSP"],
    aliases: { en: ["conference", "states parties conference"], zh: ["缔约国大会"] },
  },
  {
    id: "wg-prevention",
    en: "Open-ended Intergovernmental Working Group on the Prevention of Corruption",
    zh: "预防腐败问题不限成员名额政府间工作组",
    short: { en: "Working Group on Prevention", zh: "预防工作组" },
    abbreviations: ["WG.4", "WGP"],
    aliases: { en: ["prevention working group", "working group on prevention", "prevention"], zh: ["预防腐败工作组", "预防腐败问题工作组"] },
  },
  {
    id: "irg",
    en: "Implementation Review Group",
    zh: "实施情况审议组",
    short: { en: "Implementation Review Group", zh: "审议组" },
    abbreviations: ["IRG", "WG.1"],
    aliases: { en: ["implementation review", "review group"], zh: ["履约审议组", "实施审议组"] },
  },
  {
    id: "wg-asset-recovery",
    en: "Open-ended Intergovernmental Working Group on Asset Recovery",
    zh: "追回资产问题不限成员名额政府间工作组",
    short: { en: "Working Group on Asset Recovery", zh: "追回资产工作组" },
    abbreviations: ["WG.2"],
    aliases: { en: ["asset recovery working group", "asset recovery"], zh: ["资产追回工作组"] },
  },
  {
    id: "eg-cooperation",
    en: "Open-ended Intergovernmental Expert Meeting to Enhance International Cooperation under the United Nations Convention against Corruption",
    zh: "增进《联合国反腐败公约》下国际合作不限成员名额政府间专家会议",
    short: { en: "Expert Meeting on International Cooperation", zh: "国际合作专家会议" },
    abbreviations: ["EG.1"],
    aliases: { en: ["international cooperation", "expert meeting"], zh: ["国际合作问题专家会议"] },
  },
  {
    id: "ungass",
    en: "Special session of the General Assembly against corruption",
    zh: "大会反腐败特别会议",
    short: { en: "UNGASS against corruption", zh: "反腐败特别会议" },
    abbreviations: ["UNGASS", "UNGASS 2021"],
    aliases: { en: ["special session"], zh: ["特别会议"] },
  },
];

/** Looks bodies up by id, name, short name, abbreviation or alias, in either language. */
export interface BodyCatalog {
  /** The bodies a channel would follow: the Convention's bodies (other bodies still resolve). */
  list(): BodyInfo[];
  get(id: string): BodyInfo | undefined;
  /** The single body `text` names, or undefined when it names none or several. */
  resolve(text: string): BodyInfo | undefined;
  /** Bodies `text` could mean (for "did you mean" lists). */
  candidates(text: string): BodyInfo[];
  /** Short display name in a language, falling back to the id. */
  name(id: string, lang: Lang): string;
}

// Matching ignores case, spaces, punctuation and Chinese book-title marks, so "wg 4", "WG.4" and
// "《预防》工作组" compare by their letters.
const norm = (s: string) => s.toLowerCase().replace(/[\s.\-_,;:'"“”‘’《》（）()·、，。]/g, "");

function namesOf(b: BodyInfo): string[] {
  return [b.id, b.en, b.zh, b.short.en, b.short.zh, ...b.abbreviations, ...b.aliases.en, ...b.aliases.zh].filter(Boolean);
}

/** Builds a catalog from glossary entries laid over the built-in list. */
export function createBodyCatalog(entries: readonly unknown[] = []): BodyCatalog {
  const byId = new Map(DEFAULT_BODIES.map((b) => [b.id, b]));
  const listed = new Set(DEFAULT_BODIES.map((b) => b.id));
  for (const raw of entries) {
    const parsed = glossaryBodySchema.safeParse(raw);
    if (!parsed.success) continue;
    const g = parsed.data;
    if (g.uncac) listed.add(g.id);
    const base = byId.get(g.id);
    byId.set(g.id, {
      id: g.id,
      en: g.en,
      zh: g.zh,
      short: { en: g.short?.en || base?.short.en || g.en, zh: g.short?.zh || base?.short.zh || g.zh },
      abbreviations: [...new Set([...(g.abbreviations ?? []), ...(base?.abbreviations ?? [])])],
      aliases: {
        en: [...new Set([...(g.aliases?.en ?? []), ...(base?.aliases.en ?? [])])],
        zh: [...new Set([...(g.aliases?.zh ?? []), ...(base?.aliases.zh ?? [])])],
      },
    });
  }
  const bodies = [...byId.values()];
  const candidates = (text: string): BodyInfo[] => {
    const q = norm(text);
    if (!q) return [];
    const exact = bodies.filter((b) => namesOf(b).some((n) => norm(n) === q));
    if (exact.length) return exact;
    // Partial matches only for queries long enough to mean something ("prev", "预防").
    const longEnough = /[\u4e00-\u9fff]/.test(q) ? q.length >= 2 : q.length >= 4;
    if (!longEnough) return [];
    return bodies.filter((b) => namesOf(b).some((n) => norm(n).includes(q) || (norm(n).length >= 4 && q.includes(norm(n)))));
  };
  return {
    list: () => bodies.filter((b) => listed.has(b.id)),
    get: (id) => byId.get(id),
    candidates,
    resolve(text) {
      const found = candidates(text);
      return found.length === 1 ? found[0] : undefined;
    },
    name(id, lang) {
      const b = byId.get(id);
      return b ? b.short[lang] : id;
    },
  };
}

/** Reads `bodies[]` of the glossary file; a missing or unreadable glossary leaves the built-in list. */
export async function loadBodyCatalog(glossaryFile: string): Promise<BodyCatalog> {
  try {
    const json = JSON.parse(await readFile(glossaryFile, "utf8")) as { bodies?: unknown };
    return createBodyCatalog(Array.isArray(json.bodies) ? json.bodies : []);
  } catch {
    return createBodyCatalog();
  }
}

const catalogs = new WeakMap<object, BodyCatalog>();

/** The catalog of the glossary an index was built with (cached per index). */
export function bodyCatalogOf(index: { readonly glossary?: { bodies(): readonly unknown[] } }): BodyCatalog {
  let catalog = catalogs.get(index);
  if (!catalog) {
    catalog = createBodyCatalog(index.glossary?.bodies() ?? []);
    catalogs.set(index, catalog);
  }
  return catalog;
}
