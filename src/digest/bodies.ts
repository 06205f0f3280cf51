/**
 * The bodies a channel can follow, looked up the way people type them in commands: by id, name,
 * short name, abbreviation or alias, in English or Chinese, forgiving case, spaces and punctuation.
 * Everything comes from the glossary (data/terms) the index was built with; names are
 * those of the answer layer (`bodyName`).
 */
import type { Lang } from "../core/types.js";
import { bodyName } from "../answer/compose.js";
import type { BodyEntry, Glossary } from "../knowledge/index.js";
import { createBodyMatcher } from "../knowledge/index.js";

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

/** Builds a catalog over a glossary's bodies. */
export function createBodyCatalog(glossary: Glossary): BodyCatalog {
  const bodies = glossary.bodies();
  const matcher = createBodyMatcher(bodies);
  const candidates = (text: string): BodyInfo[] => matcher.candidates(text).map((id) => glossary.body(id)!);
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
