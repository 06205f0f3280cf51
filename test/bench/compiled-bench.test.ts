/**
 * `npm run bench` measures the product compiled as it runs (scripts/bench.mjs), not through tsx:
 * a benchmark script is bundled beside the build's workers and runs from there, its own main
 * only when it is the script started, its files found from the project's folder.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { benchProcess, startedAs } from "../../bench/entry.js";

const root = join(import.meta.dirname, "../..");
const bench = (...args: string[]) => spawnSync(process.execPath, ["scripts/bench.mjs", ...args], { cwd: root, encoding: "utf8", timeout: 120_000 });

describe("the compiled benchmark", () => {
  it("runs a benchmark script from the compiled build", () => {
    // (The bundled documents, as text: the PDF reader's worker would cost the test seconds.)
    const r = bench("ingest-throughput", "--rounds", "1", "--json", "--dir", "data/documents");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as { kinds: { kind: string; files: number; failed: number }[] };
    const text = result.kinds.find((k) => k.kind === "text")!;
    expect(text.files).toBeGreaterThanOrEqual(5);
    expect(text.failed).toBe(0);
    // Bundled beside the build's own files, with the script the benchmark starts in fresh processes.
    const built = spawnSync(process.execPath, ["-e", "process.stdout.write(require('./scripts/build-key.cjs').currentBuild() ?? '')"], { cwd: root, encoding: "utf8" }).stdout;
    expect(built).not.toBe("");
    expect(existsSync(join(built, "bench-ingest-throughput.js"))).toBe(true);
    expect(existsSync(join(built, "bench-serve-probe.js"))).toBe(true);
  });

  it("refuses a script that does not run on its own, naming those that do", () => {
    const r = bench("stats");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage: node scripts\/bench\.mjs <run\|answer-probe\|serve-probe\|/);
  });

  it("starts the scripts it runs in fresh processes the way it runs itself", () => {
    // Here, from the sources: through tsx.
    expect(benchProcess("serve-probe")).toEqual(["--import", "tsx", join(root, "bench", "serve-probe.ts")]);
    expect(startedAs("serve-probe")).toBe(false);
  });
});
