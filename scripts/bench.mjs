/**
 * `node scripts/bench.mjs <script> [args]`: runs a benchmark script (bench/<script>.ts) compiled as
 * the product runs, not through tsx. The server and the tools run the compiled build (dist/<key>/,
 * scripts/dist.mjs); tsx's loader, its source maps and the name wrappers of its per-file transform
 * would be measured with them otherwise (about 40 MiB of resident memory at 10,000 documents, and a
 * few per cent of each answer). The script is bundled with the build's own options into the build's
 * folder as `bench-<script>.js`, beside the worker threads it may start, and so are the scripts it
 * starts in fresh processes (`benchProcess` in bench/entry.ts); it is bundled again at every run
 * (a second or two), since the benchmark's own sources are not part of the build's key.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { bundleOptions, ensureBuilt, root } from "./dist.mjs";

/** The scripts bundled for a run: the one asked for and those the benchmark starts as processes. */
const STARTED = ["serve-probe", "index-probe"];

/** The benchmark's scripts that run on their own (the others are their modules). */
const RUNNABLE = ["run", "answer-probe", "serve-probe", "index-curve", "index-probe", "ingest-throughput", "warm-rss-probe"];

const [script, ...args] = process.argv.slice(2);
if (!RUNNABLE.includes(script)) {
  process.stderr.write(`Usage: node scripts/bench.mjs <${RUNNABLE.join("|")}> [arguments]\n`);
  process.exit(2);
}

/**
 * The project's own scripts (the build's key, the builder) stay imports of the files where they
 * are: they find the project from their own place.
 */
const scriptsInPlace = {
  name: "scripts-in-place",
  setup(b) {
    b.onResolve({ filter: /(?:^|[\\/])scripts[\\/][^\\/]+\.[cm]?js$/ }, (a) => ({ path: join(a.resolveDir, a.path), external: true }));
  },
};

const dir = await ensureBuilt();
const { build } = await import("esbuild");
// Into a folder of its own first, then renamed beside the build's files: a run starting at the same
// moment never loads half a file.
const tmp = join(dir, `bench-tmp-${process.pid}`);
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp);
try {
  const names = [...new Set([script, ...STARTED])];
  const options = bundleOptions(tmp);
  await build({ ...options, plugins: [...options.plugins, scriptsInPlace], splitting: false, entryPoints: names.map((n) => ({ in: `bench/${n}.ts`, out: `bench-${n}` })) });
  for (const n of readdirSync(tmp)) renameSync(join(tmp, n), join(dir, n));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const child = spawn(process.execPath, [join(dir, `bench-${script}.js`), ...args], { cwd: root, stdio: "inherit" });
child.once("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
