/**
 * Names a document writes in full and then by a short form ("the Joint Convention on the Safety
 * of Spent Fuel Management and on the Safety of Radioactive Waste Management", then "the Joint
 * Convention entered into force on …"): a passage that uses the short form is about what the full
 * name says.
 */
import type { KnowledgeIndex, Passage } from "../knowledge/index.js";

/** A capitalised name ending in a kind of instrument, and what follows it ("… Convention on the Safety of …"). */
const FULL_NAME = /\b((?:[A-Z][a-z]+[ -]){0,3}(?:Convention|Treaty|Register|Agreement|Protocol|Programme|Mechanism|Declaration|Code|Instrument))\s+(?:on|of|for|against|between)\s+(?:[A-Z][\w'’-]*|of|on|the|and|in|for|to|its|their)(?:[ ,-]+(?:[A-Z][\w'’-]*|of|on|the|and|in|for|to|its|their))*/g;
const TRAILING = /(?:[\s,]+(?:of|on|the|and|in|for|to|its|their))+$/;
/** Words a full name must hold to be worth its short form. */
const MIN_WORDS = 4;

const shortForms = new WeakMap<object, Map<string, string>>();

/** A document's short forms and the one full name each stands for (a short form of two names stands for neither). */
function shortFormsOf(index: KnowledgeIndex, docId: string): Map<string, string> {
  const doc = index.document(docId);
  if (!doc) return new Map();
  let forms = shortForms.get(doc);
  if (forms) return forms;
  const fulls = new Map<string, Set<string>>();
  for (const p of doc.passages) {
    for (const m of p.text.matchAll(FULL_NAME)) {
      const full = m[0].replace(TRAILING, "");
      if (full.split(/\s+/).length < MIN_WORDS) continue;
      const head = m[1].trim();
      for (const short of new Set([head, `the ${head.split(/[ -]/).pop()}`])) (fulls.get(short) ?? fulls.set(short, new Set()).get(short)!).add(full);
    }
  }
  forms = new Map([...fulls].filter(([, f]) => f.size === 1).map(([short, f]) => [short, [...f][0]]));
  shortForms.set(doc, forms);
  return forms;
}

/** The full names a passage refers to by their short forms only, as one text. */
export function definedNames(index: KnowledgeIndex, p: Pick<Passage, "docId" | "text">): string {
  const out: string[] = [];
  for (const [short, full] of shortFormsOf(index, p.docId)) if (p.text.includes(short) && !p.text.includes(full)) out.push(full);
  return out.join(" \n ");
}
