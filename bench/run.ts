/**
 * `npm run bench [-- --quick] [--docs N] [--seed N] [--json] [--no-answers] [--keep]`
 *
 * Measures the document index on the bundled corpus and on a large corpus synthesized from it:
 * build time, cache load time, index size, heap, search and graph-lookup latency, answer latency
 * through the assistant, each next to MiniSearch over the same passages in the same run.
 * Progress goes to stderr; the report (or, with --json, one JSON object) to stdout.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig, ConfigError } from "../src/core/config.js";
import { benchCorpus, corpusCacheDir, type CorpusBenchConfig, type CorpusResult, type CorpusSource } from "./corpus-bench.js";
import { SEARCH_QUERIES } from "./queries.js";
import { renderJson, renderText, type BenchReport } from "./report.js";
import { collectGarbage } from "./stats.js";
import { synthesizeCorpus } from "./synth-corpus.js";
import { renderAck, runAckBench } from "./ack.js";
import { benchIngestThroughput, defaultIngestFiles, renderIngestThroughput } from "./ingest-throughput.js";
import { benchPickup, renderPickup, sampleDocument } from "./pickup.js";

const HELP = `Usage: npm run bench -- [--quick] [--docs N] [--seed N] [--baseline-passages N] [--json] [--no-answers] [--no-ack] [--keep]

Benchmarks the document index on the bundled corpus (DATA_DIR/documents) and on a corpus of
N documents synthesized from it, next to MiniSearch over the same passages.
  --quick       a small run to use often: 200 documents, fewer rounds
  --docs N      documents in the synthesized corpus, seeds included (default 2000; 200 with --quick)
  --seed N      seed of the synthesizer (default 20240903): same seed, same corpus
  --baseline-passages N
                MiniSearch indexes at most N passages (default 130000, about 2,000 documents);
                on a larger corpus its build, load, size and heap are extrapolated linearly
                from the first N passages and its searches timed over them, and the report says so
  --json        print one JSON object instead of the table
  --no-answers  skip answer latency (the assistant)
  --no-ack      skip acknowledgement latency under load (50, 200, 600 concurrent signed slash commands to the running app)
  --keep        keep the temporary folder (synthesized corpus, caches) and print its path
`;

/**
 * MiniSearch's passages at most: its full run at 2,000 documents (121,600 passages) stays whole;
 * at 10,000 it took over an hour and gigabytes on the 2-core machine.
 */
const BASELINE_PASSAGES = 130_000;

/** Start-up options of the benchmark. */
interface BenchArgs {
  quick: boolean;
  docs: number;
  seed: number;
  json: boolean;
  answers: boolean;
  ack: boolean;
  keep: boolean;
  baselinePassages: number;
}

/** Parses the command line. @throws Error naming the bad argument. */
function parseArgs(argv: string[]): BenchArgs | "help" {
  const args: BenchArgs = { quick: false, docs: NaN, seed: 20240903, json: false, answers: true, ack: true, keep: false, baselinePassages: BASELINE_PASSAGES };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || !/^\d+$/.test(v)) throw new Error(`${a} needs a whole number, e.g. ${a} ${a === "--docs" ? 500 : 7}`);
      return Number(v);
    };
    if (a === "--help" || a === "-h") return "help";
    else if (a === "--quick") args.quick = true;
    else if (a === "--json") args.json = true;
    else if (a === "--no-answers") args.answers = false;
    else if (a === "--no-ack") args.ack = false;
    else if (a === "--keep") args.keep = true;
    else if (a === "--docs") args.docs = value();
    else if (a === "--seed") args.seed = value();
    else if (a === "--baseline-passages") args.baselinePassages = value();
    else throw new Error(`Unknown argument: ${a}`);
  }
  if (Number.isNaN(args.docs)) args.docs = args.quick ? 200 : 2000;
  return args;
}

/** Progress on stderr: one rewritten line on a terminal, plain lines otherwise. */
function createProgress(): CorpusBenchConfig["progress"] {
  const tty = process.stderr.isTTY;
  let lastShape = "";
  let lastAt = 0;
  return (message, final) => {
    if (tty) {
      process.stderr.write(`\r\x1b[2K  ${message}${final ? "\n" : ""}`);
      return;
    }
    // Without a terminal: a line per new step, and a counter update at most every 3 seconds.
    const shape = message.replace(/\d+/g, "#");
    if (final || shape !== lastShape || Date.now() - lastAt >= 3000) {
      process.stderr.write(`  ${message}\n`);
      lastAt = Date.now();
    }
    lastShape = shape;
  };
}

type CreateAssistant = typeof import("../src/app/create-assistant.js").createAssistant;

/** Why the assistant cannot be started, or nothing when it can (it is optional for the index figures). */
async function assistantMissing(): Promise<string | undefined> {
  try {
    const mod = (await import("../src/app/create-assistant.js")) as { createAssistant?: CreateAssistant };
    return mod.createAssistant ? undefined : "src/app/create-assistant.ts exports no createAssistant";
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ERR_MODULE_NOT_FOUND" || err.code === "MODULE_NOT_FOUND") return `the assistant could not be loaded: ${err.message.split("\n")[0]}`;
    throw e;
  }
}

function minisearchVersion(): string {
  try {
    const entry = fileURLToPath(import.meta.resolve("minisearch"));
    let dir = dirname(entry);
    while (!dir.endsWith("minisearch") && dir !== dirname(dir)) dir = dirname(dir);
    return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "(version unknown)";
  }
}

async function main(argv: string[]): Promise<number> {
  let args: BenchArgs | "help";
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  const config = loadConfig();
  const progress = createProgress();
  const loadAverageAtStart = loadavg()[0];
  const workDir = mkdtempSync(join(tmpdir(), "bench-"));
  const heapAfterGc = collectGarbage();

  const assistantNote = args.answers ? await assistantMissing() : "--no-answers";
  if (assistantNote && args.answers) process.stderr.write(`  note: answer latency skipped: ${assistantNote}\n`);

  try {
    progress(`synthesizing ${args.docs} documents from ${config.documentsDir}`);
    const synth = synthesizeCorpus({
      seedsDir: config.documentsDir,
      glossaryDir: config.glossaryDir,
      outDir: join(workDir, "synthesized"),
      count: args.docs,
      seed: args.seed,
      onProgress: (done, total) => progress(`synthesizing documents: ${done}/${total}`),
    });
    progress(`synthesized ${synth.documents} documents in ${synth.documentsDir}`, true);

    const bundledBytes = textBytes(config.documentsDir);
    const sources: (CorpusSource & { dataDir: string; small: boolean })[] = [
      { name: "bundled corpus", documentsDir: config.documentsDir, glossaryDir: config.glossaryDir, textBytes: bundledBytes, dataDir: config.dataDir, small: true },
      { name: `synthesized corpus`, documentsDir: synth.documentsDir, glossaryDir: synth.glossaryDir, textBytes: synth.textBytes, dataDir: synth.dataDir, small: false },
    ];

    const rounds = args.quick ? { search: 2, graph: 5, answers: 1 } : { search: 5, graph: 20, answers: 5 };
    const corpora: CorpusResult[] = [];
    for (const s of sources) {
      corpora.push(
        await benchCorpus(s, {
          workDir,
          buildRuns: s.small ? (args.quick ? 2 : 5) : 1,
          loadRuns: s.small ? (args.quick ? 2 : 5) : args.quick ? 1 : 3,
          // Fewer rounds on the large corpus: MiniSearch ranks every match, which takes long there.
          searchRounds: s.small ? rounds.search : Math.min(rounds.search, 3),
          graphRounds: rounds.graph,
          answerRounds: rounds.answers,
          answersSkipped: assistantNote,
          serving: !assistantNote,
          baselineMaxPassages: args.baselinePassages,
          progress,
        }),
      );
    }

    const report: BenchReport = {
      run: {
        date: new Date().toISOString(),
        node: process.version,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model?.trim() ?? "unknown",
        totalMemoryBytes: totalmem(),
        loadAverageAtStart,
        quick: args.quick,
        seed: args.seed,
        synthesizedDocuments: synth.documents,
        searchQueries: {
          total: SEARCH_QUERIES.length,
          zh: SEARCH_QUERIES.filter((q) => /[\u4e00-\u9fff]/.test(q)).length,
          en: SEARCH_QUERIES.filter((q) => !/[\u4e00-\u9fff]/.test(q)).length,
        },
        searchRounds: rounds.search,
        graphRounds: rounds.graph,
        answerRounds: rounds.answers,
        minisearchVersion: minisearchVersion(),
        heapAfterGc,
      },
      corpora,
    };
    progress("ingest: reading text, PDF, DOCX and HTML files", true);
    const ingest = await benchIngestThroughput({ files: defaultIngestFiles(), rounds: args.quick ? 1 : 3 });
    progress(`ingest: serving a document added to the ${synth.documents}-document corpus`, true);
    // Over the cache the index figures left (a bot started from its cache), not a build of its own.
    const pickup = await benchPickup(synth.documentsDir, synth.glossaryDir, sampleDocument(config.documentsDir), 500, corpusCacheDir(workDir, sources[1].name));
    const ack = args.ack ? await runAckBench(undefined, undefined, (m) => progress(m, true)) : undefined;
    report.run.loadAverageAtEnd = loadavg()[0];
    process.stdout.write(
      args.json
        ? renderJson({ ...report, ingest, pickup, ...(ack ? { ack } : {}) })
        : `${renderText(report)}\n${renderIngestThroughput(ingest)}\n${renderPickup(pickup)}\n` + (ack ? `\n${renderAck(ack)}\n` : ""),
    );
    return 0;
  } finally {
    if (args.keep) process.stderr.write(`  kept ${workDir}\n`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

/** Bytes of document text in a folder (the `.txt` and `.md` files the index reads). */
function textBytes(documentsDir: string): number {
  return readdirSync(documentsDir)
    .filter((n) => /\.(txt|md)$/i.test(n))
    .reduce((sum, n) => sum + statSync(join(documentsDir, n)).size, 0);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`\n${err instanceof ConfigError ? err.message : `bench failed: ${(err as Error).stack ?? err}`}\n`);
    process.exit(1);
  },
);
