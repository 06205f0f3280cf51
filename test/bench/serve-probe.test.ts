/**
 * The benchmark times answers in a fresh process that loads the cache as the server does
 * (bench/serve-probe.ts with --rounds), not in its own process that built the index: the probe
 * reports each command's and the free questions' latency, and keeps its conversations out of the
 * project's store.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { benchProcess } from "../../bench/entry.js";
import { ANSWER_COMMANDS, FREE_QUESTIONS } from "../../bench/queries.js";
import type { ServeProbe } from "../../bench/serve-probe.js";
import { loadIndex } from "../../src/knowledge/load.js";

const root = join(import.meta.dirname, "../..");
const documentsDir = join(root, "data", "documents");
const glossaryDir = join(root, "data", "terms");
const work = mkdtempSync(join(tmpdir(), "serve-probe-test-"));
const cacheDir = join(work, "cache");
const projectStore = join(root, "data", "db.json");
const storeBefore = () => (existsSync(projectStore) ? statSync(projectStore).mtimeMs : undefined);

beforeAll(async () => {
  await loadIndex({ documentsDir, glossaryDir, cacheDir, rebuild: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const probe = (...extra: string[]) => {
  const r = spawnSync(process.execPath, [...benchProcess("serve-probe"), "--documents", documentsDir, "--glossary", glossaryDir, "--cache", cacheDir, ...extra], { cwd: root, encoding: "utf8", timeout: 120_000 });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as ServeProbe;
};

describe("the serving probe", () => {
  it("times every command and the free questions, round after round, in the serving process", () => {
    const before = storeBefore();
    const result = probe("--rounds", "1");
    expect(result.answers?.commands.map((c) => c.command)).toEqual([...ANSWER_COMMANDS]);
    for (const c of result.answers!.commands) expect(c.latency.n).toBe(1);
    expect(result.answers!.free.questions).toBe(FREE_QUESTIONS.length);
    expect(result.answers!.free.latency.n).toBe(FREE_QUESTIONS.length);
    expect(result.answers!.free.answered).toBeGreaterThan(0);
    expect(result.peakRssBytes).toBeGreaterThan(0);
    // Its conversations went to a store of its own.
    expect(storeBefore()).toBe(before);
  });

  it("refuses a count of rounds that is not a whole number", () => {
    const r = spawnSync(process.execPath, [...benchProcess("serve-probe"), "--documents", documentsDir, "--glossary", glossaryDir, "--cache", cacheDir, "--rounds", "two"], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--rounds takes a whole number/);
  });
});
