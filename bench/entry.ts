/**
 * How a benchmark script starts another in a fresh process, as it runs itself: compiled, beside it
 * in the build's folder (`bench-<name>.js`, made by scripts/bench.mjs), or from its source through
 * tsx (`npx tsx bench/<script>.ts`).
 */
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
