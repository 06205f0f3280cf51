/**
 * Loads a CommonJS bundle of the build through V8's code cache: the compiled code of its last run
 * is kept beside it, so that a start deserializes what it ran last time instead of parsing and
 * compiling the bundle again (Node 20 keeps no compiled code between runs of an ES module). The
 * command-line tools (scripts/run.cjs) and the answer threads (src/server/answer-worker-entry.mjs)
 * load theirs this way.
 */
"use strict";
const { readFileSync, renameSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname } = require("node:path");
const vm = require("node:vm");

/**
 * Where the cache of `file` is kept: one per Node version and set of Node flags, since V8 refuses
 * a cache made under other flags (the test suite runs its threads with flags of its own, the app
 * with none), and processes of both would otherwise replace each other's cache at every start.
 */
function cacheFileOf(file) {
  const flags = process.execArgv.length ? `-${require("node:crypto").createHash("sha256").update(process.execArgv.join("\0")).digest("hex").slice(0, 8)}` : "";
  return `${file}.v8-${process.version}${flags}`;
}

/**
 * Runs the bundle `file` and returns its exports, and `saveCache`, which writes the cache when
 * this start had none or had one V8 refused (another V8, other flags). Called once the code has
 * run for a while, the cache then holds every function that run compiled. `import()` inside the
 * bundle goes to Node's own loader, as in an ES module.
 */
function loadWithCodeCache(file) {
  const cacheFile = cacheFileOf(file);
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
      const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      // A read-only build folder: the next run compiles again.
    }
  };
  return { exports: module.exports, saveCache };
}

module.exports = { loadWithCodeCache };
