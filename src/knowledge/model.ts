/**
 * The document index's data model: parsed documents, their citable passages, and the knowledge
 * graph extracted from them. Every graph node points at the passages it came from.
 */

/** Canonical body ids; see data/terms for names and aliases. */
export type BodyId = "cosp" | "wg-prevention" | "irg" | "wg-asset-recovery" | "eg-cooperation" | "ungass" | (string & {});

export type DocumentKind =
  | "annotated-agenda"
  | "provisional-agenda"
  | "background-paper"
  | "secretariat-report"
  | "draft-report-addendum"
  | "report"
  | "resolution"
  | "decision"
  | "other";

export type PassageKind = "header" | "heading" | "paragraph" | "list-item" | "table-row" | "footnote" | "text";

/** The smallest citable unit of a document. */
/** How a passage search is made: how many hits, within one document, with the question's own words only (no translations). */
export interface SearchOptions {
  limit?: number;
  docId?: string;
  ownWords?: boolean;
}

export interface Passage {
  /** `${docId}#${seq}`: stable for a given document text. */
  id: string;
  docId: string;
  /** Position in the document, 0-based. */
  seq: number;
  kind: PassageKind;
  /** Paragraph number ("27") for numbered paragraphs, else null. */
  number: string | null;
  /** Human locator: "27", "2(a)(一)", "annex, row 2024-09-05 10:00", "header", "footnote 1". */
  locator: string;
  /** Headings above this passage, outermost first. */
  headingPath: string[];
  /** Agenda-item number of the section the passage sits in ("2(a)(一)"), when known. */
  item?: string;
  /** Text as in the source, PDF line breaks joined, markup kept. */
  text: string;
  /** The number or letter the source writes before an agenda item's text ("4.", "(b)"), which `text` leaves out; a citation quotes it. */
  label?: string;
  /** Ids of the footnote passages this passage refers to. */
  footnotes?: string[];
  /** The resolution or decision ("80/12", "1/1") whose text this passage is. */
  resolution?: string;
  /** A list entry naming a resolution or decision with its title ("Decision 1/3 Notifications, …"). */
  listedResolution?: { number: string; title: string };
  /** Within a resolution: a preambular or an operative paragraph. */
  role?: "preambular" | "operative";
  /** Page of the source file (PDF), when known. */
  page?: number;
}

/** Header fields of a document, from its text and its sidecar (sidecar wins). */
export interface DocumentMeta {
  /** File stem, unique within the corpus. */
  id: string;
  file: string;
  symbol?: string;
  title?: string;
  /** English title (from the sidecar) for English answers about a document in another language. */
  titleEn?: string;
  kind?: DocumentKind;
  /** Issue date, ISO yyyy-mm-dd. */
  date?: string;
  distribution?: string;
  language?: string;
  originalLanguage?: string;
  body?: BodyId;
  /**
   * The meeting the document was prepared for; `of` names, as printed, the body whose meeting it
   * is when that is not the document's own (a committee's report to the General Assembly).
   */
  meeting?: { ordinal?: number; kind?: MeetingKind; start?: string; end?: string; venue?: string; of?: string };
  agendaItem?: { number: string; title?: string };
  /** Symbol of the provisional agenda the document belongs to (header footnote). */
  agendaSymbol?: string;
  /** The number of the resolution or decision the document is ("80/12"). */
  resolutionNumber?: string;
  /** "Resolution adopted by the General Assembly on 1 December 2025": the adopting organ and date. */
  adopted?: { by: string; date?: string };
  /** Where the text came from (front matter: the source PDF or page). */
  source?: string;
  /** What the file reader repaired or could not keep (scanned pages, stray bytes). */
  warnings?: string[];
  /** Set when the parser found no structure and indexed the text as plain blocks. */
  structure?: { kind: "blocks"; reason: string };
}

export interface ParsedDocument {
  meta: DocumentMeta;
  passages: Passage[];
}

/** A document that could not be parsed, reported and skipped. */
export interface SkippedDocument {
  file: string;
  reason: string;
}

export type MeetingKind = "session" | "meeting" | "resumed" | "intersessional" | "special" | "joint" | "other";

export interface Meeting {
  id: string;
  /** Bodies holding the meeting (joint meetings have several). */
  bodies: BodyId[];
  ordinal?: number;
  kind: MeetingKind;
  /** For resumed sessions: which resumption (1 = first resumed session). */
  part?: number;
  /** Name as written when it is not a body's ordinal meeting (e.g. a global conference). */
  name?: string;
  start?: string;
  end?: string;
  /** Year when only "2018 年第九次会议" is known. */
  year?: number;
  /** Month precision when only "2022年6月" is known: yyyy-mm. */
  month?: string;
  venue?: string;
  /** Opening: date, local time "15:00", and room, as announced. */
  opening?: { date: string; time?: string; place?: string; source: string };
  /** Format, e.g. "hybrid", "in person". */
  format?: string;
  /** Passage ids that mention this meeting. */
  sources: string[];
}

export interface TimeSlot {
  meetingId: string;
  /** ISO date. */
  date: string;
  start: string;
  end: string;
  /** Agenda item numbers taken up in the slot, in order. */
  items: string[];
  source: string;
}

export interface AgendaItem {
  meetingId: string;
  /** As printed: "2(a)(一)". */
  number: string;
  /** Canonical key with roman sub-sub-items: "2(a)(i)". */
  key: string;
  title: string;
  /** Passage of the provisional agenda list or the annex row that gives the title. */
  source: string;
  /** Annotation passages under the item's heading. */
  annotations: string[];
  /** Symbols of the documents listed for the item. */
  documents: string[];
  /** Resolution numbers cited as mandates in the item's annotations. */
  mandates: string[];
}

export type StatementVerb =
  | "decides"
  | "requests"
  | "encourages"
  | "welcomes"
  | "recognizes"
  | "invites"
  | "emphasizes"
  | "reaffirms"
  | "recalls"
  | "calls upon"
  | "urges"
  | "instructs"
  | "commits"
  | "notes"
  | "adopts"
  | "launches";

export interface Statement {
  verb: StatementVerb | (string & {});
  /** Who is addressed: "secretariat", "working group", "States parties", "UNODC", ... */
  addressee?: string;
  text: string;
  /** The clause of `text` that carries this statement's verb. */
  clause?: string;
  /** Operative paragraph of the resolution, when the source names it ("第9/2号决议第5段"). */
  paragraph?: number;
  source: string;
}

export interface Resolution {
  /** Unique key: body, kind and number ("cosp:resolution:10/3", "ga:resolution:80/10"). */
  key: string;
  /** "10/3". */
  number: string;
  kind: "resolution" | "decision";
  /** The adopting body ("cosp", "ga", "ctoc-cop"); General Assembly 80/10 and Conference 10/3 are different things. */
  body: BodyId;
  title?: string;
  /** Its title in the other language, where mentions give it in both (a Chinese report's 题为“…”, an English note's entitled "…"). */
  otherTitle?: string;
  /** Adoption date, when the text says it ("Resolution adopted by the General Assembly on …"). */
  adopted?: string;
  /** The passage of another document that gives the adoption date ("resolution 55/61 of 4 December 2000"); none for its own text's. */
  adoptedSource?: string;
  /** "46th plenary meeting 19 November 2025". */
  plenary?: { ordinal: number; date?: string; source: string };
  /** The agenda item it was adopted under ("90(b)"). */
  agendaItem?: string;
  /** The corpus document that is this resolution's own text. */
  docId?: string;
  /** Ordinal of the Conference session that adopted it (the number before the slash). */
  session: number;
  statements: Statement[];
  /** Every passage that mentions it. */
  sources: string[];
}

export interface Recommendation {
  id: string;
  /** Meeting the recommendation was made at, when stated. */
  meetingId?: string;
  text: string;
  /** Section heading the recommendation sits under (topic). */
  topic?: string;
  source: string;
  /** Passages of "actions taken" on it. */
  actions: string[];
}

export interface SymbolInfo {
  symbol: string;
  /** What the text says the document is (the passage text around it). */
  descriptions: { text: string; source: string }[];
  /** Corpus document carrying this symbol, if any. */
  docId?: string;
}

export interface WorkplanRow {
  /** As printed: "2023年6月12日至16日", "2024年". */
  period: string;
  start?: string;
  end?: string;
  year?: number;
  bodies: BodyId[];
  /** Body names as printed (for bodies without canonical ids). */
  bodyNames: string[];
  /** Political declaration paragraphs. */
  paragraphs: string[];
  keywords: string;
  /** What the row says in the paragraphs' place ("可能将…的一个项目列入该届会议临时议程"), if anything. */
  note?: string;
  source: string;
}

/** The extracted knowledge graph. */
export interface KnowledgeGraph {
  meetings: Meeting[];
  agenda: AgendaItem[];
  slots: TimeSlot[];
  resolutions: Resolution[];
  recommendations: Recommendation[];
  symbols: SymbolInfo[];
  workplan: WorkplanRow[];
}

/** Counts reported by `ingest --json` (DESIGN.md, Contracts). */
export interface IndexCounts {
  documents: number;
  passages: number;
  meetings: number;
  resolutions: number;
  agendaItems: number;
  recommendations: number;
  symbols: number;
}

/** A passage found by full-text search. */
export interface SearchHit {
  passage: Passage;
  score: number;
}

/** Query API of the document index, for the answer layer, commands and digests. */
export interface KnowledgeIndex {
  readonly documents: ParsedDocument[];
  readonly graph: KnowledgeGraph;
  readonly skipped: SkippedDocument[];
  /** The terminology the index was built with (names, aliases, English expansion). */
  readonly glossary: import("./glossary.js").Glossary;
  counts(): IndexCounts;
  document(docId: string): ParsedDocument | undefined;
  passage(id: string): Passage | undefined;
  /**
   * The citation for a passage: document name, file, locator and the whole passage text; with a
   * language, the same paragraph in the document's version in that language where there is one.
   */
  cite(passageId: string, lang?: string): import("../core/types.js").Citation;
  /** A document's language versions (documents filed under the same symbol), itself included. */
  versions(docId: string): ParsedDocument[];
  /** Meetings filtered by body, ordinal, kind and date overlap (ISO dates, inclusive). */
  meetings(q?: { body?: BodyId; ordinal?: number; kind?: MeetingKind; from?: string; to?: string }): Meeting[];
  meeting(id: string): Meeting | undefined;
  /** Agenda items of a meeting in document order. */
  agenda(meetingId: string): AgendaItem[];
  /** Time slots of a meeting's organization of work, optionally of one date. */
  slots(meetingId: string, date?: string): TimeSlot[];
  /** A resolution or decision by number; with several bodies' of that number, the body or kind asked, else the Conference's, else the best documented. */
  resolution(number: string, q?: { body?: BodyId; kind?: "resolution" | "decision" }): Resolution | undefined;
  /** Every resolution and decision with that number (several bodies number theirs alike). */
  resolutions(number: string): Resolution[];
  recommendations(q?: { meetingId?: string; topic?: string }): Recommendation[];
  symbol(symbol: string): SymbolInfo | undefined;
  workplan(q?: { year?: number; body?: BodyId }): WorkplanRow[];
  /** BM25 over passages, Chinese segmentation, English query terms expanded through the glossary. */
  search(query: string, opts?: SearchOptions): SearchHit[];
  /**
   * How many passages contain any of the terms: Chinese terms as substrings of the passage's
   * squashed text (see `squashedText`), English stem keys as words in a row of its stem line
   * (`stemLine`). Read from postings kept with the build, not by scanning the corpus; see
   * containment.ts for where the count is an upper bound. With `bands` (ascending thresholds),
   * any count in the same band as the count may be returned, which often needs no posting read.
   */
  passageFrequency(q: import("./containment.js").ContainmentQuery, bands?: readonly number[]): number;
  /**
   * The passages that contain some term of every query (at most `limit`, in corpus order), from
   * the same postings: where a count is an upper bound, a passage returned may lack a term, so
   * the caller checks what it needs.
   */
  passagesHolding(queries: readonly import("./containment.js").ContainmentQuery[], limit?: number): Passage[];
  /**
   * Reads ahead, from a cache read lazily, what nearly every question needs and would otherwise
   * read from disk: the postings of the commonest search and containment terms. For a warm-up.
   */
  readAhead?(): void;
  /**
   * Whether a document's passages may contain any of `strings` (as substrings of their text):
   * false only where none does. A document whose passages are not in memory is told from its
   * stored bytes, without reading its passages: for looking through many documents for a few
   * words, most of which hold none of them.
   */
  mayContain?(docId: string, strings: readonly string[]): boolean;
}
