/**
 * Tables of the annexes: the proposed organization of work (date rows, time slots, item rows)
 * and workplans (period, bodies, paragraphs, keywords). Each citable row group becomes one
 * passage whose text is the rows exactly as printed.
 */
import { findDates, parseTimeRange, toHalfWidth } from "../text.js";

/** A citable group of table rows. */
export interface TableRowGroup {
  locator: string;
  text: string;
  type: "date" | "slot" | "workplan" | "header" | "row";
  /** For "date" and "slot": ISO date. */
  date?: string;
  /** For "slot": start/end "HH:MM" and the item rows (number, title). */
  start?: string;
  end?: string;
  items?: { number: string; title: string }[];
  /** For "workplan": the cells. */
  period?: string;
  bodies?: string[];
  paragraphs?: string[];
  keywords?: string;
}

const cellsOf = (row: string) => row.split("\t").map((c) => c.trim());
const stripTags = (s: string) => s.replace(/<sup>[^<]*<\/sup>/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

/** Item numbers as printed in organization-of-work tables: "1", "1(a)", "2(a)(一)", "2(a)(v)". */
const ITEM_NUMBER = /^\d{1,2}(?:\s*\([a-z]\))?(?:\s*\((?:[一二三四五六七八九十]+|[ivx]+)\))?$/;

/** Splits table rows into citable groups according to the table's header row. */
export function parseTable(rows: string[]): TableRowGroup[] {
  const nonEmpty = rows.filter((r) => r.trim());
  if (!nonEmpty.length) return [];
  const header = cellsOf(nonEmpty[0]).map(stripTags);
  const isOrgOfWork = header.length >= 3 && /日期|Date/i.test(header[0]) && /项目|Item/i.test(header[1]);
  const isWorkplan = header.length >= 3 && /日期|Date|Period/i.test(header[0]) && /附属机构|机构|bod/i.test(header[1]);
  if (isOrgOfWork) return parseOrganizationOfWork(nonEmpty);
  if (isWorkplan) return parseWorkplan(nonEmpty);
  return nonEmpty.map((r, i) => ({ locator: `table, row ${i + 1}`, text: r, type: i === 0 ? "header" : "row" }));
}

function parseOrganizationOfWork(rows: string[]): TableRowGroup[] {
  const out: TableRowGroup[] = [{ locator: "annex, table header", text: rows[0], type: "header" }];
  let date: string | undefined;
  let current: TableRowGroup | undefined;
  for (const row of rows.slice(1)) {
    const [c0 = "", c1 = "", c2 = ""] = cellsOf(row);
    const first = stripTags(c0);
    const dates = first ? findDates(first) : [];
    if (dates.length && !c1 && !c2) {
      date = dates[0].start;
      current = undefined;
      out.push({ locator: `annex, ${date}`, text: row, type: "date", date });
      continue;
    }
    const time = first ? parseTimeRange(first) : undefined;
    const item = ITEM_NUMBER.test(toHalfWidth(c1).replace(/\s+/g, "")) ? { number: toHalfWidth(c1).replace(/\s+/g, ""), title: stripTags(c2).replace(/[；;。]$/, "") } : undefined;
    if (time && date) {
      current = { locator: `annex, row ${date} ${time.start}`, text: row, type: "slot", date, start: time.start, end: time.end, items: item ? [item] : [] };
      out.push(current);
      continue;
    }
    if (current && !first) {
      current.text += `\n${row}`;
      if (item) current.items!.push(item);
      continue;
    }
    out.push({ locator: `annex, row ${out.length}`, text: row, type: "row" });
  }
  return out;
}

function parseWorkplan(rows: string[]): TableRowGroup[] {
  const headerText = rows[0];
  const out: TableRowGroup[] = [{ locator: "annex, table header", text: headerText, type: "header" }];
  let period = "";
  let current: TableRowGroup | undefined;
  const seen = new Map<string, number>();
  for (const row of rows.slice(1)) {
    if (row === headerText || stripTags(row) === stripTags(headerText)) continue; // header repeated on a new page
    const [c0 = "", c1 = "", c2 = "", c3 = ""] = cellsOf(row);
    const p = stripTags(c0);
    const bodies = bodyCell(c1);
    const paras = stripTags(c2);
    const kw = stripTags(c3);
    if (current && !p && !bodies.length) {
      // Paragraphs and keywords continuing the row above (merged body cell).
      current.text += `\n${row}`;
      current.paragraphs!.push(...splitParagraphs(paras));
      current.keywords = [current.keywords, kw].filter(Boolean).join("；");
      continue;
    }
    if (current && !p && !paras && !kw && bodies.length) {
      // Another body sharing the row above (merged paragraph and keyword cells).
      current.text += `\n${row}`;
      current.bodies!.push(...bodies);
      continue;
    }
    if (p) period = p;
    const key = period.replace(/\s+/g, "");
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    current = {
      locator: `annex, row ${key}${n > 1 ? ` (${n})` : ""}`,
      text: row,
      type: "workplan",
      period,
      bodies,
      paragraphs: splitParagraphs(paras),
      keywords: kw,
    };
    out.push(current);
  }
  return out;
}

/** Body names in a cell: "<ul><li>• A</li><li>• B</li></ul>" or plain text before such a list. */
function bodyCell(cell: string): string[] {
  return stripTags(cell.replace(/<\/?li>/g, " • "))
    .split(/\s*[•·]\s*/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Declaration paragraph numbers in a cell: "11、13、18", "16-19", "...临时议程 12、21、22、31". */
function splitParagraphs(cell: string): string[] {
  const t = toHalfWidth(cell);
  const tail = t.match(/(\d{1,3}(?:\s*(?:、|,|，|-|–)\s*\d{1,3})*)\s*(?:《.*)?$/);
  if (!tail) return [];
  const out: string[] = [];
  for (const part of tail[1].split(/\s*[、,，]\s*/)) {
    const r = part.match(/^(\d+)\s*[-–]\s*(\d+)$/);
    if (r) for (let k = +r[1]; k <= +r[2]; k++) out.push(String(k));
    else if (part) out.push(part);
  }
  return out;
}

/** Re-reads the rows of one slot passage: its time range and the items taken up. */
export function parseSlotRows(text: string): { start: string; end?: string; items: { number: string; title: string }[] } | undefined {
  const rows = text.split("\n");
  const time = parseTimeRange(stripTags(cellsOf(rows[0])[0] ?? ""));
  if (!time) return undefined;
  const items: { number: string; title: string }[] = [];
  for (const r of rows) {
    const [, c1 = "", c2 = ""] = cellsOf(r);
    const num = toHalfWidth(c1).replace(/\s+/g, "");
    if (ITEM_NUMBER.test(num)) items.push({ number: num, title: stripTags(c2).replace(/[；;。]$/, "") });
  }
  return { start: time.start, end: time.end, items };
}

/** Re-reads the rows of one workplan passage (a row and its continuation lines). */
export function parseWorkplanRows(text: string, period: string): TableRowGroup | undefined {
  const groups = parseWorkplan(["\u0000header", ...text.split("\n").map((r, i) => (i === 0 && !cellsOf(r)[0] ? `${period}${r}` : r))]);
  return groups.find((g) => g.type === "workplan");
}
