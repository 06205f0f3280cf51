/**
 * Acknowledgement under load: the real app (`src/cli/start.ts`, Slack over HTTP against a local
 * fake Web API) gets N signed slash commands at once; measured are the time to each HTTP
 * acknowledgement, the answers delivered to response_url, the "busy" answers, errors, and the
 * app's resident memory before and after. `npm run bench` runs it after the index figures;
 * `npm run bench:ack` runs it alone.
 *
 * Three processes take part, as in a deployment: the app, the load generator
 * (`bench/load-client.ts`: one warmed keep-alive connection per request, bodies signed and
 * requests serialized before the wave, each written with one call) and this one, which plays Slack's side (Web API and response_url). After each wave the
 * same client sends the same requests to a do-nothing server in a fourth process
 * (`bench/noop-server.ts`): the floor the machine and the client set at that moment.
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { sign, slashCommandBody, startFakeSlackApi, startResponseUrlServer, type ResponseUrlServer } from "../test/adapters/slack/fake-slack.js";
import { repoRoot, startApp, type RunningApp } from "../test/server/running-app.js";
import { startedAs } from "./entry.js";
import type { Wave, WaveRequest, WaveResult } from "./load-client.js";
import { formatBytes, formatMs, percentile } from "./stats.js";

export interface AckResult {
  concurrent: number;
  ackP50Ms: number;
  ackP99Ms: number;
  ackMaxMs: number;
  /** Requests not acknowledged with 200. */
  errors: number;
  /** Answers that reached response_url within the wait. */
  delivered: number;
  /** Of those, how many said "busy, try again". */
  busy: number;
  /** Time from the first request until the last answer arrived. */
  allAnsweredMs: number | null;
  rssBeforeBytes: number;
  rssAfterBytes: number;
  /**
   * The same client with the same requests against a server that answers every request at once
   * with nothing, on this machine right after the wave: what the load generator and the machine
   * cost by themselves.
   */
  baselineP50Ms: number;
  baselineP99Ms: number;
  /** CPU time the load generator spent on the wave (sending and reading the answers). */
  clientCpuMs: number;
  /** 1-minute load average of the machine when the wave started and once it was answered. */
  loadStart: number;
  loadEnd: number;
}

const SECRET = "bench-ack-signing-secret";
const tsxArgs = ["--import", "tsx"];

function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) * 1024 : 0;
}

/** The load generator in its own process; `send` runs one wave there. */
async function startClient(): Promise<{ send(w: Wave): Promise<WaveResult>; close(): void }> {
  const child = fork(join(repoRoot, "bench/load-client.ts"), [], { cwd: repoRoot, execArgv: tsxArgs, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`the load client exited (${code})`)));
  });
  return {
    send: (wave) =>
      new Promise((resolve, reject) => {
        child.once("message", (m: { ok: boolean; result?: WaveResult; error?: string }) => (m.ok ? resolve(m.result!) : reject(new Error(m.error))));
        child.send(wave);
      }),
    close: () => void child.kill(),
  };
}

/** The do-nothing server in its own process. */
async function startNoopServer(): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, [...tsxArgs, "bench/noop-server.ts"], { cwd: repoRoot, stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      if (out.includes("\n")) resolve(Number(out.trim()));
    });
    child.once("exit", (code) => reject(new Error(`the do-nothing server exited (${code})`)));
  });
  return { port, child };
}

/** Slash commands as Slack sends them, signed now (the wave follows within seconds). */
export function signedCommands(ids: string[], responses: Pick<ResponseUrlServer, "url">, secret: string): WaveRequest[] {
  const timestamp = Math.floor(Date.now() / 1000);
  return ids.map((id, i) => {
    const body = slashCommandBody("/agenda", String(12 + (i % 4)), responses.url(id));
    return {
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": sign(secret, body, timestamp),
      },
      body,
    };
  });
}

const statusOk = (r: WaveResult) => r.timings.filter((t) => t.status === 200).length;

/**
 * Runs the load at each level against one app; answers wait at most `waitMs` per level.
 * `nodeArgs` are flags for the app's node (["--cpu-prof"] profiles it).
 */
export async function runAckBench(levels = [50, 200, 600], waitMs = 120_000, log: (s: string) => void = () => undefined, nodeArgs: string[] = []): Promise<AckResult[]> {
  const tmp = mkdtempSync(join(tmpdir(), "bench-ack-"));
  const api = await startFakeSlackApi();
  const responses = await startResponseUrlServer();
  let client: Awaited<ReturnType<typeof startClient>> | undefined;
  let noop: Awaited<ReturnType<typeof startNoopServer>> | undefined;
  let app: RunningApp | undefined;
  const results: AckResult[] = [];
  try {
    client = await startClient();
    noop = await startNoopServer();
    app = await startApp({
      env: { SLACK_BOT_TOKEN: "xoxb-bench", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: api.url, DB_FILE: join(tmp, "db.json"), CACHE_DIR: join(tmp, "cache"), LOG_LEVEL: "warn" },
      nodeArgs,
      // A busy machine (or a profiled app) may take a while to build the index.
      timeoutMs: 300_000,
    });
    const target = { host: "127.0.0.1", port: app.port, path: "/slack/events", warmPath: "/healthz" };
    // Warm-up: the worker threads have loaded the index once this is answered.
    const warm = await client.send({ ...target, requests: signedCommands(["warm"], responses, SECRET) });
    if (statusOk(warm) !== 1) throw new Error(`the warm-up command was not acknowledged (${warm.timings[0].status})`);
    for (const until = Date.now() + 60_000; responses.messages("warm").length === 0 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
    for (const n of levels) {
      log(`ack latency: ${n} concurrent signed /agenda commands`);
      const loadStart = loadavg()[0];
      const rssBefore = rssOf(app.child.pid!);
      const ids = Array.from({ length: n }, (_, i) => `c${n}-${i}`);
      const requests = signedCommands(ids, responses, SECRET);
      const started = performance.now();
      const wave = await client.send({ ...target, requests });
      let allAnsweredMs: number | null = null;
      for (const until = Date.now() + waitMs; Date.now() < until; ) {
        if (ids.every((id) => responses.messages(id).length > 0)) {
          allAnsweredMs = performance.now() - started;
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      const answered = ids.filter((id) => responses.messages(id).length > 0);
      const rssAfter = rssOf(app.child.pid!);
      const loadEnd = loadavg()[0];
      const floor = await client.send({ ...target, port: noop.port, warmPath: "/", requests });
      const ms = wave.timings.map((a) => a.ms);
      const floorMs = floor.timings.map((a) => a.ms);
      results.push({
        concurrent: n,
        ackP50Ms: percentile(ms, 50),
        ackP99Ms: percentile(ms, 99),
        ackMaxMs: Math.max(...ms),
        errors: n - statusOk(wave),
        delivered: answered.length,
        busy: answered.filter((id) => String(responses.messages(id)[0].text).includes("try again")).length,
        allAnsweredMs,
        rssBeforeBytes: rssBefore,
        rssAfterBytes: rssAfter,
        baselineP50Ms: percentile(floorMs, 50),
        baselineP99Ms: percentile(floorMs, 99),
        clientCpuMs: wave.clientCpuMs,
        loadStart,
        loadEnd,
      });
    }
  } finally {
    await app?.stop();
    client?.close();
    noop?.child.kill();
    await api.close();
    await responses.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  return results;
}

/** The results as a table. */
export function renderAck(results: AckResult[]): string {
  const lines = [
    "Acknowledgement under load (signed /agenda commands to the running app from a separate client process; goal: p99 < 100 ms at 200)",
    "  concurrent  load        ack p50    ack p99    ack max    errors  delivered  busy  all answered  RSS before  RSS after  do-nothing server p50/p99  client CPU",
  ];
  for (const r of results) {
    lines.push(
      `  ${String(r.concurrent).padStart(10)}  ${`${r.loadStart.toFixed(2)}→${r.loadEnd.toFixed(2)}`.padEnd(10)}  ${formatMs(r.ackP50Ms).padEnd(9)}  ${formatMs(r.ackP99Ms).padEnd(9)}  ${formatMs(r.ackMaxMs).padEnd(9)}  ${String(r.errors).padStart(6)}  ${String(r.delivered).padStart(9)}  ${String(r.busy).padStart(4)}  ${(r.allAnsweredMs === null ? "no" : formatMs(r.allAnsweredMs)).padEnd(12)}  ${formatBytes(r.rssBeforeBytes).padEnd(10)}  ${formatBytes(r.rssAfterBytes).padEnd(9)}  ${`${formatMs(r.baselineP50Ms)} / ${formatMs(r.baselineP99Ms)}`.padEnd(25)}  ${formatMs(r.clientCpuMs)}`,
    );
  }
  return lines.join("\n");
}

if (startedAs("ack")) {
  const json = process.argv.includes("--json");
  const i = process.argv.indexOf("--levels");
  const levels = i >= 0 ? process.argv[i + 1].split(",").map(Number) : undefined;
  const p = process.argv.indexOf("--profile");
  const nodeArgs = p >= 0 ? ["--cpu-prof", `--cpu-prof-dir=${process.argv[p + 1]}`] : [];
  runAckBench(levels, undefined, (s) => process.stderr.write(`  ${s}\n`), nodeArgs).then(
    (r) => {
      process.stdout.write(json ? `${JSON.stringify({ ack: r })}\n` : `${renderAck(r)}\n`);
      process.exit(0);
    },
    (err) => {
      process.stderr.write(`bench:ack failed: ${(err as Error).stack}\n`);
      process.exit(1);
    },
  );
}
