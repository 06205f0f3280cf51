// Starts a build worker thread: the compiled worker where it sits beside this file (the build in
// dist/); else, started from the sources, the compiled worker of the build of these very sources
// when it is complete; else the TypeScript source through tsx (development, while the sources
// change). See `compiledWorker` in scripts/build-key.cjs.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const built = createRequire(import.meta.url)("../../scripts/build-key.cjs").compiledWorker(import.meta.url, "build-worker.js");
if (built) await import(pathToFileURL(built).href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./build-worker.ts");
}
