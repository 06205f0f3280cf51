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
import { fromRoman } from "../text.js";

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

/**
 * One agenda of a meeting from each document that gives some of it: the provisional agenda, its
 * other language versions and reissues, the reports and papers that name one item in their header.
 * An item is listed once: as the fullest document gives it (the first of equal ones), with the
 * annotations, documents and mandates every document gives it; an item only another document
 * gives comes in its place among the numbers. A time slot two documents give alike is listed once.
 */
export function mergeAgendas(agendas: readonly { items: AgendaItem[]; slots: TimeSlot[] }[]): { items: AgendaItem[]; slots: TimeSlot[] } {
  if (agendas.length === 1) return agendas[0];
  const fullestFirst = [...agendas].sort((a, b) => b.items.length - a.items.length);
  const byKey = new Map<string, AgendaItem>();
  let added = false;
  for (const [n, { items }] of fullestFirst.entries()) {
    for (const it of items) {
      const had = byKey.get(it.key);
      if (!had) {
        byKey.set(it.key, it);
        added ||= n > 0;
        continue;
      }
      byKey.set(it.key, { ...had, annotations: union(had.annotations, it.annotations), documents: union(had.documents, it.documents), mandates: union(had.mandates, it.mandates) });
    }
  }
  const items = [...byKey.values()];
  if (added) items.sort((a, b) => compareItemKeys(a.key, b.key));
  const slots = new Map<string, TimeSlot>();
  for (const { slots: own } of fullestFirst) for (const s of own) {
    const k = `${s.date} ${s.start} ${s.end} ${s.items.map(itemKey).join(",")}`;
    if (!slots.has(k)) slots.set(k, s);
  }
  return { items, slots: [...slots.values()] };
}

const union = (a: string[], b: string[]) => (b.every((x) => a.includes(x)) ? a : [...new Set([...a, ...b])]);

/** Agenda keys in the order of the agenda: "2" < "2(a)" < "2(a)(ii)" < "2(b)" < "10". */
export function compareItemKeys(a: string, b: string): number {
  const pa = keyParts(a);
  const pb = keyParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined || pb[i] === undefined) return pa.length - pb.length;
    if (pa[i] !== pb[i]) return pa[i] - pb[i];
  }
  return 0;
}
/** "2(a)(iv)" -> [2, 1, 4]; a part that is neither number, letter nor roman numeral counts as 0. */
function keyParts(key: string): number[] {
  const [head, ...subs] = key.split("(").map((s) => s.replace(/\)$/, ""));
  return [Number(head) || 0, ...subs.map((s, i) => (i === 0 && /^[a-z]$/.test(s) ? s.charCodeAt(0) - 96 : fromRoman(s) ?? 0))];
}
