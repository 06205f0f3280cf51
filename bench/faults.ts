/**
 * `npm run faults [-- --runs N] [--inflight N]`: crash the running app again and again and check
 * that nothing acknowledged is lost. Each run starts the app (Slack over HTTP against local
 * fakes) on the same database file, sends N `/digest subscribe` commands at once, kills the app
 * with SIGKILL while they are in flight, and restarts it in place. Where the machine allows
 * (`unshare --pid`, as root), every start runs as pid 1 of a fresh pid namespace: the same pid
 * each time, as in a container. After every restart: the app started, every subscription whose
 * command was acknowledged (HTTP 200) is in the file, and the file is valid record by record.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sendSigned, slashCommandBody, startFakeSlackApi, startResponseUrlServer } from "../test/adapters/slack/fake-slack.js";
import { startApp, type RunningApp } from "../test/server/running-app.js";
import { salvageRecords } from "../src/store/salvage.js";

const SECRET = "faults-signing-secret";
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg("--runs", 20);
const INFLIGHT = arg("--inflight", 100);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (s: string) => process.stderr.write(`  ${s}\n`);

/** The node process of a started app: the app itself, or the child of `unshare`. */
function appPid(app: RunningApp, wrapped: boolean): number {
  const pid = app.child.pid!;
  if (!wrapped) return pid;
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).map(Number);
  return children[0];
}

/** The pid as the app sees it (inside its pid namespace). */
function innerPid(pid: number): number {
  const m = /NSpid:\s+([\d\s]+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  const ids = m ? m[1].trim().split(/\s+/).map(Number) : [pid];
  return ids[ids.length - 1];
}

interface DbCheck {
  valid: boolean;
  rejected: number;
  pending: number;
  channels: Set<string>;
}

function readDb(file: string): DbCheck {
  try {
    const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    const { data, rejected } = salvageRecords(raw);
    return {
      valid: rejected.length === 0,
      rejected: rejected.length,
      pending: data.requests.filter((r) => r.payload !== undefined).length,
      channels: new Set(data.subscriptions.map((s) => s.conversation.id)),
    };
  } catch {
    return { valid: false, rejected: -1, pending: -1, channels: new Set() };
  }
}

async function main(): Promise<number> {
  const wrapped = process.getuid?.() === 0 && spawnSync("unshare", ["--pid", "--fork", "--mount-proc", "true"]).status === 0;
  const wrapper = wrapped ? ["unshare", "--pid", "--fork", "--mount-proc"] : undefined;
  const tmp = mkdtempSync(join(tmpdir(), "faults-"));
  const dbFile = join(tmp, "db.json");
  const api = await startFakeSlackApi();
  const responses = await startResponseUrlServer();
  // Anyone may subscribe: with the default (channel managers) the fake Web API, which knows no
  // channel managers, would have every subscription refused, and a refusal is not a loss.
  const env = { SLACK_BOT_TOKEN: "xoxb-faults", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: api.url, DB_FILE: dbFile, CACHE_DIR: join(tmp, "cache"), LOG_LEVEL: "warn", DIGEST_MANAGERS: "anyone" };
  log(`${RUNS} runs of ${INFLIGHT} in-flight subscriptions, ${wrapped ? "each start as pid 1 of a new pid namespace" : "no pid namespace (not root or no unshare): pids differ"}`);

  const acknowledged = new Set<string>();
  const pids: number[] = [];
  let startFailures = 0;
  let lost: string[] = [];
  let invalid = 0;
  let ackTotal = 0;
  try {
    for (let run = 1; run <= RUNS + 1; run++) {
      let app: RunningApp;
      try {
        app = await startApp({ env, wrapper, timeoutMs: 120_000 });
      } catch (err) {
        startFailures++;
        log(`run ${run}: the app did not start: ${(err as Error).message.split("\n")[0]}`);
        break;
      }
      const pid = appPid(app, wrapped);
      pids.push(innerPid(pid));
      // Work acknowledged before the last crash is finished now; then it must all be in the file.
      for (const until = Date.now() + 120_000; Date.now() < until; await sleep(200)) if (readDb(dbFile).pending === 0) break;
      const check = readDb(dbFile);
      if (!check.valid) invalid++;
      const missing = [...acknowledged].filter((c) => !check.channels.has(c));
      lost = lost.concat(missing);
      log(`run ${run}: started as pid ${pids[pids.length - 1]}; file ${check.valid ? "valid" : `INVALID (${check.rejected} bad records)`}; ${acknowledged.size - missing.length}/${acknowledged.size} acknowledged subscriptions present`);
      if (run > RUNS) {
        await app.stop();
        break;
      }
      // The next wave: INFLIGHT subscriptions at once, killed while in flight.
      const url = `http://127.0.0.1:${app.port}/slack/events`;
      const channels = Array.from({ length: INFLIGHT }, (_, i) => `C${run}X${i}`);
      const sends = channels.map((channel) =>
        sendSigned(url, slashCommandBody("/digest", "subscribe wg-prevention", responses.url(channel), { channel_id: channel }), "application/x-www-form-urlencoded", { secret: SECRET })
          .then((r) => (r.status === 200 ? channel : undefined))
          .catch(() => undefined),
      );
      await sleep(300 + Math.floor(Math.random() * 1200));
      const exited = new Promise<void>((r) => app.child.once("exit", () => r()));
      process.kill(pid, "SIGKILL");
      await exited;
      const acked = (await Promise.all(sends)).filter((c): c is string => c !== undefined);
      ackTotal += acked.length;
      for (const c of acked) acknowledged.add(c);
      log(`run ${run}: killed with ${acked.length}/${INFLIGHT} acknowledged`);
    }
  } finally {
    await api.close();
    await responses.close();
  }
  const samePid = new Set(pids).size === 1;
  const summary = {
    runs: RUNS,
    inflightPerRun: INFLIGHT,
    startedEveryTime: startFailures === 0 && pids.length === RUNS + 1,
    samePidEveryStart: samePid,
    pids: [...new Set(pids)],
    acknowledged: ackTotal,
    lostAcknowledged: lost.length,
    fileValidEveryTime: invalid === 0,
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  rmSync(tmp, { recursive: true, force: true });
  return summary.startedEveryTime && summary.lostAcknowledged === 0 && summary.fileValidEveryTime ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`faults failed: ${(err as Error).stack}\n`);
    process.exit(1);
  },
);
