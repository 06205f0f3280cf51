/**
 * Rows of workplan tables: period, bodies, political declaration paragraphs, keywords.
 */
import type { BodyId, ParsedDocument, WorkplanRow } from "../model.js";
import type { Glossary } from "../glossary.js";
import { parseWorkplanRows } from "../parse/table.js";
import { findDates } from "../text.js";
import { isForeignBody } from "./meetings.js";

/**
 * A merged cell: "缔约国会议第十一届会议 <ul>• 预防腐败问题工作组" beside "可能将…列入该届会议临时议程
 * 12、21、22、31". The body printed as plain text goes with the sentence, the listed bodies with the
 * paragraph numbers and keywords: two rows citing the same passage.
 */
function splitMergedCell(row: WorkplanRow, text: string, glossary: Glossary): WorkplanRow[] {
  const [, bodyCell = "", parasCell = ""] = firstRowCells(text);
  const plain = bodyCell.split(/<ul|•/)[0].replace(/<[^>]+>/g, "").trim();
  const listed = bodyCell.includes("•");
  const sentence = parasCell.replace(/<[^>]+>/g, "").replace(/[\d、,，\s-]+$/, "").trim();
  if (!plain || !listed || !sentence || row.bodyNames.length < 2) return [row];
  const plainBodies = glossary.findBodies(plain).filter((b) => !isForeignBody(plain, b.index)).map((b) => b.id);
  if (!plainBodies.length) return [row];
  const rest = row.bodies.filter((b) => !plainBodies.includes(b));
  return [
    { ...row, bodies: [...new Set(plainBodies)], bodyNames: [plain], paragraphs: [], keywords: "", note: sentence },
    { ...row, bodies: rest, bodyNames: row.bodyNames.filter((n) => n !== plain) },
  ];
}

/**
 * What a row with no paragraph numbers says in their cell ("缔约国会议在2021年12月第九届会议上通过了
 * 第十届会议临时议程，其中载有…的项目"): the row's note.
 */
function noteOf(paragraphs: string[], text: string): { note?: string } {
  if (paragraphs.length) return {};
  const cell = (firstRowCells(text)[2] ?? "").replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
  return /\p{L}{2}/u.test(cell) ? { note: cell } : {};
}

/** The cells of a table row's first line, as printed (period, bodies, paragraphs, keywords). */
const firstRowCells = (text: string) => text.split("\n")[0].split("\t");

/** Workplan rows of a document. */
export function extractWorkplan(doc: ParsedDocument, glossary: Glossary): WorkplanRow[] {
  const out: WorkplanRow[] = [];
  for (const p of doc.passages) {
    const m = p.locator.match(/^annex, row (.+?)(?: \(\d+\))?$/);
    if (!m || p.kind !== "table-row" || /^\d{4}-\d{2}-\d{2} /.test(m[1])) continue;
    const g = parseWorkplanRows(p.text, m[1]);
    if (!g) continue;
    const bodies: BodyId[] = [];
    for (const name of g.bodies ?? []) {
      const found = glossary.findBodies(name).filter((b) => !isForeignBody(name, b.index));
      if (found[0]) bodies.push(found[0].id);
    }
    const period = (g.period ?? m[1]).replace(/\s+/g, "");
    const d = findDates(period)[0];
    const year = Number(period.match(/(\d{4})/)?.[1]) || undefined;
    const row: WorkplanRow = {
      period,
      start: d && !d.month ? d.start : undefined,
      end: d && !d.month ? d.end ?? d.start : undefined,
      year,
      bodies: [...new Set(bodies)],
      bodyNames: g.bodies ?? [],
      paragraphs: g.paragraphs ?? [],
      keywords: g.keywords ?? "",
      ...noteOf(g.paragraphs ?? [], p.text),
      source: p.id,
    };
    out.push(...splitMergedCell(row, p.text, glossary));
  }
  return out;
}
