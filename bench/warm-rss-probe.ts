/**
 * Memory and CPU time of each step of a start-up as the server makes it, in a fresh process:
 * loading the index from its cache, then each warm-up step in turn (see src/answer/warm.ts), with
 * the resident set size the OS reports after each (VmRSS) and its peak so far (VmHWM). Shows which
 * step sets the serving peak.
 *
 *   tsx bench/warm-rss-probe.ts --dir DIR    (DIR as for bench/answer-probe.ts: DIR/synthesized, DIR/cache)
 */
import { join } from "node:path";
import { warmUpSteps } from "../src/answer/warm.js";
import { loadConfig } from "../src/core/config.js";
import { loadIndex } from "../src/knowledge/load.js";
import { procStatusBytes } from "./serve-probe.js";

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf("--dir");
  const dir = at >= 0 ? argv[at + 1] : undefined;
  if (!dir) throw new Error("--dir DIR is required (a folder answer-probe built: DIR/synthesized, DIR/cache)");
  const base = { documentsDir: join(dir, "synthesized", "documents"), glossaryDir: join(dir, "synthesized", "terms"), cacheDir: join(dir, "cache") };
  const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`.padStart(8);
  const line = (what: string, cpuMs: number) => {
    const m = process.memoryUsage();
    process.stdout.write(`${what.padEnd(12)} ${cpuMs.toFixed(0).padStart(6)} ms CPU   RSS ${mib(procStatusBytes("VmRSS"))}   peak ${mib(procStatusBytes("VmHWM"))}   heap used ${mib(m.heapUsed)}\n`);
  };
  const timedCpu = (f: () => unknown) => {
    const before = process.cpuUsage();
    f();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  line("start", 0);
  const before = process.cpuUsage();
  const loaded = await loadIndex(base);
  if (!loaded.fromCache) throw new Error(`no current cache in ${base.cacheDir}`);
  const used = process.cpuUsage(before);
  line("cache load", (used.user + used.system) / 1000);
  const steps = warmUpSteps(loaded.index, { now: () => new Date("2024-09-01T08:00:00Z"), timeZone: loadConfig().timeZone });
  steps.forEach((step, i) => line(`warm-up ${i + 1}`, timedCpu(step)));
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`warm-rss-probe failed: ${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
