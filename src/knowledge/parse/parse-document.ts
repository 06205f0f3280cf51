/**
 * Text of a UN meeting document -> `ParsedDocument { meta, passages }`.
 * Passages are the smallest citable units; each gets a stable locator.
 */
import type { BodyId, DocumentMeta, ParsedDocument, Passage, PassageKind } from "../model.js";
import { toChineseNumber, toRoman } from "../text.js";
import { parseEnglishOrdinal as englishOrdinal } from "../lang/ordinal.js";
import { ANNEX_LINE, ORGAN_OPENING, splitBlocks, fromSuperscript, type Block } from "./blocks.js";
import { cleanLines, findSymbol, findSymbols } from "./clean.js";
import { parseHeader } from "./header.js";
import { parseTable } from "./table.js";
import type { Sidecar } from "./sidecar.js";
import { splitFrontMatter, type FrontMatter } from "./front-matter.js";
import { unfoldText } from "./unfold.js";
import { passageId } from "../passage-id.js";
import { cutLongText, fallbackBlocks } from "./fallback.js";
import { readPlainCover } from "./plain-cover.js";

/** Raised for a document that cannot be indexed; the corpus loader reports and skips it. */
export class ParseError extends Error {
  readonly code = "parse_failed";
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "ParseError";
  }
}

export interface ParseOptions {
  file: string;
  sidecar?: Sidecar;
  /** Maps a body name as printed to its canonical id (from the glossary). */
  resolveBody?: (name: string) => BodyId | undefined;
  /** Known venue names, so that a title run into a venue ("维也纳与会者须知") is told apart. */
  places?: string[];
  /** The title the file itself carries (an HTML page's title, a PDF's Title property). */
  fileTitle?: string;
  /** Front matter read by the file reader (a markdown file's YAML block); read from the text otherwise. */
  frontMatter?: FrontMatter;
}

interface HeadingEntry {
  rank: number;
  text: string;
  /** Agenda-item label contributed to the item path ("2", "(a)", "(一)"). */
  itemLabel?: string;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Parses one document. @throws ParseError when the text has nothing citable. */
export function parseDocument(text: string, opts: ParseOptions): ParsedDocument {
  const { file } = opts;
  if (!text.trim()) throw new ParseError(file, "the file is empty");
  if (text.includes("\u0000")) throw new ParseError(file, "the file is binary, not text (NUL bytes found)");
  const id = file.replace(/\.[^.]+$/, "");

  const split = splitFrontMatter(text);
  const frontMatter = opts.frontMatter ?? split.frontMatter;
  const cleaned = cleanLines(unfoldText(split.body));
  const header = parseHeader(cleaned.lines, { places: opts.places });
  const meta: DocumentMeta = { id, file, ...header.meta };
  if (cleaned.printedSymbol) meta.symbol ??= cleaned.printedSymbol;
  if (header.bodyName && opts.resolveBody) meta.body = opts.resolveBody(header.bodyName);
  if (!meta.body && header.organName && opts.resolveBody) meta.body = opts.resolveBody(header.organName);
  if (!meta.distribution && !meta.symbol) {
    // A copy without a UN cover that opens with its symbol ("A/70/46 …").
    const first = cleaned.lines.find((l) => l.text.trim())?.text.trim() ?? "";
    const sym = findSymbols(first.slice(0, 40))[0]?.symbol;
    if (sym && first.startsWith(sym) && sym.split("/").length >= 3) meta.symbol = sym;
  }
  // A web page, a note or a report copy without a UN cover: its opening lines may name its title,
  // date, body and session.
  const plain = meta.distribution ? undefined : readPlainCover(cleaned.lines, opts.resolveBody);
  if (plain) {
    meta.title ??= plain.title;
    meta.date ??= plain.date;
    meta.kind ??= plain.kind;
    meta.meeting ??= plain.meeting;
    meta.body ??= plain.body;
  }
  applyFrontMatter(meta, frontMatter);
  if (opts.fileTitle && !meta.title) meta.title = opts.fileTitle;
  applySidecar(meta, opts.sidecar);
  // A page that names itself nowhere else is known by its first line ("CTOC/COP 1 Decisions"):
  // a citation must name its document.
  if (!meta.title && !meta.symbol) meta.title = firstLineTitle(cleaned.lines);
  meta.language ??= detectLanguage(text);

  const passages: Passage[] = [];
  const pageOf = new Map(cleaned.lines.map((l) => [l.lineNo, l.page]));
  let page: number | undefined = cleaned.lines[0]?.page;
  const add = (kind: PassageKind, locator: string, text: string, extra: Partial<Passage> = {}) => {
    const seq = passages.length;
    passages.push({ id: passageId(id, seq), docId: id, seq, kind, number: null, locator, headingPath: [], text, ...(page !== undefined ? { page } : {}), ...extra });
  };

  for (const b of header.blocks) add("header", b.locator, b.lines.join("\n"));
  if (header.footnote) add("footnote", "footnote *", header.footnote.text, { number: null });

  let bodyLines = cleaned.lines.slice(header.bodyStart);
  if (plain?.lines.length) {
    add("header", "header, meeting", plain.lines.join("\n"));
    const taken = new Set(plain.lineNos);
    bodyLines = bodyLines.filter((l) => !taken.has(l.lineNo));
  }
  const hasStar = cleaned.lines.slice(0, header.bodyStart).some((l) => /\*/.test(l.text));
  const blocks = splitBlocks(bodyLines, { hasStarFootnote: hasStar });
  const annotated = meta.kind === "annotated-agenda" || blocks.some((b) => b.kind === "heading" && /临时议程说明|annotated provisional agenda/i.test(b.text));

  const stack: HeadingEntry[] = [];
  /** Inside a resolution or decision: its number, and whether its numbered (operative) paragraphs began. */
  let resolution: { number: string; operative: boolean; preamble: number; titled?: boolean } | undefined;
  let agendaTop: string | undefined;
  let inProvisionalAgenda = false;
  let lastPara: string | undefined;
  const agendaCounters = [0, 0, 0];
  const contextCount = new Map<string, number>();
  const isZh = (meta.language ?? "zh") === "zh";

  const itemPath = () => {
    const labels = stack.filter((h) => h.itemLabel).map((h) => h.itemLabel!);
    return labels.length && /^\d/.test(labels[0]) ? labels.join("") : undefined;
  };
  const headingPath = () => stack.map((h) => h.text);

  for (const block of blocks) {
    page = pageOf.get(block.lineNo) ?? page;
    if (block.kind === "table") {
      for (const g of parseTable(block.rows!)) add("table-row", g.locator, g.text, { headingPath: headingPath() });
      continue;
    }
    if (block.kind === "heading" && block.resolution) {
      while (stack.length) stack.pop();
      stack.push({ rank: 0, text: block.text });
      resolution = { number: block.resolution, operative: false, preamble: 0, titled: block.title !== block.text };
      inProvisionalAgenda = false;
      lastPara = undefined;
      const own = (meta.kind === "resolution" || meta.kind === "decision") && !passages.some((p) => p.locator === "title");
      if (own) {
        meta.resolutionNumber ??= block.resolution;
        if (!opts.sidecar?.title) meta.title = fullerTitle(block.title, frontMatter?.title) ?? meta.title;
      }
      add("heading", own ? "title" : `${/^Decision/i.test(block.text) ? "decision" : "resolution"} ${block.resolution}`, block.text, { resolution: block.resolution });
      continue;
    }
    if (block.kind === "heading") {
      const { rank, itemLabel } = headingRank(block, annotated);
      while (stack.length && stack[stack.length - 1].rank >= rank) stack.pop();
      stack.push({ rank, text: block.text, itemLabel });
      inProvisionalAgenda = /^(临时议程|Provisional agenda)$/i.test(block.title ?? block.text);
      if (rank <= 1) lastPara = undefined;
      const ip = itemPath();
      add("heading", ip ? `heading ${ip}` : `heading ${block.title ?? block.text}`, block.text, { headingPath: headingPath().slice(0, -1), item: ip });
      continue;
    }
    if (block.kind === "footnote") {
      add("footnote", `footnote ${block.label}`, block.text, { headingPath: headingPath() });
      if (block.label === "*" && !meta.agendaSymbol) meta.agendaSymbol = findSymbol(block.text);
      continue;
    }
    if (inProvisionalAgenda && block.kind === "paragraph") {
      // A numbered provisional agenda ("1. Organizational matters:" / "(a) Opening …").
      agendaTop = block.number!;
      const label = block.text.match(/^\d{1,2}\./)?.[0];
      add("list-item", `provisional agenda, item ${agendaTop}`, block.text.replace(/^\d{1,2}\.\s*/, ""), { headingPath: headingPath(), item: agendaTop, ...(label ? { label } : {}) });
      continue;
    }
    if (inProvisionalAgenda && block.kind === "list-item" && agendaTop && /^\([a-z]\)$/.test(block.label ?? "")) {
      const num = `${agendaTop}${block.label}`;
      const label = block.text.match(/^\([a-z]\)/)?.[0];
      add("list-item", `provisional agenda, item ${num}`, block.text.replace(/^\([a-z]\)\s*/, ""), { headingPath: headingPath(), item: num, ...(label ? { label } : {}) });
      continue;
    }
    if (block.kind === "paragraph") {
      // An annex numbers its paragraphs afresh: its paragraph 4 (and 4(a)) is cited as the annex's, not the text's.
      const annex = stack.find((h) => ANNEX_LINE.test(h.text))?.text;
      lastPara = annex ? `${annex}, ${block.number}` : block.number;
      if (resolution && !annex) resolution.operative = true;
      add("paragraph", lastPara!, block.text, { number: lastPara!, headingPath: headingPath(), item: itemPath(), ...(resolution && !annex ? { ...(resolution.number ? { resolution: resolution.number } : {}), role: "operative" as const } : {}) });
      continue;
    }
    if (resolution && resolution.preamble === 0 && block.kind === "text" && !resolution.titled && passages[passages.length - 1]?.kind === "heading" && !/[.;:,。；]$/.test(block.text)) {
      // "Decision 1/1" printed alone, its title on the next line.
      resolution.titled = true;
      add("heading", `${passages[passages.length - 1].locator}, title`, block.text, { headingPath: headingPath(), resolution: resolution.number });
      continue;
    }
    if (block.plenary) {
      add("text", "plenary meeting", block.text, { headingPath: headingPath(), ...(resolution?.number ? { resolution: resolution.number } : {}) });
      continue;
    }
    if (block.kind === "text" && ORGAN_OPENING.test(block.text) && (!resolution || !resolution.operative)) {
      // "The Security Council,": the opening of a resolution's text, numbered or (a draft) not.
      resolution ??= { number: "", operative: false, preamble: 0 };
      add("text", "preamble", block.text, { headingPath: headingPath(), ...(resolution.number ? { resolution: resolution.number } : {}), role: "preambular" });
      continue;
    }
    if (resolution && !resolution.operative && block.kind === "text") {
      resolution.preamble++;
      add("text", `preamble ${resolution.preamble}`, block.text, { headingPath: headingPath(), ...(resolution.number ? { resolution: resolution.number } : {}), role: "preambular" });
      continue;
    }
    if (block.kind === "list-item" && inProvisionalAgenda && block.bullet) {
      const level = Math.min(block.level ?? 0, 2);
      agendaCounters[level]++;
      for (let k = level + 1; k < 3; k++) agendaCounters[k] = 0;
      let num = String(agendaCounters[0]);
      if (level >= 1) num += `(${LETTERS[agendaCounters[1] - 1]})`;
      if (level >= 2) num += `(${isZh ? toChineseNumber(agendaCounters[2]) : toRoman(agendaCounters[2])})`;
      add("list-item", `provisional agenda, item ${num}`, block.text, { headingPath: headingPath(), item: num });
      continue;
    }
    // Unnumbered text and list items: located under the agenda item, paragraph or heading they sit in.
    const ip = itemPath();
    const context = ip ?? lastPara ?? stack[stack.length - 1]?.text ?? "text";
    if (block.kind === "list-item" && block.resolution) {
      add("list-item", `${/^Decision/i.test(block.text) ? "decision" : "resolution"} ${block.resolution}, listed`, block.text, { headingPath: headingPath(), listedResolution: { number: block.resolution, title: block.title! } });
      continue;
    }
    if (block.kind === "list-item") {
      const n = (contextCount.get(`${context}|li`) ?? 0) + 1;
      contextCount.set(`${context}|li`, n);
      const loc = block.label ? `${context}${lastPara && !ip ? "" : ", "}${block.label}` : `${context}, item ${n}`;
      add("list-item", loc, block.text, { headingPath: headingPath(), item: ip });
      continue;
    }
    const n = (contextCount.get(context) ?? 0) + 1;
    contextCount.set(context, n);
    const loc = n === 1 ? context : `${context}, para ${n}`;
    // A page-long run of text is cut at sentence ends into citable parts.
    const parts = cutLongText(block.text);
    parts.forEach((part, k) => add("text", parts.length > 1 ? `${loc}, part ${k + 1}` : loc, part, { headingPath: headingPath(), item: ip }));
  }

  if (!passages.some((p) => p.kind !== "header" && p.kind !== "text")) {
    // Nothing structured: the text is still indexed, as plain blocks, and the report says so.
    passages.splice(0, passages.length, ...passages.filter((p) => p.kind === "header"));
    const blocks = fallbackBlocks(bodyLines);
    if (!blocks.length && !passages.length) throw new ParseError(file, "no text was found");
    for (const b of blocks) add("text", b.locator, b.text, b.page !== undefined ? { page: b.page } : {});
    meta.structure = { kind: "blocks", reason: blocks.length ? "no numbered paragraphs, headings, list items or table rows were found" : "only a cover was found" };
  }
  dedupeLocators(passages);
  linkFootnotes(passages);
  return { meta, passages };
}

/**
 * Front matter fills what the text does not say (a pipeline's title may be truncated or belong
 * to another document, so the title printed in the text wins); the sidecar, applied after, wins
 * over both.
 */
/**
 * The language a text is written in, when no cover or front matter says: Chinese when Chinese
 * characters outnumber Latin words, English otherwise (the bodies' other languages are not told
 * apart here).
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  const han = (sample.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const words = (sample.match(/[A-Za-z]{2,}/g) ?? []).length;
  return han > words ? "zh" : "en";
}

/**
 * The printed title made whole: a title that runs over two lines is printed cut at the line
 * break, and the front matter keeps it whole. When the front matter's title begins with the
 * printed words (in any case, ordinals spelled either way: "fourth" = "4th"), the rest of it is
 * appended to the printed part, its catalogue spacing (" : ") tidied.
 */
export function fullerTitle(printed: string | undefined, fm: string | undefined): string | undefined {
  if (!printed || !fm) return printed;
  const whole = fm.replace(/[\s:：;,]+$/, "").trim();
  const key = (w: string) => {
    const lower = w.toLowerCase();
    const n = englishOrdinal(lower);
    return n === undefined ? lower : String(n);
  };
  const mine = printed.trim().split(/\s+/);
  const words = [...whole.matchAll(/\S+/g)];
  if (words.length <= mine.length || !mine.every((w, i) => key(w) === key(words[i][0]))) return printed;
  const rest = whole.slice(words[mine.length - 1].index! + words[mine.length - 1][0].length).replace(/\s+:\s+/g, ": ");
  return `${printed.trim()}${rest}`;
}

function applyFrontMatter(meta: DocumentMeta, fm: FrontMatter | undefined): void {
  if (!fm) return;
  if (fm.symbol) meta.symbol = fm.symbol;
  if (fm.date && !meta.date) meta.date = fm.date;
  if (fm.language) meta.language = fm.language;
  if (fm.title && !meta.title) meta.title = fm.title;
  if (fm.source) meta.source = fm.source;
}

/** Rank of a heading in the nesting, and the agenda-item label it contributes. */
function headingRank(b: Block, annotated: boolean): { rank: number; itemLabel?: string } {
  const label = b.label;
  const title = (b.title ?? b.text).trim();
  if (/^(文件|Documentation|Documents)$/i.test(title) && !label) return { rank: 6 };
  if (/^(附件|Annex)(?:\s*[一二三四五六七八九十IVX]*)$/i.test(title) && !label) return { rank: 0 };
  if (label && /^[一二三四五六七八九十]+\.$/.test(label)) return { rank: 1 };
  if (label && /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.$/.test(label)) return { rank: 1 };
  if (label && /^[A-Z]\.$/.test(label)) return { rank: 2 };
  if (label && /^\d+\.$/.test(label)) return { rank: 3, itemLabel: annotated ? label.slice(0, -1) : undefined };
  if (label && /^\([a-z]\)$/.test(label)) return { rank: 4, itemLabel: annotated ? label : undefined };
  if (label && /^\((?:[一二三四五六七八九十]+|[ivx]+)\)$/.test(label)) return { rank: 5, itemLabel: annotated ? label : undefined };
  // Unlabelled headings: markdown "##" titles start a part of the document; short lines
  // ("建议", "采取的行动") are sub-headings of the current section.
  if (b.level !== undefined && b.level <= 2) return { rank: 0 };
  if (b.level === 3) return { rank: 0.5 };
  return { rank: 6 };
}

function dedupeLocators(passages: Passage[]): void {
  const seen = new Map<string, number>();
  for (const p of passages) {
    const n = (seen.get(p.locator) ?? 0) + 1;
    seen.set(p.locator, n);
    if (n > 1) p.locator = `${p.locator} (${n})`;
  }
}

/** Links footnote markers (¹, <sup>1</sup>, *) in passages to the footnote passages. */
function linkFootnotes(passages: Passage[]): void {
  const notes = new Map<string, string>();
  for (const p of passages) if (p.kind === "footnote") notes.set(p.locator.replace(/^footnote /, "").replace(/ \(\d+\)$/, ""), p.id);
  if (!notes.size) return;
  for (const p of passages) {
    if (p.kind === "footnote") continue;
    const labels = new Set<string>();
    for (const m of p.text.matchAll(/<sup>(\w+)<\/sup>/g)) labels.add(m[1]);
    for (const m of p.text.matchAll(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g)) labels.add(fromSuperscript(m[0]));
    if (/[^\s*]\*(?:\s|项目|$)/.test(p.text) && p.kind === "header") labels.add("*");
    const ids = [...labels].map((l) => notes.get(l)).filter((x): x is string => !!x);
    if (ids.length) p.footnotes = ids;
  }
}

function applySidecar(meta: DocumentMeta, sidecar: Sidecar | undefined): void {
  if (!sidecar) return;
  const { note: _note, meeting, agendaItem, ...rest } = sidecar;
  Object.assign(meta, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== null)));
  if (meeting) meta.meeting = { ...meta.meeting, ...meeting };
  if (agendaItem) meta.agendaItem = { ...meta.agendaItem, ...agendaItem };
}

/** A text's first line, when it reads as a heading: short, with words, and no sentence punctuation. */
function firstLineTitle(lines: { text: string }[]): string | undefined {
  const first = lines.find((l) => l.text.trim())?.text.trim();
  return first && first.length <= FIRST_LINE_TITLE && /\p{L}{2}/u.test(first) && !/[.,;:。，；：]/.test(first) ? first : undefined;
}
/** The longest first line taken for a title. */
const FIRST_LINE_TITLE = 120;
