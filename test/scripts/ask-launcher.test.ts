/**
 * scripts/ask.sh, what `npm run -s ask` runs: the tool starts without NODE_EXTRA_CA_CERTS (which
 * Node 20 parses at every start) only when no model endpoint is configured, the one connection
 * `ask` can open. A stand-in `node` first on PATH reports what the script would start.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { LLM_ENDPOINT_VARIABLES, loadConfig } from "../../src/core/config.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const bin = mkdtempSync(join(tmpdir(), "ask-launcher-"));
writeFileSync(join(bin, "node"), '#!/bin/sh\necho "certificates=${NODE_EXTRA_CA_CERTS-unset}"\nfor a in "$@"; do echo "arg=$a"; done\n');
chmodSync(join(bin, "node"), 0o755);
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** What scripts/ask.sh starts, run as npm runs it (from the project folder), with this environment. */
function launch(env: Record<string, string>, args: string[] = []): string[] {
  const out = execFileSync("sh", ["scripts/ask.sh", ...args], { cwd: repoRoot, env: { PATH: `${bin}:${process.env.PATH}`, ...env }, encoding: "utf8" });
  return out.trim().split("\n");
}

const CA = "/etc/ssl/certs/corporate-root.pem";
/** What an endpoint variable needs beside it to make a valid configuration. */
const COMPANIONS: Record<string, Record<string, string>> = { AZURE_OPENAI_API_KEY: { AZURE_OPENAI_ENDPOINT: "https://r.openai.azure.com", AZURE_OPENAI_DEPLOYMENT: "d" } };
const VALUES: Record<string, string> = { OPENAI_API_KEY: "sk-1", OPENAI_BASE_URL: "https://llm.example.org/v1", AZURE_OPENAI_API_KEY: "az" };

describe("npm run -s ask's launcher", () => {
  it("starts the compiled tool with the question's words as they were given", () => {
    expect(launch({}, ["--json", "/agenda 15", "它说了什么 'x'"])).toEqual(["certificates=unset", "arg=scripts/run.cjs", "arg=ask", "arg=--json", "arg=/agenda 15", "arg=它说了什么 'x'"]);
  });

  it("starts the tool without NODE_EXTRA_CA_CERTS when no model endpoint is configured", () => {
    expect(launch({ NODE_EXTRA_CA_CERTS: CA, OPENAI_MODEL: "gpt-4o-mini", AZURE_OPENAI_ENDPOINT: "https://r.openai.azure.com" })[0]).toBe("certificates=unset");
  });

  it.each(LLM_ENDPOINT_VARIABLES)("keeps NODE_EXTRA_CA_CERTS when %s configures a model endpoint", (name) => {
    const env = { [name]: VALUES[name], ...COMPANIONS[name] };
    expect(loadConfig(env, repoRoot).llm).toBeDefined();
    expect(launch({ NODE_EXTRA_CA_CERTS: CA, ...env })[0]).toBe(`certificates=${CA}`);
  });

  it("knows every variable that configures a model endpoint: without them the configuration has none", () => {
    const others = { OPENAI_MODEL: "m", OPENAI_TIMEOUT_MS: "2000", AZURE_OPENAI_ENDPOINT: "https://r.openai.azure.com", AZURE_OPENAI_DEPLOYMENT: "d", OPENAI_API_VERSION: "2024-10-21" };
    expect(loadConfig(others, repoRoot).llm).toBeUndefined();
  });
});
