/**
 * The bodies a channel can follow, looked up the way people type them in commands: by id, name,
 * short name, abbreviation or alias, in English or Chinese, forgiving case, spaces and punctuation.
 * Everything comes from the glossary (data/terms) the index was built with; names are
 * those of the answer layer (`bodyName`).
 */
import type { Lang } from "../core/types.js";
import { bodyName } from "../answer/compose.js";
import type { BodyEntry, Glossary } from "../knowledge/glossary.js";

/** One body, as the glossary describes it. */
export type BodyInfo = BodyEntry;

/** Looks bodies up by id, name, short name, abbreviation or alias, in either language. */
export interface BodyCatalog {
  /** The glossary the catalog reads (and meetings and venues are named with). */
  readonly glossary: Glossary;
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
  return [b.id, b.en, b.zh, b.short?.en, b.short?.zh, ...b.abbreviations, ...b.aliases.en, ...b.aliases.zh].filter((n): n is string => !!n);
}

/** Builds a catalog over a glossary's bodies. */
export function createBodyCatalog(glossary: Glossary): BodyCatalog {
  const bodies = glossary.bodies();
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
    glossary,
    list: () => bodies.filter((b) => b.uncac),
    get: (id) => glossary.body(id),
    candidates,
    resolve(text) {
      const found = candidates(text);
      return found.length === 1 ? found[0] : undefined;
    },
    name: (id, lang) => bodyName(glossary, id, lang),
  };
}

const catalogs = new WeakMap<object, BodyCatalog>();

/** The catalog of the glossary an index was built with (cached per index). */
export function bodyCatalogOf(index: { readonly glossary: Glossary }): BodyCatalog {
  let catalog = catalogs.get(index);
  if (!catalog) {
    catalog = createBodyCatalog(index.glossary);
    catalogs.set(index, catalog);
  }
  return catalog;
}
