// Starts the answer worker in a worker thread: the compiled worker where it sits beside this file
// (the build in dist/), else the TypeScript source through tsx (development, tests).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const compiled = new URL("./answer-worker.js", import.meta.url);
let worker;
if (existsSync(fileURLToPath(compiled))) worker = await import(compiled.href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  worker = await import("./answer-worker.ts");
}
export default worker.default;
