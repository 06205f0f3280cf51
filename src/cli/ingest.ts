/**
 * `npm run -s ingest [-- --json]`: rebuilds the document index and prints its counts
 * (DESIGN.md, Contracts), with any documents that had to be skipped and why.
 */
import { loadConfig, ConfigError } from "../core/config.js";
import { loadIndex } from "../knowledge/index.js";
import { runIfEntry, withDefaults, type CliIo, type FullIo } from "./io.js";

const HELP = `Usage: npm run -s ingest -- [--json] [--help]

Rebuilds the document index from DOCUMENTS_DIR (folders separated by ":", read recursively;
default data/documents) and caches it.
  --json   print one JSON object: {"documents","passages","meetings","resolutions","agendaItems",
           "recommendations","symbols","skipped","fallback","adopted"}: "fallback" lists the documents
           indexed as plain blocks (no structure found) with the reason, "adopted" the resolutions and
           decisions whose own text is indexed, with their operative paragraphs and verbs.
`;

/** Rebuilds the index: 0 done (or --help), 1 failure or bad configuration, 2 bad arguments. */
export async function main(argv: string[], cliIo?: CliIo): Promise<number> {
  const io = withDefaults(cliIo);
  try {
    return await ingest(argv, io);
  } catch (err) {
    io.stderr.write(`${err instanceof ConfigError ? err.message : `ingest failed: ${(err as Error).message}`}\n`);
    return 1;
  }
}

async function ingest(argv: string[], io: FullIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout.write(HELP);
    return 0;
  }
  const unknown = argv.filter((a) => !["--json"].includes(a));
  if (unknown.length) {
    io.stderr.write(`Unknown argument: ${unknown[0]}\n\n${HELP}`);
    return 2;
  }
  const json = argv.includes("--json");
  const config = loadConfig(io.env, io.cwd);
  const started = Date.now();
  const loaded = await loadIndex({
    documentsDir: config.documentsDirs,
    glossaryDir: config.glossaryDir,
    cacheDir: config.cacheDir,
    rebuild: true,
    onProgress: json ? undefined : (file, done, total) => io.stderr.write(`\r  parsing ${done}/${total} ${file.slice(0, 50).padEnd(50)}`),
  });
  const counts = loaded.index.counts();
  const skipped = loaded.index.skipped;
  const fallback = loaded.index.documents.filter((d) => d.meta.structure).map((d) => ({ file: d.meta.file, reason: d.meta.structure!.reason }));
  const adopted = loaded.index.graph.resolutions
    .filter((r) => r.docId)
    .map((r) => ({
      body: r.body,
      kind: r.kind,
      number: r.number,
      title: r.title,
      adopted: r.adopted,
      operative: r.statements.filter((st) => st.paragraph !== undefined).map((st) => ({ paragraph: st.paragraph, verb: st.verb, addressee: st.addressee })),
    }));
  if (json) {
    io.stdout.write(JSON.stringify({ ...counts, skipped, fallback, adopted }) + "\n");
    return 0;
  }
  io.stderr.write("\n");
  const lines = [
    `Indexed ${counts.documents} document(s) from ${config.documentsDirs.join(", ")} in ${Date.now() - started} ms:`,
    `  ${counts.passages} passages, ${counts.meetings} meetings, ${counts.agendaItems} agenda items,`,
    `  ${counts.resolutions} resolutions and decisions, ${counts.recommendations} recommendations, ${counts.symbols} document symbols.`,
    skipped.length ? `Skipped ${skipped.length} document(s):` : "No document was skipped.",
    ...skipped.map((s) => `  - ${s.file}: ${s.reason}`),
    ...(fallback.length ? [`Indexed as plain blocks (${fallback.length}):`, ...fallback.map((f) => `  - ${f.file}: ${f.reason}`)] : []),
    ...(adopted.length ? [`Resolutions and decisions with their own text (${adopted.length}):`] : []),
    ...adopted.map((r) => `  - ${r.body} ${r.kind} ${r.number}${r.adopted ? `, adopted ${r.adopted}` : ""}: ${r.title ?? "(no title)"}\n      ${r.operative.map((o) => `${o.paragraph} ${o.verb}${o.addressee ? ` (${o.addressee})` : ""}`).join("; ") || "no numbered operative paragraphs"}`),
    `Cache: ${loaded.cacheFile ?? "(none)"}`,
  ];
  io.stdout.write(lines.join("\n") + "\n");
  return 0;
}

runIfEntry(import.meta.url, main);
