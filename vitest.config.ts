import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Chinese casual dates in chrono-node read the process clock; fix the zone so tests agree everywhere.
    env: { TZ: "UTC" },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
