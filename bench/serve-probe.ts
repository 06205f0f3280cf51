/**
 * A start-up as the server makes it, in a fresh process: load the index from its cache, create
 * the assistant (warming up in the background, or not with --cold), then answer the first free
 * question and the benchmark's questions, then (with --rounds N) time the benchmark's commands and
 * free questions in N rounds after an untimed one: answer latency as the serving process meets it,
 * its heap and compiled code its own, not those of a process that built the index before. Prints
 * one JSON object: the times, and the resident set size the OS reports (peak and current, from
 * /proc/self/status: RSS from the OS, not the heap), answering included.
 *
 *   tsx bench/serve-probe.ts --documents DIR --glossary FILE --cache DIR [--cold] [--rounds N]
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, type AppConfig } from "../src/core/config.js";
import { silentLogger } from "../src/core/log.js";
import { createAssistant } from "../src/app/create-assistant.js";
import { loadIndex } from "../src/knowledge/load.js";
import { benchAnswers, type AnswerLatency } from "./answers.js";
import { FREE_QUESTIONS } from "./queries.js";
import { startedAs } from "./entry.js";
import { elapsedMs } from "./stats.js";

/** What a probe reports. */
export interface ServeProbe {
  /** Warm-up at start (without --cold), or none. */
  warm: boolean;
  /** Loading the index from its cache. */
  loadMs: number;
  /** From the assistant's creation until its warm-up finished (0 without one). */
  warmUpMs: number;
  /** The first free question after start (after the warm-up, when there is one). */
  firstQuestionMs: number;
  /** CPU time (user + system) of the process answering it: what a busy machine does not inflate. */
  firstQuestionCpuMs: number;
  /** The other free questions after it, one each. */
  laterQuestionsMs: number[];
  /** The benchmark's commands and free questions timed after them (with --rounds). */
  answers?: AnswerLatency;
  /** Peak resident set size of the process (VmHWM), loading and answering included. */
  peakRssBytes: number;
  /** Resident set size at the end (VmRSS). */
  rssBytes: number;
}

/** A field of /proc/self/status in bytes ("VmHWM:  123 kB"); 0 where there is no /proc. */
export function procStatusBytes(field: "VmHWM" | "VmRSS"): number {
  try {
    const m = readFileSync("/proc/self/status", "utf8").match(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, "m"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    if (i < 0 || !argv[i + 1]) throw new Error(`${name} is required`);
    return argv[i + 1];
  };
  const warm = !argv.includes("--cold");
  const rounds = argv.includes("--rounds") ? Number(arg("--rounds")) : 0;
  if (!(Number.isInteger(rounds) && rounds >= 0)) throw new Error("--rounds takes a whole number");
  const base = { documentsDir: arg("--documents"), glossaryDir: arg("--glossary"), cacheDir: arg("--cache") };
  // The store in a folder of its own: the probe's conversations are not the project's.
  const storeDir = mkdtempSync(join(tmpdir(), "serve-probe-"));
  try {
    await probe(base, { ...loadConfig(), ...base, dbFile: join(storeDir, "db.json"), logLevel: "silent" as const, llm: undefined }, warm, rounds);
  } finally {
    rmSync(storeDir, { recursive: true, force: true });
  }
}

async function probe(base: { documentsDir: string; glossaryDir: string; cacheDir: string }, config: AppConfig, warm: boolean, rounds: number): Promise<void> {
  let start = process.hrtime.bigint();
  const loaded = await loadIndex(base);
  if (!loaded.fromCache) throw new Error(`no current cache in ${base.cacheDir}`);
  const loadMs = elapsedMs(start);

  start = process.hrtime.bigint();
  const now = () => new Date("2024-09-01T08:00:00Z");
  const assistant = await createAssistant({ config, index: loaded.index, logger: silentLogger, now, warm });
  await assistant.warmed;
  const warmUpMs = warm ? elapsedMs(start) : 0;

  const ask = async (text: string, n: number) => {
    const t = process.hrtime.bigint();
    await assistant.handle({ text, conversation: { platform: "cli", id: `probe-${n}` } });
    return elapsedMs(t);
  };
  const cpu = process.cpuUsage();
  const firstQuestionMs = await ask(FREE_QUESTIONS[0], 0);
  const used = process.cpuUsage(cpu);
  const firstQuestionCpuMs = (used.user + used.system) / 1000;
  const laterQuestionsMs: number[] = [];
  for (let i = 1; i < FREE_QUESTIONS.length; i++) laterQuestionsMs.push(await ask(FREE_QUESTIONS[i], i));

  const answers = rounds > 0 ? await benchAnswers(assistant, { rounds, warmup: 1 }) : undefined;

  const result: ServeProbe = { warm, loadMs, warmUpMs, firstQuestionMs, firstQuestionCpuMs, laterQuestionsMs, ...(answers ? { answers } : {}), peakRssBytes: procStatusBytes("VmHWM"), rssBytes: procStatusBytes("VmRSS") };
  process.stdout.write(JSON.stringify(result) + "\n");
}

if (startedAs("serve-probe")) {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (err) => {
      process.stderr.write(`serve-probe failed: ${(err as Error).stack ?? err}\n`);
      process.exit(1);
    },
  );
}
