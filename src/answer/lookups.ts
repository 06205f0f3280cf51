/**
 * Lookups the answerers make on every request, as map probes: a meeting's agenda items and time
 * slots, the meetings that have an agenda, the workplan row of a passage. Each map is built once
 * per build of the index (on first use, or by the warm-up) instead of filtering the whole graph
 * per request, which grows with the corpus; a build is known by its graph, as a live index swaps
 * builds behind one object.
 */
import type { AgendaItem, KnowledgeGraph, KnowledgeIndex, Meeting, ParsedDocument, Resolution, TimeSlot, WorkplanRow } from "../knowledge/index.js";

interface Lookups {
  agenda: Map<string, AgendaItem[]>;
  slots: Map<string, TimeSlot[]>;
  withAgenda: Meeting[];
  workplanBySource: Map<string, WorkplanRow>;
  meetingBySource: Map<string, Meeting>;
  resolutionByDocument: Map<string, Resolution>;
  agendaDocument: Map<string, ParsedDocument>;
  /** Each meeting's first source that is a workplan row with topics (null: none), found when first asked. */
  topicsRow: Map<Meeting, WorkplanRow | null>;
}

const built = new WeakMap<KnowledgeGraph, Lookups>();

function group<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

function lookupsOf(index: KnowledgeIndex): Lookups {
  const graph = index.graph;
  let l = built.get(graph);
  if (!l) {
    const { agenda, slots, meetings, workplan, resolutions } = graph;
    const byMeeting = group(agenda, (a) => a.meetingId);
    const workplanBySource = new Map<string, WorkplanRow>();
    // The first row citing a passage, as a linear find would return it.
    for (const w of workplan) if (!workplanBySource.has(w.source)) workplanBySource.set(w.source, w);
    // The first meeting (in the graph's order) mentioned in a passage, as a linear find would return it.
    const meetingBySource = new Map<string, Meeting>();
    for (const m of meetings) for (const s of m.sources) if (!meetingBySource.has(s)) meetingBySource.set(s, m);
    const resolutionByDocument = new Map(resolutions.filter((r) => r.docId).map((r) => [r.docId!, r]));
    // The first document (in the corpus's order) whose cover names an agenda by its symbol, as a linear find would return it.
    const agendaDocument = new Map<string, ParsedDocument>();
    for (const d of index.documents) if (d.meta.agendaSymbol !== undefined && !agendaDocument.has(d.meta.agendaSymbol)) agendaDocument.set(d.meta.agendaSymbol, d);
    l = { agenda: byMeeting, slots: group(slots, (s) => s.meetingId), withAgenda: meetings.filter((m) => byMeeting.has(m.id)), workplanBySource, meetingBySource, resolutionByDocument, agendaDocument, topicsRow: new Map() };
    built.set(graph, l);
  }
  return l;
}

const NONE: readonly never[] = [];

/** Agenda items of a meeting in document order (the same as `index.agenda(id)`). */
export function agendaOf(index: KnowledgeIndex, meetingId: string): readonly AgendaItem[] {
  return lookupsOf(index).agenda.get(meetingId) ?? NONE;
}

/** Time slots of a meeting in time order, optionally of one date (the same as `index.slots(id, date)`). */
export function slotsOf(index: KnowledgeIndex, meetingId: string, date?: string): readonly TimeSlot[] {
  const all = lookupsOf(index).slots.get(meetingId) ?? NONE;
  return date ? all.filter((s) => s.date === date) : all;
}

/** Meetings whose agenda the documents give, in the graph's order. */
export function meetingsWithAgenda(index: KnowledgeIndex): readonly Meeting[] {
  return lookupsOf(index).withAgenda;
}

/** The workplan row stated in a passage, if any. */
export function workplanRowAt(index: KnowledgeIndex, passageId: string): WorkplanRow | undefined {
  return lookupsOf(index).workplanBySource.get(passageId);
}

/**
 * The workplan row with topics that is the first such among a meeting's sources, if any: looked
 * for once per meeting (one cited all over the corpus has thousands of sources, and is described
 * on every question about it).
 */
export function topicsRowOf(index: KnowledgeIndex, m: Meeting): WorkplanRow | undefined {
  const l = lookupsOf(index);
  let row = l.topicsRow.get(m);
  if (row === undefined) {
    const at = m.sources.find((id) => !!l.workplanBySource.get(id)?.keywords);
    l.topicsRow.set(m, (row = (at ? l.workplanBySource.get(at) : undefined) ?? null));
  }
  return row ?? undefined;
}

/** The first meeting, in the graph's order, that a passage mentions. */
export function meetingAt(index: KnowledgeIndex, passageId: string | undefined): Meeting | undefined {
  return passageId === undefined ? undefined : lookupsOf(index).meetingBySource.get(passageId);
}

/** The meeting a document's cover says it was prepared for, if any. */
export function meetingOfDocument(index: KnowledgeIndex, docId: string): Meeting | undefined {
  return meetingAt(index, index.document(docId)?.passages.find((p) => p.locator === "header, meeting")?.id);
}

/** The resolution or decision whose own text a document is, if any. */
export function resolutionOfDocument(index: KnowledgeIndex, docId: string): Resolution | undefined {
  return lookupsOf(index).resolutionByDocument.get(docId);
}

/** The first document, in the corpus's order, whose cover names the agenda of this symbol (its footnote "* CAC/COSP/2023/1"). */
export function agendaDocumentOf(index: KnowledgeIndex, symbol: string): ParsedDocument | undefined {
  return lookupsOf(index).agendaDocument.get(symbol);
}


/** Builds every lookup now (the warm-up at start), so no request pays for it. */
export function prepareLookups(index: KnowledgeIndex): void {
  lookupsOf(index);
}
