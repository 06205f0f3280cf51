/**
 * Answer latency at one corpus size without the rest of `npm run bench` (no MiniSearch, no
 * second build): synthesizes N documents into a folder and builds their index there the first
 * time, then, in this process, loads the index from that cache, creates the assistant as the
 * server does (warm-up awaited) and times the benchmark's commands and free questions, as
 * `bench/answers.ts` does, with the CPU time of each. The folder is kept, so later runs (another
 * commit, a profiler) reuse the corpus and its cache.
 *
 *   tsx bench/answer-probe.ts --dir DIR [--docs 10000] [--rounds 3] [--seed N] [--dump FILE] [--each]
 *
 * `--each` also prints each free question's figures, not only the pooled ones.
 *
 * `--profile FILE` writes a CPU profile (`.cpuprofile`) of the timed rounds alone, after the load,
 * the warm-up and the untimed round: where a steady-state answer spends its time.
 *
 * `--dump FILE` writes each command's and question's reply (`ask --json`'s fields) of the first,
 * untimed pass, one JSON line each: two commits' files compare their answers.
 */
import { existsSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import { createAssistant } from "../src/app/create-assistant.js";
import { loadConfig } from "../src/core/config.js";
import { silentLogger } from "../src/core/log.js";
import type { Reply } from "../src/core/types.js";
import { loadIndex } from "../src/knowledge/load.js";
import { ANSWER_COMMANDS, FREE_QUESTIONS } from "./queries.js";
import { procStatusBytes } from "./serve-probe.js";
import { percentile, timed } from "./stats.js";
import { synthesizeCorpus } from "./synth-corpus.js";

const replyJson = (text: string, r: Reply) =>
  JSON.stringify({ q: text, answered: r.answered, text: r.text, citations: r.citations.map(({ document, file, paragraph, quote, title, url }) => ({ document, file, paragraph, quote, title: title ?? null, url: url ?? null })) });

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dir = arg("--dir");
  if (!dir) throw new Error("--dir DIR is required (the folder that holds, or will hold, the corpus and its cache)");
  const docs = Number(arg("--docs") ?? 10000);
  const rounds = Number(arg("--rounds") ?? 3);
  const config = loadConfig();
  const base = { documentsDir: join(dir, "synthesized", "documents"), glossaryDir: join(dir, "synthesized", "terms"), cacheDir: join(dir, "cache") };
  if (!existsSync(base.documentsDir)) {
    synthesizeCorpus({ seedsDir: config.documentsDir, glossaryDir: config.glossaryDir, outDir: join(dir, "synthesized"), count: docs, seed: Number(arg("--seed") ?? 20240903) });
    const built = await timed(() => loadIndex({ ...base, rebuild: true }));
    process.stderr.write(`built ${built.value.index.counts().documents} documents: ${(built.ms / 1000).toFixed(1)} s wall, ${(built.cpuMs / 1000).toFixed(1)} s CPU\n`);
  }
  const loadAverage = loadavg()[0];
  const loaded = await timed(() => loadIndex(base));
  if (!loaded.value.fromCache) throw new Error(`no current cache in ${base.cacheDir}`);
  const loadPeak = procStatusBytes("VmHWM");
  const now = () => new Date("2024-09-01T08:00:00Z");
  const assistantConfig = { ...config, ...base, documentsDirs: [base.documentsDir], logLevel: "silent" as const, llm: undefined, dbFile: join(dir, "db.json") };
  const warm = await timed(async () => {
    const a = await createAssistant({ config: assistantConfig, index: loaded.value.index, logger: silentLogger, now, warm: true });
    await a.warmed;
    return a;
  });
  const assistant = warm.value;
  let n = 0;
  const ask = (text: string) => assistant.handle({ text, conversation: { platform: "cli", id: `probe-${++n}` } });
  const first = await timed(() => ask(FREE_QUESTIONS[0]));

  const items = [...ANSWER_COMMANDS, ...FREE_QUESTIONS];
  const dump: string[] = [];
  const samples = new Map<string, { ms: number[]; cpu: number[] }>(items.map((q) => [q, { ms: [], cpu: [] }]));
  const profiler = arg("--profile") ? new Session() : undefined;
  for (let r = 0; r <= rounds; r++) {
    if (r === 1 && profiler) {
      profiler.connect();
      await profiler.post("Profiler.enable");
      await profiler.post("Profiler.start");
    }
    for (const q of items) {
      const t = await timed(() => ask(q));
      if (r === 0) dump.push(replyJson(q, t.value));
      else {
        samples.get(q)!.ms.push(t.ms);
        samples.get(q)!.cpu.push(t.cpuMs);
      }
    }
  }
  if (profiler) {
    const { profile } = await profiler.post("Profiler.stop");
    writeFileSync(arg("--profile")!, JSON.stringify(profile));
    profiler.disconnect();
  }
  if (arg("--dump")) writeFileSync(arg("--dump")!, `${dump.join("\n")}\n`);
  if (rounds < 1) return;
  const fmt = (x: number) => x.toFixed(1).padStart(8);
  const free = { ms: [] as number[], cpu: [] as number[] };
  const lines = [`answers over ${loaded.value.index.counts().documents} documents, ${rounds} timed rounds after one untimed; p50 / p95 in ms, wall then CPU`];
  for (const q of items) {
    const s = samples.get(q)!;
    if (FREE_QUESTIONS.includes(q)) {
      free.ms.push(...s.ms);
      free.cpu.push(...s.cpu);
      if (argv.includes("--each")) lines.push(`${fmt(percentile(s.ms, 50))}${fmt(percentile(s.ms, 95))}${fmt(percentile(s.cpu, 50))}${fmt(percentile(s.cpu, 95))}  ${q}`);
    } else lines.push(`${fmt(percentile(s.ms, 50))}${fmt(percentile(s.ms, 95))}${fmt(percentile(s.cpu, 50))}${fmt(percentile(s.cpu, 95))}  ${q}`);
  }
  lines.push(`${fmt(percentile(free.ms, 50))}${fmt(percentile(free.ms, 95))}${fmt(percentile(free.cpu, 50))}${fmt(percentile(free.cpu, 95))}  free questions (${FREE_QUESTIONS.length}, pooled)`);
  lines.push(
    `cache load ${loaded.ms.toFixed(0)} ms (CPU ${loaded.cpuMs.toFixed(0)} ms, peak RSS ${(loadPeak / 2 ** 20).toFixed(0)} MiB); warm-up ${warm.ms.toFixed(0)} ms (CPU ${warm.cpuMs.toFixed(0)} ms); ` +
      `first free question ${first.ms.toFixed(1)} ms (CPU ${first.cpuMs.toFixed(1)} ms); peak RSS ${(procStatusBytes("VmHWM") / 2 ** 20).toFixed(0)} MiB; load average ${loadAverage.toFixed(2)} -> ${loadavg()[0].toFixed(2)}`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`answer-probe failed: ${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
