/**
 * How long a running bot takes to serve a document added to its folder: the index of the
 * synthesized corpus is built (with its parse cache), a watcher runs as `npm start` runs it, one
 * document is copied in, and the time until the live index holds it is measured.
 */
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadIndex } from "../src/knowledge/load.js";
import { createLiveIndex } from "../src/knowledge/live.js";
import { watchCorpus } from "../src/knowledge/watch.js";

export interface PickupResult {
  documents: number;
  /** Write of the file to the live index holding it, settle time included. */
  pickupMs: number;
  /** CPU time (user + system) of the process over `pickupMs`: what a busy machine does not inflate. */
  cpuMs: number;
  /** The watcher's wait for the file to stop changing, part of `pickupMs`. */
  settleMs: number;
  /** Documents parsed by the rebuild (the rest came from the parse cache). */
  parsed: number;
}

/**
 * Adds `addFile` to `documentsDir` under a running watcher and times its arrival. The index is
 * built first in a new cache folder, or loaded from `cacheDir` (a start-up) when given.
 */
export async function benchPickup(documentsDir: string, glossaryDir: string, addFile: string, settleMs = 500, cacheDir = mkdtempSync(join(tmpdir(), "bench-pickup-"))): Promise<PickupResult> {
  const first = await loadIndex({ documentsDir, glossaryDir, cacheDir });
  const live = createLiveIndex(first.index);
  let parsed = 0;
  const name = `added-${Date.now()}.txt`;
  let arrived: () => void;
  const done = new Promise<void>((r) => (arrived = r));
  const watcher = watchCorpus({
    dirs: [documentsDir],
    settleMs,
    rebuild: async () => {
      const next = await loadIndex({ documentsDir, glossaryDir, cacheDir });
      parsed = next.parsed;
      live.replace(next.index);
      if (live.documents.some((d) => d.meta.file === name)) arrived();
    },
  });
  try {
    const started = performance.now();
    const cpu = process.cpuUsage();
    copyFileSync(addFile, join(documentsDir, name));
    await done;
    const used = process.cpuUsage(cpu);
    return { documents: live.documents.length, pickupMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000, settleMs, parsed };
  } finally {
    watcher.close();
  }
}

/** One line for the report. */
export function renderPickup(r: PickupResult): string {
  return `Added document served: ${r.pickupMs.toFixed(0)} ms after it was written (CPU ${r.cpuMs.toFixed(0)} ms), over ${r.documents} documents (${r.settleMs} ms of it waiting for the file to settle; ${r.parsed} document parsed anew)`;
}

/** A document to add: the first of the bundled ones, under a new name. */
export function sampleDocument(documentsDir: string): string {
  readFileSync(join(documentsDir, "001_7da0608a8050477c.txt"));
  return join(documentsDir, "001_7da0608a8050477c.txt");
}
