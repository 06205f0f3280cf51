/**
 * Splits the body of a document into blocks: numbered paragraphs, headings, list items,
 * footnotes and unnumbered text. A line that starts none of these continues the block it
 * belongs to, which joins sentences broken by PDF extraction and page breaks (also across a
 * footnote printed at the foot of the page).
 */
import { joinBroken } from "../text.js";
import type { SourceLine } from "./clean.js";

export type BlockKind = "heading" | "paragraph" | "list-item" | "footnote" | "text" | "table";

export interface Block {
  kind: BlockKind;
  text: string;
  lineNo: number;
  /** Paragraph number for numbered paragraphs. */
  number?: string;
  /** Heading label ("2.", "(a)", "(一)", "三.", "A.") or list label ("(a)"), or footnote label. */
  label?: string;
  /** Heading text without its label. */
  title?: string;
  /** Markdown heading level or list indentation level. */
  level?: number;
  /** Raw lines of a table block. */
  rows?: string[];
  /** Markdown bullet ("- ") list item. */
  bullet?: boolean;
  /** A markdown heading: always a single line. */
  markdown?: boolean;
  /** The heading is a resolution's or decision's own title: its number ("80/12", "1/1"). */
  resolution?: string;
  /** The plenary meeting line that closes a resolution. */
  plenary?: boolean;
}

/** "The Security Council,": the line that opens a resolution's text, its preamble after it. */
export const ORGAN_OPENING = /^The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Conference[\w ]*|Commission[\w ]*)[,:]$/;
/** Past participles and adjectives a preambular paragraph opens with. */
const PREAMBULAR_ADJECTIVES = ["Concerned", "Convinced", "Determined", "Alarmed", "Encouraged", "Guided", "Inspired", "Disturbed", "Appalled", "Shocked", "Dismayed", "Outraged", "Troubled", "Pleased", "Gratified", "Heartened", "Committed", "Resolved", "Reassured", "Persuaded", "Satisfied", "Worried", "Saddened", "Cognizant", "Cognisant", "Mindful", "Aware", "Conscious", "Desirous"];

/**
 * The first words of a preambular paragraph ("Recalling", "Taking note", "Deeply concerned",
 * "Mindful", "Acting under Article 41"): a present participle, or a past one of those preambles
 * open with, perhaps after an adverb; not a name ending alike ("United States", "Beijing").
 */
const PREAMBULAR_OPENER = new RegExp(
  String.raw`^(?:(?:Further|Also|Deeply|Gravely|Strongly|Seriously|Firmly|Profoundly|Fully|Particularly|Once again)\s+[a-z]+(?:ing|ed)|(?![A-Z][a-z]*jing\b)[A-Z][a-z]{2,}ing|(?:${PREAMBULAR_ADJECTIVES.join("|")}))\b`,
);

/** The line that opens an annex or appendix: "Annex I", "Annex", "Appendix 2", "附件一". */
export const ANNEX_LINE = /^(?:Annex|Appendix)(?:\s+(?:[IVX]{1,5}|\d{1,2}|[A-Z]))?$|^附件[一二三四五六七八九十\d]*$/;

const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** Converts superscript digits to ASCII digits. */
export const fromSuperscript = (s: string) => [...s].map((c) => String(SUPERSCRIPTS.indexOf(c))).join("");

/** Sentence-final punctuation, possibly followed by a footnote marker ("…讨论议题。<sup>1</sup>", "…法律。¹"). */
const TERMINAL = /(?:[。！？!?；;：:]|[。！？!?]”)(?:<sup>\w+<\/sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?$/;
const CN_NUM = "[一二三四五六七八九十]+";

/**
 * A heading set in capitals: two to six words of capitals, one of them of four letters or more,
 * nothing else ("CONFERENCE ROOM PAPERS"; not "EN FR SP RU AR CH", not a symbol "CAC/COSP/2015/1").
 */
const CAPITALS_HEADING = /^(?=.*\b[A-Z]{4,}\b)[A-Z]+(?:[ -][A-Z]+){1,5}$/;

/** Headings are short and carry no sentence-final punctuation. */
const looksLikeHeading = (t: string) => t.length <= 60 && !/[。；;]$/.test(t);

interface Classified {
  kind: BlockKind;
  text: string;
  number?: string;
  label?: string;
  title?: string;
  level?: number;
  bullet?: boolean;
  markdown?: boolean;
  resolution?: string;
  plenary?: boolean;
}

/** Splits cleaned body lines into blocks. `hasStarFootnote` says a "*" marker occurs in the header. */
export function splitBlocks(lines: SourceLine[], opts: { hasStarFootnote?: boolean } = {}): Block[] {
  const blocks: Block[] = [];
  let lastParaNumber = 0;
  /** The block a continuation line joins: the last open paragraph, list item, text or long heading. */
  let open: Block | undefined;

  const classify = (raw: string): Classified | undefined => {
    const indent = raw.match(/^ */)![0].length;
    const t = raw.trim();
    let m: RegExpMatchArray | null;
    if ((m = t.match(/^(#{1,6})\s+(.*)$/))) {
      return { kind: "heading", text: m[2].trim(), level: m[1].length, markdown: true, ...splitLabel(m[2].trim()) };
    }
    if ((m = t.match(/^<sup>(\w+)<\/sup>\s*(.+)$/))) return { kind: "footnote", text: t, label: m[1] };
    // Markdown footnotes: "[^3]: Resolution 70/1."
    if ((m = t.match(/^\[\^(\w+)\]:\s*(.+)$/))) return { kind: "footnote", text: t, label: m[1] };
    // The line that closes a resolution: "46th plenary meeting 19 November 2025".
    if (/^\d{1,3}(?:st|nd|rd|th) plenary meeting\b/.test(t)) return { kind: "text", text: t, plenary: true };
    if ((m = t.match(/^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(.+)$/))) return { kind: "footnote", text: t, label: fromSuperscript(m[1]) };
    if (opts.hasStarFootnote && (m = t.match(/^\*\s+(.+)$/))) return { kind: "footnote", text: t, label: "*" };
    if ((m = t.match(new RegExp(`^(${CN_NUM})\\.\\s*(.+)$`)))) return { kind: "heading", text: t, label: `${m[1]}.`, title: m[2], level: 1 };
    if ((m = t.match(/^((?:I|II|III|IV|V|VI|VII|VIII|IX|X))\.\s+(.+)$/)) && looksLikeHeading(t)) {
      return { kind: "heading", text: t, label: `${m[1]}.`, title: m[2], level: 1 };
    }
    if ((m = t.match(/^([A-Z])\.\s+(.+)$/)) && looksLikeHeading(t)) return { kind: "heading", text: t, label: `${m[1]}.`, title: m[2], level: 2 };
    if ((m = t.match(/^(\d{1,3})\.\s*(.+)$/))) {
      const n = Number(m[1]);
      const inSequence = n === lastParaNumber + 1 || (n > lastParaNumber && n <= lastParaNumber + 3 && !looksLikeHeading(t));
      if (inSequence) return { kind: "paragraph", text: t, number: m[1] };
      if (looksLikeHeading(t)) return { kind: "heading", text: t, label: `${m[1]}.`, title: m[2], level: 3 };
    }
    // A resolution's or decision's title: "80/12. Objective information …", "Decision 1/1".
    if ((m = t.match(/^((?:[A-Z]-)?\d{1,3}\/\d{1,3}(?:\s?[A-Z])?)\.\s+(.+)$/)) && !/[.;]$/.test(t)) {
      return { kind: "heading", text: t, label: m[1], title: m[2], level: 1, resolution: m[1] };
    }
    // A list of decisions with their titles: "Decision 1/3Notifications, declarations and …".
    if ((m = t.match(/^(?:Decision|Resolution)\s+((?:[A-Z]-)?\d{1,3}\/\d{1,3})\s*([A-Z].*)$/)) && !/[.;]$/.test(t)) {
      return { kind: "list-item", text: t, level: 0, resolution: m[1], title: m[2] };
    }
    if ((m = t.match(/^(Decision|Resolution)\s+((?:[A-Z]-)?\d{1,3}\/\d{1,3})$/))) {
      return { kind: "heading", text: t, label: m[2], title: t, level: 1, resolution: m[2] };
    }
    // A row of a document list: "CAC/COSP/WG.4/2011/2  Good practices …".
    if (/^(?:CAC|CTOC|A|E|S)\/[A-Z0-9.]+(?:\/[A-Za-z0-9.-]+)+\s+\S/.test(t) && !/[。]/.test(t.slice(0, 40))) {
      return { kind: "list-item", text: t, level: 0 };
    }
    if ((m = t.match(/^[-•·]\s+(.*)$/))) {
      return { kind: "list-item", text: m[1], level: Math.floor(indent / 2), bullet: true, ...listLabel(m[1]) };
    }
    if ((m = t.match(/^\(([a-z])\)\s*(.+)$/)) || (m = t.match(/^（([a-z])）\s*(.+)$/))) {
      return { kind: "list-item", text: t, label: `(${m[1]})`, level: Math.floor(indent / 2) };
    }
    return undefined;
  };

  // PDF text wrapped at a fixed width: a full-width line continues on the next one even when it
  // happens to end with a full stop.
  const wrapWidth = detectWrapWidth(lines);
  let lastLineLen = 0;

  let pendingTable: Block | undefined;
  let blankBefore = false;
  let afterTitle: Block | undefined;
  // Between "The Security Council," and the first numbered paragraph: a preamble, whose
  // paragraphs a PDF may set with no blank line between them.
  let inPreamble = false;
  for (const line of lines) {
    const raw = line.text;
    if (raw.includes("\t")) {
      if (!pendingTable) {
        pendingTable = { kind: "table", text: "", lineNo: line.lineNo, rows: [] };
        blocks.push(pendingTable);
      }
      pendingTable.rows!.push(raw);
      open = undefined;
      continue;
    }
    if (!raw.trim()) {
      blankBefore = true;
      continue;
    }
    const startsAfterBlank = blankBefore;
    blankBefore = false;
    // An annex numbers its paragraphs afresh ("Annex I" … "1. Upon receipt of a delisting request").
    if (ANNEX_LINE.test(raw.trim())) lastParaNumber = 0;
    const c = classify(raw);
    if (pendingTable && !c) {
      // A wrapped table cell without tabs continues the last row.
      const rows = pendingTable.rows!;
      rows[rows.length - 1] = joinBroken(rows[rows.length - 1], raw.trim());
      continue;
    }
    if (pendingTable && c && c.kind !== "footnote") pendingTable = undefined;
    if (!c) {
      const t = raw.trim();
      const wrapped = wrapWidth > 0 && lastLineLen >= wrapWidth * 0.85;
      // English text set in blank-line separated paragraphs: a capitalised line after a blank
      // line starts a new paragraph (preambular paragraphs end with a comma).
      // In a preamble, a paragraph ends with a comma and the next opens with a participle
      // ("…(S/2023/962)," / "Expressing grave concern …"), blank line or not.
      // (The paragraph before may end on its footnote's marker: "… the standardized reporting system,1",
      // "… following the third Conference, 15".)
      const preambular = inPreamble && !!open && /[,;](?: ?\d{1,2})?$/.test(open.text) && PREAMBULAR_OPENER.test(t);
      const newParagraph = preambular || (startsAfterBlank && /^(?:[A-Z“"]|\d{1,3}\s+[A-Z])/.test(t) && !!open && (/[,;:.](?: ?\d{1,2})?$/.test(open.text) || afterTitle === open));
      if (ORGAN_OPENING.test(t)) inPreamble = true;
      // A line in capitals alone ("CONFERENCE ROOM PAPERS") heads what follows: it continues no
      // paragraph, whose last line need not end with a stop.
      const capitals = CAPITALS_HEADING.test(t);
      const canContinue =
        !newParagraph &&
        !capitals &&
        open &&
        (!TERMINAL.test(open.text) || (wrapped && open.kind !== "heading")) &&
        (open.kind !== "heading" || (!open.markdown && wrapWidth > 0 && lastLineLen >= wrapWidth * 0.7));
      lastLineLen = t.length;
      if (canContinue) {
        open!.text = joinBroken(open!.text, t);
        if (open!.kind === "heading") open!.title = joinBroken(open!.title ?? "", t);
        continue;
      }
      const b: Block = capitals
        ? { kind: "heading", text: t, lineNo: line.lineNo, title: t, level: 3 }
        : looksLikeHeading(t) && !TERMINAL.test(t) && !/[，,、]$/.test(t) && !/[a-z]\.$/.test(t) && t.length <= 40
          ? { kind: "heading", text: t, lineNo: line.lineNo, title: t, level: 4 }
          : { kind: "text", text: t, lineNo: line.lineNo };
      blocks.push(b);
      // The line after a decision number alone is its title: it ends at the next blank line.
      afterTitle = blocks[blocks.length - 2]?.resolution && blocks[blocks.length - 2].title === blocks[blocks.length - 2].text ? b : undefined;
      open = b;
      continue;
    }
    lastLineLen = raw.trim().length;
    const b: Block = { ...c, lineNo: line.lineNo };
    if (c.kind === "paragraph") {
      lastParaNumber = Number(c.number);
      inPreamble = false;
    }
    blocks.push(b);
    // Footnotes never take continuation lines from the page that follows: those belong to the
    // paragraph the page break interrupted, so `open` stays on it.
    // A markdown footnote ("[^2]: …") is not at a page's foot: its wrapped lines are its own.
    if (c.kind !== "footnote" || /^\[\^/.test(raw.trim())) open = b;
  }
  return blocks;
}

/**
 * The width at which a PDF-extracted text was wrapped, or 0 when paragraphs are single lines.
 * Wrapped text has many lines of nearly the same (short) length.
 */
export function detectWrapWidth(lines: SourceLine[]): number {
  const lens = lines.map((l) => l.text.trim().length).filter((n, i) => n > 0 && !lines[i].text.includes("\t"));
  if (lens.length < 10) return 0;
  const sorted = [...lens].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)];
  if (p90 > 80) return 0;
  const near = lens.filter((n) => n >= p90 * 0.85 && n <= p90 * 1.1).length;
  return near >= lens.length * 0.3 ? p90 : 0;
}

/** Splits "1. 组织事项" / "(a) 会议开幕" / "(一) ..." into label and title. */
export function splitLabel(t: string): { label?: string; title?: string } {
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^(\d{1,2})\.\s*(.*)$/))) return { label: `${m[1]}.`, title: m[2] };
  if ((m = t.match(/^\(([a-z])\)\s*(.*)$/))) return { label: `(${m[1]})`, title: m[2] };
  if ((m = t.match(new RegExp(`^[(（](${CN_NUM}|[ivx]+)[)）]\\s*(.*)$`)))) return { label: `(${m[1]})`, title: m[2] };
  if ((m = t.match(new RegExp(`^(${CN_NUM})\\.\\s*(.*)$`)))) return { label: `${m[1]}.`, title: m[2] };
  return { title: t };
}

function listLabel(t: string): { label?: string } {
  const m = t.match(/^\(([a-z])\)\s/);
  return m ? { label: `(${m[1]})` } : {};
}
