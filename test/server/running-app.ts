/**
 * The real app in its own process (`src/cli/start.ts` under tsx, or compiled as a deployment
 * runs it), with Slack over HTTP pointed at local fakes, for tests and the fault run.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { compiledStartArgs } from "../fixtures/compiled-app.js";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface RunningApp {
  child: ChildProcess;
  port: number;
  /** Everything the app printed. */
  output(): string;
  /** SIGTERM, then SIGKILL after 10 s. */
  stop(): Promise<void>;
}

export interface StartAppOptions {
  env: Record<string, string>;
  /** A command to run the app under (e.g. ["unshare", "--pid", "--fork", "--mount-proc"]). */
  wrapper?: string[];
  timeoutMs?: number;
  /** Run the compiled build (`npm start`'s) instead of the sources under tsx: starts in a fraction of the time. */
  compiled?: boolean;
  /** Flags for node itself (e.g. ["--cpu-prof"]). */
  nodeArgs?: string[];
}

/** Starts the app and resolves once /healthz answers (Slack, when configured, has started). */
export async function startApp(o: StartAppOptions): Promise<RunningApp> {
  const port = Number(o.env.PORT) || (await freePort());
  const env: NodeJS.ProcessEnv = {};
  for (const k of ["PATH", "HOME", "TMPDIR", "LANG"]) if (process.env[k]) env[k] = process.env[k];
  Object.assign(env, { TZ: "Europe/Vienna", LOG_LEVEL: "info", ...o.env, PORT: String(port) });
  const argv = [...(o.wrapper ?? []), process.execPath, ...(o.nodeArgs ?? []), ...(o.compiled ? await compiledStartArgs() : ["--import", "tsx", "src/cli/start.ts"])];
  const child = spawn(argv[0], argv.slice(1), { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const deadline = Date.now() + (o.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the app exited (${child.exitCode ?? child.signalCode}):\n${out}`);
    // Ready when /healthz answers and, with Slack, /slack/events refuses an unsigned request (503 while starting).
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) })
      .then((r) => r.ok)
      .catch(() => false);
    const slackReady =
      !o.env.SLACK_BOT_TOKEN ||
      (await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", body: "", signal: AbortSignal.timeout(2000) })
        .then((r) => r.status === 401)
        .catch(() => false));
    if (ok && slackReady) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the app did not start in time:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    port,
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((r) => child.once("exit", () => r()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
