/**
 * Runs a command-line tool's `main(argv, io)` in this process, as a shell would run it: its
 * output captured, standard input given, a private cache and no model endpoint or platform
 * credentials from the test runner's environment.
 */
import { Readable } from "node:stream";
import type { CliIo } from "../../src/cli/io.js";
import { repoRoot } from "../core/test-assistant.js";

export interface Run {
  code: number | undefined;
  stdout: string;
  stderr: string;
}

/** The runner's environment without credentials of any platform or model, plus `extra`. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const k of Object.keys(env)) if (/^(OPENAI_|AZURE_OPENAI_|SLACK_|MICROSOFT_)/.test(k)) delete env[k];
  return { ...env, LOG_LEVEL: "silent", ...extra };
}

/** Calls `main` with `argv`; `input` is its standard input. */
export async function runMain(
  main: (argv: string[], io?: CliIo) => Promise<number | undefined>,
  argv: string[],
  opts: { env?: Record<string, string | undefined>; input?: string } = {},
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([Buffer.from(opts.input ?? "")]),
    env: opts.env ?? cleanEnv(),
    cwd: repoRoot,
  });
  return { code, stdout, stderr };
}
