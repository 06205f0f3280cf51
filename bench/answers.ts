/**
 * ANSWER LATENCY HOOK (issue 3): times whole answers through the `Assistant` that adapters talk
 * to (router, command, knowledge queries, composition), per command and for free questions.
 * Anything implementing `handle(request)` can be measured, so a stand-in works before the real
 * assistant exists and the same code measures the real one after.
 */
import type { Assistant } from "../src/core/assistant.js";
import type { Reply, Request } from "../src/core/types.js";
import { ANSWER_COMMANDS, FREE_QUESTIONS } from "./queries.js";
import { sampleTasks, summarize, type Summary } from "./stats.js";

export interface AnswerBenchConfig {
  commands?: readonly string[];
  questions?: readonly string[];
  /** Timed passes over every command and question. */
  rounds?: number;
  /** Untimed passes first (JIT, lazy caches); their replies are not counted. */
  warmup?: number;
}

/** Latency of one command, and the kinds of reply of the timed passes (answered, not errored). */
export interface CommandLatency {
  command: string;
  latency: Summary;
  replyKinds: Record<string, number>;
}

export interface AnswerLatency {
  commands: CommandLatency[];
  /** All free questions pooled: one distribution, as people meet it. */
  free: { questions: number; latency: Summary; cpu: Summary; answered: number; replyKinds: Record<string, number> };
}

/** Measures answer latency per command and for free questions (p50/p95 in milliseconds). */
export async function benchAnswers(assistant: Pick<Assistant, "handle">, config: AnswerBenchConfig = {}): Promise<AnswerLatency> {
  const commands = config.commands ?? ANSWER_COMMANDS;
  const questions = config.questions ?? FREE_QUESTIONS;
  const rounds = config.rounds ?? 5;
  const warmup = config.warmup ?? 1;

  const kinds = new Map<string, Record<string, number>>();
  const answered = new Map<string, boolean>();
  let conversation = 0;
  const ask = async (key: string, text: string) => {
    // A fresh conversation per request: thread memory must not turn a repeat into a follow-up.
    const request: Request = { text, conversation: { platform: "cli", id: `bench-${++conversation}`, user: "bench" } };
    let reply: Reply | undefined;
    let kind: string;
    try {
      reply = await assistant.handle(request);
      kind = reply.kind;
    } catch {
      kind = "threw";
    }
    const k = kinds.get(key) ?? kinds.set(key, {}).get(key)!;
    k[kind] = (k[kind] ?? 0) + 1;
    answered.set(text, reply?.answered ?? false);
  };

  const tasks = [
    ...commands.map((c) => ({ key: `cmd:${c}`, run: () => ask(`cmd:${c}`, c) })),
    ...questions.map((q) => ({ key: "free", run: () => ask("free", q) })),
  ];
  // Warm-up passes are not counted in the reply kinds.
  for (let r = 0; r < warmup; r++) for (const text of [...commands, ...questions]) await assistant.handle({ text, conversation: { platform: "cli", id: `bench-warmup-${++conversation}` } }).catch(() => undefined);
  const cpu = new Map<string, number[]>();
  const samples = await sampleTasks(tasks, { rounds, warmup: 0, cpu });

  return {
    commands: commands.map((c) => ({ command: c, latency: summarize(samples.get(`cmd:${c}`)!), replyKinds: kinds.get(`cmd:${c}`) ?? {} })),
    free: {
      questions: questions.length,
      latency: summarize(samples.get("free") ?? []),
      cpu: summarize(cpu.get("free") ?? []),
      answered: questions.filter((q) => answered.get(q)).length,
      replyKinds: kinds.get("free") ?? {},
    },
  };
}
