import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The standard corpora's indexes, built once per run; test assistants start from copies.
    globalSetup: ["test/fixtures/index-templates.ts"],
    // Chinese casual dates in chrono-node read the process clock; fix the zone so tests agree everywhere.
    env: { TZ: "UTC" },
    // Every core: worker threads start faster and weigh less than forked processes, and by
    // default vitest leaves one core idle.
    pool: "threads",
    maxWorkers: availableParallelism(),
    // Test files share a worker's loaded modules instead of importing them all again per file
    // (most of the suite's time went to imports); no test mocks a module or a global.
    isolate: false,
    testTimeout: 20_000,
    // Transformed modules cached on disk between runs (keyed by their content): a run after a small
    // change transforms only what changed.
    experimental: { fsModuleCache: true },
    hookTimeout: 30_000,
  },
});
