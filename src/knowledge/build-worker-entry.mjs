// Starts a build worker thread: the compiled worker where it sits beside this file (the build in
// dist/), else the TypeScript source through tsx (development, tests).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const compiled = new URL("./build-worker.js", import.meta.url);
if (existsSync(fileURLToPath(compiled))) await import(compiled.href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./build-worker.ts");
}
