/**
 * `npm run bench:index [-- --docs 200,2000,10000] [--seed N] [--loads N]`
 *
 * How the index grows with the corpus, without the baseline or the answers: for each size, a
 * corpus is synthesized, the index is built in a fresh process (wall and CPU time, peak RSS),
 * loaded from its cache in fresh processes (the start-up: wall and CPU time, peak RSS from the
 * OS), and one document is added under a watcher started from that cache (the time until it
 * is served, as a server started before the document came would serve it). Prints
 * a Markdown table with the machine's load average before and after each size.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/core/config.js";
import { runBenchScript } from "./entry.js";
import { synthesizeCorpus } from "./synth-corpus.js";
import { formatBytes, formatMs, median } from "./stats.js";
import type { IndexProbe } from "./index-probe.js";

/** Runs bench/index-probe.ts in a fresh process and returns what it reports. */
const probe = (args: string[]): Promise<IndexProbe> => runBenchScript<IndexProbe>("index-probe", args);

function parseArgs(argv: string[]): { sizes: number[]; seed: number; loads: number } {
  const out = { sizes: [200, 2000, 10000], seed: 20240903, loads: 3 };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i + 1];
    if (argv[i] === "--docs" && v && /^\d+(,\d+)*$/.test(v)) out.sizes = v.split(",").map(Number);
    else if (argv[i] === "--seed" && v && /^\d+$/.test(v)) out.seed = Number(v);
    else if (argv[i] === "--loads" && v && /^\d+$/.test(v)) out.loads = Number(v);
    else throw new Error(`Unknown or incomplete argument: ${argv[i]} (use --docs 200,2000,10000 --seed N --loads N)`);
    i++;
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const workDir = mkdtempSync(join(tmpdir(), "bench-index-"));
  const rows: string[] = [];
  const load = () => loadavg()[0].toFixed(1);
  process.stderr.write(`Machine: ${cpus().length} CPU(s) ${cpus()[0]?.model?.trim() ?? ""}, Node ${process.version}\n`);
  try {
    for (const n of args.sizes) {
      const loadBefore = load();
      process.stderr.write(`  ${n} documents: synthesizing\n`);
      const synth = synthesizeCorpus({ seedsDir: config.documentsDir, glossaryDir: config.glossaryDir, outDir: join(workDir, `c${n}`), count: n, seed: args.seed });
      const base = ["--documents", synth.documentsDir, "--glossary", synth.glossaryDir, "--cache", join(workDir, `cache-${n}`)];
      process.stderr.write(`  ${n} documents: building\n`);
      const build = await probe([...base, "--build"]);
      const loads: IndexProbe[] = [];
      for (let r = 0; r < args.loads; r++) {
        process.stderr.write(`  ${n} documents: loading from the cache (${r + 1}/${args.loads})\n`);
        loads.push(await probe(base));
      }
      process.stderr.write(`  ${n} documents: adding a document under a running watcher\n`);
      const pickup = await probe([...base, "--pickup", join(config.documentsDir, "001_7da0608a8050477c.txt")]);
      const med = (f: (p: IndexProbe) => number) => median(loads.map(f));
      rows.push(
        `| ${n.toLocaleString("en")} | ${build.passages.toLocaleString("en")} | ${formatMs(build.cpuMs)} (${formatMs(build.ms)}) | ${formatBytes(build.peakRssBytes)} | ${formatBytes(build.cacheBytes)} | ${formatMs(med((p) => p.cpuMs))} (${formatMs(med((p) => p.ms))}) | ${formatBytes(med((p) => p.peakRssBytes))} | ${formatMs(pickup.pickupCpuMs ?? NaN)} (${formatMs(pickup.pickupMs ?? NaN)}) | ${loadBefore} → ${load()} |`,
      );
      process.stderr.write(`${rows[rows.length - 1]}\n`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  process.stdout.write(
    [
      "| documents | passages | build, CPU (wall) | build peak RSS | cache on disk | cache load, CPU (wall), median | load peak RSS | added document served after a restart, CPU (wall) | load average before → after |",
      "|---|---|---|---|---|---|---|---|---|",
      ...rows,
    ].join("\n") + "\n",
  );
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`bench failed: ${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
