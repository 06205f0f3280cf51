/**
 * The compiled build of the sources as they are: worker threads started from the sources (tests,
 * development) run its compiled workers instead of compiling the sources again through tsx.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { ensureBuilt } from "../../scripts/dist.mjs";

const require = createRequire(import.meta.url);
const { currentBuild, currentBuildFile } = require("../../scripts/build-key.cjs") as { currentBuild(): string | undefined; currentBuildFile(name: string): string | undefined };

describe("the current build's files", () => {
  it("are the compiled workers of the build of these sources, once it is complete, and nothing that build lacks", async () => {
    await ensureBuilt();
    const dir = currentBuild();
    expect(dir).toBeDefined();
    for (const worker of ["build-worker.js", "answer-worker.js"]) {
      expect(currentBuildFile(worker)).toBe(`${dir}/${worker}`);
      expect(existsSync(currentBuildFile(worker)!)).toBe(true);
    }
    expect(currentBuildFile("no-such-worker.js")).toBeUndefined();
  });
});
