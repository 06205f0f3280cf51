/**
 * "How many decisions did the first session adopt": a document may count nothing and list
 * everything ("… adopted the following decisions:" and one line per decision). The list a
 * passage introduces is counted, and the answer states the count and names the items, each cited.
 */
import type { KnowledgeIndex, Passage } from "../knowledge/index.js";
import { plainText } from "../knowledge/index.js";
import type { Lang } from "../core/types.js";
import { Sources, answered } from "./compose.js";
import type { Answer } from "../core/types.js";

/** The fewest items a list must have to be counted. */
const MIN_ITEMS = 2;
/** The most items an answer names one by one; the count covers them all. */
const MAX_NAMED = 12;

/** A text that ends by introducing what follows: "adopted the following decisions:", "如下：". */
const INTRODUCES = /[:：]\s*$/;

/**
 * The shape of a passage's place in its document, numbers and list letters aside: "decision 1/2,
 * listed" and "decision 1/5, listed" are items of one list, "decision 1/1" (the decision's own
 * heading) is not.
 */
const shapeOf = (p: Passage) => p.locator.replace(/\d+/g, "#").replace(/\((?:[a-z]|[ivx]+)\)/g, "(x)");

/**
 * The items of the list a passage introduces: the passages right after it in its document that
 * have one shape, and are not headings; none when the passage introduces nothing, or the list
 * has fewer than two items.
 */
export function listIntroduced(index: KnowledgeIndex, p: Passage): Passage[] {
  if (!INTRODUCES.test(plainText(p.text))) return [];
  const passages = index.document(p.docId)?.passages ?? [];
  const at = passages.findIndex((x) => x.id === p.id);
  const items: Passage[] = [];
  for (const x of passages.slice(at + 1)) {
    if (x.kind === "heading" || x.kind === "header" || x.kind === "footnote") break;
    if (items.length && shapeOf(x) !== shapeOf(items[0])) break;
    // The next paragraph of the same kind as the one introducing is no item of its list.
    if (!items.length && x.kind !== "list-item" && shapeOf(x) === shapeOf(p)) break;
    items.push(x);
  }
  return items.length >= MIN_ITEMS ? items : [];
}

/**
 * The clause that introduces the list, where what the list holds is named: "… adopted the
 * following decisions:", not the rest of a sentence that only mentions decisions ("根据…通过的各项决议，
 * …讨论议题将是：" introduces topics).
 */
export function introducingClause(p: Passage): string {
  const t = plainText(p.text).replace(INTRODUCES, "");
  return t.slice(Math.max(...[",", "，", ";", "；", "。", ". "].map((c) => t.lastIndexOf(c))) + 1);
}

/**
 * The answer that counts a list: "6 decisions (CTOC/COP 1 Decisions):" and the items, the
 * introducing passage and each item cited. `counted` is what the question counts, in its words.
 */
export function listCountAnswer(index: KnowledgeIndex, intro: Passage, items: Passage[], counted: string, lang: Lang): Answer {
  const src = new Sources(index);
  const where = index.cite(intro.id);
  const lead = lang === "zh" ? `据${where.document}，共${items.length}项${counted}${src.cite(intro.id)}：` : `${items.length} ${counted}, according to ${where.document}${src.cite(intro.id)}:`;
  const named = items.slice(0, MAX_NAMED).map((x) => `• ${plainText(x.text).replace(/\s+/g, " ").trim()}${src.cite(x.id)}`);
  const more = items.length > MAX_NAMED ? [lang === "zh" ? `……另有${items.length - MAX_NAMED}项。` : `… and ${items.length - MAX_NAMED} more.`] : [];
  return answered([lead, ...named, ...more].join("\n"), src, lang);
}
