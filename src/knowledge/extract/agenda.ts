/**
 * The agenda and organization of work of the meeting a document was prepared for: items and
 * sub-items from the provisional agenda (or the header's agenda item), their annotations,
 * the documents listed for them, the resolutions that mandate them, and the annex time slots.
 */
import type { AgendaItem, ParsedDocument, TimeSlot } from "../model.js";
import { findResolutionMentions } from "./resolutions.js";
import { findSymbols } from "../parse/clean.js";
import { itemKey } from "./item-key.js";
import { parseSlotRows } from "../parse/table.js";

const stripEnd = (s: string) => s.replace(/<[^>]+>/g, "").replace(/[：:；;。.]\s*$/, "").trim();

/** Agenda items and slots of the document's own meeting (`meetingId`). */
export function extractAgenda(doc: ParsedDocument, meetingId: string): { items: AgendaItem[]; slots: TimeSlot[] } {
  const items: AgendaItem[] = [];
  for (const p of doc.passages) {
    if (p.kind !== "list-item" || !p.locator.startsWith("provisional agenda, item ")) continue;
    items.push({ meetingId, number: p.item!, key: itemKey(p.item!), title: stripEnd(p.text), source: p.id, annotations: [], documents: [], mandates: [] });
  }
  // A report or background paper names one item of its meeting's agenda in its header.
  if (!items.length && doc.meta.agendaItem) {
    const header = doc.passages.find((p) => p.locator === "header, agenda item");
    if (header) {
      items.push({ meetingId, number: doc.meta.agendaItem.number, key: itemKey(doc.meta.agendaItem.number), title: doc.meta.agendaItem.title ?? "", source: header.id, annotations: [], documents: [], mandates: [] });
    }
  }
  const byNumber = new Map(items.map((i) => [i.number, i]));
  for (const p of doc.passages) {
    if (!p.item || p.locator.startsWith("provisional agenda")) continue;
    const item = byNumber.get(p.item);
    if (!item) continue;
    if (p.kind !== "heading") item.annotations.push(p.id);
    for (const s of findSymbols(p.text)) if (!item.documents.includes(s.symbol)) item.documents.push(s.symbol);
    for (const r of findResolutionMentions(p.text)) if (!item.mandates.includes(r.number)) item.mandates.push(r.number);
  }

  const slots: TimeSlot[] = [];
  for (const p of doc.passages) {
    const m = p.locator.match(/^annex, row (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/);
    if (!m) continue;
    const parsed = parseSlotRows(p.text);
    if (!parsed) continue;
    slots.push({ meetingId, date: m[1], start: parsed.start, end: parsed.end ?? parsed.start, items: parsed.items.map((i) => i.number), source: p.id });
    // Items the provisional agenda does not list but the annex does.
    for (const it of parsed.items) {
      if (!byNumber.has(it.number)) {
        const added: AgendaItem = { meetingId, number: it.number, key: itemKey(it.number), title: it.title, source: p.id, annotations: [], documents: [], mandates: [] };
        items.push(added);
        byNumber.set(it.number, added);
      }
    }
  }
  return { items, slots };
}
