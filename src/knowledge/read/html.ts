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
  const out: string[] = [];
  let gap: Gap = 0;
  let inline = "";
  let prefix = "";
  let preDepth = 0;
  let supDepth = 0;
  let sup = "";
  let titleText: string | undefined;
  let inTitle = false;
  let firstHeading: string | undefined;
  let headingLevel = 0;
  const lists: ListState[] = [];
  let row: string[] | undefined;
  let cellDepth = 0;
  // Open elements inside a skipped one (the skipped one first); htmlparser2 closes every element it opened.
  const skipStack: string[] = [];

  const want = (g: Gap) => {
    if (g > gap) gap = g;
  };
  /** Ends the current line of inline text. */
  const flush = () => {
    // Preformatted text keeps its spaces and line breaks (less the line break that opens it).
    const line = preDepth > 0 ? inline.replace(/^\n/, "").replace(/\s+$/, "") : collapse(inline);
    inline = "";
    if (!line) return;
    if (out.length) out.push(gap === 2 ? "\n\n" : "\n");
    const text = prefix + line;
    out.push(text);
    if (headingLevel && firstHeading === undefined) firstHeading = line;
    prefix = "";
    gap = 0;
  };
  const breakAt = (g: Gap) => {
    if (cellDepth > 0) {
      inline += " ";
      return;
    }
    flush();
    want(g);
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        // The page's <title> stands in <head>; the <title> of an inline <svg> is not the page's.
        if (name === "title" && skipStack.every((t) => t === "head")) {
          inTitle = true;
          return;
        }
        if (skipStack.length > 0 || SKIP.has(name) || isHidden(attrs)) {
          skipStack.push(name);
          return;
        }
        if (name === "sup") {
          supDepth++;
          return;
        }
        if (name === "pre") preDepth++;
        if (name === "tr") {
          breakAt(1);
          row = [];
          return;
        }
        if (name === "td" || name === "th") {
          if (cellDepth === 0) inline = "";
          cellDepth++;
          return;
        }
        const h = HEADING.exec(name);
        if (h) {
          breakAt(2);
          if (cellDepth === 0) {
            prefix = "#".repeat(Number(h[1])) + " ";
            headingLevel = Number(h[1]);
          }
          return;
        }
        if (name === "ul" || name === "ol") {
          breakAt(lists.length ? 1 : 2);
          lists.push({ ordered: name === "ol", type: attrs.type ?? "1", next: attrs.start && /^-?\d+$/.test(attrs.start) ? Number(attrs.start) : 1 });
          return;
        }
        if (name === "li") {
          breakAt(1);
          const list = lists[lists.length - 1];
          if (cellDepth === 0) {
            const note = FOOTNOTE_ID.exec(attrs.id ?? "");
            if (note) prefix = superscript(note[1] ?? note[2]) + " ";
            else if (list?.ordered) {
              const n = attrs.value && /^\d+$/.test(attrs.value) ? Number(attrs.value) : list.next;
              list.next = n + 1;
              prefix = listLabel(n, list.type) + " ";
            } else prefix = "- ";
          }
          return;
        }
        if (PARAGRAPH.has(name)) breakAt(2);
        else if (LINE.has(name)) breakAt(1);
      },
      ontext(text) {
        if (inTitle) {
          titleText = (titleText ?? "") + text;
          return;
        }
        if (skipStack.length > 0) return;
        if (supDepth > 0) sup += text;
        else inline += text;
      },
      onclosetag(name) {
        if (name === "title" && inTitle) {
          inTitle = false;
          return;
        }
        if (skipStack.length > 0) {
          skipStack.pop();
          return;
        }
        if (name === "sup") {
          supDepth = Math.max(0, supDepth - 1);
          if (supDepth === 0) {
            inline += superscript(sup);
            sup = "";
          }
          return;
        }
        if (name === "td" || name === "th") {
          cellDepth = Math.max(0, cellDepth - 1);
          if (cellDepth === 0) {
            (row ??= []).push(collapse(inline));
            inline = "";
          }
          return;
        }
        if (name === "tr") {
          if (row && row.some(Boolean)) {
            inline = "";
            if (out.length) out.push(gap === 2 ? "\n\n" : "\n");
            out.push(row.join("\t").replace(/\t+$/, ""));
            gap = 0;
          }
          row = undefined;
          want(1);
          return;
        }
        if (name === "pre") {
          breakAt(2);
          preDepth = Math.max(0, preDepth - 1);
          return;
        }
        if (HEADING.test(name)) {
          breakAt(2);
          headingLevel = 0;
          return;
        }
        if (name === "ul" || name === "ol") {
          lists.pop();
          breakAt(lists.length ? 1 : 2);
          return;
        }
        if (PARAGRAPH.has(name)) breakAt(2);
        else if (LINE.has(name)) breakAt(1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const title = collapse(titleText ?? "") || firstHeading;
  return { text: out.join(""), ...(title ? { title } : {}) };
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
