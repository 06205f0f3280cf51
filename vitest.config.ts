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
    // default vitest leaves one core idle. (A third worker on two cores, to fill the time the
    // replica and crash tests wait on their processes, showed no gain on a loaded machine and
    // pushed compute-heavy tests past their timeout.)
    pool: "threads",
    maxWorkers: availableParallelism(),
    // Test files share a worker's loaded modules instead of importing them all again per file
    // (most of the suite's time went to imports); no test mocks a module or a global.
    isolate: false,
    // Generous: on a machine shared with other work, a test of a few seconds of CPU can wait long
    // for a core. How long things take is measured by the benchmarks, not asserted here.
    testTimeout: 60_000,
    // Transformed modules cached on disk between runs (keyed by their content): a run after a small
    // change transforms only what changed.
    experimental: { fsModuleCache: true },
    hookTimeout: 60_000,
  },
});
