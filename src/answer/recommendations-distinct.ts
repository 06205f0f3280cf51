/**
 * The recommendations of a build without repeats: a report restates a meeting's recommendations
 * nearly word for word, and each is listed once, citing every place that states it.
 */
import type { KnowledgeIndex, Recommendation } from "../knowledge/index.js";
import { paragraphText } from "./compose.js";

/** A recommendation with the other places that repeat it (a report restates earlier recommendations). */
export type Distinct = Recommendation & { also: string[] };

/** Character pairs of a text, for telling a restated recommendation from a new one. */
function pairs(text: string): Set<string> {
  const t = paragraphText(text).replace(/\s+/g, "");
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** A recommendation listed, its text's pairs, and the actions gathered from its restatements (once it has any). */
interface Entry {
  r: Distinct;
  p: Set<string>;
  acts?: Set<string>;
}

/** The recommendations without repeats: one a meeting made, stated again nearly word for word, is listed once, citing both places. */
export function distinct(recs: Recommendation[]): Distinct[] {
  const out: Entry[] = [];
  // Only recommendations of the same meeting can repeat each other: compare within a meeting.
  const byMeeting = new Map<string | undefined, Entry[]>();
  // A text seen before in the meeting has the same first twin as then (entries are only added
  // after it, and those before it did not match then): a map probe instead of the comparisons.
  const seen = new Map<string | undefined, Map<string, Entry>>();
  // Copies of a document restate its recommendations in the same words: each text's pairs are made once.
  const pairsOf = new Map<string, Set<string>>();
  for (const r of recs) {
    let p = pairsOf.get(r.text);
    if (!p) pairsOf.set(r.text, (p = pairs(r.text)));
    let same = byMeeting.get(r.meetingId);
    if (!same) byMeeting.set(r.meetingId, (same = []));
    let texts = seen.get(r.meetingId);
    if (!texts) seen.set(r.meetingId, (texts = new Map()));
    const twin = texts.get(r.text) ?? same.find((o) => restates(p, o.p));
    if (twin) {
      twin.r.also.push(r.source);
      // The actions of both, each once, in order (a new array: the graph's own stays as it is).
      if (!twin.acts) {
        twin.acts = new Set(twin.r.actions);
        twin.r.actions = [...twin.acts];
      }
      for (const a of r.actions) {
        if (twin.acts.has(a)) continue;
        twin.acts.add(a);
        twin.r.actions.push(a);
      }
      texts.set(r.text, twin);
    } else {
      const entry = { r: { ...r, also: [] }, p };
      out.push(entry);
      same.push(entry);
      texts.set(r.text, entry);
    }
  }
  return out.map((o) => o.r);
}

/**
 * Whether two texts share at least 85% of the smaller one's character pairs. Counted over the
 * smaller set, stopping as soon as the answer is known: a large corpus's meeting holds thousands
 * of recommendations to compare with each other.
 */
function restates(a: Set<string>, b: Set<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  const need = 0.85 * small.size;
  let shared = 0;
  let left = small.size;
  for (const x of small) {
    if (shared >= need) return true;
    if (shared + left < need) return false;
    if (big.has(x)) shared++;
    left--;
  }
  return shared >= need;
}

/** The distinct recommendations of an index's build, worked out once per build (or by the warm-up at start). */
export function distinctRecommendations(index: KnowledgeIndex): Distinct[] {
  // The graph's list is the same object for the whole build (a new build brings a new one).
  const all = index.graph.recommendations;
  let found = distinctByBuild.get(all);
  if (!found) distinctByBuild.set(all, (found = distinct(all)));
  return found;
}
const distinctByBuild = new WeakMap<object, Distinct[]>();

/** Where each distinct recommendation is cited: by its passage and its restatements', and by its actions taken (positions in the list). */
interface Citing {
  byOwn: Map<string, number[]>;
  byAction: Map<string, number[]>;
}
const citingByList = new WeakMap<Distinct[], Citing>();

/**
 * The distinct recommendations, in list order, whose passage or a restatement's is one of
 * `passageIds`, or with `actions` one of their actions taken: what filtering every one of them by
 * those passages would give, from a map probe per passage (a large corpus has tens of thousands).
 */
export function distinctCiting(index: KnowledgeIndex, passageIds: Iterable<string>, actions: boolean): Distinct[] {
  const all = distinctRecommendations(index);
  let citing = citingByList.get(all);
  if (!citing) citingByList.set(all, (citing = citingOf(all)));
  const at = new Set<number>();
  for (const id of passageIds) {
    for (const k of citing.byOwn.get(id) ?? []) at.add(k);
    if (actions) for (const k of citing.byAction.get(id) ?? []) at.add(k);
  }
  return [...at].sort((x, y) => x - y).map((k) => all[k]);
}

function citingOf(all: Distinct[]): Citing {
  const byOwn = new Map<string, number[]>();
  const byAction = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, id: string, k: number) => {
    const list = map.get(id);
    if (!list) map.set(id, [k]);
    else if (list[list.length - 1] !== k) list.push(k);
  };
  all.forEach((r, k) => {
    for (const id of [r.source, ...r.also]) add(byOwn, id, k);
    for (const a of r.actions) add(byAction, a, k);
  });
  return { byOwn, byAction };
}
