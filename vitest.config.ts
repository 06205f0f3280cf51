import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import WaitingFirst from "./test/fixtures/sequencer.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The standard corpora's indexes, built once per run; test assistants start from copies.
    globalSetup: ["test/fixtures/index-templates.ts"],
    // Chinese casual dates in chrono-node read the process clock; fix the zone so tests agree everywhere.
    env: { TZ: "UTC" },
    // A worker per core and one more: worker threads start faster and weigh less than forked
    // processes. The extra worker fills the time the replica and crash tests spend waiting on
    // their app processes, PostgreSQL and timers (with one worker per core, both sat in those
    // waits for the first 12 s of a run): npm test 55.6-60.5 s against 59.5-65.1 s.
    // Files that wait on app processes, PostgreSQL and build threads first when there is no record of their times (test/fixtures/sequencer.ts).
    sequence: { sequencer: WaitingFirst },
    pool: "threads",
    maxWorkers: availableParallelism() + 1,
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
