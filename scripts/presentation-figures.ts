/**
 * `npx tsx scripts/presentation-figures.ts --questions FILE`: how answers to a question set are
 * presented. FILE is a JSON array of { question } (or JSON lines). Prints, per language: answers
 * with other-language text outside quotation marks, answers citing with a link to the official
 * document, the median answer length, and how long the sources are in the default view
 * (source lines and excerpts) next to the answer.
 */
import { readFileSync } from "node:fs";
import { loadConfig } from "../src/core/config.js";
import { createAssistant } from "../src/app/create-assistant.js";
import { createLogger } from "../src/core/log.js";
import { foreignOutsideQuotes } from "../src/present/foreign-text.js";
import { answerLength, identityText, sourceLines } from "../src/present/sources.js";

const file = process.argv[process.argv.indexOf("--questions") + 1];
if (!file || !process.argv.includes("--questions")) {
  process.stderr.write("Usage: npx tsx scripts/presentation-figures.ts --questions FILE [--verbose]\n");
  process.exit(2);
}
const raw = readFileSync(file, "utf8").trim();
const items: { question: string }[] = raw.startsWith("[") ? JSON.parse(raw) : raw.split("\n").map((l) => JSON.parse(l));
const config = loadConfig(process.env, process.cwd());
const assistant = await createAssistant({ config, logger: createLogger("error") });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rows = [];
for (const [i, item] of items.entries()) {
  const r = await assistant.handle({ text: item.question, conversation: { platform: "cli", id: `figures-${i}` } });
  const lines = sourceLines(r);
  const sources = lines.reduce((n, l) => n + identityText(l, r.lang).length + (l.excerpt ? l.excerpt.length + 2 : 0), 0);
  rows.push({ q: item.question, lang: r.lang, answered: r.answered, foreign: foreignOutsideQuotes(r.text, r.lang), cited: r.citations.length > 0, linked: r.citations.some((c) => c.url), text: r.text.length, read: answerLength(r.text), sources, lines: lines.length });
}
assistant.close();
for (const lang of ["en", "zh"] as const) {
  const rs = rows.filter((r) => r.lang === lang);
  if (!rs.length) continue;
  const cited = rs.filter((r) => r.cited);
  console.log(
    `${lang}: ${rs.length} answers; other-language text outside quotes in ${rs.filter((r) => r.foreign.length).length}; ` +
      `linked to the official document ${cited.filter((r) => r.linked).length} of ${cited.length} cited; ` +
      `median answer ${median(rs.map((r) => r.text))} chars; sources longer than the answer in ${cited.filter((r) => r.sources > r.read).length} of ${cited.length}; ` +
      `most source lines ${Math.max(0, ...rs.map((r) => r.lines))}; median sources ${median(cited.map((r) => r.sources))} chars`,
  );
}
console.log(`all: median answer ${median(rows.map((r) => r.text))} chars`);
if (process.argv.includes("--verbose")) for (const r of rows) if (r.foreign.length || (r.cited && !r.linked) || r.sources > r.read) console.log(JSON.stringify({ q: r.q, foreign: r.foreign, linked: r.linked, read: r.read, sources: r.sources }));
