/**
 * Names a document writes in full and then by a short form ("the Joint Convention on the Safety
 * of Spent Fuel Management and on the Safety of Radioactive Waste Management", then "the Joint
 * Convention entered into force on …") or by an acronym it defines ("African Union-United Nations
 * Hybrid Operation in Darfur (UNAMID)", then "the mandate of UNAMID"): a passage that uses the
 * short form is about what the full name says.
 */
import { definitionsIn, type KnowledgeIndex, type ParsedDocument, type Passage } from "../knowledge/index.js";
import { wholeText } from "./whole-text.js";

/** A capitalised name ending in a kind of instrument, and what follows it ("… Convention on the Safety of …"). */
const FULL_NAME = /\b((?:[A-Z][a-z]+[ -]){0,3}(?:Convention|Treaty|Register|Agreement|Protocol|Programme|Mechanism|Declaration|Code|Instrument))\s+(?:on|of|for|against|between)\s+(?:[A-Z][\w'’-]*|of|on|the|and|in|for|to|its|their)(?:[ ,-]+(?:[A-Z][\w'’-]*|of|on|the|and|in|for|to|its|their))*/g;
const TRAILING = /(?:[\s,]+(?:of|on|the|and|in|for|to|its|their))+$/;
/** Words a full name must hold to be worth its short form. */
const MIN_WORDS = 4;

/**
 * What a document defines, worked out by `make` once per document object (a live index's new
 * build has new ones); nothing for an unknown id.
 */
function perDocument<T>(cache: WeakMap<object, T>, index: KnowledgeIndex, docId: string, make: (doc: ParsedDocument) => T, none: T): T {
  const doc = index.document(docId);
  if (!doc) return none;
  let value = cache.get(doc);
  if (value === undefined) cache.set(doc, (value = make(doc)));
  return value;
}

const shortForms = new WeakMap<object, Map<string, string>>();

/** A document's short forms and the one full name each stands for (a short form of two names stands for neither). */
const shortFormsOf = (index: KnowledgeIndex, docId: string): Map<string, string> => perDocument(shortForms, index, docId, readShortForms, new Map());
function readShortForms(doc: ParsedDocument): Map<string, string> {
  const fulls = new Map<string, Set<string>>();
  for (const p of doc.passages) {
    for (const m of p.text.matchAll(FULL_NAME)) {
      const full = m[0].replace(TRAILING, "");
      if (full.split(/\s+/).length < MIN_WORDS) continue;
      const head = m[1].trim();
      for (const short of new Set([head, `the ${head.split(/[ -]/).pop()}`])) (fulls.get(short) ?? fulls.set(short, new Set()).get(short)!).add(full);
    }
  }
  return new Map([...fulls].filter(([, f]) => f.size === 1).map(([short, f]) => [short, [...f][0]]));
}

/** The full names a passage refers to by their short forms only, as one text. */
export function definedNames(index: KnowledgeIndex, p: Pick<Passage, "docId" | "text">): string {
  const out: string[] = [];
  for (const [short, full] of shortFormsOf(index, p.docId)) if (p.text.includes(short) && !p.text.includes(full)) out.push(full);
  return out.join(" \n ");
}

/**
 * The names its document gives the acronyms a passage writes, as one text: a later paragraph that
 * writes only the acronym says the name, in a question's words or a translation of them.
 */
export function acronymNames(index: KnowledgeIndex, p: Pick<Passage, "docId" | "text">): string {
  const defined = perDocument(acronyms, index, p.docId, readAcronyms, NO_ACRONYMS);
  // (Most documents define none: their passages, weighed many times over, are not read for them.)
  if (!defined.size) return "";
  let names = "";
  for (const m of p.text.matchAll(ACRONYM_WRITTEN)) {
    const name = defined.get(m[0]);
    if (name && !p.text.includes(name)) names += ` ${name}`;
  }
  return names;
}
/** An acronym a passage writes: three to eight capitals. */
const ACRONYM_WRITTEN = /(?<![A-Za-z])[A-Z]{3,8}(?![A-Za-z])/g;
/** An acronym defined in brackets after its name: "(UNAMID)". */
const ACRONYM_DEFINED = /\(\s*([A-Z]{3,8})\s*\)/g;
/** A name of two capitalized words or more, joined by "of", "in", "for" …, ending a text. */
const NAME_BEFORE_BRACKET = /((?:[A-Z][\w’'.-]*(?:\s+(?:of|in|for|on|and|the|to)\s+|\s+|-)){1,9}[A-Z][\w’'.-]*)\s*$/;

const acronyms = new WeakMap<object, Map<string, string>>();
const NO_ACRONYMS = new Map<string, string>();

/**
 * A document's acronyms and the name it first defines each by: by the acronym's letters, else the
 * capitalized name just before the bracket ("… Hybrid Operation in Darfur (UNAMID)").
 */
function readAcronyms(doc: ParsedDocument): Map<string, string> {
  const defined = new Map<string, string>();
  const text = wholeText(doc);
  for (const m of text.matchAll(ACRONYM_DEFINED)) {
    if (defined.has(m[1])) continue;
    const name = definitionsIn(text, m[1])[0] ?? text.slice(Math.max(0, m.index - 200), m.index).match(NAME_BEFORE_BRACKET)?.[1];
    if (name) defined.set(m[1], name);
  }
  return defined;
}
