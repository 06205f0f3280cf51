/**
 * One step of `bench/index-curve.ts` in a fresh process, so that its peak RSS is its own:
 * build the index (`--build`), load it from its cache (the default), or load it and serve a
 * document added under a running watcher (`--pickup FILE`). Prints one JSON object.
 *
 *   tsx bench/index-probe.ts --documents DIR --glossary DIR --cache DIR [--build | --pickup FILE] [--threads N]
 *
 * `--threads N`: the build's threads, the main thread included (1: the build runs in the main thread alone).
 */
import { indexFolderParts } from "../src/knowledge/index-cache.js";
import { loadIndex } from "../src/knowledge/load.js";
import { benchPickup } from "./pickup.js";
import { procStatusBytes } from "./serve-probe.js";
import { timed } from "./stats.js";

/** What a probe reports. */
export interface IndexProbe {
  ms: number;
  cpuMs: number;
  /** Peak resident set size of the process (VmHWM). */
  peakRssBytes: number;
  passages: number;
  /** Bytes of the cache: document shards, graph, search and containment postings. */
  cacheBytes: number;
  /** With --pickup: from writing the file to the live index serving it, and the CPU time of it. */
  pickupMs?: number;
  pickupCpuMs?: number;
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const threads = arg("--threads");
  const base = { documentsDir: arg("--documents")!, glossaryDir: arg("--glossary")!, cacheDir: arg("--cache")!, ...(threads ? { buildThreads: Number(threads) } : {}) };
  const added = arg("--pickup");
  const build = argv.includes("--build");
  if (added) {
    const r = await benchPickup(base.documentsDir, base.glossaryDir, added, 500, base.cacheDir);
    process.stdout.write(`${JSON.stringify({ ms: 0, cpuMs: 0, peakRssBytes: procStatusBytes("VmHWM"), passages: 0, cacheBytes: 0, pickupMs: r.pickupMs, pickupCpuMs: r.cpuMs })}\n`);
    return;
  }
  const step = await timed(() => loadIndex({ ...base, rebuild: build }));
  if (!build && !step.value.fromCache) throw new Error(`no current cache in ${base.cacheDir}`);
  const parts = indexFolderParts(step.value.cacheFile!);
  const out: IndexProbe = {
    ms: step.ms,
    cpuMs: step.cpuMs,
    peakRssBytes: procStatusBytes("VmHWM"),
    passages: step.value.index.counts().passages,
    cacheBytes: parts.documents + parts.graph + parts.postings + parts.containment,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
