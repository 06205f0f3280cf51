/**
 * Builds the knowledge graph and the search index from parsed documents, and implements the
 * query API over them.
 */
import type { Citation } from "../core/types.js";
import type { Glossary } from "./glossary.js";
import type {
  AgendaItem, DocumentMeta, IndexCounts, KnowledgeGraph, KnowledgeIndex, Meeting, ParsedDocument, Passage,
  Recommendation, Resolution, SkippedDocument, SymbolInfo, TimeSlot, WorkplanRow,
} from "./model.js";
import { extractMeetings, meetingsFromWorkplanRow, mergeMeetings, type MeetingDraft } from "./extract/meetings.js";
import { extractAgenda, mergeAgendas } from "./extract/agenda.js";
import { extractResolutions } from "./extract/resolutions.js";
import { extractRecommendations } from "./extract/recommendations.js";
import { extractSymbols } from "./extract/symbols.js";
import { extractWorkplan } from "./extract/workplan.js";
import type { Bm25Data } from "./search.js";
import { searchTerms, termDictionaries } from "./index-terms.js";
import { createPassageSearch } from "./passage-search.js";
import { buildPostings, loadCommonTerms, type DocumentTerms, type Postings, type TermDictionary } from "./postings.js";
import { createContainment, documentContainment } from "./containment.js";
import { graphPartCount, mayContain, passageCount } from "./shards.js";
import { splitPassageId } from "./passage-id.js";
import { labelledText } from "./text.js";

/**
 * The order `localeCompare` gives, from one collator instead of one per call, set up when first
 * used: a process's first collator loads the locale's collation data (10-40 ms), which a start
 * from the cache, sorting nothing, does not need.
 */
let collator: Intl.Collator["compare"] | undefined;
const byText = (a: string, b: string) => (collator ??= new Intl.Collator().compare)(a, b);

/** Everything the index holds (see load.ts for how it is cached). */
export interface IndexData {
  documents: ParsedDocument[];
  skipped: SkippedDocument[];
  graph: KnowledgeGraph;
  bm25: Bm25Data;
  /** What each passage's text contains, for counting the passages holding a term (see containment.ts); read on first use. */
  containment: () => Postings;
}

/** What one document alone gives the graph: kept between builds while the document is unchanged. */
export interface DocumentExtract {
  drafts: MeetingDraft[];
  workplan: WorkplanRow[];
  /** Its agenda, for the meeting its header names. */
  agenda?: { meetingId: string; items: AgendaItem[]; slots: TimeSlot[] };
}

/** Per-document extracts by document object; an unchanged document keeps its object between builds. */
export type ExtractMemo = WeakMap<ParsedDocument, DocumentExtract>;

/** What a build may take over from the previous one. */
export interface BuildReuse {
  extracts?: ExtractMemo;
  /** The search index, already updated for these documents. */
  bm25?: Bm25Data;
  /** The containment postings, already updated for these documents (or made when first asked for: a build writes them after the search postings). */
  containment?: Postings | (() => Postings);
  /** The resolutions and symbols of every document, already extracted in corpus order (`extractMentions`). */
  mentions?: Mentions;
  /** Extracts kept outside the process (the cache folder), read where the memo has none. */
  stored?: { get(doc: ParsedDocument): DocumentExtract | undefined; set(doc: ParsedDocument, e: DocumentExtract): void };
}

/**
 * The search terms of one document's passages (as `tokenize` gives them for each passage's search
 * text); with the dictionary of a build's documents, texts counted before are not counted again.
 */
export function documentTermsOf(doc: ParsedDocument, dict?: TermDictionary): DocumentTerms {
  return searchTerms(doc.passages.map(searchText), dict);
}

/** What one document gives the graph on its own: its meeting mentions and workplan rows. */
export function extractDocument(doc: ParsedDocument, glossary: Glossary): DocumentExtract {
  const drafts = extractMeetings(doc, glossary);
  const workplan = extractWorkplan(doc, glossary);
  for (const row of workplan) {
    const m = meetingsFromWorkplanRow({ period: row.period, bodies: row.bodyNames, source: row.source }, glossary);
    if (m) drafts.push(m);
  }
  return { drafts, workplan };
}

function extractOf(doc: ParsedDocument, glossary: Glossary, memo: ExtractMemo, stored: BuildReuse["stored"]): DocumentExtract {
  let e = memo.get(doc) ?? stored?.get(doc);
  if (e) memo.set(doc, e);
  else {
    e = extractDocument(doc, glossary);
    memo.set(doc, e);
    stored?.set(doc, e);
  }
  return e;
}

/** What the documents say of resolutions and symbols, each document adding to what those before it said. */
export interface Mentions {
  resolutions: Map<string, Resolution>;
  symbols: Map<string, SymbolInfo>;
}

export const noMentions = (): Mentions => ({ resolutions: new Map(), symbols: new Map() });

/**
 * Adds one document's resolutions and symbols (documents in corpus order): neither depends on the
 * rest of the graph, so a build in threads extracts them as documents arrive.
 */
export function extractMentions(doc: ParsedDocument, glossary: Glossary, into: Mentions): void {
  extractResolutions(doc, glossary, into.resolutions);
  extractSymbols(doc, into.symbols);
}

/** Extracts the graph and builds the search index. */
export function buildIndexData(documents: ParsedDocument[], skipped: SkippedDocument[], glossary: Glossary, reuse: BuildReuse = {}): IndexData {
  const graph = buildGraph(documents, glossary, reuse);
  return { documents, skipped, graph, ...indexPostings(documents, reuse) };
}

/**
 * `buildIndexData` while the search postings are laid out in another thread (see
 * parallel-build.ts): the graph is extracted meanwhile. Postings that do not come (undefined:
 * the thread failed) are built here from the documents.
 */
export async function buildIndexDataBeside(
  documents: ParsedDocument[],
  skipped: SkippedDocument[],
  glossary: Glossary,
  reuse: Omit<BuildReuse, "bm25"> & { bm25: Promise<Bm25Data | undefined> },
): Promise<IndexData> {
  const graph = buildGraph(documents, glossary, reuse);
  return { documents, skipped, graph, ...indexPostings(documents, { ...reuse, bm25: await reuse.bm25 }) };
}

/** The knowledge graph of the documents. */
function buildGraph(documents: ParsedDocument[], glossary: Glossary, reuse: Pick<BuildReuse, "extracts" | "stored" | "mentions">): KnowledgeGraph {
  const memo = reuse.extracts ?? new WeakMap();
  const drafts: MeetingDraft[] = [];
  const workplan: WorkplanRow[] = [];
  for (const doc of documents) {
    const e = extractOf(doc, glossary, memo, reuse.stored);
    drafts.push(...e.drafts);
    workplan.push(...e.workplan);
  }
  const meetings = mergeMeetings(drafts);

  const agenda: AgendaItem[] = [];
  const slots: TimeSlot[] = [];
  const mentions = reuse.mentions ?? noMentions();
  const { resolutions, symbols } = mentions;
  const recommendations: Recommendation[] = [];
  // Passage id -> the first meeting citing it, as `meetings.find` would return it, without a
  // scan of every meeting per document (quadratic on large corpora).
  const meetingBySource = new Map<string, Meeting>();
  for (const m of meetings) for (const s of m.sources) if (!meetingBySource.has(s)) meetingBySource.set(s, m);
  // A body's own meeting by ordinal, the first in merge order, as `meetings.find` would return it.
  const ownByOrdinal = new Map<string, Map<number | undefined, Meeting>>();
  for (const m of meetings) {
    if (m.bodies.length !== 1 || m.kind === "resumed") continue;
    const byOrdinal = ownByOrdinal.get(m.bodies[0]) ?? ownByOrdinal.set(m.bodies[0], new Map()).get(m.bodies[0])!;
    if (!byOrdinal.has(m.ordinal)) byOrdinal.set(m.ordinal, m);
  }
  // Each meeting's agenda as the documents prepared for it give it, one agenda of them all.
  const agendas = new Map<string, NonNullable<DocumentExtract["agenda"]>[]>();
  for (const doc of documents) {
    const header = doc.passages.find((p) => p.locator === "header, meeting");
    const own = header ? meetingBySource.get(header.id) : undefined;
    if (own) {
      const e = memo.get(doc)!;
      if (e.agenda?.meetingId !== own.id) e.agenda = { meetingId: own.id, ...extractAgenda(doc, own.id) };
      const given = agendas.get(own.id);
      if (given) given.push(e.agenda);
      else agendas.set(own.id, [e.agenda]);
    }
    if (!reuse.mentions) extractMentions(doc, glossary, mentions);
    const body = doc.meta.body;
    recommendations.push(...extractRecommendations(doc, (ordinal) => (body && !Number.isNaN(ordinal) ? ownByOrdinal.get(body)?.get(ordinal) : undefined)));
  }
  for (const given of agendas.values()) {
    const one = mergeAgendas(given);
    agenda.push(...one.items);
    slots.push(...one.slots);
  }
  return {
    meetings: meetings.sort(byDate),
    agenda,
    slots: slots.sort((a, b) => byText(a.date + a.start, b.date + b.start)),
    resolutions: [...resolutions.values()].sort((a, b) => byText(a.body, b.body) || a.session - b.session || Number(a.number.split("/")[1]) - Number(b.number.split("/")[1]) || byText(a.kind, b.kind)),
    recommendations,
    symbols: [...symbols.values()].sort((a, b) => byText(a.symbol, b.symbol)),
    workplan,
  };
}

/** The search and containment postings of the documents, built unless `reuse` holds them. */
function indexPostings(documents: ParsedDocument[], reuse: BuildReuse): Pick<IndexData, "bm25" | "containment"> {
  const dicts = reuse.bm25 && reuse.containment ? undefined : termDictionaries();
  const bm25 = reuse.bm25 ?? buildPostings(documents.map((d) => documentTermsOf(d, dicts!.search)));
  const given = reuse.containment;
  const containment = typeof given === "function" ? once(given) : once(() => given ?? buildPostings(documents.map((d) => documentContainment(d, dicts!.containment))));
  if (typeof given !== "function") containment();
  return { bm25, containment };
}

/** Text indexed for a passage: its own text plus the headings above it (context words). */
function searchText(p: Passage): string {
  return `${p.text}\n${p.headingPath.slice(-1).join(" ")}`;
}

/** A value made the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Items by each of their keys, in their order in `items`. */
function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const k of new Set(keys(item))) {
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
  }
  return out;
}

function byDate(a: Meeting, b: Meeting): number {
  const k = (m: Meeting) => m.start ?? m.month ?? (m.year ? String(m.year) : "9999");
  return byText(k(a), k(b)) || byText(a.id, b.id);
}

/** How many passages `passagesHolding` returns when no limit is given. */
const HOLDING_LIMIT = 50;

/**
 * The share of each set of postings `readAhead` reads: the commonest terms, which nearly every
 * question reads and a server holds after a few questions anyway (at 10,000 documents, the 20
 * commonest search terms are a tenth of the search postings, 26 MB).
 */
const READ_AHEAD = { search: 0.1, distinct: 0.2, containment: 0.05 };

/** Query API over built index data. */
export function createKnowledgeIndex(data: IndexData, glossary: Glossary): KnowledgeIndex {
  const docs = new Map(data.documents.map((d) => [d.meta.id, d]));
  // Passage i of the search index is passage i - starts[k] of document k. Passages are not
  // gathered in one list: a loaded index reads a document's passages when they are asked for.
  const starts = new Uint32Array(data.documents.length + 1);
  data.documents.forEach((d, k) => (starts[k + 1] = starts[k] + passageCount(d)));
  const passageCountAll = starts[data.documents.length];
  const passageAt = (i: number): Passage => {
    let lo = 0;
    let hi = data.documents.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return data.documents[lo].passages[i - starts[lo]];
  };
  // Each document's passages are one range of the search index's numbering; an id that several
  // files share has several ranges.
  const passageRanges = new Map<string, [number, number][]>();
  data.documents.forEach((d, k) => {
    const ranges = passageRanges.get(d.meta.id) ?? passageRanges.set(d.meta.id, []).get(d.meta.id)!;
    ranges.push([starts[k], starts[k + 1]]);
  });
  // Documents by id, every one that carries it: a passage id names its document and position.
  const docsById = groupBy(data.documents, (d) => [d.meta.id]);
  const passageById = (id: string): Passage | undefined => {
    const { docId, seq } = splitPassageId(id);
    const holders = docId !== undefined ? docsById.get(docId) : undefined;
    if (!holders) return undefined;
    // The last document holding the id, as a map from every passage's id would give.
    for (let k = holders.length - 1; k >= 0; k--) {
      const passages = holders[k].passages;
      const p = passages[seq]?.id === id ? passages[seq] : passages.find((x) => x.id === id);
      if (p) return p;
    }
    return undefined;
  };
  // The lookups are made the first time they are used: a loaded index reads each part of its
  // graph when it is first asked for.
  const meetingsById = once(() => new Map(data.graph.meetings.map((m) => [m.id, m])));
  const resolutionsByNumber = once(() => groupBy(data.graph.resolutions, (r) => [r.number]));
  const symbolKey = (s: string) => s.toUpperCase().replace(/\s+/g, "");
  const symbols = once(() => new Map(data.graph.symbols.map((s) => [symbolKey(s.symbol), s])));

  // Language versions: documents filed under the same symbol are one document in several languages.
  const versionsOf = new Map<string, ParsedDocument[]>();
  const bySymbol = new Map<string, ParsedDocument[]>();
  for (const d of data.documents) {
    for (const sym of d.meta.symbol?.split(/\s+/) ?? []) bySymbol.set(symbolKey(sym), [...(bySymbol.get(symbolKey(sym)) ?? []), d]);
  }
  for (const group of bySymbol.values()) {
    if (group.length < 2) continue;
    for (const d of group) versionsOf.set(d.meta.id, [...new Set([...(versionsOf.get(d.meta.id) ?? [d]), ...group])]);
  }
  /** The same passage in the version of its document in `lang`: same paragraph number, else same locator. */
  const inLanguage = (p: Passage, lang: string): Passage | undefined => {
    const version = (versionsOf.get(p.docId) ?? []).find((d) => d.meta.language === lang && d.meta.id !== p.docId);
    if (!version) return undefined;
    return p.number ? version.passages.find((x) => x.number === p.number) : version.passages.find((x) => x.locator === p.locator);
  };

  // Lookups by key are map probes: the lists below keep the graph's order within each key.
  const agendaByMeeting = once(() => groupBy(data.graph.agenda, (a) => [a.meetingId]));
  const slotsByMeeting = once(() => groupBy(data.graph.slots, (s) => [s.meetingId]));
  const meetingsByBody = once(() => groupBy(data.graph.meetings, (m) => m.bodies));
  const recommendationsByMeeting = once(() => groupBy(data.graph.recommendations, (r) => (r.meetingId ? [r.meetingId] : [])));
  const workplanByYear = once(() => groupBy(data.graph.workplan, (w) => (w.year !== undefined ? [String(w.year)] : [])));
  const partCount = (part: keyof KnowledgeGraph) => graphPartCount(data.graph, part) ?? data.graph[part].length;
  const containment = createContainment({
    postings: data.containment,
    *texts() {
      for (const d of data.documents) for (const p of d.passages) yield p.text;
    },
  });

  const overlaps = (m: Meeting, from?: string, to?: string) => {
    if (!from && !to) return true;
    const s = m.start ?? (m.month ? `${m.month}-01` : undefined);
    const e = m.end ?? (m.month ? `${m.month}-31` : s);
    if (!s || !e) return false;
    return (!to || s <= to) && (!from || e >= from);
  };

  return {
    documents: data.documents,
    graph: data.graph,
    skipped: data.skipped,
    glossary,
    counts(): IndexCounts {
      return {
        documents: data.documents.length,
        passages: passageCountAll,
        meetings: partCount("meetings"),
        resolutions: partCount("resolutions"),
        agendaItems: partCount("agenda"),
        recommendations: partCount("recommendations"),
        symbols: partCount("symbols"),
      };
    },
    document: (id) => docs.get(id),
    passage: (id) => passageById(id),
    versions: (docId) => versionsOf.get(docId) ?? (docs.has(docId) ? [docs.get(docId)!] : []),
    cite(passageId, lang): Citation {
      const asked = passageById(passageId);
      if (!asked) throw new Error(`Unknown passage ${passageId}`);
      const own = docs.get(asked.docId)!.meta.language;
      // The asker's language version of the same paragraph, where the corpus holds one.
      const p = lang && own !== lang ? inLanguage(asked, lang) ?? asked : asked;
      const meta = docs.get(p.docId)!.meta;
      const title = titleIn(meta, lang);
      return {
        document: meta.symbol ?? [title, meta.date].filter(Boolean).join(", "),
        file: meta.file,
        paragraph: p.number ?? p.locator,
        quote: labelledText(p),
        passageId: p.id,
        ...(title ? { title } : {}),
        ...(meta.symbol ? { symbol: meta.symbol } : {}),
        ...(meta.date ? { date: meta.date } : {}),
      };
    },
    meetings(q = {}) {
      // Every meeting: a copy, without testing each of thousands against no condition.
      if (!q.body && q.ordinal === undefined && !q.kind && !q.from && !q.to) return data.graph.meetings.slice();
      return (q.body ? meetingsByBody().get(q.body) ?? [] : data.graph.meetings).filter(
        (m) =>
          (!q.body || m.bodies.includes(q.body)) &&
          (q.ordinal === undefined || m.ordinal === q.ordinal) &&
          (!q.kind || m.kind === q.kind) &&
          overlaps(m, q.from, q.to),
      );
    },
    meeting: (id) => meetingsById().get(id),
    agenda: (meetingId) => [...(agendaByMeeting().get(meetingId) ?? [])],
    slots: (meetingId, date) => (slotsByMeeting().get(meetingId) ?? []).filter((s) => !date || s.date === date),
    resolution(n, q = {}) {
      const all = (resolutionsByNumber().get(n.replace(/\s+/g, "")) ?? []).filter((r) => (!q.body || r.body === q.body) && (!q.kind || r.kind === q.kind));
      if (all.length <= 1) return all[0];
      // The Conference's own resolutions first (the bodies this assistant serves), then the best documented.
      const weight = (r: Resolution) => (r.body === "cosp" ? 1000 : 0) + (r.docId ? 100 : 0) + (r.kind === "resolution" ? 10 : 0) + r.statements.length;
      return [...all].sort((a, b) => weight(b) - weight(a))[0];
    },
    resolutions: (n) => resolutionsByNumber().get(n.replace(/\s+/g, "")) ?? [],
    recommendations(q = {}) {
      if (!q.meetingId && !q.topic) return data.graph.recommendations.slice();
      return (q.meetingId ? recommendationsByMeeting().get(q.meetingId) ?? [] : data.graph.recommendations).filter(
        (r) => (!q.meetingId || r.meetingId === q.meetingId) && (!q.topic || r.text.includes(q.topic) || (r.topic ?? "").includes(q.topic)),
      );
    },
    symbol: (s) => symbols().get(symbolKey(s)),
    workplan(q = {}) {
      if (!q.year && !q.body) return data.graph.workplan.slice();
      return (q.year ? workplanByYear().get(String(q.year)) ?? [] : data.graph.workplan).filter((w) => (!q.year || w.year === q.year) && (!q.body || w.bodies.includes(q.body)));
    },
    passageFrequency: (q, bands) => containment.frequency(q, bands),
    passagesHolding: (queries, limit = HOLDING_LIMIT) => containment.holding(queries, limit).map(passageAt),
    mayContain: (docId, strings) => (docsById.get(docId) ?? []).some((d) => mayContain(d, strings)),
    readAhead() {
      // Searches read the postings over distinct passages where there are some (a fraction of the search postings).
      if (data.bm25.distinct) loadCommonTerms(data.bm25.distinct.postings, READ_AHEAD.distinct);
      else loadCommonTerms(data.bm25, READ_AHEAD.search);
      loadCommonTerms(data.containment(), READ_AHEAD.containment);
    },
    search: createPassageSearch({
      bm25: data.bm25,
      glossary,
      passage: passageAt,
      ranges: (docId) => passageRanges.get(docId) ?? [],
    }),
  };
}


/** A document's title in the asker's language: its own where it is written in it, the sidecar's English title for English. */
function titleIn(meta: DocumentMeta, lang: string | undefined): string | undefined {
  if (!lang || meta.language === lang) return meta.title ?? (lang === "en" ? meta.titleEn : undefined);
  if (lang === "en") return meta.titleEn ?? meta.title;
  return meta.title;
}

