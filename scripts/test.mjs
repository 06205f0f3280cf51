/**
 * `npm test`: the type-check (`tsc --noEmit`) and the test suite (`vitest run`) side by side, and
 * it fails when either fails. The suite leaves a core idle while its tests wait on app processes,
 * PostgreSQL and timers, which the type-check fills. The type-check is incremental (its state in
 * node_modules/.cache), so a run after a small change checks only what the change touches.
 * Arguments go to vitest; the type-check's output is printed after the suite's.
 */
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { root } from "./dist.mjs";

const require = createRequire(import.meta.url);
const cacheDir = join(root, "node_modules", ".cache", "uncac-assistant");
mkdirSync(cacheDir, { recursive: true });

/** Runs a package's command-line script with this node; resolves with its exit code. */
function run(script, args, output) {
  const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: ["ignore", output ? "pipe" : "inherit", output ? "pipe" : "inherit"] });
  if (output) {
    child.stdout.on("data", (d) => output.push(d));
    child.stderr.on("data", (d) => output.push(d));
  }
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

const tscOutput = [];
const [tsc, vitest] = await Promise.all([
  run(require.resolve("typescript/bin/tsc"), ["--noEmit", "--incremental", "--tsBuildInfoFile", join(cacheDir, "tsc.tsbuildinfo")], tscOutput),
  run(join(root, "node_modules", "vitest", "vitest.mjs"), ["run", ...process.argv.slice(2)]),
]);
process.stdout.write(Buffer.concat(tscOutput));
process.stdout.write(tsc === 0 ? "Type-check passed (tsc --noEmit).\n" : `Type-check failed (tsc --noEmit exited with ${tsc}).\n`);
process.exit(tsc !== 0 ? tsc : vitest);
