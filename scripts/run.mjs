/**
 * `node scripts/run.mjs <tool> [args]`: runs a command-line tool (src/cli/<tool>.ts) from the
 * compiled build, building it first when the sources changed, and exits with its code. A tool's
 * `main` resolving to undefined (the server) keeps the process running.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { CACHED, ENTRIES, ensureBuilt } from "./dist.mjs";

/**
 * Loads a CommonJS bundle (scripts/dist.mjs, `CACHED`) through V8's code cache: the compiled code
 * of its last run is kept beside it (`<file>.v8-<node version>`), so that a start deserializes
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
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "utf8")}\n})`;
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

const [tool, ...argv] = process.argv.slice(2);
if (!ENTRIES.includes(tool)) {
  process.stderr.write(`Usage: node scripts/run.mjs <${ENTRIES.join("|")}> [arguments]\n`);
  process.exit(2);
}
const dir = await ensureBuilt();
const { main, saveCache } = CACHED.includes(tool) ? loadWithCodeCache(join(dir, `${tool}.cjs`)) : { main: (await import(pathToFileURL(join(dir, `${tool}.js`)).href)).main, saveCache: () => undefined };
let code;
try {
  code = await main(argv);
} catch (err) {
  process.stderr.write(`${tool} failed: ${err?.stack ?? err}\n`);
  code = 1;
}
saveCache();
if (code !== undefined) process.exit(code);
