/**
 * `node scripts/run.cjs <tool> [args]`: runs a command-line tool (src/cli/<tool>.ts) from the
 * compiled build, building it first when the sources changed, and exits with its code. A tool's
 * `main` resolving to undefined (the server) keeps the process running.
 *
 * CommonJS, and the builder (scripts/dist.mjs, esbuild) imported only when the build is not
 * current: an ES module entry costs a short tool's start Node's module loader and a module facade
 * for each built-in it imports.
 */
"use strict";
const { pathToFileURL } = require("node:url");
const { CACHED, ENTRIES, currentBuild } = require("./build-key.cjs");
const { loadWithCodeCache } = require("./code-cache.cjs");

async function run(tool, argv) {
  const dir = currentBuild() ?? (await (await import("./dist.mjs")).ensureBuilt());
  // The tools in `CACHED` start from V8's code cache (scripts/code-cache.cjs).
  const { exports, saveCache } = CACHED.includes(tool)
    ? loadWithCodeCache(`${dir}/${tool}.cjs`)
    : { exports: await import(pathToFileURL(`${dir}/${tool}.js`).href), saveCache: () => undefined };
  const { main } = exports;
  let code;
  try {
    code = await main(argv);
  } catch (err) {
    process.stderr.write(`${tool} failed: ${err?.stack ?? err}\n`);
    code = 1;
  }
  saveCache();
  if (code !== undefined) process.exit(code);
}

const [tool, ...argv] = process.argv.slice(2);
if (!ENTRIES.includes(tool)) {
  process.stderr.write(`Usage: node scripts/run.cjs <${ENTRIES.join("|")}> [arguments]\n`);
  process.exit(2);
}
run(tool, argv);
