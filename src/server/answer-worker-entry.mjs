// Starts the answer worker in a worker thread: the compiled worker where it sits beside this file
// (the build in dist/); else, started from the sources, the compiled worker of the build of these
// very sources when it is complete; else the TypeScript source through tsx (development, while
// the sources change). See `compiledWorker` in scripts/build-key.cjs.
// The compiled worker is one CommonJS bundle loaded through V8's code cache, which is written once
// the thread has warmed up, so that it holds the answering code too (scripts/code-cache.cjs).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const built = require("../../scripts/build-key.cjs").compiledWorker(import.meta.url, "answer-worker.cjs");
let worker;
if (built) {
  const { exports, saveCache } = require("../../scripts/code-cache.cjs").loadWithCodeCache(built);
  worker = exports;
  worker.warmed.then(saveCache, () => undefined);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  worker = await import("./answer-worker.ts");
}
export default worker.default;
