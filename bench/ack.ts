/**
 * Acknowledgement under load: the real app (`src/cli/start.ts`, Slack over HTTP against a local
 * fake Web API) gets N signed slash commands at once; measured are the time to each HTTP
 * acknowledgement, the answers delivered to response_url, the "busy" answers, errors, and the
 * app's resident memory before and after. `npm run bench` runs it after the index figures;
 * `npm run bench:ack` runs it alone.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sendSigned, slashCommandBody, startFakeSlackApi, startResponseUrlServer } from "../test/adapters/slack/fake-slack.js";
import { startApp } from "../test/server/running-app.js";
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
   * The same client against a server that answers every request at once with nothing, on this
   * machine at the same moment: what the load generator and the machine cost by themselves.
   */
  baselineP50Ms: number;
  baselineP99Ms: number;
}

/** Ack latency of a do-nothing HTTP server under the same concurrent load (the floor). */
async function baseline(n: number): Promise<{ p50: number; p99: number }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.end(""));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  const ms = await Promise.all(
    Array.from({ length: n }, async () => {
      const t = performance.now();
      await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: "command=%2Fagenda" }).then((r) => r.text()).catch(() => "");
      return performance.now() - t;
    }),
  );
  await new Promise<void>((r) => server.close(() => r()));
  return { p50: percentile(ms, 50), p99: percentile(ms, 99) };
}

const SECRET = "bench-ack-signing-secret";

function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) * 1024 : 0;
}

/** Runs the load at each level against one app; answers wait at most `waitMs` per level. */
export async function runAckBench(levels = [50, 200, 600], waitMs = 120_000, log: (s: string) => void = () => undefined): Promise<AckResult[]> {
  const tmp = mkdtempSync(join(tmpdir(), "bench-ack-"));
  const api = await startFakeSlackApi();
  const responses = await startResponseUrlServer();
  const app = await startApp({
    env: { SLACK_BOT_TOKEN: "xoxb-bench", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: api.url, DB_FILE: join(tmp, "db.json"), CACHE_DIR: join(tmp, "cache"), LOG_LEVEL: "warn" },
  });
  const url = `http://127.0.0.1:${app.port}/slack/events`;
  const results: AckResult[] = [];
  try {
    // Warm-up: the worker threads have loaded the index once this is answered.
    await sendSigned(url, slashCommandBody("/agenda", "15", responses.url("warm")), "application/x-www-form-urlencoded", { secret: SECRET });
    for (const until = Date.now() + 60_000; responses.messages("warm").length === 0 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
    for (const n of levels) {
      log(`ack latency: ${n} concurrent signed /agenda commands`);
      const rssBefore = rssOf(app.child.pid!);
      const ids = Array.from({ length: n }, (_, i) => `c${n}-${i}`);
      const started = performance.now();
      const acks = await Promise.all(
        ids.map(async (id, i) => {
          const body = slashCommandBody("/agenda", String(12 + (i % 4)), responses.url(id));
          const t = performance.now();
          const res = await sendSigned(url, body, "application/x-www-form-urlencoded", { secret: SECRET }).catch(() => ({ status: 0, body: "" }));
          return { ms: performance.now() - t, ok: res.status === 200 };
        }),
      );
      let allAnsweredMs: number | null = null;
      for (const until = Date.now() + waitMs; Date.now() < until; ) {
        if (ids.every((id) => responses.messages(id).length > 0)) {
          allAnsweredMs = performance.now() - started;
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      const answered = ids.filter((id) => responses.messages(id).length > 0);
      const floor = await baseline(n);
      const ms = acks.map((a) => a.ms);
      results.push({
        concurrent: n,
        ackP50Ms: percentile(ms, 50),
        ackP99Ms: percentile(ms, 99),
        ackMaxMs: Math.max(...ms),
        errors: acks.filter((a) => !a.ok).length,
        delivered: answered.length,
        busy: answered.filter((id) => String(responses.messages(id)[0].text).includes("try again")).length,
        allAnsweredMs,
        rssBeforeBytes: rssBefore,
        rssAfterBytes: rssOf(app.child.pid!),
        baselineP50Ms: floor.p50,
        baselineP99Ms: floor.p99,
      });
    }
  } finally {
    await app.stop();
    await api.close();
    await responses.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  return results;
}

/** The results as a table. */
export function renderAck(results: AckResult[]): string {
  const lines = [
    "Acknowledgement under load (signed /agenda commands to the running app; goal: p99 < 100 ms at 200)",
    "  concurrent  ack p50    ack p99    ack max    errors  delivered  busy  all answered  RSS before  RSS after  do-nothing server p50/p99",
  ];
  for (const r of results) {
    lines.push(
      `  ${String(r.concurrent).padStart(10)}  ${formatMs(r.ackP50Ms).padEnd(9)}  ${formatMs(r.ackP99Ms).padEnd(9)}  ${formatMs(r.ackMaxMs).padEnd(9)}  ${String(r.errors).padStart(6)}  ${String(r.delivered).padStart(9)}  ${String(r.busy).padStart(4)}  ${(r.allAnsweredMs === null ? "no" : formatMs(r.allAnsweredMs)).padEnd(12)}  ${formatBytes(r.rssBeforeBytes).padEnd(10)}  ${formatBytes(r.rssAfterBytes).padEnd(9)}  ${formatMs(r.baselineP50Ms)} / ${formatMs(r.baselineP99Ms)}`,
    );
  }
  return lines.join("\n");
}

if (process.argv[1] && /bench[/\\]ack\.ts$/.test(process.argv[1])) {
  const json = process.argv.includes("--json");
  runAckBench(undefined, undefined, (s) => process.stderr.write(`  ${s}\n`)).then(
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
