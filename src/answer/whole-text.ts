/** A document's passages' text, joined: made once per document object (a live index's new build has new ones). */
import type { ParsedDocument } from "../knowledge/index.js";

const wholeTexts = new WeakMap<object, string>();

/** A document's passages' text, joined by line breaks. */
export function wholeText(doc: ParsedDocument): string {
  let t = wholeTexts.get(doc);
  if (t === undefined) wholeTexts.set(doc, (t = doc.passages.map((p) => p.text).join("\n")));
  return t;
}
