// Development aid: prints what the parser reads from documents (meta and the first passages).
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseDocument } from "../src/knowledge/parse/parse-document.js";
import { loadGlossary } from "../src/knowledge/glossary.js";
const g = loadGlossary("data/glossary.json");
const n = Number(process.env.N ?? 6);
for (const f of process.argv.slice(2)) {
  try {
    const d = parseDocument(readFileSync(f, "utf8"), { file: basename(f), resolveBody: (x) => g.resolveBodyName(x) });
    console.log("=====", basename(f), JSON.stringify(d.meta), d.passages.length);
    for (const p of d.passages.slice(0, n)) console.log(`  [${p.kind} | ${p.locator}] ${p.text.slice(0, 160).replace(/\n/g, " / ")}`);
  } catch (e) {
    console.log("=====", basename(f), "ERROR", (e as Error).message);
  }
}
