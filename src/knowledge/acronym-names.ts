/**
 * The names acronyms in questions are read against: the titles of the documents, resolutions
 * and agenda items of an index, and the glossary's bodies, organizations and terms, gathered
 * once per build of the index.
 */
import type { KnowledgeIndex } from "./model.js";
import { detectLanguage } from "../core/language.js";
import { stemLine } from "./containment.js";
import { createAcronymExpander, definitionsIn, expandAcronyms, spelledBy, type AcronymExpander } from "./lang/acronyms.js";

interface Acronyms {
  expander: AcronymExpander;
  /** Acronyms the glossary's terms give with their names ("TPNW" -> "Treaty on the Prohibition of Nuclear Weapons"), in each language. */
  spelled: { en: Map<string, string>; zh: Map<string, string> };
  /** Acronyms in bodies' and organizations' names: the body and name matchers read them. */
  abbreviations: Set<string>;
  /** Names the documents give acronyms where they define them, looked up once per acronym. */
  defined: Map<string, string | undefined>;
}

// Kept per build: a live index swaps builds (and their titles) behind one object.
const perBuild = new WeakMap<object, Acronyms>();
const isAcronym = (s: string) => /^[A-Z]{2,}s?$/.test(s);

function acronymsOf(index: KnowledgeIndex): Acronyms {
  let a = perBuild.get(index.graph);
  if (!a) {
    const g = index.glossary.data;
    const spelled = { en: new Map<string, string>(), zh: new Map<string, string>() };
    for (const t of g.terms) {
      const name = t.en.filter((e) => !isAcronym(e)).sort((x, y) => y.length - x.length)[0];
      for (const e of t.en.filter(isAcronym)) {
        if (name && !spelled.en.has(e)) spelled.en.set(e, name);
        if (t.zh[0] && !spelled.zh.has(e)) spelled.zh.set(e, t.zh[0]);
      }
    }
    const glossaryNames = [
      ...g.bodies.flatMap((b) => [b.en, b.short?.en, ...b.aliases.en]),
      ...g.organizations.flatMap((o) => [o.en, ...(o.aliases ?? [])]),
      ...g.terms.flatMap((t) => t.en),
    ].filter((n): n is string => !!n);
    const titles = [
      ...index.documents.flatMap((d) => [d.meta.titleEn, d.meta.language === "en" ? d.meta.title : undefined]),
      ...index.graph.resolutions.map((r) => r.title),
      ...index.graph.agenda.map((i) => i.title),
    ].filter((n): n is string => !!n);
    // Words of bodies' and organizations' names and aliases ("UNCAC" of "uncac cosp", "UNODC").
    const named = [...g.bodies.flatMap((b) => [...b.abbreviations, ...b.aliases.en]), ...g.organizations.flatMap((o) => [o.en, ...(o.aliases ?? [])])];
    const abbreviations = new Set(named.flatMap((x) => x.toUpperCase().match(/\b[A-Z]{2,}\b/g) ?? []));
    a = { expander: createAcronymExpander([...glossaryNames, ...titles]), spelled, abbreviations, defined: new Map() };
    perBuild.set(index.graph, a);
  }
  return a;
}

/** Gathers the names acronyms are read against now (the warm-up at start), so no request pays for it. */
export function prepareAcronyms(index: KnowledgeIndex): void {
  acronymsOf(index);
}

/** How many passages that hold an acronym are read for where a document defines it. */
const DEFINING_PASSAGES = 40;

/** The name the documents give an acronym where they define it ("… disarmament (SSOD-IV)"): the one most passages give. */
function definedName(index: KnowledgeIndex, a: Acronyms, acronym: string): string | undefined {
  const key = acronym.replace(/(?<=[A-Z])s$/, "");
  if (a.defined.has(key)) return a.defined.get(key);
  const counts = new Map<string, number>();
  // Counted whatever their case, given as first written ("United Nations Assistance Mission in Somalia").
  const written = new Map<string, string>();
  for (const hit of index.search(key, { limit: DEFINING_PASSAGES })) {
    for (const name of definitionsIn(hit.passage.text, key)) {
      const lower = name.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
      if (!written.has(lower)) written.set(lower, name);
    }
  }
  const top = [...counts].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length)[0]?.[0];
  const best = top === undefined ? undefined : written.get(top);
  a.defined.set(key, best);
  return best;
}

/** How many passages the rest of a question finds are read for a name an acronym spells. */
const NEAR_PASSAGES = 20;
/** How many of them must hold a name for it to replace the titles' name they do not hold. */
const NEAR_HOLDING = 2;
/** A capitalized name of a text: capitalized words, function words between them ("Programme of Action"). */
const CAPITALIZED_NAME = /\b[A-Z][\p{L}'’-]*(?:\s+(?:(?:of|on|the|and|in|for|to|against|at|by|with|from|under)\s+)*[A-Z][\p{L}'’-]*)+/gu;

/**
 * The capitalized name whose initials an acronym is, among the passages the rest of the question
 * finds: the name most of them spell; the titles' name (`titled`) when those passages hold it too.
 */
function nearName(index: KnowledgeIndex, rest: string, acronym: string, titled: string | undefined): string | undefined {
  if (!/[A-Za-z]{3}/.test(rest)) return undefined;
  const texts = index.search(rest, { limit: NEAR_PASSAGES, ownWords: true }).map((h) => h.passage.text);
  const near = createAcronymExpander(texts.flatMap((t) => t.match(CAPITALIZED_NAME) ?? [])).expand(acronym);
  if (!near || !titled) return near;
  // The titles' name stays unless those passages do not hold it and several hold the other.
  const lines = texts.map(stemLine);
  const holding = (name: string) => {
    const stems = stemLine(name);
    return lines.filter((line) => line.includes(stems)).length;
  };
  return holding(titled) === 0 && holding(near) >= NEAR_HOLDING ? near : titled;
}

/**
 * A question with its acronyms spelled out ("TPNW"): the name the glossary gives with the acronym,
 * or else the name a document gives it where it defines it, or else (in English) the name in the
 * index's titles and the glossary whose initials it is, unless the passages the rest of the
 * question finds do not hold it and several hold another capitalized name it spells, which is
 * then read; with no such title, that capitalized name ("BMS" asked beside a programme of action:
 * the "Biennial Meeting of States" its passages name). Acronyms in the names of bodies and
 * organizations stay: the matchers read them.
 */
export function spellOutAcronyms(text: string, index: KnowledgeIndex): string {
  if (!/[A-Z]{3}/.test(text)) return text;
  const a = acronymsOf(index);
  const { expander, spelled, abbreviations } = a;
  // A Chinese question gets the glossary's Chinese name; the titles' names are English.
  const zh = detectLanguage(text) === "zh";
  const names: AcronymExpander = zh
    ? { expand: (acronym) => spelled.zh.get(acronym) ?? definedName(index, a, acronym) }
    : { expand: (acronym) => spelled.en.get(acronym) ?? definedName(index, a, acronym) };
  const known = (acronym: string) => abbreviations.has(acronym) || index.glossary.findBodies(acronym).length > 0;
  const spelledOut = expandAcronyms(text, names, known);
  if (zh) return spelledOut;
  // What is left is read against the passages the rest of the question finds, the others spelled
  // out ("IWG" beside a sanctions resolution is its "Informal Working Group", not the titles'
  // intergovernmental one; "BMS" beside "SALW", spelled by the titles, a meeting of States); then
  // against the titles.
  const byTitles = (t: string) => expandAcronyms(t, { expand: (acronym) => (t.includes(`(${acronym})`) ? undefined : expander.expand(acronym)) }, known);
  const rest = (acronym: string) => byTitles(spelledOut.replace(new RegExp(`\\b${acronym}\\b`, "g"), " "));
  const nearby = expandAcronyms(spelledOut, { expand: (acronym) => (spelledOut.includes(`(${acronym})`) ? undefined : nearName(index, rest(acronym), acronym, expander.expand(acronym))) }, known);
  return byTitles(nearby);
}

/**
 * A text with each name written out beside its acronym ("Organisation for the Prohibition of
 * Chemical Weapons (OPCW)", as questions are read) written as the acronym alone: what a question
 * counts after "how many" is the noun after the name, not the name's first word.
 */
export function acronymsAlone(text: string): string {
  let out = "";
  let from = 0;
  for (const m of text.matchAll(/\s*\(([A-Z]{2,7}s?)\)/g)) {
    const words = text.slice(from, m.index).split(" ");
    const k = spelledRun(m[1], words);
    out += k ? `${words.slice(0, -k).join(" ")}${words.length > k ? " " : ""}${m[1]}` : text.slice(from, m.index! + m[0].length);
    from = m.index! + m[0].length;
  }
  return out + text.slice(from);
}

/** How many of the last `words` (up to a dozen) are the run whose initials `acronym` is, or undefined. */
function spelledRun(acronym: string, words: string[]): number | undefined {
  for (let n = 1; n <= Math.min(words.length, 12); n++) {
    const run = words.slice(-n);
    if (run.every(Boolean) && spelledBy(acronym, run) === run.join(" ")) return n;
  }
  return undefined;
}
