/**
 * HTML to text that keeps the page's block structure: each heading, paragraph, list item and
 * table row on its own line, in the forms the document parser reads ("# Heading", "- item",
 * "1. item", cells separated by tabs), and a blank line between paragraphs. Scripts, styles,
 * navigation and hidden elements are dropped. Parsed with htmlparser2, which forgives the
 * unclosed tags of real pages.
 */
import { Parser } from "htmlparser2";

/** Text and title of a page. */
export interface HtmlText {
  text: string;
  title?: string;
}

/** Elements whose content is never text of the document. */
const SKIP = new Set(["script", "style", "noscript", "template", "nav", "svg", "math", "iframe", "object", "embed", "canvas", "select", "button", "audio", "video", "map", "head"]);
/** Landmarks of the site around the document rather than the document. */
const SKIP_ROLES = new Set(["navigation", "banner", "search", "menu", "menubar"]);
/** Elements that start a paragraph of their own (a blank line around them). */
const PARAGRAPH = new Set(["p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "figure", "figcaption", "address", "form", "fieldset", "details", "summary", "table", "ul", "ol", "dl", "hr", "center", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "body", "html"]);
/** Elements that start a line of their own. */
const LINE = new Set(["li", "tr", "dt", "dd", "br", "legend", "option"]);
const HEADING = /^h([1-6])$/;

/** Breaks between lines: none, a line end, a blank line. */
type Gap = 0 | 1 | 2;

interface ListState {
  ordered: boolean;
  type: string;
  next: number;
}

const SUPERSCRIPT: Record<string, string> = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };

/** Converts an HTML page or fragment to block text. */
export function htmlToText(html: string): HtmlText {
  const writer = new BlockWriter();
  const parser = new Parser(
    {
      onopentag: (name, attrs) => writer.open(name, attrs),
      ontext: (text) => writer.text(text),
      onclosetag: (name) => writer.close(name),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return writer.result();
}

/** Writes the text of a page's elements as they open and close. */
class BlockWriter {
  private readonly out: string[] = [];
  private gap: Gap = 0;
  /** Inline text of the line being built. */
  private inline = "";
  /** Label of the line being built ("# ", "- ", "1. "). */
  private prefix = "";
  /** Open elements inside a skipped one (the skipped one first); htmlparser2 closes every element it opened. */
  private readonly skipStack: string[] = [];
  private preDepth = 0;
  private supDepth = 0;
  private sup = "";
  private inTitle = false;
  private titleText?: string;
  private headingLevel = 0;
  private firstHeading?: string;
  private readonly lists: ListState[] = [];
  private row?: string[];
  private cellDepth = 0;

  open(name: string, attrs: Record<string, string>): void {
    // The page's <title> stands in <head>; the <title> of an inline <svg> is not the page's.
    if (name === "title" && this.skipStack.every((t) => t === "head")) this.inTitle = true;
    else if (this.skipStack.length > 0 || SKIP.has(name) || isHidden(attrs)) this.skipStack.push(name);
    else if (name === "sup") this.supDepth++;
    else if (name === "tr") this.openRow();
    else if (name === "td" || name === "th") this.openCell();
    else if (HEADING.test(name)) this.openHeading(Number(name[1]));
    else if (name === "ul" || name === "ol") this.openList(name === "ol", attrs);
    else if (name === "li") this.openItem(attrs);
    else if (name === "pre") {
      this.breakAt(2);
      this.preDepth++;
    } else if (PARAGRAPH.has(name)) this.breakAt(2);
    else if (LINE.has(name)) this.breakAt(1);
  }

  text(text: string): void {
    if (this.inTitle) this.titleText = (this.titleText ?? "") + text;
    else if (this.skipStack.length > 0) return;
    else if (this.supDepth > 0) this.sup += text;
    else this.inline += text;
  }

  close(name: string): void {
    if (name === "title" && this.inTitle) this.inTitle = false;
    else if (this.skipStack.length > 0) this.skipStack.pop();
    else if (name === "sup") this.closeSup();
    else if (name === "td" || name === "th") this.closeCell();
    else if (name === "tr") this.closeRow();
    else if (name === "pre") {
      this.breakAt(2);
      this.preDepth = Math.max(0, this.preDepth - 1);
    } else if (HEADING.test(name)) {
      this.breakAt(2);
      this.headingLevel = 0;
    } else if (name === "ul" || name === "ol") {
      this.lists.pop();
      this.breakAt(this.lists.length ? 1 : 2);
    } else if (PARAGRAPH.has(name)) this.breakAt(2);
    else if (LINE.has(name)) this.breakAt(1);
  }

  result(): HtmlText {
    this.flush();
    const title = collapse(this.titleText ?? "") || this.firstHeading;
    return { text: this.out.join(""), ...(title ? { title } : {}) };
  }

  /** Ends the line being built. */
  private flush(): void {
    // Preformatted text keeps its spaces and line breaks (less the line break that opens it).
    const line = this.preDepth > 0 ? this.inline.replace(/^\n/, "").replace(/\s+$/, "") : collapse(this.inline);
    this.inline = "";
    if (!line) return;
    this.emit(this.prefix + line);
    if (this.headingLevel && this.firstHeading === undefined) this.firstHeading = line;
    this.prefix = "";
  }

  private emit(line: string): void {
    if (this.out.length) this.out.push(this.gap === 2 ? "\n\n" : "\n");
    this.out.push(line);
    this.gap = 0;
  }

  /** A block boundary: inside a table cell only a space, elsewhere a new line or paragraph. */
  private breakAt(g: Gap): void {
    if (this.cellDepth > 0) {
      this.inline += " ";
      return;
    }
    this.flush();
    if (g > this.gap) this.gap = g;
  }

  private openHeading(level: number): void {
    this.breakAt(2);
    if (this.cellDepth > 0) return;
    this.prefix = "#".repeat(level) + " ";
    this.headingLevel = level;
  }

  private openList(ordered: boolean, attrs: Record<string, string>): void {
    this.breakAt(this.lists.length ? 1 : 2);
    this.lists.push({ ordered, type: attrs.type ?? "1", next: attrs.start && /^-?\d+$/.test(attrs.start) ? Number(attrs.start) : 1 });
  }

  private openItem(attrs: Record<string, string>): void {
    this.breakAt(1);
    if (this.cellDepth > 0) return;
    const list = this.lists[this.lists.length - 1];
    const note = FOOTNOTE_ID.exec(attrs.id ?? "");
    if (note) this.prefix = superscript(note[1] ?? note[2]) + " ";
    else if (list?.ordered) {
      const n = attrs.value && /^\d+$/.test(attrs.value) ? Number(attrs.value) : list.next;
      list.next = n + 1;
      this.prefix = listLabel(n, list.type) + " ";
    } else this.prefix = "- ";
  }

  private closeSup(): void {
    this.supDepth = Math.max(0, this.supDepth - 1);
    if (this.supDepth > 0) return;
    this.inline += superscript(this.sup);
    this.sup = "";
  }

  private openRow(): void {
    this.breakAt(1);
    this.row = [];
  }

  private openCell(): void {
    if (this.cellDepth === 0) this.inline = "";
    this.cellDepth++;
  }

  private closeCell(): void {
    this.cellDepth = Math.max(0, this.cellDepth - 1);
    if (this.cellDepth > 0) return;
    (this.row ??= []).push(collapse(this.inline));
    this.inline = "";
  }

  /** A table row on a line of its own, its cells separated by tabs as the parser reads them. */
  private closeRow(): void {
    if (this.row?.some(Boolean)) {
      this.inline = "";
      this.emit(this.row.join("\t").replace(/\t+$/, ""));
    }
    this.row = undefined;
    if (this.gap < 1) this.gap = 1;
  }
}

/** List items that are footnotes (mammoth writes `<li id="footnote-1">`), labelled as the parser reads them: "¹ text". */
const FOOTNOTE_ID = /^(?:foot|end)note-?(\d+)$|^fn-?(\d+)$/;
/** Links from a footnote back to its marker ("↑"). */
const BACK_LINK = /^#(?:(?:foot|end)note-ref|fnref)/;

/** Hidden by attribute, a landmark of the site (navigation, banner, search), or a footnote's back link. */
function isHidden(attrs: Record<string, string>): boolean {
  return BACK_LINK.test(attrs.href ?? "") || "hidden" in attrs || attrs["aria-hidden"] === "true" || SKIP_ROLES.has(attrs.role ?? "") || /display\s*:\s*none/i.test(attrs.style ?? "");
}

/** Han characters and full-width punctuation, between which a line break is no space. */
const WIDE = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef";
const WIDE_BREAK = new RegExp(`([${WIDE}])[ \\t]*\\n\\s*(?=[${WIDE}])`, "gu");

/** Collapses white space as a browser does, without a space where a line broke between Chinese characters. */
function collapse(s: string): string {
  return s.replace(WIDE_BREAK, "$1").replace(/\s+/g, " ").trim();
}

/** Footnote markers: digits (also "[1]", as mammoth writes them) as superscript digits, so "58/4" + "1" does not read "58/41". */
function superscript(s: string): string {
  const t = collapse(s).replace(/^\[(\d+)\]$/, "$1");
  return /^\d+$/.test(t) ? [...t].map((c) => SUPERSCRIPT[c]).join("") : t;
}

/** The label of item `n` of an ordered list of HTML type `type` ("1", "a", "A", "i", "I"). */
function listLabel(n: number, type: string): string {
  if (type === "a" || type === "A") {
    const letter = n >= 1 && n <= 26 ? String.fromCharCode(96 + n) : String(n);
    return `(${type === "A" ? letter.toUpperCase() : letter})`;
  }
  if (type === "i" || type === "I") {
    const roman = toRoman(n);
    return `(${type === "I" ? roman.toUpperCase() : roman})`;
  }
  return `${n}.`;
}

function toRoman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}
