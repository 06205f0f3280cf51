/**
 * `tsx bench/ingest-throughput.ts [--rounds N] [--dir PATH]... [--json]`
 *
 * Ingest throughput of the document readers: documents per second and MB per second for text
 * (.txt, .md), PDF and DOCX files, read one after another as the loader reads a corpus, and the
 * cold start of the PDF extractor (its worker thread and pdf.js). Reading only: parsing and
 * indexing are measured by the corpus benchmark. By default it reads the bundled documents and
 * the PDF and DOCX fixtures; `--dir` reads the files of a folder instead (repeatable).
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../src/core/project-root.js";
import { closeDocumentReaders, formatOf, readDocumentFile } from "../src/knowledge/read/index.js";
import { closePdfWorker } from "../src/knowledge/read/pdf/extract.js";
import { startedAs } from "./entry.js";
import { timed } from "./stats.js";

const ROOT = projectRoot();

/** Kinds of input measured apart. */
export type IngestKind = "text" | "pdf" | "docx" | "html";

/** What the benchmark reads. */
export interface IngestThroughputConfig {
  /** Files to read, of any format the readers take. */
  files: string[];
  /** How many times each file is read (after one untimed round). */
  rounds: number;
}

/** Throughput of one kind of file. */
export interface KindThroughput {
  kind: IngestKind;
  /** Distinct files. */
  files: number;
  /** Reads timed (files × rounds). */
  reads: number;
  /** Bytes read in the timed reads. */
  bytes: number;
  /** PDF pages read in the timed reads. */
  pages?: number;
  /** Reads that gave no text (their reason is in `failures`). */
  failed: number;
  failures: string[];
  wallMs: number;
  /** CPU time of the whole process meanwhile, the PDF worker thread included. */
  cpuMs: number;
  docsPerSec: number;
  mbPerSec: number;
  pagesPerSec?: number;
}

/** The benchmark's result. */
export interface IngestThroughputResult {
  kinds: KindThroughput[];
  /** First PDF read by a fresh extractor (worker thread and pdf.js started), in ms. */
  pdfColdStartMs?: number;
  rounds: number;
}

const kindOf = (file: string): IngestKind | undefined => {
  const f = formatOf(file);
  return f === "txt" || f === "md" ? "text" : f;
};

/** Reads every file `rounds` times, kind by kind, and measures the throughput of each kind. */
export async function benchIngestThroughput(config: IngestThroughputConfig): Promise<IngestThroughputResult> {
  const byKind = new Map<IngestKind, { file: string; size: number }[]>();
  for (const file of config.files) {
    const kind = kindOf(file);
    if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), { file, size: statSync(file).size }]);
  }
  let pdfColdStartMs: number | undefined;
  const pdfs = byKind.get("pdf");
  if (pdfs?.length) {
    await closePdfWorker();
    const smallest = [...pdfs].sort((a, b) => a.size - b.size)[0];
    pdfColdStartMs = (await timed(() => readDocumentFile(smallest.file))).ms;
  }
  const kinds: KindThroughput[] = [];
  for (const [kind, files] of byKind) {
    for (const f of files) await readDocumentFile(f.file); // warm-up: JIT, file cache
    let bytes = 0;
    let pages = 0;
    const failures = new Set<string>();
    let failed = 0;
    const { ms, cpuMs } = await timed(async () => {
      for (let r = 0; r < config.rounds; r++) {
        for (const f of files) {
          const result = await readDocumentFile(f.file);
          bytes += f.size;
          if (result.ok) pages += result.pages?.length ?? 0;
          else {
            failed++;
            failures.add(`${f.file}: ${result.code}`);
          }
        }
      }
    });
    const reads = files.length * config.rounds;
    kinds.push({
      kind,
      files: files.length,
      reads,
      bytes,
      ...(kind === "pdf" ? { pages, pagesPerSec: (pages / ms) * 1000 } : {}),
      failed,
      failures: [...failures],
      wallMs: ms,
      cpuMs,
      docsPerSec: (reads / ms) * 1000,
      mbPerSec: (bytes / 1024 / 1024 / ms) * 1000,
    });
  }
  return { kinds, pdfColdStartMs, rounds: config.rounds };
}

/** The result as a small table. */
export function renderIngestThroughput(r: IngestThroughputResult): string {
  const rows = r.kinds.map((k) =>
    [k.kind.padEnd(5), String(k.files).padStart(5), String(k.reads).padStart(6), (k.bytes / 1024 / 1024).toFixed(1).padStart(8), k.docsPerSec.toFixed(1).padStart(8), k.mbPerSec.toFixed(2).padStart(7), (k.pagesPerSec?.toFixed(1) ?? "").padStart(8), (k.cpuMs / k.wallMs).toFixed(2).padStart(7), k.failed ? `  ${k.failed} failed` : ""].join(" "),
  );
  return [
    `Ingest throughput (reading files into text; ${r.rounds} rounds after one warm-up round)`,
    "kind  files  reads  MB read   docs/s    MB/s  pages/s cpu/wall",
    ...rows,
    ...(r.pdfColdStartMs !== undefined ? [`PDF extractor cold start (first PDF read): ${r.pdfColdStartMs.toFixed(0)} ms`] : []),
  ].join("\n");
}

/** Document files directly in a folder. */
const filesIn = (dir: string) =>
  readdirSync(dir)
    .filter((n) => formatOf(n))
    .sort()
    .map((n) => join(dir, n));

/** Reader fixtures that are meant to fail (or hold copies of another), left out of the throughput. */
const BAD_FIXTURES = /(?:encrypted|scanned|owner-password|blank)\.pdf$/;

/** The bundled documents and the reader fixtures that hold text. */
export function defaultIngestFiles(): string[] {
  return [join(ROOT, "data/documents"), join(ROOT, "test/fixtures/pdf"), join(ROOT, "test/fixtures/read")].flatMap(filesIn).filter((f) => !BAD_FIXTURES.test(f));
}

async function main(argv: string[]): Promise<void> {
  let rounds = 5;
  let json = false;
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") json = true;
    else if (a === "--rounds" && /^\d+$/.test(argv[i + 1] ?? "")) rounds = Number(argv[++i]);
    else if (a === "--dir" && argv[i + 1]) dirs.push(argv[++i]);
    else throw new Error(`unknown argument ${a}: use --rounds N, --dir PATH, --json`);
  }
  const files = dirs.length ? dirs.flatMap(filesIn) : defaultIngestFiles();
  const result = await benchIngestThroughput({ files, rounds });
  await closeDocumentReaders();
  console.log(json ? JSON.stringify(result) : renderIngestThroughput(result));
}

if (startedAs("ingest-throughput")) {
  main(process.argv.slice(2)).catch((e) => {
    console.error((e as Error).message);
    process.exit(2);
  });
}
