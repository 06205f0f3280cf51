/**
 * How a benchmark script starts another in a fresh process, as it runs itself: compiled, beside it
 * in the build's folder (`bench-<name>.js`, made by scripts/bench.mjs), or from its source through
 * tsx (`npx tsx bench/<script>.ts`).
 */
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Node's arguments that run bench/<name>.ts the way this script runs. */
export function benchProcess(name: string): string[] {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith(".ts") ? ["--import", "tsx", join(dirname(here), `${name}.ts`)] : [join(dirname(here), `bench-${name}.js`)];
}

/** Whether the process was started to run bench/<name>.ts (or its compiled bundle), not another script that imports it. */
export function startedAs(name: string): boolean {
  const file = process.argv[1] ?? "";
  return file.endsWith(`/${name}.ts`) || file.endsWith(`/bench-${name}.js`);
}

/** Runs bench/<name>.ts in a fresh process, as `benchProcess` starts it, and returns the one JSON object it prints. */
export function runBenchScript<T>(name: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...benchProcess(name), ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(JSON.parse(out) as T) : reject(new Error(`${name} ${args.join(" ")} exited with ${code}: ${err}`))));
  });
}
