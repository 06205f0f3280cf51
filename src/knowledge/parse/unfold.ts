/**
 * Restores the line structure that copies of UN documents often lose: a cover whose columns ran
 * together into one line ("United Nations CAC/COSP/IRG/2013/12 Conference … Distr.: General
 * 3 June 2013 Original: English V.13-84042 (E) … Fourth session Vienna, 27-31 May 2013 Report …")
 * and bodies that came as one long line per page ("Provisional agenda 1. Organizational matters:
 * (a) Opening …; (b) …").
 *
 * Only unambiguous markers split a line: cover field labels, job numbers and bar codes, and
 * paragraph or item labels that continue a running sequence (1., 2., 3. / (a), (b) / 一., 二.).
 */

/** Characters of the cover region: the fields of a UN cover stand in its first lines. */
const COVER_CHARS = 2500;

const JOB_NUMBER = /[A-Z]\.\s?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s*GP)?(?:\s*\d{6})*/g;
const BAR_CODE = /\*\d{7,}\*/g;
const LANGUAGE = "(?:Chinese|English|French|Spanish|Russian|Arabic)";
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

/** Split points in the cover region: a line break goes before (or after) each match. */
const COVER_BREAKS: { re: RegExp; at: "before" | "after" }[] = [
  { re: /Distr\.?\s*:/g, at: "before" },
  { re: /Distr\.?\s*:\s*(?:General|Limited|Restricted)(?![a-z])/gi, at: "after" },
  { re: new RegExp(`(?<!\\d)\\d{1,2}\\s*${MONTH}\\s*\\d{4}(?=\\s*(?:${LANGUAGE}|Original))`, "g"), at: "after" },
  { re: new RegExp(`(?<![:：]\\s*)${LANGUAGE}(?=\\s*Original)`, "g"), at: "before" },
  { re: /(?:United Nations|联\s*合\s*国)\s*(?:CAC|CTOC|A|E|S)\//g, at: "before" },
  { re: /议程项目\s*\d+/g, at: "before" },
  // The symbol printed after "United Nations" ends the organisation's line.
  { re: /(?:United Nations|联\s*合\s*国)\s*(?:CAC|CTOC|A|E|S)\/(?:[A-Z0-9.-]+\/)*(?:(?:Add|Corr|Rev)\.\d+|[A-Z0-9.-]+)(?:\s+(?:CAC|CTOC|A|E|S)\/(?:[A-Z0-9.-]+\/)*(?:(?:Add|Corr|Rev)\.\d+|[A-Z0-9.-]+))*/g, at: "after" },
  { re: /Original\s*:/g, at: "before" },
  { re: new RegExp(`Original\\s*:\\s*${LANGUAGE}`, "g"), at: "after" },
  { re: /\b(?:Agenda item|Item \d+ of the provisional agenda)/g, at: "before" },
  { re: /\b(?:Resolution|Decision) adopted by the\b/g, at: "before" },
  { re: /\[on the report of\b/g, at: "before" },
  { re: /\bContents\b/g, at: "before" },
  { re: /\b[A-Z][a-z]+(?:-[a-z]+)? (?:session|Session)\b/g, at: "before" },
  { re: /\b[A-Z][a-z]+(?:-[a-z]+)? (?:session|Session)\b/g, at: "after" },
  { re: /第[一二三四五六七八九十百\d]+届会议(?=\*|\s*\d{4}\s*年|\s*$)/g, at: "before" },
  { re: /第[一二三四五六七八九十百\d]+届会议\*?(?=\s*\d{4}\s*年|\s*$)/g, at: "after" },
  { re: /\bProvisional agenda\b/g, at: "before" },
  { re: /\bNote by the Secretariat\b|\bReport of the\b/g, at: "before" },
  { re: /\b(?:[A-Z][a-z]+(?:,\s*[A-Z][a-z]+)*),\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]+(?:\s*[-–]\s*\d{1,2}\s+[A-Z][a-z]+)?\s+\d{4}\b/g, at: "after" },
];

/** Cover fields that stand in the running text of a line (job numbers, bar codes) are cut out. */
function dropInlineFurniture(s: string): string {
  return s.replace(JOB_NUMBER, "\n").replace(BAR_CODE, "\n");
}

/** A job number whose digits were lost in copying, left at a page's foot: "V (E) * *". */
const DAMAGED_JOB_NUMBER = /\s[A-Z] \([A-Z]\)(?: \*){1,2}(?=\s|$)/g;

function breakAt(line: string, breaks: { re: RegExp; at: "before" | "after" }[]): string {
  const cuts = new Set<number>();
  for (const { re, at } of breaks) {
    for (const m of line.matchAll(re)) cuts.add(at === "before" ? m.index! : m.index! + m[0].length);
  }
  return cutLine(line, [...cuts].filter((c) => c > 0 && c < line.length).sort((a, b) => a - b));
}

/** The line with a line break at each of the (ascending) positions, pieces trimmed. */
function cutLine(line: string, cuts: number[]): string {
  if (!cuts.length) return line;
  const parts: string[] = [];
  let from = 0;
  for (const c of cuts) {
    parts.push(line.slice(from, c));
    from = c;
  }
  parts.push(line.slice(from));
  return parts.map((p) => p.trim()).filter(Boolean).join("\n");
}

/** Whether the first lines hold a cover whose fields ran together on one line. */
function coverRanTogether(head: string): boolean {
  // Both cover patterns hold "Distr": a line without it is not tried (the first pattern tries
  // every start of a long line).
  return head.split("\n").some((l) => (/distr/i.test(l) && /\S.*Distr\.?\s*:|Distr\.?\s*:\s*(?:General|Limited|Restricted)\s*\S/i.test(l)) || (l.length > 300 && /Original\s*:/.test(l)));
}

/**
 * Labels that may start a paragraph or item inside a long line, in a running sequence; after a
 * Chinese full stop, a paragraph number may run onto the figure the paragraph opens with ("。5.118个").
 */
const INLINE_LABEL = /(?<=^|[\s.;:。；：)）”"*\u4e00-\u9fff])(?:(\d{1,3})\.(?=\s?[A-Z\u4e00-\u9fff“"(])|\(([a-z])\)(?=\s?[A-Z\u4e00-\u9fff])|([一二三四五六七八九十]+)\.(?=\s?[\u4e00-\u9fff])|((?:I|II|III|IV|V|VI|VII|VIII|IX|X))\.(?=\s[A-Z])|(?<=[。；])(\d{1,3})\.(?=\d+[\u4e00-\u9fff]))/g;

const ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const CN = "一二三四五六七八九十";

/** Splits one long line before labels that continue their sequence (1. 2. 3., (a) (b), 一. 二.). */
export function splitInlineStructure(line: string): string {
  const last = { num: 0, letter: -1, cn: 0, roman: 0 };
  const cuts: number[] = [];
  for (const m of line.matchAll(INLINE_LABEL)) {
    let ok = false;
    // "…会议。5.118个国家…": a paragraph number written onto the figure that opens the paragraph.
    const number = m[1] ?? m[5];
    if (number) {
      const n = Number(number);
      ok = n === last.num + 1 || (n === 1 && last.num > 0);
      // A number after an item list restarts the letters of its sub-items.
      if (ok) (last.num = n), (last.letter = -1);
    } else if (m[2]) {
      const k = m[2].charCodeAt(0) - 97;
      ok = k === last.letter + 1 || k === 0;
      if (ok) last.letter = k;
    } else if (m[3]) {
      const k = CN.indexOf(m[3]) + 1;
      ok = m[3].length === 1 && (k === last.cn + 1 || k === 1);
      if (ok) last.cn = k;
    } else if (m[4]) {
      const k = ROMANS.indexOf(m[4]) + 1;
      ok = k === last.roman + 1;
      if (ok) last.roman = k;
    }
    if (ok && m.index! > 0) cuts.push(m.index!);
  }
  return cutLine(line, cuts);
}

/** A line that starts the text after the cover: a section, a numbered paragraph, contents, an agenda. */
const BODY_START = /^(?:[一二三四五六七八九十]+\.|\d{1,3}\.\s?\S|(?:I|II|III)\.\s|Contents\b|目录|Provisional agenda$|临时议程$)/;

/** Cover lines whose columns a tab separates. */
const COVER_COLUMNS = /Distr\.|^(?:United Nations|联\s*合\s*国)\t|\t(?:CAC|CTOC|A|E|S)\/\S+$|Original\s*:/;

/** Lines longer than this came without their line breaks. */
const LONG_LINE = 300;

/** Table-of-contents dot leaders and page numbers ("Introduction ....... 2") become line ends. */
function splitContents(line: string): string {
  if (!/(?:\s?\.){6,}/.test(line)) return line;
  // The leaders stay: a passage is quoted as the source prints it.
  return line.replace(/((?:\.\s?){6,}\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)\s*/g, "$1\n").trim();
}

/**
 * Restores line breaks lost by copying: the cover's run-together fields and long lines' inline
 * paragraph labels. Text that kept its lines is returned unchanged.
 */
export function unfoldText(text: string): string {
  const lines = text.split("\n");
  const head = text.slice(0, COVER_CHARS);
  const unfoldCover = coverRanTogether(head);
  let consumed = 0;
  let inCover = true;
  const out: string[] = [];
  for (const line of lines) {
    let l = line.length > LONG_LINE ? splitInlineStructure(splitContents(line.replace(DAMAGED_JOB_NUMBER, ""))) : line;
    // A PDF cover's two columns come as one line with a tab between: "Security Council\tDistr.: General".
    if (inCover && out.length < 40 && l.includes("\t") && COVER_COLUMNS.test(l)) l = l.split("\t").map((x) => x.trim()).filter(Boolean).join("\n");
    if (unfoldCover && inCover) {
      const pieces: string[] = [];
      for (const x of l.split("\n")) {
        // The cover ends where the text's first section or paragraph starts.
        if (inCover && consumed > 0 && BODY_START.test(x.trim())) inCover = false;
        pieces.push(inCover ? breakAt(dropInlineFurniture(x), COVER_BREAKS) : x);
        consumed += x.length + 1;
      }
      if (consumed > COVER_CHARS) inCover = false;
      l = pieces.join("\n");
    }
    out.push(l);
  }
  return out.join("\n");
}
