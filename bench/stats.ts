/**
 * Timing and summary helpers for the benchmark: monotonic clocks, percentiles, human units.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Distribution of a set of samples (milliseconds unless said otherwise). */
export interface Summary {
  n: number;
  min: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/**
 * The p-th percentile (0..100) by linear interpolation between the closest ranks (the usual
 * "type 7" definition), so p95 of a few samples is not simply the largest one.
 * @throws RangeError for an empty sample set or p outside 0..100.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) throw new RangeError("percentile of an empty sample set");
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

/** Summarizes samples. @throws RangeError for an empty sample set. */
export function summarize(samples: readonly number[]): Summary {
  if (!samples.length) throw new RangeError("summary of an empty sample set");
  return {
    n: samples.length,
    min: Math.min(...samples),
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
  };
}

/** The median of a few runs of a long step (build, load). */
export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** Milliseconds on the monotonic clock since an earlier `process.hrtime.bigint()` reading. */
export const elapsedMs = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/**
 * Runs `fn` once and returns its result with the wall-clock time it took and the CPU time the
 * process spent meanwhile (user + system; on a busy machine the wall clock waits for a core,
 * the CPU time does not).
 */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await fn();
  const ms = elapsedMs(start);
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Times each of `tasks` `rounds` times after `warmup` untimed rounds (JIT, caches), interleaving
 * tasks within a round so a slow moment of the machine does not land on one task only.
 * Returns the samples per task, in milliseconds; with `cpu`, also fills it with each sample's CPU
 * time (user + system of the process, in milliseconds), which waiting for a core does not add to.
 */
export async function sampleTasks<K extends string>(
  tasks: readonly { key: K; run: () => unknown }[],
  opts: { rounds: number; warmup: number; cpu?: Map<K, number[]> },
): Promise<Map<K, number[]>> {
  const out = new Map<K, number[]>();
  for (const t of tasks) if (!out.has(t.key)) out.set(t.key, []);
  for (const t of tasks) if (opts.cpu && !opts.cpu.has(t.key)) opts.cpu.set(t.key, []);
  for (let r = 0; r < opts.warmup + opts.rounds; r++) {
    for (const t of tasks) {
      const cpu = process.cpuUsage();
      const start = process.hrtime.bigint();
      await t.run();
      const ms = elapsedMs(start);
      const used = process.cpuUsage(cpu);
      if (r < opts.warmup) continue;
      out.get(t.key)!.push(ms);
      opts.cpu?.get(t.key)!.push((used.user + used.system) / 1000);
    }
  }
  return out;
}

let gcFn: (() => void) | undefined | null = null;

/**
 * A full garbage collection when the runtime allows it, so heap figures mean what is held,
 * not what happens to be uncollected. Works without `--expose-gc` on the command line.
 */
export function collectGarbage(): boolean {
  if (gcFn === null) {
    try {
      setFlagsFromString("--expose-gc");
      gcFn = runInNewContext("gc") as () => void;
    } catch {
      gcFn = undefined;
    }
  }
  gcFn?.();
  return gcFn !== undefined;
}

/** `heapUsed` in bytes after a full collection. */
export function heapUsedAfterGc(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** Three significant digits without exponent notation ("0.0123", "4.56", "123", "4567"). */
const sig = (v: number): string => (Math.abs(v) >= 99.95 ? v.toFixed(0) : v.toPrecision(3));

/** "12.3 µs", "4.56 ms", "1.23 s". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  if (ms < 0.9995) return `${sig(ms * 1000)} µs`;
  if (ms < 999.5) return `${sig(ms)} ms`;
  return `${sig(ms / 1000)} s`;
}

/** "512 B", "3.40 KiB", "12.1 MiB", "1.02 GiB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "n/a";
  const units = ["B", "KiB", "MiB", "GiB"];
  let v = bytes;
  let u = 0;
  while (Math.abs(v) >= 1023.5 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${v} B` : `${sig(v)} ${units[u]}`;
}
