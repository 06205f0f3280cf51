/**
 * Which resolution a question is about: named by number ("80/12", "resolution 10/3"), or
 * described by its subject ("the one about landmines", "关于小武器的那项决议"). A described
 * resolution is found by weighing the question's words, in both languages, against every
 * resolution's names: its title, its document's title and the agenda item it was adopted under.
 */
import type { KnowledgeIndex, Resolution } from "../knowledge/model.js";
import { buildBm25, searchBm25, tokenize, type Bm25Data } from "../knowledge/search.js";
import { segmentChinese } from "../knowledge/lang/chinese.js";
import { questionConcepts } from "../knowledge/lang/expand.js";
import type { AnswerContext } from "./context.js";

/** A resolution's names, and the resolutions in the order of the names index. */
interface NameIndex {
  resolutions: Resolution[];
  bm25: Bm25Data;
}

const names = new WeakMap<object, NameIndex>();

/** Everything a resolution is called by: its title, its document's title, its agenda item's title. */
export function namesOf(index: KnowledgeIndex, r: Resolution): string {
  const meta = r.docId ? index.document(r.docId)?.meta : undefined;
  return [r.title, meta?.title, meta?.titleEn, meta?.agendaItem?.title].filter(Boolean).join(" \n ");
}

function nameIndex(index: KnowledgeIndex): NameIndex {
  // Keyed by the build's documents: a live index swaps builds behind one object.
  let n = names.get(index.documents);
  if (!n) {
    const resolutions = index.graph.resolutions.filter((r) => r.title || r.docId);
    n = { resolutions, bm25: buildBm25(resolutions.map((r) => namesOf(index, r))) };
    names.set(index.documents, n);
  }
  return n;
}

/** How far the best match must lead the next for the question to name it. */
const LEAD = 1.2;
/** Weight of matched words below which a match is a coincidence of common words. */
const FLOOR = 2.5;

/**
 * The resolution whose names the question describes, when one stands out; several resolutions
 * of the same number and body (mentions and own text) count as one.
 */
export function resolutionByTopic(ctx: AnswerContext, description: string): Resolution | undefined {
  const n = nameIndex(ctx.index);
  if (!n.resolutions.length) return undefined;
  // An adopting organ named ("联大", "the GA") narrows the search; its name is no subject.
  const organs = new Set(n.resolutions.map((r) => r.body));
  const named = ctx.glossary.findBodies(description).filter((b) => organs.has(b.id));
  let subject = description;
  for (const b of [...named].reverse()) subject = `${subject.slice(0, b.index)} ${subject.slice(b.index + b.length)}`;
  const bodies = new Set(named.map((b) => b.id));
  const { tokens, weights } = topicTokens(subject, ctx);
  const filter = bodies.size ? (d: number) => bodies.has(n.resolutions[d].body) : undefined;
  const hits = searchBm25(n.bm25, tokens, { weights, limit: 5, filter });
  if (!hits.length || hits[0][1] < FLOOR) return undefined;
  const best = n.resolutions[hits[0][0]];
  const rival = hits.slice(1).find(([d]) => n.resolutions[d].key !== best.key);
  if (rival && hits[0][1] < LEAD * rival[1]) return undefined;
  return best;
}

/**
 * Resolutions named by number. A bare "80/12" counts when the corpus holds a resolution or
 * decision of that number (a question need not say "resolution").
 */
export function resolutionsByNumber(ctx: AnswerContext): Resolution[] {
  const numbers = new Set(ctx.q.resolutions.map((r) => r.number));
  for (const m of ctx.q.text.matchAll(/(?<![\d/.A-Za-z])(\d{1,3})\s*\/\s*(\d{1,3})(?![\d/])/g)) {
    const number = `${m[1]}/${m[2]}`;
    if (ctx.index.resolutions(number).length) numbers.add(number);
  }
  // The resolution whose own text the corpus holds comes first: a body the question names may be
  // another meeting's ("80/14 on a treaty body's first Conference of States Parties").
  const pick = (number: string) => {
    const all = ctx.index.resolutions(number).filter((r) => r.docId);
    return all.find((r) => ctx.q.bodies.includes(r.body)) ?? all[0] ?? ctx.index.resolution(number, { body: ctx.q.bodies[0] });
  };
  return [...numbers].map(pick).filter((r): r is Resolution => !!r);
}

/**
 * Tokens of a description with their weights: its own words, and each concept's terms in the
 * other language sharing the concept's weight, so that a long term ("联合国反腐败公约") counts
 * as one concept and not as each of its words and character pairs.
 */
function topicTokens(text: string, ctx: AnswerContext): { tokens: string[]; weights: Map<string, number> } {
  const weights = new Map<string, number>();
  const add = (tok: string, w: number) => {
    if (w > (weights.get(tok) ?? 0)) weights.set(tok, w);
  };
  for (const tok of tokenize(text)) add(tok, 1);
  for (const c of questionConcepts(text, ctx.q.lang, ctx.glossary)) {
    const dictionary = c.source === "dictionary";
    for (const sense of (ctx.q.lang === "en" ? c.zh : c.en).slice(0, dictionary ? 3 : undefined)) {
      const toks = ctx.q.lang === "en" ? segmentChinese(sense.term).filter((w) => w.trim()) : tokenize(sense.term);
      const w = (dictionary ? 0.8 : 1) / (1 + sense.rank) / Math.max(1, toks.length);
      for (const tok of toks) add(tok, w);
    }
  }
  return { tokens: [...weights.keys()], weights };
}
