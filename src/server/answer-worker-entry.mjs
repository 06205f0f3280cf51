// Starts the answer worker in a worker thread: the compiled worker where it sits beside this file
// (the build in dist/); else, started from the sources, the compiled worker of the build of these
// very sources when it is complete (scripts/build-key.cjs); else the TypeScript source through
// tsx (development, while the sources change).
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const compiled = new URL("./answer-worker.js", import.meta.url);
const current = () => createRequire(import.meta.url)("../../scripts/build-key.cjs").currentBuildFile("answer-worker.js");
const built = existsSync(fileURLToPath(compiled)) ? fileURLToPath(compiled) : current();
let worker;
if (built) worker = await import(pathToFileURL(built).href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  worker = await import("./answer-worker.ts");
}
export default worker.default;
