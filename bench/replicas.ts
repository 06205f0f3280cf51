/**
 * `npm run bench` (second part), or `npx tsx bench/replicas.ts [--quick] [--json]`:
 * Slack over HTTP with state in one lowdb process, one PostgreSQL replica, and three PostgreSQL
 * replicas behind a round-robin balancer. Each setup runs the real app processes in front of a
 * local fake Slack and measures
 * - ack latency: from sending a signed slash command to its HTTP 200 (Slack allows 3 s),
 * - answer latency: from sending it to its answer arriving at the response_url,
 * - digest throughput: subscriptions due at start-up, posted per second by all replicas together.
 * PostgreSQL runs on a server started for the run (Debian's package); without it, only lowdb runs.
 */
import { join } from "node:path";
import { cpus, loadavg } from "node:os";
import { createPostgresStore, createStore, type Store } from "../src/store/index.js";
import { silentLogger } from "../src/core/log.js";
import { postgresAvailability, startPostgres, type TestPostgres } from "../test/fixtures/postgres-server.js";
import { commandBody, deliverCommand, prepareDataDir, startReplicas, startResponseRecorder, type DataDir } from "../test/fixtures/replicas.js";
import { startFakeSlackApi } from "../test/adapters/slack/fake-slack.js";
import { percentile } from "./stats.js";

interface SetupResult {
  store: "lowdb" | "postgres";
  replicas: number;
  commands: number;
  ackP50: number;
  ackP99: number;
  answerP50: number;
  answerP99: number;
  subscriptions: number;
  digestsPerSecond: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function seed(store: Store, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await store.subscribe({ conversation: { platform: "slack", id: `CDIGEST${i}` }, body: "wg-prevention", time: "00:00", timeZone: "UTC", daysBefore: 5 });
  }
  await store.close();
}

async function runSetup(kind: "lowdb" | "postgres", replicaCount: number, o: { data: DataDir; pg?: TestPostgres; commands: number; subscriptions: number; intervalMs: number; dir: string }): Promise<SetupResult> {
  const api = await startFakeSlackApi();
  const responses = await startResponseRecorder();
  const env = { dataDir: o.data.dataDir, cacheDir: o.data.cacheDir, slackApiUrl: api.url } as Parameters<typeof startReplicas>[1];
  if (kind === "postgres") {
    env.databaseUrl = await o.pg!.createDatabase();
    await seed(await createPostgresStore({ url: env.databaseUrl, logger: silentLogger }), o.subscriptions);
  } else {
    env.dbFile = join(o.dir, `db-${Date.now()}.json`);
    await seed(await createStore({ file: env.dbFile, logger: silentLogger }), o.subscriptions);
  }
  // Digests of every subscription are due at once: each replica's first tick, at start-up, races for them.
  const replicas = await startReplicas(replicaCount, env);
  try {
    const posts = () => api.callsTo("chat.postMessage").filter((c) => String(c.params.channel).startsWith("CDIGEST"));
    const deadline = Date.now() + 300_000;
    while (new Set(posts().map((p) => p.params.channel)).size < o.subscriptions && Date.now() < deadline) await sleep(50);
    const times = posts().map((p) => p.at);
    const span = (Math.max(...times) - Math.min(...times)) / 1000;
    const digestsPerSecond = times.length > 1 && span > 0 ? times.length / span : NaN;

    const acks: number[] = [];
    const answers: number[] = [];
    await Promise.all(
      Array.from({ length: o.commands }, async (_, i) => {
        await sleep(i * o.intervalMs);
        const id = `bench${i}`;
        const sent = performance.now();
        const [d] = await deliverCommand(replicas, i % replicas.length, commandBody("/agenda", "16", responses.url(id), `CASK${i}`, `${i}.${Date.now()}.bench`));
        if (d && d.status === 200) acks.push(d.ackMs);
        const until = Date.now() + 60_000;
        while (!responses.messages(id).length && Date.now() < until) await sleep(5);
        if (responses.messages(id).length) answers.push(performance.now() - sent);
      }),
    );
    return {
      store: kind,
      replicas: replicaCount,
      commands: acks.length,
      ackP50: percentile(acks, 50),
      ackP99: percentile(acks, 99),
      answerP50: percentile(answers, 50),
      answerP99: percentile(answers, 99),
      subscriptions: new Set(posts().map((p) => p.params.channel)).size,
      digestsPerSecond,
    };
  } finally {
    await Promise.all(replicas.map((r) => r.stop("SIGTERM")));
    await api.close();
    await responses.close();
  }
}

function render(results: SetupResult[], notes: string[], o: { commands: number; intervalMs: number; subscriptions: number }): string {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const lines = [
    "",
    "Replicas: Slack over HTTP, real app processes, fake Slack on loopback",
    `  ${o.commands} '/agenda 16' slash commands offered at ${Math.round(1000 / o.intervalMs)}/s round-robin; ${o.subscriptions} digest subscriptions due at start-up`,
    `  machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end`,
    "",
    "  store      replicas  ack p50    ack p99    answer p50  answer p99  digests/s",
    ...results.map(
      (r) =>
        `  ${r.store.padEnd(10)} ${String(r.replicas).padEnd(9)} ${ms(r.ackP50).padEnd(10)} ${ms(r.ackP99).padEnd(10)} ${ms(r.answerP50).padEnd(11)} ${ms(r.answerP99).padEnd(11)} ${Number.isFinite(r.digestsPerSecond) ? r.digestsPerSecond.toFixed(1) : "n/a"} (${r.subscriptions} posted)`,
    ),
    ...notes.map((n) => `  note: ${n}`),
    "",
  ];
  return lines.join("\n");
}

async function main(argv: string[]): Promise<number> {
  const quick = argv.includes("--quick");
  const json = argv.includes("--json");
  const o = { commands: quick ? 60 : 200, subscriptions: quick ? 30 : 100, intervalMs: 10 };
  const data = await prepareDataDir();
  const notes: string[] = [];
  const results: SetupResult[] = [];
  const pgAvailable = postgresAvailability();
  let pg: TestPostgres | undefined;
  try {
    process.stderr.write("  replicas: lowdb, 1 process\n");
    results.push(await runSetup("lowdb", 1, { ...o, data, dir: data.dataDir }));
    if (pgAvailable.available) {
      pg = await startPostgres();
      for (const n of [1, 3]) {
        process.stderr.write(`  replicas: postgres, ${n} process${n > 1 ? "es" : ""}\n`);
        results.push(await runSetup("postgres", n, { ...o, data, pg, dir: data.dataDir }));
      }
    } else notes.push(`PostgreSQL skipped: ${pgAvailable.reason}`);
  } finally {
    await pg?.stop();
    data.cleanup();
  }
  process.stdout.write(json ? `${JSON.stringify({ replicas: { ...o, results, notes } })}\n` : render(results, notes, o));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`\nreplica bench failed: ${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
