/**
 * Rows of workplan tables: period, bodies, political declaration paragraphs, keywords.
 */
import type { BodyId, ParsedDocument, WorkplanRow } from "../model.js";
import type { Glossary } from "../glossary.js";
import { parseWorkplanRows } from "../parse/table.js";
import { findDates } from "../text.js";
import { isForeignBody } from "./meetings.js";

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
    out.push({
      period,
      start: d && !d.month ? d.start : undefined,
      end: d && !d.month ? d.end ?? d.start : undefined,
      year,
      bodies: [...new Set(bodies)],
      bodyNames: g.bodies ?? [],
      paragraphs: g.paragraphs ?? [],
      keywords: g.keywords ?? "",
      source: p.id,
    });
  }
  return out;
}
