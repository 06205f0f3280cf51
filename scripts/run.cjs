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
const { readFileSync, renameSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname } = require("node:path");
const { pathToFileURL } = require("node:url");
const vm = require("node:vm");
const { CACHED, ENTRIES, currentBuild } = require("./build-key.cjs");

/**
 * Loads a CommonJS bundle (scripts/build-key.cjs, `CACHED`) through V8's code cache: the compiled
 * code of its last run is kept beside it (`<file>.v8-<node version>`), so that a start deserializes
 * what it ran last time instead of parsing and compiling the bundle again (about a fifth of a
 * short tool's own instructions). The cache is written after a run whose start had none, or had
 * one V8 refused (another V8, other flags); it then holds every function that run compiled.
 * `import()` inside the bundle goes to Node's own loader, as in an ES module.
 */
function loadWithCodeCache(file) {
  const cacheFile = `${file}.v8-${process.version}`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // First run of this build: compiled from the source, cached at the end.
  }
  // The build writes its bundles in ASCII alone (scripts/dist.mjs, `asciiOnly`), which Latin-1
  // decodes as UTF-8 does, in half the time.
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "latin1")}\n})`;
  const script = new vm.Script(wrapper, { filename: file, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const saveCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    try {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      // A read-only build folder: the next run compiles again.
    }
  };
  return { main: module.exports.main, saveCache };
}

async function run(tool, argv) {
  const dir = currentBuild() ?? (await (await import("./dist.mjs")).ensureBuilt());
  const { main, saveCache } = CACHED.includes(tool)
    ? loadWithCodeCache(`${dir}/${tool}.cjs`)
    : { main: (await import(pathToFileURL(`${dir}/${tool}.js`).href)).main, saveCache: () => undefined };
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
