/**
 * The compiled build of the sources as they are: worker threads started from the sources (tests,
 * development) run its compiled workers instead of compiling the sources again through tsx.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ensureBuilt } from "../../scripts/dist.mjs";

const require = createRequire(import.meta.url);
const { currentBuild, currentBuildFile, compiledWorker } = require("../../scripts/build-key.cjs") as {
  currentBuild(): string | undefined;
  currentBuildFile(name: string): string | undefined;
  compiledWorker(entryUrl: string, name: string): string | undefined;
};

describe("the current build's files", () => {
  it("are the compiled workers of the build of these sources, once it is complete, and nothing that build lacks", async () => {
    await ensureBuilt();
    const dir = currentBuild();
    expect(dir).toBeDefined();
    for (const worker of ["build-worker.js", "answer-worker.cjs"]) {
      expect(currentBuildFile(worker)).toBe(`${dir}/${worker}`);
      expect(existsSync(currentBuildFile(worker)!)).toBe(true);
    }
    expect(currentBuildFile("no-such-worker.js")).toBeUndefined();
  });

  it("are what a worker entry runs: the worker beside it in a build, the current build's for an entry in the sources", async () => {
    await ensureBuilt();
    const dir = currentBuild()!;
    const inSources = new URL("../../src/knowledge/build-worker-entry.mjs", import.meta.url).href;
    expect(compiledWorker(inSources, "build-worker.js")).toBe(`${dir}/build-worker.js`);
    expect(compiledWorker(pathToFileURL(`${dir}/answer-worker-entry.mjs`).href, "answer-worker.cjs")).toBe(join(dir, "answer-worker.cjs"));
    expect(compiledWorker(inSources, "no-such-worker.js")).toBeUndefined();
  });
});
