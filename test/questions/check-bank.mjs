#!/usr/bin/env node
// Validates the question banks (bank-a.json to bank-d.json): the JSON shape the grader reads, and
// that every citation anchor and every expected fact stands in the source file it cites.
//
//   node test/questions/check-bank.mjs [BANK.json ...]
//
// Source files are looked up by base name under data/documents, test/fixtures/real-documents,
// test/fixtures/real-pdf-text (text extracts of the real PDFs) and, when it exists,
// ../shared/real-documents (read recursively). Exit code 1 on any error.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const KINDS = [
  "meeting_date", "venue", "opening_time", "agenda", "item_schedule", "document", "resolution",
  "title", "adoption_date", "plenary_meeting", "future_agenda", "recommendation", "workplan",
  "fact", "compound", "unanswerable",
];
export const LANGS = ["en", "zh"];
export const ANCHOR_MIN = 12;
export const ANCHOR_MAX = 80;

const FW = "０１２３４５６７８９";
/** Text as the grader compares it: no markup, no whitespace, lower case, ASCII digits. */
export function squash(s) {
  return String(s ?? "")
    .replace(/[０-９]/g, (d) => String(FW.indexOf(d)))
    .replace(/<[^>]*>/g, "")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/[\s\u200b\u3000]+/g, "")
    .toLowerCase();
}

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const iso = (y, m, d) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
/** Calendar dates written in a text (Chinese or English, range ends included), as ISO strings. */
export function writtenDates(text) {
  const out = new Set();
  const t = String(text ?? "").replace(/[０-９]/g, (d) => String(FW.indexOf(d)));
  for (const m of t.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:至|到|和|-|–|—)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?/g)) {
    out.add(iso(m[1], m[2], m[3]));
    if (m[5]) out.add(iso(m[1], m[4] ?? m[2], m[5]));
  }
  for (const m of t.matchAll(/\b(\d{1,2})(?:\s*(?:-|–|—|to|and)\s*(\d{1,2}))?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/g)) {
    const mo = MONTHS[m[3].slice(0, 3).toLowerCase()]; if (!mo) continue;
    out.add(iso(m[4], mo, m[1])); if (m[2]) out.add(iso(m[4], mo, m[2]));
  }
  for (const m of t.matchAll(/\b(\d{1,2})\s+([A-Za-z]{3,9})\s+(?:to|-|–)\s+(\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{4})/g)) {
    const m1 = MONTHS[m[2].slice(0, 3).toLowerCase()]; const m2 = MONTHS[m[4].slice(0, 3).toLowerCase()];
    if (m1) out.add(iso(m[5], m1, m[1])); if (m2) out.add(iso(m[5], m2, m[3]));
  }
  return [...out];
}

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
/** Folders whose files a bank may cite; those missing on this machine are left out. */
export const SOURCE_DIRS = [
  join(root, "data/documents"),
  join(root, "test/fixtures/real-documents"),
  join(root, "test/fixtures/real-pdf-text"),
  resolve(root, "../shared/real-documents"),
].filter((d) => existsSync(d));

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]);
}
/** Base name → path of every source file present (the first folder listed wins). */
export function sourceIndex(dirs = SOURCE_DIRS) {
  const index = new Map();
  const extracts = new Map();
  for (const d of dirs.filter((x) => existsSync(x))) for (const f of filesUnder(d)) {
    const name = basename(f);
    if (!index.has(name)) index.set(name, f);
    // A PDF is cited by its own name (`X.pdf`) but read through its text extract `X.pdf.txt`
    // (test/fixtures/real-pdf-text/extract.mjs): the extract stands for the PDF, which is no text.
    if (/\.pdf\.txt$/i.test(name) && !extracts.has(name.slice(0, -4))) extracts.set(name.slice(0, -4), f);
  }
  for (const [pdf, f] of extracts) index.set(pdf, f);
  return index;
}

const isText = (s) => typeof s === "string" && s.trim().length > 0;
const citedFile = (c) => c?.file ?? c?.seed;

/** Shape errors of one bank (an array of questions), as sentences naming the question. */
export function shapeErrors(bank) {
  if (!Array.isArray(bank)) return ["the bank is not a JSON array"];
  const errors = [];
  const seen = new Set();
  for (const [i, q] of bank.entries()) {
    const at = `${q?.id ?? `#${i}`}`;
    if (!isText(q?.id)) errors.push(`${at}: id missing`);
    else if (seen.has(q.id)) errors.push(`${at}: id used twice`);
    seen.add(q?.id);
    if (!LANGS.includes(q?.lang)) errors.push(`${at}: lang must be one of ${LANGS.join(", ")}`);
    if (!KINDS.includes(q?.kind)) errors.push(`${at}: unknown kind ${q?.kind}`);
    if (!isText(q?.question)) errors.push(`${at}: question missing`);
    if (!isText(q?.note)) errors.push(`${at}: note missing`);
    if (q?.lang === "zh" && isText(q?.question) && !/\p{Script=Han}/u.test(q.question)) errors.push(`${at}: a zh question without Chinese`);
    if (q?.lang === "en" && isText(q?.question) && /\p{Script=Han}/u.test(q.question)) errors.push(`${at}: an en question with Chinese in it`);
    const all = q?.expect?.all, any = q?.expect?.any;
    if (!Array.isArray(all) || !all.every(isText)) errors.push(`${at}: expect.all must be a list of strings`);
    if (!Array.isArray(any) || !any.every((g) => Array.isArray(g) && g.length > 0 && g.every(isText))) errors.push(`${at}: expect.any must be a list of non-empty string lists`);
    if (!Array.isArray(q?.cite)) { errors.push(`${at}: cite must be a list`); continue; }
    for (const c of q.cite) {
      if (!isText(citedFile(c))) errors.push(`${at}: a citation names no file`);
      if (!isText(c?.anchor)) errors.push(`${at}: a citation has no anchor`);
      else if (squash(c.anchor).length < ANCHOR_MIN || squash(c.anchor).length > ANCHOR_MAX) errors.push(`${at}: anchor "${c.anchor}" is ${squash(c.anchor).length} characters; keep it ${ANCHOR_MIN}-${ANCHOR_MAX}`);
    }
    if (q?.kind === "unanswerable") {
      if (q.cite.length || all?.length || any?.length) errors.push(`${at}: an unanswerable question expects and cites nothing`);
    } else {
      if (!q.cite.length) errors.push(`${at}: an answerable question cites its source`);
      if (!(all?.length || any?.length)) errors.push(`${at}: an answerable question expects at least one fact`);
    }
  }
  return errors;
}

/**
 * Source errors of one bank: an anchor not found in its cited file, or an expected fact found in
 * none of the question's cited files. Citations of files not present are listed in `missing`.
 */
export function sourceErrors(bank, index = sourceIndex()) {
  const errors = [], missing = new Set();
  // A file's text, squashed, and the searchable text of a set of cited files, each worked out
  // once: the questions of a bank cite the same few files again and again.
  const text = new Map(), squashed = new Map(), hays = new Map();
  const read = (name) => {
    if (!text.has(name)) text.set(name, index.has(name) ? readFileSync(index.get(name), "utf8") : null);
    return text.get(name);
  };
  const squashedFile = (name) => {
    if (!squashed.has(name)) squashed.set(name, squash(read(name)));
    return squashed.get(name);
  };
  const hayOf = (names, sources) => {
    const key = names.join("\0");
    if (!hays.has(key)) hays.set(key, squash(sources.join("\n")) + " " + writtenDates(sources.join("\n")).join(" "));
    return hays.get(key);
  };
  for (const q of bank) {
    const sources = [], names = [];
    for (const c of q.cite ?? []) {
      const name = citedFile(c), body = read(name);
      if (body == null) { missing.add(name); continue; }
      sources.push(body);
      names.push(name);
      if (!squashedFile(name).includes(squash(c.anchor))) errors.push(`${q.id}: anchor "${c.anchor}" is not in ${name}`);
    }
    if (!sources.length) continue;
    const hay = hayOf(names, sources);
    for (const s of q.expect?.all ?? []) if (!hay.includes(squash(s))) errors.push(`${q.id}: expected "${s}" is in none of its cited files`);
    for (const g of q.expect?.any ?? []) if (!g.some((s) => hay.includes(squash(s)))) errors.push(`${q.id}: none of ${JSON.stringify(g)} is in its cited files`);
  }
  return { errors, missing: [...missing] };
}

function main(argv) {
  const banks = argv.length ? argv : ["bank-a.json", "bank-b.json", "bank-c.json", "bank-d.json"].map((f) => join(here, f));
  const index = sourceIndex();
  let failed = false;
  for (const file of banks) {
    const bank = JSON.parse(readFileSync(file, "utf8"));
    const errors = shapeErrors(bank);
    const src = errors.length ? { errors: [], missing: [] } : sourceErrors(bank, index);
    const all = [...errors, ...src.errors];
    const count = (k) => bank.filter((q) => q.kind === k || q.lang === k).length;
    console.log(`${basename(file)}: ${bank.length} questions (en ${count("en")}, zh ${count("zh")}, unanswerable ${count("unanswerable")}), ${all.length} errors`);
    for (const e of all) console.log(`  ✗ ${e}`);
    if (src.missing.length) console.log(`  (not checked, source not present: ${src.missing.join(", ")})`);
    failed ||= all.length > 0;
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
