/**
 * `npm test`: the type-check and the test suite (`vitest run`) side by side, and it fails when
 * either fails. The suite leaves a core idle while its tests wait on app processes, PostgreSQL and
 * timers, which the type-check fills; it runs at a lower priority, so that it takes what the suite
 * leaves. Arguments go to vitest; the type-check's output is printed after the suite's.
 *
 * The type-check here is TypeScript's native compiler (`tsgo`, @typescript/native-preview) on one
 * thread: the same check of the same configuration, a third of `tsc`'s CPU time (7.6 s against
 * 22-31 s for the whole project). `npm run typecheck` is `tsc --noEmit`, which CI runs as well.
 *
 * The type-check is incremental, its state outside the project (in the temporary folder, one per
 * checkout), and it is skipped when nothing it reads changed since it last passed: the names and
 * contents of the TypeScript and JSON files of src, commands, test, bench and scripts, the
 * configuration and package-lock.json, hashed, are those of the last passing check.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { setPriority, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { root } from "./dist.mjs";

const require = createRequire(import.meta.url);
const stateDir = join(tmpdir(), `uncac-assistant-tsc-${createHash("sha256").update(root).digest("hex").slice(0, 12)}`);
mkdirSync(stateDir, { recursive: true });
const passedFile = join(stateDir, "passed");

/** A hash of every file the type-check reads from the project, and of the compiler's version. */
function typeCheckKey() {
  const h = createHash("sha256").update(require("@typescript/native-preview/package.json").version);
  const files = ["tsconfig.json", "package-lock.json", "vitest.config.ts"];
  for (const dir of ["src", "commands", "test", "bench", "scripts"]) {
    if (!existsSync(join(root, dir))) continue;
    for (const e of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
      if (e.isFile() && /\.(?:[cm]?ts|json)$/.test(e.name)) files.push(join(e.parentPath, e.name).slice(root.length + 1));
    }
  }
  for (const f of files.sort()) if (existsSync(join(root, f))) h.update(`${f}\0`).update(readFileSync(join(root, f))).update("\0");
  return h.digest("hex");
}

/** Runs a package's command-line script with this node (and its flags); resolves with its exit code. */
function run(script, args, output, priority, nodeFlags = []) {
  const child = spawn(process.execPath, [...nodeFlags, script, ...args], { cwd: root, stdio: ["ignore", output ? "pipe" : "inherit", output ? "pipe" : "inherit"] });
  if (priority !== undefined) {
    try {
      setPriority(child.pid, priority);
    } catch {
      // Not allowed here: it runs at the same priority.
    }
  }
  if (output) {
    child.stdout.on("data", (d) => output.push(d));
    child.stderr.on("data", (d) => output.push(d));
  }
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/**
 * V8 optimizes a function once it has run four times as much bytecode as by default. Most of the
 * suite's code runs briefly, once per test file, and the optimizing compiler's threads took a
 * fifth of the suite's CPU time compiling it (a `perf` profile of the test process: 18 % of its
 * samples in TurboFan on V8's helper threads, 4 % in garbage collection); hot loops still get
 * optimized, a little later. The flag is V8's, so it holds for the worker threads the suite runs
 * in and the threads its tests start; the app processes the tests start are not affected.
 */
const VITEST_NODE_FLAGS = ["--interrupt-budget=270336"];

const tsgo = join(dirname(require.resolve("@typescript/native-preview/package.json")), "bin", "tsgo");
const key = typeCheckKey();
const unchanged = existsSync(passedFile) && readFileSync(passedFile, "utf8").trim() === key;
const checkOutput = [];
const [typeCheck, vitest] = await Promise.all([
  unchanged ? 0 : run(tsgo, ["--noEmit", "--singleThreaded", "--incremental", "--tsBuildInfoFile", join(stateDir, "tsgo.tsbuildinfo")], checkOutput, 10),
  run(join(root, "node_modules", "vitest", "vitest.mjs"), ["run", ...process.argv.slice(2)], undefined, undefined, VITEST_NODE_FLAGS),
]);
process.stdout.write(Buffer.concat(checkOutput));
if (unchanged) process.stdout.write("Type-check skipped: nothing it reads changed since it last passed (tsgo --noEmit).\n");
else if (typeCheck === 0) {
  writeFileSync(passedFile, `${key}\n`);
  process.stdout.write("Type-check passed (tsgo --noEmit).\n");
} else process.stdout.write(`Type-check failed (tsgo --noEmit exited with ${typeCheck}).\n`);
process.exit(typeCheck !== 0 ? typeCheck : vitest);
