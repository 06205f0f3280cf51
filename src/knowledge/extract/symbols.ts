/**
 * Document symbols (CAC/COSP/WG.4/2024/3, …/CRP.1, …/L.1/Add.1) with what the text says each
 * document is: the sentence or list item that names it.
 */
import type { ParsedDocument, SymbolInfo } from "../model.js";
import { findSymbols } from "../parse/clean.js";
import { holdsKey } from "./grown.js";

const sourceOf = (d: { source: string }) => d.source;

/** Collects symbol mentions into `into`, keyed by symbol. */
export function extractSymbols(doc: ParsedDocument, into: Map<string, SymbolInfo>): void {
  // "E/2003/30 E/CN.15/2003/14": a document issued under two symbols is found by either.
  const ownSymbols = doc.meta.symbol?.split(/\s+/) ?? [];
  for (const symbol of ownSymbols) {
    const own = into.get(symbol) ?? { symbol, descriptions: [] };
    own.docId = doc.meta.id;
    into.set(symbol, own);
  }
  for (const p of doc.passages) {
    for (const s of findSymbols(p.text)) {
      // A document's own symbol on its cover names it; it describes nothing.
      if (p.kind === "header" && ownSymbols.includes(s.symbol)) continue;
      const info = into.get(s.symbol) ?? { symbol: s.symbol, descriptions: [] };
      into.set(s.symbol, info);
      if (!holdsKey(info.descriptions, p.id, sourceOf)) info.descriptions.push({ text: p.text, source: p.id });
    }
  }
}
